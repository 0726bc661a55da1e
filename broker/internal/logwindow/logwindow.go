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

// Window holds the logs acted on in the last Depth blocks, each with a value of type V that
// the poller may keep with it (what undoing it needs). The zero Window is not usable: make
// one with New.
type Window[V any] struct {
	depth uint64
	seen  map[ID]seenLog[V]
}

type seenLog[V any] struct {
	log types.Log
	val V
}

// New returns a window of depth blocks.
func New[V any](depth uint64) *Window[V] {
	return &Window[V]{depth: depth, seen: make(map[ID]seenLog[V])}
}

// From returns where a poll starts when next is the first block not read yet and first the
// first block of interest: Depth blocks back, not before first.
func (w *Window[V]) From(first, next uint64) uint64 {
	if next > w.depth && next-w.depth > first {
		return next - w.depth
	}
	return first
}

// Keep sets the value kept with l, a log Update returned as fresh; Update returns it again
// if l's block is replaced.
func (w *Window[V]) Keep(l types.Log, v V) {
	id := IDOf(l)
	if s, ok := w.seen[id]; ok {
		s.val = v
		w.seen[id] = s
	}
}

// Update takes the logs of blocks lo..hi (all of them, in chain order) and returns those not
// acted on yet (in chain order) and those acted on earlier that are gone from these blocks
// (newest first) with the values kept for them, and forgets logs more than Depth blocks
// below hi.
func (w *Window[V]) Update(lo, hi uint64, logs []types.Log) (fresh, gone []types.Log, kept []V) {
	here := make(map[ID]bool, len(logs))
	for _, l := range logs {
		if l.Removed {
			continue
		}
		id := IDOf(l)
		here[id] = true
		if _, ok := w.seen[id]; !ok {
			w.seen[id] = seenLog[V]{log: l}
			fresh = append(fresh, l)
		}
	}
	var lost []seenLog[V]
	for id, s := range w.seen {
		switch b := s.log.BlockNumber; {
		case b >= lo && b <= hi && !here[id]:
			lost = append(lost, s)
			delete(w.seen, id)
		case b+w.depth < hi:
			delete(w.seen, id)
		}
	}
	slices.SortFunc(lost, func(a, b seenLog[V]) int {
		return cmp.Or(cmp.Compare(b.log.BlockNumber, a.log.BlockNumber), cmp.Compare(b.log.Index, a.log.Index))
	})
	for _, s := range lost {
		gone, kept = append(gone, s.log), append(kept, s.val)
	}
	return fresh, gone, kept
}
