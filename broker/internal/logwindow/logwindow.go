// Package logwindow keeps track of the logs a poller of eth_getLogs has acted on in the last
// blocks it reads again on every poll, so that a reorganisation of those blocks shows up:
// logs of the blocks that replaced them are new, logs of the replaced blocks are gone.
package logwindow

import (
	"cmp"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ID identifies a log on one branch of the chain.
type ID struct {
	Block common.Hash
	Index uint
}

// IDOf returns the ID of l.
func IDOf(l types.Log) ID { return ID{l.BlockHash, l.Index} }

// Window holds the logs acted on in the last Depth blocks. The zero Window is not usable:
// make one with New.
type Window struct {
	depth uint64
	seen  map[ID]types.Log
}

// New returns a window of depth blocks.
func New(depth uint64) *Window { return &Window{depth: depth, seen: make(map[ID]types.Log)} }

// Depth is how many blocks below the next unread one are read again.
func (w *Window) Depth() uint64 { return w.depth }

// From returns where a poll starts when next is the first block not read yet and first the
// first block of interest: Depth blocks back, not before first.
func (w *Window) From(first, next uint64) uint64 {
	if next > w.depth && next-w.depth > first {
		return next - w.depth
	}
	return first
}

// Update takes the logs of blocks lo..hi (all of them, in chain order) and returns those not
// acted on yet (in chain order) and those acted on earlier that are gone from these blocks
// (newest first), and forgets logs more than Depth blocks below hi.
func (w *Window) Update(lo, hi uint64, logs []types.Log) (fresh, gone []types.Log) {
	here := make(map[ID]bool, len(logs))
	for _, l := range logs {
		if l.Removed {
			continue
		}
		id := IDOf(l)
		here[id] = true
		if _, ok := w.seen[id]; !ok {
			w.seen[id] = l
			fresh = append(fresh, l)
		}
	}
	for id, l := range w.seen {
		if l.BlockNumber >= lo && l.BlockNumber <= hi && !here[id] {
			delete(w.seen, id)
			gone = append(gone, l)
		}
	}
	slices.SortFunc(gone, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(b.BlockNumber, a.BlockNumber), cmp.Compare(b.Index, a.Index))
	})
	for id, l := range w.seen {
		if l.BlockNumber+w.depth < hi {
			delete(w.seen, id)
		}
	}
	return fresh, gone
}
