// Package private publishes and reads private (end-to-end encrypted) streams.
//
// A Publisher encrypts event content with a group key (AES-256-GCM, broker/groupkey), seals
// the group key with ECIES to every subscriber that holds both a subscribe permission and a
// registered encryption key in the stream's Stream contract, and publishes the sealed keys in
// signed group-key announces (message type 1) in the stream itself, before the first data
// event of each partition. It follows the contract: new key holders get the current key in a
// new announce; when a subscriber loses access (revocation, a lowered or passed expiry, a
// removed or replaced key, stream deletion) it rekeys — a new group key sealed only to the
// remaining subscribers — so the lost subscriber cannot read anything published after.
//
// A Decrypter is the subscriber side: it verifies events, learns its group keys from
// announces (live, from history, or from a persistent keystore) and decrypts data events.
//
// Both work over small interfaces — Transport, History, ChainReader — so any broker client
// can carry the events. See docs/private-streams.md for the scheme and its threat model.
package private
