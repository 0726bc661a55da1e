// Package market is the data marketplace HTTP API (Echo): product search and detail, terms of
// use uploaded to IPFS, listings that return the DataLicense transaction for the seller's
// wallet, purchase quotes that return exactly what the buyer's wallet signs or sends,
// purchase status, licenses, seller profiles, karma and flags.
//
// Everything on chain is read from the indexer's Postgres tables (package migrations); the
// market owns a few tables of its own (schema.sql, applied by Start): off-chain listing
// metadata, a denormalized, full-text-indexed search table kept in step with the indexer's
// product and purchase tables by triggers, SIWE nonces and sessions, and idempotency keys.
//
// Requests are validated against the embedded OpenAPI 3 document (openapi.yaml, served at
// /openapi.json); every error is an RFC 7807 problem document. Sign-in is EIP-4361 (package
// market/siwe).
package market
