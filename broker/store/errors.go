package store

import "errors"

// Sentinel errors. Every error the store returns for these conditions wraps one of them.
var (
	// ErrDuplicate: the event's (timestamp, sequence) is not after the last event stored
	// for its (publisher, message chain): it was already stored (a replay or a retry).
	ErrDuplicate = errors.New("store: duplicate event")
	// ErrOutOfOrder: the event's previous reference does not point at the last event stored
	// for its chain: an event of the chain is missing or the chain forked.
	ErrOutOfOrder = errors.New("store: event out of chain order")
	// ErrBadOffset: an offset is not a Redis stream id ("<ms>-<seq>").
	ErrBadOffset = errors.New("store: bad offset")
	// ErrUnavailable: Redis could not be reached or failed; the operation may be retried.
	ErrUnavailable = errors.New("store: redis unavailable")
)
