package checksum

import "errors"

// Sentinel errors.
var (
	// ErrEpochOpen: the epoch has not ended yet, so its checksum could still change.
	ErrEpochOpen = errors.New("checksum: epoch not closed")
	// ErrNoLeaves: a Merkle tree needs at least one leaf.
	ErrNoLeaves = errors.New("checksum: no leaves")
	// ErrBadProof: a leaf index is out of range.
	ErrBadProof = errors.New("checksum: bad proof request")
)
