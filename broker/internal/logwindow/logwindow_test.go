package logwindow_test

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/broker/internal/logwindow"
)

func lg(block uint64, fork byte, idx uint) types.Log {
	return types.Log{BlockNumber: block, BlockHash: common.Hash{fork, byte(block)}, Index: idx, Address: common.Address{fork, byte(block), byte(idx)}}
}

func ids(logs []types.Log) []logwindow.ID {
	var out []logwindow.ID
	for _, l := range logs {
		out = append(out, logwindow.IDOf(l))
	}
	return out
}

func TestWindow(t *testing.T) {
	w := logwindow.New[struct{}](3)
	if got := w.From(10, 11); got != 10 {
		t.Fatalf("From(10, 11) = %d", got)
	}
	if got := w.From(0, 20); got != 17 {
		t.Fatalf("From(0, 20) = %d", got)
	}
	a1, a2, a3 := lg(1, 'A', 0), lg(2, 'A', 0), lg(2, 'A', 1)
	fresh, gone, _ := w.Update(1, 2, []types.Log{a1, a2, a3})
	if !slices.Equal(ids(fresh), ids([]types.Log{a1, a2, a3})) || gone != nil {
		t.Fatalf("first read: fresh %v gone %v", fresh, gone)
	}
	// Read again unchanged: nothing new, nothing gone.
	if fresh, gone, _ = w.Update(1, 2, []types.Log{a1, a2, a3}); fresh != nil || gone != nil {
		t.Fatalf("unchanged: fresh %v gone %v", fresh, gone)
	}
	// Block 2 replaced by B's block 2 with one log; block 3 new.
	b2, b3 := lg(2, 'B', 0), lg(3, 'B', 0)
	fresh, gone, _ = w.Update(1, 3, []types.Log{a1, b2, b3})
	if !slices.Equal(ids(fresh), ids([]types.Log{b2, b3})) || !slices.Equal(ids(gone), ids([]types.Log{a3, a2})) {
		t.Fatalf("reorganised: fresh %v gone %v", ids(fresh), ids(gone))
	}
	// Logs below the window are forgotten: a1 is not reported gone once out of it.
	w.Update(5, 9, nil)
	if _, gone, _ = w.Update(1, 9, nil); gone != nil {
		t.Fatalf("forgotten logs reported gone: %v", ids(gone))
	}
}
