package ipfs

import (
	"context"
	"fmt"
	"time"

	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-cid"
)

// GCResult tells what a garbage collection did.
type GCResult struct {
	RemovedBlocks int
	RemovedBytes  int64
	KeptBlocks    int // blocks reachable from a pin (present or not)
	Duration      time.Duration
}

// GC removes every block not reachable from a pin. It marks first: if any
// pinned DAG cannot be read in full, GC removes nothing and fails, since the
// blocks under an unreadable node cannot be told apart from garbage. Add,
// Pin and Unpin wait while GC runs. A cancelled ctx stops the sweep early;
// what was removed by then is reported.
func (n *Node) GC(ctx context.Context) (GCResult, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return GCResult{}, ErrClosed
	}
	start := time.Now()
	res, err := n.gc(ctx)
	res.Duration = time.Since(start)
	n.metrics.gcRuns.Inc()
	n.metrics.gcRemovedBlocks.Add(float64(res.RemovedBlocks))
	n.metrics.gcDuration.Observe(res.Duration.Seconds())
	if err != nil {
		n.log.Error("gc failed", "removed_blocks", res.RemovedBlocks, "err", err)
		return res, err
	}
	n.log.Info("gc done", "removed_blocks", res.RemovedBlocks, "removed_bytes", res.RemovedBytes,
		"kept_blocks", res.KeptBlocks, "duration", res.Duration)
	return res, nil
}

func (n *Node) gc(ctx context.Context) (GCResult, error) {
	var res GCResult
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Mark: the multihashes of every block reachable from a pin.
	keep := make(map[string]struct{})
	for p := range n.pinner.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return res, fmt.Errorf("ipfs: gc: list recursive pins: %w", p.Err)
		}
		if err := n.walk(ctx, p.Pin.Key, keep, nil); err != nil {
			return res, fmt.Errorf("ipfs: gc: walk pinned DAG %s: %w", p.Pin.Key, err)
		}
	}
	for p := range n.pinner.DirectKeys(ctx, false) {
		if p.Err != nil {
			return res, fmt.Errorf("ipfs: gc: list direct pins: %w", p.Err)
		}
		keep[string(p.Pin.Key.Hash())] = struct{}{}
	}
	res.KeptBlocks = len(keep)

	// Sweep. Collect first so the store is not changed under the listing.
	keys, listErr, err := n.allKeys(ctx)
	if err != nil {
		return res, fmt.Errorf("ipfs: gc: list blocks: %w", err)
	}
	var doomed []cid.Cid
	for c := range keys {
		if _, ok := keep[string(c.Hash())]; !ok {
			doomed = append(doomed, c)
		}
	}
	if err := listErr(); err != nil {
		return res, fmt.Errorf("ipfs: gc: list blocks: %w", err)
	}
	if err := ctx.Err(); err != nil {
		// The listing may have stopped early; nothing was removed yet.
		return res, fmt.Errorf("ipfs: gc: %w", err)
	}
	for _, c := range doomed {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("ipfs: gc: %w", err)
		}
		size, err := n.bstore.GetSize(ctx, c)
		if err != nil {
			return res, fmt.Errorf("ipfs: gc: size of %s: %w", c, err)
		}
		if err := n.bstore.DeleteBlock(ctx, c); err != nil {
			return res, fmt.Errorf("ipfs: gc: remove %s: %w", c, err)
		}
		res.RemovedBlocks++
		res.RemovedBytes += int64(size)
	}
	return res, nil
}

// allKeys lists the blockstore, with a function that reports, once the
// channel is drained, whether the listing failed part way.
func (n *Node) allKeys(ctx context.Context) (<-chan cid.Cid, func() error, error) {
	if bs, ok := n.bstore.(blockstore.AllKeysChanWithErrer); ok {
		return bs.AllKeysChanWithErr(ctx)
	}
	keys, err := n.bstore.AllKeysChan(ctx)
	return keys, func() error { return nil }, err
}
