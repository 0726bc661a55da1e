package fanout

import "errors"

// Sentinel errors; a Subscription's Err wraps one of them.
var (
	// ErrSlowConsumer: the subscriber's queue was full; it was cut off and resumes from the
	// last offset it received.
	ErrSlowConsumer = errors.New("fanout: slow consumer cut off")
	// ErrClosed: the subscription or the hub was closed.
	ErrClosed = errors.New("fanout: closed")
	// ErrBadResend: the resend options are invalid.
	ErrBadResend = errors.New("fanout: bad resend request")
	// ErrRevoked: the subscription was ended by its owner with a reason (e.g. permission lapsed).
	ErrRevoked = errors.New("fanout: subscription revoked")
)
