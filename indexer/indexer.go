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
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
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
	chainID  uint64
	cp       checkpoint
	streams  map[common.Address]struct{}
	state    *chainState
	dec      *decoder
	progress *progress

	// rangeSize is the eth_getLogs block range; the reader changes it, Status reads it.
	rangeSize atomic.Uint64

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
		cfg:   cfg,
		chain: deps.Chain,
		db:    deps.DB,
		log:   logger.With("component", "indexer"),
		m:     newMetrics(reg),
	}
	ix.rangeSize.Store(cfg.InitialRange)
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
	ix.status = Status{ChainID: ix.chainID, Indexed: ix.cp.indexed(), Range: ix.rangeSize.Load()}
	ix.m.indexed.Set(float64(ix.cp.indexed()))
	ix.m.rangeSize.Set(float64(ix.rangeSize.Load()))
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

// apply decodes a range and writes it with the new checkpoint in one transaction.
func (ix *Indexer) apply(ctx context.Context, rr *rangeRead) error {
	pending := make(map[common.Address]struct{}, len(rr.created))
	for _, a := range rr.created {
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
		s.Range = ix.rangeSize.Load()
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
