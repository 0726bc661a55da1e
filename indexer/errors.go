package indexer

import "errors"

// Sentinel errors callers branch on.
var (
	// ErrChainIDMismatch: the database was indexed for another chain.
	ErrChainIDMismatch = errors.New("indexer: database indexed for another chain")
	// ErrContractsChanged: the database was indexed for another set of contracts (or another
	// start block); index into a fresh database instead.
	ErrContractsChanged = errors.New("indexer: database indexed for other contracts")
	// ErrSchemaOutdated: migrations have not been applied.
	ErrSchemaOutdated = errors.New("indexer: database schema missing or outdated (run `streamr migrate up`)")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("indexer: already started")
	// ErrClosed is returned by Start after Close.
	ErrClosed = errors.New("indexer: closed")
	// ErrInconsistentRange: the chain changed while a range was read; the range is read again.
	ErrInconsistentRange = errors.New("indexer: chain changed while reading a range")
)
