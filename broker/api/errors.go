package api

import "errors"

// Sentinel errors of frame and message parsing.
var (
	// ErrBadFrame: a binary frame is not a well-formed delivery.
	ErrBadFrame = errors.New("api: bad frame")
	// ErrBadControl: a control message is malformed or has invalid fields.
	ErrBadControl = errors.New("api: bad control message")
	// ErrBadAuth: a sign-in signature is malformed or does not match.
	ErrBadAuth = errors.New("api: bad sign-in signature")
)
