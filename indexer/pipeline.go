package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The indexer is a two-stage pipeline. A reader goroutine reads block ranges from the chain
// ahead of the checkpoint; the run goroutine (the writer) decodes each range and commits it
// with the checkpoint. While range N is being written, range N+1 is being read.
//
// The reader keeps its own position: the next block to read, the hash block next−1 must have
// (the end of the previous range it read, or the checkpoint's hash) and the stream clones known
// after the ranges it read, including those created in ranges not written yet, so that a
// StreamCreated in range N makes range N+1 read the new clone's events. Ranges reach the writer
// in order; the writer checks that each one continues its checkpoint.
//
// Anything out of the ordinary ends the pipeline: a reorganisation (the reader sends a marker
// after the ranges read before it; the writer writes those, stops the reader, discarding
// whatever it read ahead, rolls back and starts a new reader at the new checkpoint) or a
// database error (the writer stops the reader and starts again from the checkpoint after a
// backoff). RPC errors are retried by the reader on the same range.

// rangeRead is one block range read consistently from the chain.
type rangeRead struct {
	from, to uint64
	logs     []types.Log
	header   *types.Header    // of block `to`
	parent   common.Hash      // hash block from−1 was checked against (zero: unchecked)
	created  []common.Address // stream clones created in the range
	read     time.Duration    // time taken to read it
}

// fetched is what the reader hands the writer, in chain order.
type fetched struct {
	rr       *rangeRead // a range to write, or nil
	target   uint64     // the confirmed head when it was read
	caughtUp bool       // nothing is left below the confirmed head after rr
	reorg    bool       // the chain reorganised below the reader's position: roll back
}

var errReorg = errors.New("indexer: reorganisation below the checkpoint")

// readAhead is the number of read ranges that may wait for the writer (besides the one being
// read and the one being written).
const readAhead = 1

// run follows the chain until ctx ends: pipelines of reader and writer, a rollback after each
// reorganisation, a backoff after each failed write.
func (ix *Indexer) run(ctx context.Context) {
	defer close(ix.done)
	heads, unsubscribe := ix.subscribeHeads(ctx)
	defer unsubscribe()
	backoff := ix.cfg.RetryMin
	for {
		wrote, err := ix.follow(ctx, heads)
		if ctx.Err() != nil {
			return
		}
		if wrote {
			backoff = ix.cfg.RetryMin
		}
		if errors.Is(err, errReorg) {
			if err = ix.handleReorg(ctx); err == nil {
				continue
			}
			if ctx.Err() != nil {
				return
			}
		}
		ix.log.Warn("indexing failed; retrying the same range", "err", err, "from_block", ix.cp.next, "retry_in", backoff)
		ix.setStatus(func(s *Status) { s.LastError, s.LastErrorAt = err.Error(), time.Now() })
		if !sleep(ctx, jitter(backoff)) {
			return
		}
		backoff = min(2*backoff, ix.cfg.RetryMax)
	}
}

// follow starts a reader at the checkpoint and writes what it reads until the reader reports
// a reorganisation (errReorg), a write fails or ctx ends. The reader has ended when it returns.
func (ix *Indexer) follow(ctx context.Context, heads <-chan *types.Header) (wrote bool, err error) {
	rctx, cancel := context.WithCancel(ctx)
	items := make(chan fetched, readAhead)
	r := &reader{ix: ix, next: ix.cp.next, parent: ix.cp.hash, streams: maps.Clone(ix.streams), out: items}
	done := make(chan struct{})
	go func() {
		defer close(done)
		r.run(rctx, heads)
	}()
	defer func() {
		cancel()
		<-done
	}()
	for {
		var f fetched
		select {
		case <-ctx.Done():
			return wrote, ctx.Err()
		case f = <-items:
		}
		if f.reorg {
			return wrote, errReorg
		}
		if rr := f.rr; rr != nil {
			if rr.from != ix.cp.next || rr.parent != ix.cp.hash {
				// Cannot happen: the reader starts at the checkpoint and continues its own ranges.
				return wrote, fmt.Errorf("indexer: range %d..%d (parent %s) does not continue the checkpoint %d (%s)",
					rr.from, rr.to, rr.parent, ix.cp.next, ix.cp.hash)
			}
			start := time.Now()
			if err := ix.apply(ctx, rr); err != nil {
				ix.m.dbErrors.Inc()
				return wrote, err
			}
			wrote = true
			write := time.Since(start)
			ix.m.batchTime.Observe((rr.read + write).Seconds())
			ix.log.Debug("range indexed", "from", rr.from, "to", rr.to, "logs", len(rr.logs), "read", rr.read, "write", write)
			ix.progress.update(rr.to, f.target, len(rr.logs), rr.to-rr.from+1)
		}
		if f.caughtUp && !ix.ready.Swap(true) {
			ix.m.ready.Set(1)
			ix.progress.finish()
			ix.log.Info("caught up", "indexed_block", ix.cp.indexed())
		}
	}
}

// reader reads ranges ahead of the writer. Its fields are its own; of the indexer it uses the
// configuration, the chain, the metrics, the status (under its mutex), the range size (which
// only the reader changes) and the decoder's immutable parts.
type reader struct {
	ix      *Indexer
	next    uint64                      // first block not read yet
	parent  common.Hash                 // hash block next−1 must have (zero: unchecked)
	streams map[common.Address]struct{} // stream clones known up to block next−1
	out     chan<- fetched
}

func (r *reader) run(ctx context.Context, heads <-chan *types.Header) {
	ix := r.ix
	poll := time.NewTicker(ix.cfg.PollInterval)
	defer poll.Stop()
	backoff := ix.cfg.RetryMin
	for {
		caughtUp, err := r.step(ctx)
		if ctx.Err() != nil {
			return
		}
		if errors.Is(err, errReorg) {
			_ = r.send(ctx, fetched{reorg: true})
			return
		}
		if err != nil {
			if !errors.Is(err, ErrInconsistentRange) {
				ix.log.Warn("reading failed; retrying the same range", "err", err, "from_block", r.next, "retry_in", backoff)
				ix.setStatus(func(s *Status) { s.LastError, s.LastErrorAt = err.Error(), time.Now() })
			}
			if !sleep(ctx, jitter(backoff)) {
				return
			}
			backoff = min(2*backoff, ix.cfg.RetryMax)
			continue
		}
		backoff = ix.cfg.RetryMin
		if !caughtUp {
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-heads:
		case <-poll.C:
		}
	}
}

func (r *reader) send(ctx context.Context, f fetched) error {
	select {
	case r.out <- f:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// step reads the next range and hands it to the writer. It returns caughtUp when nothing is
// left below the confirmed head.
func (r *reader) step(ctx context.Context) (caughtUp bool, err error) {
	ix := r.ix
	head, err := ix.headerByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	headNum := head.Number.Uint64()
	ix.m.head.Set(float64(headNum))
	if headNum < ix.cfg.Confirmations {
		return true, r.send(ctx, fetched{caughtUp: true})
	}
	target := headNum - ix.cfg.Confirmations
	ix.setStatus(func(s *Status) {
		s.Head, s.ConfirmedHead = headNum, target
		s.Lag = int64(target) - s.Indexed
		ix.m.lag.Set(float64(s.Lag))
	})
	if target < r.next {
		if target+1 < r.next {
			// A lagging or load-balanced RPC: wait for it, never move back.
			ix.log.Debug("RPC head behind the indexer; waiting", "head", headNum, "read_block", r.next-1)
		}
		return true, r.send(ctx, fetched{target: target, caughtUp: true})
	}
	start := time.Now()
	from := r.next
	to := min(target, from+ix.rangeSize.Load()-1)
	rr, err := r.readRange(ctx, from, to)
	if err != nil {
		return false, err
	}
	if err := ix.fillTimestamps(ctx, rr); err != nil {
		return false, err
	}
	rr.read = time.Since(start)
	r.adaptRange(rr)
	for _, a := range rr.created {
		r.streams[a] = struct{}{}
	}
	r.next, r.parent = rr.to+1, rr.header.Hash()
	caughtUp = rr.to >= target
	return caughtUp, r.send(ctx, fetched{rr: rr, target: target, caughtUp: caughtUp})
}

// readRange reads [from, to] (to may shrink on limit errors) between two reads of block `to`'s
// header: when they agree, the chain up to `to` did not change while its logs were read. The
// parent of `from` must be the block the previous range ended with.
func (r *reader) readRange(ctx context.Context, from, to uint64) (*rangeRead, error) {
	ix := r.ix
	for {
		before, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return nil, err
		}
		logs, created, err := r.getLogs(ctx, from, to)
		if err != nil {
			// Halve while the range is above MinRange; a range at (or, near the confirmed
			// head, below) MinRange cannot shrink, so the error goes to the retry backoff
			// rather than widening the range again past the confirmed head.
			if ctx.Err() == nil && isRangeError(err) && to-from+1 > ix.cfg.MinRange {
				ix.m.rangeHalved.Inc()
				size := max(ix.cfg.MinRange, (to-from+1)/2)
				ix.rangeSize.Store(size)
				ix.m.rangeSize.Set(float64(size))
				ix.log.Debug("eth_getLogs range too large; halving", "from", from, "to", to, "range", size, "err", err)
				to = from + size - 1
				continue
			}
			return nil, err
		}
		if from > 0 && r.parent != (common.Hash{}) {
			parent, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(from-1))
			if err != nil {
				return nil, err
			}
			if parent.Hash() != r.parent {
				return nil, errReorg
			}
		}
		after, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return nil, err
		}
		if before.Hash() != after.Hash() {
			return nil, fmt.Errorf("%w: block %d was %s, now %s", ErrInconsistentRange, to, before.Hash(), after.Hash())
		}
		for i := range logs {
			if logs[i].BlockNumber == to && logs[i].BlockHash != after.Hash() {
				return nil, fmt.Errorf("%w: a log of block %d is from block %s", ErrInconsistentRange, to, logs[i].BlockHash)
			}
		}
		return &rangeRead{from: from, to: to, logs: logs, header: after, parent: r.parent, created: created}, nil
	}
}

// getLogs returns the project's logs in [from, to] ordered by block and index: those of the
// project contracts, then those of stream clones (known ones and those created in the range),
// and the clones created in the range.
func (r *reader) getLogs(ctx context.Context, from, to uint64) ([]types.Log, []common.Address, error) {
	ix := r.ix
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
	q.Addresses = ix.cfg.Contracts.list()
	logs, err := ix.filterLogs(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	var created []common.Address
	if ix.cfg.Contracts.Registry != (common.Address{}) {
		created = ix.dec.registryCreations(logs)
		if len(r.streams)+len(created) > 0 {
			more, err := r.streamLogs(ctx, q, created)
			if err != nil {
				return nil, nil, err
			}
			logs = append(logs, more...)
		}
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	return slices.CompactFunc(logs, func(a, b types.Log) bool {
		return a.BlockNumber == b.BlockNumber && a.Index == b.Index
	}), created, nil
}

// streamAddressLimit: above this many streams, clone logs are read by topic without an address
// filter (and filtered while decoding) instead of in address batches.
const (
	streamAddressLimit = 2000
	addressBatch       = 500
)

// streamLogs reads the clones' logs of q's range, split into up to ReadConcurrency block
// sub-ranges read concurrently (decoding a large eth_getLogs answer is CPU-bound on both ends).
func (r *reader) streamLogs(ctx context.Context, q ethereum.FilterQuery, created []common.Address) ([]types.Log, error) {
	ix := r.ix
	q.Topics = [][]common.Hash{ix.dec.streamTopics}
	var batches [][]common.Address
	if len(r.streams)+len(created) <= streamAddressLimit {
		addrs := make([]common.Address, 0, len(r.streams)+len(created))
		for a := range r.streams {
			addrs = append(addrs, a)
		}
		addrs = append(addrs, created...)
		slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
		addrs = slices.Compact(addrs)
		batches = slices.Collect(slices.Chunk(addrs, addressBatch))
	} else {
		batches = [][]common.Address{nil} // by topic only; decode keeps known streams
	}
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	parts := max(1, min(uint64(ix.cfg.ReadConcurrency), to-from+1))
	type job struct {
		q    ethereum.FilterQuery
		logs []types.Log
		err  error
	}
	var jobs []*job
	step := (to - from + 1 + parts - 1) / parts
	for lo := from; lo <= to; lo += step {
		hi := min(to, lo+step-1)
		for _, b := range batches {
			jq := q
			jq.FromBlock, jq.ToBlock, jq.Addresses = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi), b
			jobs = append(jobs, &job{q: jq})
		}
	}
	if len(jobs) == 1 {
		return ix.filterLogs(ctx, jobs[0].q)
	}
	sem := make(chan struct{}, parts)
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			j.logs, j.err = ix.filterLogs(ctx, j.q)
		}()
	}
	wg.Wait()
	n := 0
	for _, j := range jobs {
		if j.err != nil {
			return nil, j.err
		}
		n += len(j.logs)
	}
	out := make([]types.Log, 0, n)
	for _, j := range jobs {
		out = append(out, j.logs...)
	}
	return out, nil
}

// adaptRange grows the range after a full, not too heavy range and shrinks it after a heavy one.
func (r *reader) adaptRange(rr *rangeRead) {
	ix := r.ix
	cfg := ix.cfg
	n, size, cur := len(rr.logs), rr.to-rr.from+1, ix.rangeSize.Load()
	switch {
	case n > 2*cfg.TargetLogs && cur > cfg.MinRange:
		cur = max(cfg.MinRange, size/2)
	case n < cfg.TargetLogs && size >= cur:
		cur = min(cfg.MaxRange, cur*2)
	}
	ix.rangeSize.Store(cur)
	ix.m.rangeSize.Set(float64(cur))
}

// fillTimestamps sets the block timestamp of logs that came without one (nodes before
// eth_getLogs returned blockTimestamp) from their blocks' headers. A header whose hash differs
// from the log's block hash means the chain changed while the range was read.
func (ix *Indexer) fillTimestamps(ctx context.Context, rr *rangeRead) error {
	times := map[uint64]uint64{rr.to: rr.header.Time}
	for i := range rr.logs {
		l := &rr.logs[i]
		if l.BlockTimestamp != 0 {
			continue
		}
		t, ok := times[l.BlockNumber]
		if !ok {
			h, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return err
			}
			if h.Hash() != l.BlockHash {
				return fmt.Errorf("%w: a log of block %d is from block %s, the chain has %s", ErrInconsistentRange,
					l.BlockNumber, l.BlockHash, h.Hash())
			}
			t = h.Time
			times[l.BlockNumber] = t
		}
		l.BlockTimestamp = t
	}
	return nil
}

// jitter returns a duration in [d/2, d].
func jitter(d time.Duration) time.Duration { return d/2 + rand.N(d/2+1) }

// sleep waits d; false when ctx ended first.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
