package private

import "errors"

// Errors callers branch on.
var (
	// ErrNoGroupKey: an encrypted event uses a group key this subscriber has not received.
	// Either it is not (or no longer) authorized, or the publisher has not yet announced the
	// key to it — typically right after its permission or encryption key was registered.
	ErrNoGroupKey = errors.New("no group key for you yet: waiting for the publisher's next announce")
	// ErrClosed: the publisher was closed.
	ErrClosed = errors.New("private: closed")
	// ErrNotAnnounce: an event given as an announce has another message type.
	ErrNotAnnounce = errors.New("private: not a group-key announce")
	// ErrAnnounceMismatch: an announce's content names another stream or key id than its
	// signed header.
	ErrAnnounceMismatch = errors.New("private: announce content does not match its header")
	// ErrUnsupportedEncryption: the event uses an encryption type this package cannot open.
	ErrUnsupportedEncryption = errors.New("private: unsupported encryption type")
)
