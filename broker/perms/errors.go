package perms

import "errors"

// Sentinel errors.
var (
	// ErrUnknownStream: no Stream contract of the configured registry at that address.
	ErrUnknownStream = errors.New("perms: unknown stream")
	// ErrChain: the chain could not be read; the check may be retried.
	ErrChain = errors.New("perms: chain unavailable")
)
