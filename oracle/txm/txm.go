// Package txm is a transaction manager: a persistent queue of transactions from one key,
// sent with local nonce tracking, EIP-1559 fees from eth_feeHistory, fee bumping for stuck
// transactions, confirmation at a depth, re-broadcast after reorgs and failover across RPC
// endpoints.
//
// Every transaction goes through a state machine stored in PostgreSQL (schema.sql, applied by
// Start):
//
//	unstarted → in_progress → unconfirmed → confirmed
//	                 ↘ fatal        ↘ (nonce taken by another sender) → unstarted
//
// A nonce is assigned and the signed attempt saved (in_progress) before anything is sent, so a
// crash at any point resends exactly the saved bytes: the node answers "already known" or
// "nonce too low" and nothing is sent twice. One goroutine per manager does all the chain work;
// one manager per key and chain may run at a time.
package txm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// Deps are what a manager talks to.
type Deps struct {
	// Client reaches the chain; wrap several endpoints with Failover.
	Client Client
	// Pool holds the queue (tables txm_transactions and txm_attempts).
	Pool *pgxpool.Pool
}

// Manager sends the transactions of one key.
type Manager struct {
	cfg    Config
	client Client
	pool   *pgxpool.Pool
	key    *ecdsa.PrivateKey
	from   common.Address
	log    *slog.Logger
	met    *metrics

	st     *store
	signer types.Signer

	mu      sync.Mutex
	started bool
	closed  bool
	cancel  context.CancelFunc
	done    chan struct{}

	wake      chan struct{}
	changedMu sync.Mutex
	changed   chan struct{}

	ready   atomic.Bool
	lastErr atomic.Pointer[error]

	// Owned by the run goroutine.
	nextNonce  uint64
	nonceKnown bool
	missing    map[int64]uint64 // tx id → first head at which its nonce was used without its receipt
	resent     map[int64]uint64 // tx id → head at which the latest attempt was last offered
	tickFees   *Fees
}

// New builds a manager for key. Nothing is read or written before Start.
func New(cfg Config, deps Deps, key *ecdsa.PrivateKey, logger *slog.Logger, reg prometheus.Registerer) (*Manager, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if deps.Client == nil || deps.Pool == nil || key == nil {
		return nil, fmt.Errorf("%w: Client, Pool and key are required", ErrInvalidConfig)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	if reg != nil {
		reg = prometheus.WrapRegistererWith(prometheus.Labels{"from": from.Hex()}, reg)
	}
	return &Manager{
		cfg:     cfg,
		client:  deps.Client,
		pool:    deps.Pool,
		key:     key,
		from:    from,
		log:     logger.With("component", "txm", "from", from.Hex()),
		met:     newMetrics(reg),
		wake:    make(chan struct{}, 1),
		changed: make(chan struct{}),
		missing: map[int64]uint64{},
		resent:  map[int64]uint64{},
	}, nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Start reads the chain id when not configured, applies the schema and starts the sender. The
// sender runs until Close (ctx only bounds the start-up).
func (m *Manager) Start(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.started || m.closed {
		return errors.New("txm: already started")
	}
	chainID := m.cfg.ChainID
	if chainID == 0 {
		cctx, cancel := m.rpc(ctx)
		id, err := m.client.ChainID(cctx)
		cancel()
		if err != nil {
			return fmt.Errorf("txm: reading the chain id: %w", err)
		}
		chainID = id.Uint64()
	}
	m.cfg.ChainID = chainID
	m.signer = types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	m.st = &store{pool: m.pool, chainID: int64(chainID), from: m.from.Bytes()}
	if err := m.st.migrate(ctx); err != nil {
		return fmt.Errorf("txm: applying the schema: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	m.cancel = cancel
	m.done = make(chan struct{})
	m.started = true
	go m.run(runCtx)
	m.log.Info("started", "chain_id", chainID, "confirmations", m.cfg.Confirmations)
	return nil
}

// Close stops the sender and waits for it. Queued transactions stay in the database.
func (m *Manager) Close() error {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return nil
	}
	m.closed = true
	cancel, done := m.cancel, m.done
	m.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	m.ready.Store(false)
	return nil
}

// Ready reports nil once the nonce is synced and the last round reached the chain.
func (m *Manager) Ready() error {
	if m.ready.Load() {
		return nil
	}
	if e := m.lastErr.Load(); e != nil {
		return fmt.Errorf("txm not ready: %w", *e)
	}
	return errors.New("txm not ready")
}

func (m *Manager) running() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.started && !m.closed
}

// Enqueue queues a transaction and returns its id. A Request whose IdempotencyKey was queued
// before returns the earlier id and queues nothing.
func (m *Manager) Enqueue(ctx context.Context, req Request) (int64, error) {
	if !m.running() {
		return 0, ErrNotStarted
	}
	if req.Value != nil && req.Value.Sign() < 0 {
		return 0, fmt.Errorf("%w: negative value", ErrInvalidRequest)
	}
	if req.To == nil && len(req.Data) == 0 {
		return 0, fmt.Errorf("%w: neither a recipient nor contract code", ErrInvalidRequest)
	}
	id, created, err := m.st.insert(ctx, req, m.cfg.MaxQueued)
	if err != nil {
		if errors.Is(err, ErrQueueFull) {
			return 0, err
		}
		return 0, fmt.Errorf("txm: enqueue: %w", err)
	}
	if created {
		m.met.enqueued.Inc()
		m.log.Debug("enqueued", "id", id, "key", req.IdempotencyKey)
	}
	m.poke()
	return id, nil
}

// Status returns the stored state of a transaction.
func (m *Manager) Status(ctx context.Context, id int64) (*Tx, error) {
	if m.st == nil {
		return nil, ErrNotStarted
	}
	return m.st.get(ctx, id)
}

// Wait blocks until the transaction is confirmed or fatal. It returns the transaction and nil
// when it confirmed successfully, ErrReverted when it confirmed but reverted, ErrFatal when it
// failed for good.
func (m *Manager) Wait(ctx context.Context, id int64) (*Tx, error) {
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		ch := m.changedChan()
		tx, err := m.Status(ctx, id)
		if err != nil {
			return nil, err
		}
		switch {
		case tx.State == StateFatal:
			return tx, fmt.Errorf("%w: %s", ErrFatal, tx.Error)
		case tx.State == StateConfirmed && tx.Reverted():
			return tx, fmt.Errorf("%w: %s", ErrReverted, tx.Hash)
		case tx.State == StateConfirmed:
			return tx, nil
		}
		select {
		case <-ctx.Done():
			return tx, ctx.Err()
		case <-ch:
		case <-t.C:
		}
	}
}

func (m *Manager) poke() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

func (m *Manager) changedChan() chan struct{} {
	m.changedMu.Lock()
	defer m.changedMu.Unlock()
	return m.changed
}

func (m *Manager) notify() {
	m.changedMu.Lock()
	close(m.changed)
	m.changed = make(chan struct{})
	m.changedMu.Unlock()
}

func (m *Manager) run(ctx context.Context) {
	defer close(m.done)
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := m.tick(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			m.ready.Store(false)
			m.lastErr.Store(&err)
			m.log.Warn("round failed", "err", err)
		} else {
			m.ready.Store(true)
		}
		select {
		case <-ctx.Done():
			return
		case <-m.wake:
		case <-t.C:
		}
	}
}

func (m *Manager) rpc(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, m.cfg.RPCTimeout)
}

// tick is one round: confirm or bump what was sent, send what was saved, start what waits.
func (m *Manager) tick(ctx context.Context) error {
	m.tickFees = nil
	rctx, cancel := m.rpc(ctx)
	head, err := m.client.HeaderByNumber(rctx, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	if !m.nonceKnown {
		if err := m.resyncNonce(ctx); err != nil {
			return err
		}
	}
	active, err := m.st.active(ctx)
	if err != nil {
		return fmt.Errorf("loading transactions: %w", err)
	}
	var chainNonce uint64
	for _, t := range active {
		if t.State == StateUnconfirmed {
			rctx, cancel := m.rpc(ctx)
			chainNonce, err = m.client.NonceAt(rctx, m.from, head.Number)
			cancel()
			if err != nil {
				return fmt.Errorf("reading the nonce: %w", err)
			}
			break
		}
	}
	inFlight, blocked := 0, false
	for _, t := range active {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch t.State {
		case StateUnconfirmed:
			if m.checkUnconfirmed(ctx, head, t, chainNonce) {
				inFlight++
			}
		case StateInProgress:
			if m.broadcast(ctx, head, t, t.latest()) {
				inFlight++
			} else {
				// Later nonces wait for this one: never leave a gap.
				blocked = true
				if t.State == StateInProgress {
					inFlight++
				}
			}
		}
	}
	for !blocked && inFlight < m.cfg.MaxInFlight && m.nonceKnown {
		t, err := m.st.nextUnstarted(ctx)
		if err != nil {
			return fmt.Errorf("loading the queue: %w", err)
		}
		if t == nil {
			break
		}
		if !m.startTx(ctx, head, t) {
			break
		}
		inFlight++
	}
	if counts, err := m.st.counts(ctx); err == nil {
		for _, s := range []State{StateUnstarted, StateInProgress, StateUnconfirmed} {
			m.met.queue.WithLabelValues(string(s)).Set(float64(counts[s]))
		}
	}
	return nil
}

// resyncNonce sets the next nonce to the larger of the node's pending nonce and one above
// the highest nonce this manager holds.
func (m *Manager) resyncNonce(ctx context.Context) error {
	rctx, cancel := m.rpc(ctx)
	pending, err := m.client.PendingNonceAt(rctx, m.from)
	cancel()
	if err != nil {
		return fmt.Errorf("reading the pending nonce: %w", err)
	}
	highest, err := m.st.maxNonce(ctx)
	if err != nil {
		return fmt.Errorf("reading stored nonces: %w", err)
	}
	next := pending
	if highest >= 0 && uint64(highest)+1 > next {
		next = uint64(highest) + 1
	}
	if m.nonceKnown && next != m.nextNonce {
		m.log.Info("nonce resynced", "was", m.nextNonce, "now", next)
	}
	m.nextNonce, m.nonceKnown = next, true
	return nil
}

func (m *Manager) fees(ctx context.Context) (Fees, error) {
	if m.tickFees != nil {
		return *m.tickFees, nil
	}
	f, err := m.marketFees(ctx)
	if err != nil {
		return Fees{}, err
	}
	m.tickFees = &f
	return f, nil
}

func (m *Manager) sign(t *Tx, nonce, gas uint64, f Fees) (*types.Transaction, []byte, error) {
	value := t.Value
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(m.cfg.ChainID),
		Nonce:     nonce,
		GasTipCap: f.TipCap,
		GasFeeCap: f.FeeCap,
		Gas:       gas,
		To:        t.To,
		Value:     value,
		Data:      t.Data,
	})
	signed, err := types.SignTx(tx, m.signer, m.key)
	if err != nil {
		return nil, nil, fmt.Errorf("signing: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, nil, fmt.Errorf("encoding: %w", err)
	}
	return signed, raw, nil
}

// startTx assigns the next nonce to an unstarted transaction, saves the signed attempt and
// sends it. It reports whether the transaction is now in flight.
func (m *Manager) startTx(ctx context.Context, head *types.Header, t *Tx) bool {
	gas := t.GasLimit
	if gas == 0 {
		rctx, cancel := m.rpc(ctx)
		est, err := m.client.EstimateGas(rctx, ethereum.CallMsg{From: m.from, To: t.To, Data: t.Data, Value: t.Value})
		cancel()
		if err != nil {
			if Classify(err) == ClassFatal {
				m.fail(ctx, t, fmt.Sprintf("gas estimation: %v", err))
				return false
			}
			m.log.Warn("gas estimation failed", "id", t.ID, "err", err)
			return false
		}
		gas = est * m.cfg.GasLimitPercent / 100
	}
	f, err := m.fees(ctx)
	if err != nil {
		m.log.Warn("reading fees", "err", err)
		return false
	}
	nonce := m.nextNonce
	signed, raw, err := m.sign(t, nonce, gas, f)
	if err != nil {
		m.fail(ctx, t, err.Error())
		return false
	}
	attemptID, err := m.st.assign(ctx, t.ID, nonce, gas, signed, raw)
	if err != nil {
		m.log.Warn("saving the attempt", "id", t.ID, "nonce", nonce, "err", err)
		m.nonceKnown = false
		return false
	}
	m.nextNonce++
	n := nonce
	t.State, t.Nonce, t.GasLimit = StateInProgress, &n, gas
	at := &activeTx{Tx: t, attempts: []attempt{{id: attemptID, hash: signed.Hash(), fees: f, raw: raw}}}
	m.log.Debug("nonce assigned", "id", t.ID, "nonce", nonce, "hash", signed.Hash(), "fees", f)
	return m.broadcast(ctx, head, at, at.latest())
}

func (m *Manager) fail(ctx context.Context, t *Tx, msg string) {
	if err := m.st.markFatal(ctx, t.ID, msg); err != nil {
		m.log.Error("marking fatal", "id", t.ID, "err", err)
		return
	}
	m.met.fatal.Inc()
	m.log.Error("transaction failed for good", "id", t.ID, "err", msg)
	m.notify()
}

// broadcast sends an attempt and reacts to the node's answer. It reports whether the
// transaction counts as sent (or settled otherwise) so later nonces may go out.
func (m *Manager) broadcast(ctx context.Context, head *types.Header, t *activeTx, a *attempt) bool {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.raw); err != nil {
		m.fail(ctx, t.Tx, fmt.Sprintf("stored attempt does not decode: %v", err))
		return false
	}
	rctx, cancel := m.rpc(ctx)
	err := m.client.SendTransaction(rctx, tx)
	cancel()
	class := Classify(err)
	if err != nil {
		m.met.rpcErrors.WithLabelValues(class.String()).Inc()
	}
	log := m.log.With("id", t.ID, "nonce", *t.Nonce, "hash", a.hash)
	switch class {
	case ClassOK, ClassAlreadyKnown:
		if err := m.st.markBroadcast(ctx, t.ID, a.id, head.Number.Uint64()); err != nil {
			log.Error("recording the broadcast", "err", err)
			return false
		}
		h := head.Number.Uint64()
		a.broadcastBlock = &h
		m.met.broadcasts.Inc()
		if t.State == StateInProgress {
			t.State = StateUnconfirmed
			m.notify()
		}
		log.Debug("sent", "already_known", class == ClassAlreadyKnown, "fees", a.fees)
		return true

	case ClassNonceTooLow:
		if t.State != StateInProgress {
			// A replacement or re-broadcast: an attempt (or another sender) used the nonce;
			// the receipt check settles which.
			return true
		}
		// Sent before a restart and already mined?
		r, err := m.findReceipt(ctx, t)
		if err != nil {
			// Cannot tell whether an attempt of ours took the nonce: decide on a later round.
			log.Warn("looking up receipts", "err", err)
			return false
		}
		if r != nil {
			if err := m.st.markBroadcast(ctx, t.ID, a.id, head.Number.Uint64()); err == nil {
				_ = m.st.markMined(ctx, t.ID, r)
				t.State = StateUnconfirmed
			}
			return true
		}
		m.requeue(ctx, t, "nonce taken by another transaction of this key")
		return false

	case ClassReplacementUnderpriced:
		if t.State == StateInProgress && len(t.attempts) == 1 {
			// Our first attempt never replaces anything of ours: another sender's transaction
			// holds the nonce in the pool.
			m.requeue(ctx, t, "nonce held by another pending transaction of this key")
			return false
		}
		log.Warn("replacement refused; a higher-paying transaction holds the nonce", "err", err)
		return t.State != StateInProgress

	case ClassUnderpriced:
		log.Info("underpriced; replacing with higher fees", "err", err, "fees", a.fees)
		m.replace(ctx, head, t, false)
		return t.State != StateInProgress

	case ClassInsufficientFunds:
		log.Warn("insufficient funds; will retry", "err", err)
		return t.State != StateInProgress

	case ClassFatal:
		if t.State == StateInProgress && !t.everSent() {
			m.fail(ctx, t.Tx, err.Error())
			m.nonceKnown = false // give the nonce back
			return false
		}
		log.Error("attempt rejected", "err", err)
		return t.State != StateInProgress

	default: // retryable, nonce too high
		log.Warn("send failed; will retry", "class", class, "err", err)
		if class == ClassNonceTooHigh {
			m.nonceKnown = false
		}
		return t.State != StateInProgress
	}
}

func (t *activeTx) everSent() bool {
	for _, a := range t.attempts {
		if a.broadcastBlock != nil {
			return true
		}
	}
	return false
}

func (m *Manager) requeue(ctx context.Context, t *activeTx, reason string) {
	if err := m.st.requeue(ctx, t.ID, reason); err != nil {
		m.log.Error("requeueing", "id", t.ID, "err", err)
		return
	}
	m.met.nonceResyncs.Inc()
	m.log.Warn("nonce lost to another sender; transaction requeued", "id", t.ID, "nonce", *t.Nonce, "reason", reason)
	delete(m.missing, t.ID)
	delete(m.resent, t.ID)
	t.State = StateUnstarted
	m.nonceKnown = false
	m.notify()
}

// findReceipt returns a canonical receipt of any attempt; nil and no error when no attempt
// has one. An error means a lookup failed (not "not found": a transport error, a node still
// indexing transactions): whether the transaction was mined is unknown this round.
func (m *Manager) findReceipt(ctx context.Context, t *activeTx) (*types.Receipt, error) {
	var lookupErr error
	for i := len(t.attempts) - 1; i >= 0; i-- {
		rctx, cancel := m.rpc(ctx)
		r, err := m.client.TransactionReceipt(rctx, t.attempts[i].hash)
		cancel()
		if errors.Is(err, ethereum.NotFound) || (err == nil && r == nil) {
			continue
		}
		if err != nil {
			lookupErr = fmt.Errorf("receipt of %s: %w", t.attempts[i].hash, err)
			continue
		}
		rctx, cancel = m.rpc(ctx)
		h, err := m.client.HeaderByNumber(rctx, r.BlockNumber)
		cancel()
		if err == nil && h == nil {
			err = ethereum.NotFound
		}
		if err != nil {
			lookupErr = fmt.Errorf("header of block %s: %w", r.BlockNumber, err)
			continue
		}
		if h.Hash() != r.BlockHash {
			continue // the node is mid-reorg
		}
		return r, nil
	}
	return nil, lookupErr
}

// checkUnconfirmed confirms, follows reorgs, requeues when the nonce was taken, and bumps.
// It reports whether the transaction is still in flight.
func (m *Manager) checkUnconfirmed(ctx context.Context, head *types.Header, t *activeTx, chainNonce uint64) bool {
	headN := head.Number.Uint64()
	r, err := m.findReceipt(ctx, t)
	if err != nil {
		// A failed lookup is no evidence that the transaction is not mined: neither a reorg
		// nor a nonce taken by another sender can be concluded from it.
		m.log.Warn("looking up receipts", "id", t.ID, "nonce", *t.Nonce, "err", err)
		return true
	}
	if r != nil {
		delete(m.missing, t.ID)
		if t.BlockHash != r.BlockHash {
			if t.BlockNumber != 0 {
				m.met.reorgs.Inc()
				m.log.Warn("transaction moved to another block", "id", t.ID, "from_block", t.BlockNumber, "to_block", r.BlockNumber)
			} else {
				m.met.inclusionTime.Observe(time.Since(t.CreatedAt).Seconds())
			}
			if err := m.st.markMined(ctx, t.ID, r); err != nil {
				m.log.Error("recording the receipt", "id", t.ID, "err", err)
				return true
			}
		}
		if headN+1 >= r.BlockNumber.Uint64()+m.cfg.Confirmations {
			if err := m.st.markConfirmed(ctx, t.ID, r); err != nil {
				m.log.Error("confirming", "id", t.ID, "err", err)
				return true
			}
			status := "success"
			if r.Status != types.ReceiptStatusSuccessful {
				status = "reverted"
			}
			m.met.confirmed.WithLabelValues(status).Inc()
			m.met.gasUsed.Add(float64(r.GasUsed))
			if r.EffectiveGasPrice != nil {
				fee := new(big.Float).SetInt(new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed)))
				gwei, _ := new(big.Float).Quo(fee, big.NewFloat(1e9)).Float64()
				m.met.feesPaidGwei.Add(gwei)
			}
			m.met.confirmTime.Observe(time.Since(t.CreatedAt).Seconds())
			m.log.Info("confirmed", "id", t.ID, "nonce", *t.Nonce, "hash", r.TxHash, "block", r.BlockNumber,
				"status", status, "gas_used", r.GasUsed, "attempts", len(t.attempts))
			delete(m.resent, t.ID)
			m.notify()
			return false
		}
		return true
	}
	if t.BlockNumber != 0 {
		// It was mined and its block is gone: send it again.
		m.met.reorgs.Inc()
		m.log.Warn("transaction dropped by a reorg; re-sending", "id", t.ID, "block", t.BlockNumber, "hash", t.Hash)
		if err := m.st.clearMined(ctx, t.ID); err != nil {
			m.log.Error("clearing the receipt", "id", t.ID, "err", err)
			return true
		}
		t.BlockNumber, t.BlockHash = 0, common.Hash{}
		// The latest attempt pays at least as much as the one that was mined.
		m.broadcast(ctx, head, t, t.latest())
		return true
	}
	if chainNonce > *t.Nonce {
		// The nonce is used on chain and no attempt of ours has a receipt: either a receipt is
		// about to appear, or another transaction of this key took the nonce. Decide on the
		// next head, not on the same view.
		first, seen := m.missing[t.ID]
		if !seen {
			m.missing[t.ID] = headN
			return true
		}
		if headN > first {
			m.requeue(ctx, t, "nonce used on chain by another transaction of this key")
			return false
		}
		return true
	}
	delete(m.missing, t.ID)
	la := t.latest()
	if la.broadcastBlock == nil {
		m.broadcast(ctx, head, t, la)
		return true
	}
	if headN >= *la.broadcastBlock+m.cfg.BumpAfterBlocks {
		m.replace(ctx, head, t, true)
		m.resent[t.ID] = headN
		return true
	}
	// Nodes forget transactions (restarts, evictions, reorgs they handled differently): offer
	// the same bytes again on every new head. "already known" costs nothing.
	if last, ok := m.resent[t.ID]; !ok || headN > last {
		if ok {
			m.resend(ctx, t, la)
		}
		m.resent[t.ID] = headN
	}
	return true
}

// replace signs an attempt with higher fees and (when send) sends it; at MaxFeeCap it
// re-sends the latest attempt instead.
func (m *Manager) replace(ctx context.Context, head *types.Header, t *activeTx, send bool) {
	market, err := m.fees(ctx)
	if err != nil {
		m.log.Warn("reading fees", "err", err)
		return
	}
	la := t.latest()
	nf, ok := m.bumpFees(la.fees, market)
	if !ok {
		m.log.Warn("fee cap reached; re-sending without a bump", "id", t.ID, "nonce", *t.Nonce, "fees", la.fees)
		if send {
			m.broadcast(ctx, head, t, la)
		}
		return
	}
	signed, raw, err := m.sign(t.Tx, *t.Nonce, t.GasLimit, nf)
	if err != nil {
		m.log.Error("signing a replacement", "id", t.ID, "err", err)
		return
	}
	id, err := m.st.addAttempt(ctx, t.ID, signed, raw)
	if err != nil {
		m.log.Error("saving a replacement", "id", t.ID, "err", err)
		return
	}
	m.met.bumps.Inc()
	m.log.Info("fees bumped", "id", t.ID, "nonce", *t.Nonce, "old", la.fees, "new", nf, "hash", signed.Hash())
	t.attempts = append(t.attempts, attempt{id: id, hash: signed.Hash(), fees: nf, raw: raw})
	if send {
		m.broadcast(ctx, head, t, t.latest())
	}
}

// resend offers an attempt that was sent before to the node again, without touching its
// bump schedule. Only transport errors are worth a log line: every verdict on these bytes was
// handled when they were first sent, and the receipt check follows whatever happened.
func (m *Manager) resend(ctx context.Context, t *activeTx, a *attempt) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.raw); err != nil {
		return
	}
	rctx, cancel := m.rpc(ctx)
	err := m.client.SendTransaction(rctx, tx)
	cancel()
	if c := Classify(err); c == ClassRetryable {
		m.log.Debug("re-send failed", "id", t.ID, "hash", a.hash, "err", err)
	} else if c == ClassOK {
		m.log.Info("node had forgotten the transaction; re-sent", "id", t.ID, "nonce", *t.Nonce, "hash", a.hash)
	}
}
