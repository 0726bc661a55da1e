// Package ipfs is an embedded, offline IPFS node for the documents the
// marketplace references by CID, above all the terms of use of data products.
//
// The node stores blocks on disk (a flatfs datastore, the layout kubo uses
// for its blocks) and its pins in a LevelDB datastore beside it. It has no
// networking: blocks are served from the local blockstore through boxo's
// blockservice with an offline exchange. Files are imported as UnixFS with
// the settings of kubo's `ipfs add --cid-version=1` (256 KiB chunks, raw
// leaves, balanced layout with 174 links per node, sha2-256, CIDv1), so a
// document gets the same CID here as in kubo or Helia.
//
// Content reaches the rest of the IPFS network only through optional remote
// pinning: after each Add the node pushes the document to the kubo RPC API
// endpoints listed in Config.RemotePins, in the background.
//
// Handler serves stored files over HTTP in the manner of a path gateway
// (/ipfs/{cid}).
package ipfs
