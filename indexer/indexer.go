// Package indexer follows the project's contracts on chain into PostgreSQL: streams,
// permissions, subscribers' keys, DATA transfers and (as their contracts appear) products,
// licenses, broker checksums and karma.
//
// It reads eth_getLogs in adaptive block ranges behind a confirmation depth, stores the hash of
// every block it wrote rows for, detects reorganisations by block hash, rolls back to the common
// ancestor in one transaction and indexes the canonical chain again. Every range is written in
// one transaction together with the checkpoint, so a crash never leaves a gap or a duplicate.
// Tables and their conventions are in the migrations package; reads go through indexer/store.
package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// Chain is what the indexer needs from an Ethereum client (ethclient.Client and the simulated
// backend's client satisfy it).
type Chain interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// HeadSubscriber is optional: a Chain that also implements it wakes the indexer on new heads
// instead of waiting for the next poll.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Deps are the indexer's collaborators.
type Deps struct {
	Chain Chain
	DB    *pgxpool.Pool
}

// Status is a snapshot of the indexer's progress.
type Status struct {
	ChainID       uint64    `json:"chainId"`
	Head          uint64    `json:"head"`
	ConfirmedHead uint64    `json:"confirmedHead"`
	Indexed       int64     `json:"indexed"`
	Lag           int64     `json:"lag"`
	Ready         bool      `json:"ready"`
	Range         uint64    `json:"range"`
	LastError     string    `json:"lastError,omitempty"`
	LastErrorAt   time.Time `json:"lastErrorAt,omitzero"`
	UpdatedAt     time.Time `json:"updatedAt,omitzero"`
}

// Indexer follows the chain into the database.
type Indexer struct {
	cfg      Config
	chain    Chain
	db       *pgxpool.Pool
	log      *slog.Logger
	m        *metrics
	gatherer prometheus.Gatherer

	// Owned by the run goroutine after Start.
	chainID   uint64
	cp        checkpoint
	streams   map[common.Address]struct{}
	state     *chainState
	dec       *decoder
	rangeSize uint64
	progress  *progress

	mu      sync.Mutex
	started bool
	closed  bool
	cancel  context.CancelFunc
	done    chan struct{}
	status  Status

	ready atomic.Bool
}

// New builds an indexer; Start runs it.
func New(cfg Config, deps Deps, logger *slog.Logger, reg prometheus.Registerer) (*Indexer, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	if deps.Chain == nil || deps.DB == nil {
		return nil, errors.New("indexer: Deps.Chain and Deps.DB are required")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ix := &Indexer{
		cfg:       cfg,
		chain:     deps.Chain,
		db:        deps.DB,
		log:       logger.With("component", "indexer"),
		m:         newMetrics(reg),
		rangeSize: cfg.InitialRange,
	}
	if g, ok := reg.(prometheus.Gatherer); ok {
		ix.gatherer = g
	}
	ix.state = newChainState()
	ix.dec = newDecoder(cfg.Contracts, ix.isStream, ix.state)
	return ix, nil
}

// Start checks the chain id and the database, then follows the chain in the background until
// Close. ctx bounds the start-up checks only. It fails with ErrChainIDMismatch or
// ErrContractsChanged for a database indexed for another chain or other contracts, and with
// ErrSchemaOutdated before migrations ran.
func (ix *Indexer) Start(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.closed {
		return ErrClosed
	}
	if ix.started {
		return ErrAlreadyStarted
	}
	cctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	id, err := ix.chain.ChainID(cctx)
	cancel()
	if err != nil {
		return fmt.Errorf("indexer: reading the chain id: %w", err)
	}
	ix.chainID = id.Uint64()
	if err := ix.checkSchema(ctx); err != nil {
		return err
	}
	if ix.cp, err = ix.claimCheckpoint(ctx); err != nil {
		return err
	}
	if ix.streams, err = ix.loadStreams(ctx); err != nil {
		return err
	}
	if ix.state, err = ix.loadState(ctx); err != nil {
		return err
	}
	ix.dec.state = ix.state
	ix.status = Status{ChainID: ix.chainID, Indexed: ix.cp.indexed(), Range: ix.rangeSize}
	ix.m.indexed.Set(float64(ix.cp.indexed()))
	ix.m.rangeSize.Set(float64(ix.rangeSize))
	ix.progress = newProgress(ix.log, ix.cfg.ProgressInterval, ix.cfg.ProgressBar)

	runCtx, cancelRun := context.WithCancel(context.WithoutCancel(ctx))
	ix.cancel = cancelRun
	ix.done = make(chan struct{})
	ix.started = true
	ix.log.Info("starting", "chain_id", ix.chainID, "from_block", ix.cp.next, "confirmations", ix.cfg.Confirmations,
		"streams", len(ix.streams))
	go ix.run(runCtx)
	return nil
}

// Close stops the indexer and waits for its goroutine. A range being written is either
// committed whole or not at all.
func (ix *Indexer) Close() error {
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return nil
	}
	ix.closed = true
	cancel, done := ix.cancel, ix.done
	ix.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	ix.progress.finish()
	return nil
}

// Ready reports whether the indexer has caught up with the confirmed head at least once.
func (ix *Indexer) Ready() bool { return ix.ready.Load() }

// Status returns a snapshot of the indexer's progress.
func (ix *Indexer) Status() Status {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	s := ix.status
	s.Ready = ix.ready.Load()
	return s
}

// Done is closed when the run goroutine has ended (after Close). Nil before Start.
func (ix *Indexer) Done() <-chan struct{} {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.done
}

func (ix *Indexer) isStream(a common.Address) bool {
	_, ok := ix.streams[a]
	return ok
}

func (ix *Indexer) setStatus(f func(*Status)) {
	ix.mu.Lock()
	f(&ix.status)
	ix.status.UpdatedAt = time.Now()
	ix.mu.Unlock()
}

func (ix *Indexer) run(ctx context.Context) {
	defer close(ix.done)
	heads, unsubscribe := ix.subscribeHeads(ctx)
	defer unsubscribe()
	poll := time.NewTicker(ix.cfg.PollInterval)
	defer poll.Stop()
	backoff := ix.cfg.RetryMin
	for {
		caughtUp, err := ix.step(ctx)
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			if !errors.Is(err, ErrInconsistentRange) {
				ix.log.Warn("indexing failed; retrying the same range", "err", err, "from_block", ix.cp.next, "retry_in", backoff)
				ix.setStatus(func(s *Status) { s.LastError, s.LastErrorAt = err.Error(), time.Now() })
			}
			wait := backoff/2 + rand.N(backoff/2+1)
			backoff = min(2*backoff, ix.cfg.RetryMax)
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
			continue
		}
		backoff = ix.cfg.RetryMin
		if !caughtUp {
			continue
		}
		if !ix.ready.Swap(true) {
			ix.m.ready.Set(1)
			ix.progress.finish()
			ix.log.Info("caught up", "indexed_block", ix.cp.indexed())
		}
		select {
		case <-ctx.Done():
			return
		case <-heads:
		case <-poll.C:
		}
	}
}

// subscribeHeads returns a channel that ticks on new heads, or nil when the client cannot
// subscribe (polling only).
func (ix *Indexer) subscribeHeads(ctx context.Context) (<-chan *types.Header, func()) {
	hs, ok := ix.chain.(HeadSubscriber)
	if !ok {
		return nil, func() {}
	}
	ch := make(chan *types.Header, 16)
	sub, err := hs.SubscribeNewHead(ctx, ch)
	if err != nil {
		ix.log.Debug("no new-heads subscription; polling", "err", err)
		return nil, func() {}
	}
	out := make(chan *types.Header, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case err := <-sub.Err():
				if err != nil && ctx.Err() == nil {
					ix.log.Warn("new-heads subscription ended; polling", "err", err)
				}
				return
			case h := <-ch:
				select {
				case out <- h:
				default:
				}
			}
		}
	}()
	return out, func() {
		sub.Unsubscribe()
		<-done
	}
}

// rangeRead is one block range read consistently from the chain.
type rangeRead struct {
	from, to uint64
	logs     []types.Log
	header   *types.Header // of block `to`
}

// step indexes the next range. It returns caughtUp when nothing is left below the confirmed
// head.
func (ix *Indexer) step(ctx context.Context) (caughtUp bool, err error) {
	head, err := ix.headerByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	headNum := head.Number.Uint64()
	ix.m.head.Set(float64(headNum))
	if headNum < ix.cfg.Confirmations {
		return true, nil
	}
	target := headNum - ix.cfg.Confirmations
	ix.m.lag.Set(float64(int64(target) - ix.cp.indexed()))
	ix.setStatus(func(s *Status) {
		s.Head, s.ConfirmedHead = headNum, target
		s.Lag = int64(target) - ix.cp.indexed()
	})
	if target < ix.cp.next {
		if target+1 < ix.cp.next {
			// A lagging or load-balanced RPC: wait for it, never move the checkpoint back.
			ix.log.Debug("RPC head behind the checkpoint; waiting", "head", headNum, "indexed_block", ix.cp.indexed())
		}
		return true, nil
	}
	start := time.Now()
	from := ix.cp.next
	to := min(target, from+ix.rangeSize-1)
	rr, err := ix.readRange(ctx, from, to)
	if errors.Is(err, errReorg) {
		return false, ix.handleReorg(ctx)
	}
	if err != nil {
		return false, err
	}
	if err := ix.fillTimestamps(ctx, rr); err != nil {
		return false, err
	}
	read := time.Since(start)
	if err := ix.apply(ctx, rr); err != nil {
		ix.m.dbErrors.Inc()
		return false, err
	}
	ix.m.batchTime.Observe(time.Since(start).Seconds())
	ix.log.Debug("range indexed", "from", rr.from, "to", rr.to, "logs", len(rr.logs), "read", read, "write", time.Since(start)-read)
	ix.adaptRange(rr)
	ix.progress.update(rr.to, target, len(rr.logs), rr.to-rr.from+1)
	return rr.to >= target, nil
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

var errReorg = errors.New("indexer: reorganisation below the checkpoint")

// readRange reads [from, to] (to may shrink on limit errors) between two reads of block `to`'s
// header: when they agree, the chain up to `to` did not change while its logs were read.
func (ix *Indexer) readRange(ctx context.Context, from, to uint64) (*rangeRead, error) {
	for {
		before, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(to))
		if err != nil {
			return nil, err
		}
		logs, err := ix.getLogs(ctx, from, to)
		if err != nil {
			if ctx.Err() == nil && isRangeError(err) && to > from {
				ix.m.rangeHalved.Inc()
				ix.rangeSize = max(ix.cfg.MinRange, (to-from+1)/2)
				ix.m.rangeSize.Set(float64(ix.rangeSize))
				ix.log.Debug("eth_getLogs range too large; halving", "from", from, "to", to, "range", ix.rangeSize, "err", err)
				to = from + ix.rangeSize - 1
				continue
			}
			return nil, err
		}
		if from > 0 && ix.cp.hash != (common.Hash{}) {
			parent, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(from-1))
			if err != nil {
				return nil, err
			}
			if parent.Hash() != ix.cp.hash {
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
		return &rangeRead{from: from, to: to, logs: logs, header: after}, nil
	}
}

// getLogs returns the project's logs in [from, to] ordered by block and index: those of the
// project contracts, then those of stream clones (known ones and those created in the range).
func (ix *Indexer) getLogs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
	q.Addresses = ix.cfg.Contracts.list()
	logs, err := ix.filterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	if ix.cfg.Contracts.Registry != (common.Address{}) {
		created := ix.dec.registryCreations(logs)
		if len(ix.streams)+len(created) > 0 {
			more, err := ix.streamLogs(ctx, q, created)
			if err != nil {
				return nil, err
			}
			logs = append(logs, more...)
		}
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		return cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
	})
	return slices.CompactFunc(logs, func(a, b types.Log) bool {
		return a.BlockNumber == b.BlockNumber && a.Index == b.Index
	}), nil
}

// streamAddressLimit: above this many streams, clone logs are read by topic without an address
// filter (and filtered here) instead of in address batches.
const (
	streamAddressLimit = 2000
	addressBatch       = 500
)

// streamLogs reads the clones' logs of q's range, split into up to ReadConcurrency block
// sub-ranges read concurrently (decoding a large eth_getLogs answer is CPU-bound on both ends).
func (ix *Indexer) streamLogs(ctx context.Context, q ethereum.FilterQuery, created []common.Address) ([]types.Log, error) {
	q.Topics = [][]common.Hash{ix.dec.streamTopics}
	var batches [][]common.Address
	if len(ix.streams)+len(created) <= streamAddressLimit {
		addrs := make([]common.Address, 0, len(ix.streams)+len(created))
		for a := range ix.streams {
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
	parts := min(uint64(ix.cfg.ReadConcurrency), to-from+1)
	if parts < 1 {
		parts = 1
	}
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
	var out []types.Log
	for _, j := range jobs {
		if j.err != nil {
			return nil, j.err
		}
		out = append(out, j.logs...)
	}
	return out, nil
}

func (ix *Indexer) filterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	cctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	defer cancel()
	logs, err := ix.chain.FilterLogs(cctx, q)
	if err != nil {
		ix.m.rpcErrors.WithLabelValues("eth_getLogs").Inc()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("eth_getLogs %d..%d: %w", q.FromBlock, q.ToBlock, err)
	}
	return logs, nil
}

func (ix *Indexer) headerByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	cctx, cancel := context.WithTimeout(ctx, ix.cfg.RPCTimeout)
	defer cancel()
	h, err := ix.chain.HeaderByNumber(cctx, n)
	if err == nil && h == nil {
		err = ethereum.NotFound
	}
	if err != nil {
		ix.m.rpcErrors.WithLabelValues("eth_getBlockByNumber").Inc()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		what := "head"
		if n != nil {
			what = n.String()
		}
		return nil, fmt.Errorf("header of block %s: %w", what, err)
	}
	return h, nil
}

// isRangeError: errors that a smaller eth_getLogs range avoids (result limits of providers,
// response size limits, timeouts).
func isRangeError(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"too many results", "returned more than", "limit exceeded", "query timeout", "timeout",
		"response size", "range too large", "block range", "too large", "exceed", "max results",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// adaptRange grows the range after a full, not too heavy range and shrinks it after a heavy one.
func (ix *Indexer) adaptRange(rr *rangeRead) {
	n, size := len(rr.logs), rr.to-rr.from+1
	switch {
	case n > 2*ix.cfg.TargetLogs && ix.rangeSize > ix.cfg.MinRange:
		ix.rangeSize = max(ix.cfg.MinRange, size/2)
	case n < ix.cfg.TargetLogs && size >= ix.rangeSize:
		ix.rangeSize = min(ix.cfg.MaxRange, ix.rangeSize*2)
	}
	ix.m.rangeSize.Set(float64(ix.rangeSize))
}

// apply decodes a range and writes it with the new checkpoint in one transaction.
func (ix *Indexer) apply(ctx context.Context, rr *rangeRead) error {
	created := ix.dec.registryCreations(rr.logs)
	pending := make(map[common.Address]struct{}, len(created))
	for _, a := range created {
		pending[a] = struct{}{}
	}
	ix.dec.known = func(a common.Address) bool {
		if _, ok := ix.streams[a]; ok {
			return true
		}
		_, ok := pending[a]
		return ok
	}
	ix.state.discard()
	b := newBatch()
	for i := range rr.logs {
		if _, err := ix.dec.decode(b, &rr.logs[i]); err != nil {
			ix.state.discard()
			return fmt.Errorf("indexer: %w", err)
		}
	}
	b.noteHeader(rr.header)
	cp := checkpoint{next: rr.to + 1, hash: rr.header.Hash()}
	var written map[string]int64
	err := pgx.BeginFunc(ctx, ix.db, func(tx pgx.Tx) error {
		var err error
		if written, err = b.write(ctx, tx); err != nil {
			return err
		}
		return saveCheckpoint(ctx, tx, ix.chainID, cp)
	})
	if err != nil {
		ix.state.discard()
		return fmt.Errorf("indexer: writing blocks %d..%d: %w", rr.from, rr.to, err)
	}
	ix.state.commit()
	for _, a := range b.newStreams {
		ix.streams[a] = struct{}{}
	}
	ix.cp = cp
	for t, n := range written {
		ix.m.events.WithLabelValues(t).Add(float64(n))
	}
	ix.m.logs.Add(float64(b.events))
	ix.m.blocks.Add(float64(rr.to - rr.from + 1))
	ix.m.indexed.Set(float64(rr.to))
	ix.setStatus(func(s *Status) {
		s.Indexed = cp.indexed()
		s.Lag = int64(s.ConfirmedHead) - cp.indexed()
		s.Range = ix.rangeSize
	})
	return nil
}

// handleReorg walks back from the checkpoint to the newest stored block still on the
// canonical chain and rolls everything above it back.
func (ix *Indexer) handleReorg(ctx context.Context) error {
	old := ix.cp.indexed()
	keep := int64(ix.cfg.StartBlock) - 1
	var keepHash common.Hash
	below := int64(ix.cp.next)
search:
	for {
		blocks, err := ix.storedBlocks(ctx, below, 64)
		if err != nil {
			return fmt.Errorf("indexer: reading stored blocks: %w", err)
		}
		if len(blocks) == 0 {
			break
		}
		for _, b := range blocks {
			h, err := ix.headerByNumber(ctx, new(big.Int).SetUint64(b.number))
			if err != nil && !errors.Is(err, ethereum.NotFound) {
				return err
			}
			if err == nil && h.Hash() == b.hash {
				keep, keepHash = int64(b.number), b.hash
				break search
			}
			below = int64(b.number)
		}
	}
	if keepHash == (common.Hash{}) {
		ix.log.Warn("no stored block is on the canonical chain any more; indexing again from the start block",
			"start_block", ix.cfg.StartBlock)
	}
	cp := checkpoint{next: uint64(keep + 1), hash: keepHash}
	if err := ix.rollback(ctx, keep, cp); err != nil {
		ix.m.dbErrors.Inc()
		return fmt.Errorf("indexer: rolling back to block %d: %w", keep, err)
	}
	streams, err := ix.loadStreams(ctx)
	if err != nil {
		return err
	}
	state, err := ix.loadState(ctx)
	if err != nil {
		return err
	}
	ix.streams, ix.state, ix.dec.state = streams, state, state
	ix.cp = cp
	depth := old - keep
	ix.m.reorgs.Inc()
	ix.m.reorgDepth.Observe(float64(depth))
	ix.m.indexed.Set(float64(keep))
	ix.setStatus(func(s *Status) { s.Indexed = keep })
	ix.log.Warn("chain reorganisation: rolled back", "common_ancestor", keep, "ancestor_hash", keepHash, "depth", depth)
	return nil
}
