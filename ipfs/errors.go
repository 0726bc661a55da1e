package ipfs

import "errors"

var (
	// ErrTooLarge is returned by Add when the content exceeds
	// Config.MaxFileSize.
	ErrTooLarge = errors.New("ipfs: content exceeds the maximum file size")

	// ErrNotFound is returned when a CID, or a block of its DAG, is not in
	// the local blockstore. The node is offline, so it never fetches
	// content from elsewhere.
	ErrNotFound = errors.New("ipfs: content not found locally")

	// ErrNotFile is returned when a CID names something other than a UnixFS
	// file (a directory, a symlink, or a block that is not UnixFS).
	ErrNotFile = errors.New("ipfs: not a UnixFS file")

	// ErrNotPinned is returned by Unpin when the CID has no recursive pin.
	ErrNotPinned = errors.New("ipfs: not pinned")

	// ErrInvalidRange is returned by GetRange for an offset or length that
	// does not fit the file.
	ErrInvalidRange = errors.New("ipfs: invalid range")

	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("ipfs: node closed")
)
