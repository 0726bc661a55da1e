// Package oracle is the delivery agent: it follows DeliveryHub subscriptions, takes the
// subscribed stream partitions' events from the broker, checks them, simulates each delivery
// before paying for it (first delivery wins; a lost race costs no gas), batches when busy and
// sends through the transaction manager (oracle/txm).
package oracle

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
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/oracle/txm"
)

// Event is a stream event as the agent receives it.
type Event struct {
	Event    *protocol.Event
	Received time.Time
}

// Source delivers the events of a stream partition, from a publisher timestamp (ms, 0: live)
// on, until ctx ends. The channel closes when the subscription ends.
type Source interface {
	Subscribe(ctx context.Context, stream common.Address, partition uint32, fromMs uint64) (<-chan Event, error)
}

// Chain is what the agent reads from the chain.
type Chain interface {
	ethereum.LogFilterer
	ethereum.BlockNumberReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	CodeAt(ctx context.Context, contract common.Address, blockNumber *big.Int) ([]byte, error)
}

// Sender queues transactions (a *txm.Manager).
type Sender interface {
	Enqueue(ctx context.Context, req txm.Request) (int64, error)
	Status(ctx context.Context, id int64) (*txm.Tx, error)
	Wait(ctx context.Context, id int64) (*txm.Tx, error)
	From() common.Address
	Ready() error
}

// Config of an agent.
type Config struct {
	Hub        common.Address
	StartBlock uint64
	// PollInterval for hub logs.
	PollInterval time.Duration
	// LogRange: most blocks per eth_getLogs (halved on errors).
	LogRange uint64
	Pricing  Pricing
	// Own: subscriptions owned by these addresses are delivered even at a loss.
	Own []common.Address
	// MaxBatch: most events in one deliverBatch.
	MaxBatch int
	// QueueSize per subscription; events beyond it are dropped (and counted).
	QueueSize int
	// ResendFromMs asks the source for events from this publisher time on (0: live only).
	ResendFromMs uint64
	// PermissionTTL caches canPublish answers.
	PermissionTTL time.Duration
	// GasLimitPercent pads the estimate (e.g. 130).
	GasLimitPercent uint64
}

// DefaultConfig: 1 s polling, 2000-block log ranges, batches of up to 16.
func DefaultConfig() Config {
	return Config{PollInterval: time.Second, LogRange: 2000, MaxBatch: 16, QueueSize: 1024,
		PermissionTTL: 30 * time.Second, GasLimitPercent: 130, Pricing: Pricing{DATAPerETH: 1, Margin: 0.1}}
}

// Deps of an agent.
type Deps struct {
	Chain  Chain
	Sender Sender
	Source Source
	// Domain verifies event signatures (chain id, StreamRegistry).
	Domain *protocol.Domain
}

// Agent is the delivery agent.
type Agent struct {
	cfg  Config
	deps Deps
	log  *slog.Logger
	met  *metrics
	led  *ledger
	own  map[common.Address]bool

	mu      sync.Mutex
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	workers map[uint64]chan Event
	parts   map[partKey][]uint64 // stream partition → subscriptions
	closed  bool

	caughtUp atomic.Bool
	perms    sync.Map // permKey → permEntry
}

type partKey struct {
	Stream    common.Address
	Partition uint32
}

type permKey struct {
	Stream, Publisher common.Address
}

type permEntry struct {
	ok bool
	at time.Time
}

// New builds an agent.
func New(cfg Config, deps Deps, logger *slog.Logger, reg prometheus.Registerer) (*Agent, error) {
	d := DefaultConfig()
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = d.PollInterval
	}
	if cfg.LogRange == 0 {
		cfg.LogRange = d.LogRange
	}
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = d.MaxBatch
	}
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = d.QueueSize
	}
	if cfg.PermissionTTL <= 0 {
		cfg.PermissionTTL = d.PermissionTTL
	}
	if cfg.GasLimitPercent == 0 {
		cfg.GasLimitPercent = d.GasLimitPercent
	}
	if cfg.GasLimitPercent < 100 {
		return nil, fmt.Errorf("oracle: GasLimitPercent %d is below 100: deliveries would run out of gas", cfg.GasLimitPercent)
	}
	if err := cfg.Pricing.validate(); err != nil {
		return nil, err
	}
	if cfg.Hub == (common.Address{}) || deps.Chain == nil || deps.Sender == nil || deps.Source == nil || deps.Domain == nil {
		return nil, errors.New("oracle: Hub, Chain, Sender, Source and Domain are required")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	own := map[common.Address]bool{}
	for _, a := range cfg.Own {
		own[a] = true
	}
	return &Agent{cfg: cfg, deps: deps, log: logger.With("component", "oracle"), met: newMetrics(reg),
		led: newLedger(), own: own, workers: map[uint64]chan Event{}, parts: map[partKey][]uint64{}}, nil
}

// Start begins following the hub; it returns at once.
func (a *Agent) Start(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil || a.closed {
		return errors.New("oracle: already started")
	}
	ctx, a.cancel = context.WithCancel(context.WithoutCancel(ctx))
	a.wg.Add(1)
	go a.follow(ctx)
	a.log.Info("started", "hub", a.cfg.Hub, "deliverer", a.deps.Sender.From())
	return nil
}

// Close stops the agent and waits for its goroutines.
func (a *Agent) Close() error {
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return nil
	}
	a.closed = true
	cancel := a.cancel
	a.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	a.wg.Wait()
	return nil
}

// Ready: the hub's logs are read up to the head and the transaction manager is ready.
func (a *Agent) Ready() error {
	if !a.caughtUp.Load() {
		return errors.New("oracle: catching up with the hub")
	}
	return a.deps.Sender.Ready()
}

// Subscription returns the agent's view of a hub subscription.
func (a *Agent) Subscription(id uint64) (Subscription, bool) { return a.led.subscription(id) }

// follow polls the hub's logs from StartBlock and applies them.
func (a *Agent) follow(ctx context.Context) {
	defer a.wg.Done()
	next := a.cfg.StartBlock
	span := a.cfg.LogRange
	t := time.NewTicker(a.cfg.PollInterval)
	defer t.Stop()
	for {
		head, err := a.deps.Chain.BlockNumber(ctx)
		for err == nil && next <= head {
			to := min(head, next+span-1)
			var logs []types.Log
			logs, err = a.deps.Chain.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
				Addresses: []common.Address{a.cfg.Hub}, Topics: [][]common.Hash{hubTopics}})
			if err != nil {
				if span > 1 {
					span /= 2 // too many results, or a node that limits ranges
					err = nil
					continue
				}
				break
			}
			for _, l := range logs {
				a.onLog(ctx, l)
			}
			next, span = to+1, min(span*2, a.cfg.LogRange)
		}
		if err != nil && ctx.Err() == nil {
			a.log.Warn("reading hub logs", "from", next, "err", err)
		} else if err == nil {
			a.caughtUp.Store(true)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *Agent) onLog(ctx context.Context, l types.Log) {
	if l.Removed {
		return
	}
	ev, err := decodeHubLog(l)
	if err != nil {
		a.log.Warn("undecodable hub log", "tx", l.TxHash, "err", err)
		return
	}
	if s := a.led.apply(ev); s != nil {
		a.startSubscription(ctx, *s)
	}
}

// startSubscription makes sure the stream partition is subscribed at the source and runs the
// subscription's delivery worker.
func (a *Agent) startSubscription(ctx context.Context, s Subscription) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.workers[s.ID]; ok || a.closed {
		return
	}
	ch := make(chan Event, a.cfg.QueueSize)
	a.workers[s.ID] = ch
	k := partKey{s.Stream, s.Partition}
	first := len(a.parts[k]) == 0
	a.parts[k] = append(a.parts[k], s.ID)
	a.wg.Add(1)
	go a.deliverLoop(ctx, s.ID, ch)
	a.log.Info("subscription", "id", s.ID, "stream", s.Stream, "partition", s.Partition,
		"consumer", s.Consumer, "bounty", s.Bounty, "deposit", s.Deposit)
	if first {
		a.wg.Add(1)
		go a.read(ctx, k)
	}
}

// read takes a stream partition's events from the source and hands them to its
// subscriptions' workers, resubscribing after the source ends.
func (a *Agent) read(ctx context.Context, k partKey) {
	defer a.wg.Done()
	from := a.cfg.ResendFromMs
	for ctx.Err() == nil {
		events, err := a.deps.Source.Subscribe(ctx, k.Stream, k.Partition, from)
		if err != nil {
			a.log.Warn("subscribing at the source", "stream", k.Stream, "partition", k.Partition, "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
			continue
		}
		for ev := range events {
			a.met.seen.Inc()
			if ev.Event.Timestamp > from {
				from = ev.Event.Timestamp
			}
			a.mu.Lock()
			chans := make([]chan Event, 0, len(a.parts[k]))
			for _, id := range a.parts[k] {
				chans = append(chans, a.workers[id])
			}
			a.mu.Unlock()
			for _, ch := range chans {
				select {
				case ch <- ev:
					a.met.queue.Inc()
				default:
					a.met.skipped.WithLabelValues("queue_full").Inc()
				}
			}
		}
	}
}

// deliverLoop delivers a subscription's events: one at a time when idle, in batches of what
// accumulated while the previous delivery was in flight.
func (a *Agent) deliverLoop(ctx context.Context, id uint64, ch chan Event) {
	defer a.wg.Done()
	for {
		var batch []Event
		select {
		case <-ctx.Done():
			return
		case ev := <-ch:
			batch = append(batch, ev)
		}
	drain:
		for len(batch) < a.cfg.MaxBatch {
			select {
			case ev := <-ch:
				batch = append(batch, ev)
			default:
				break drain
			}
		}
		a.met.queue.Sub(float64(len(batch)))
		// A delivery that could not be judged (the chain or the database did not answer) is
		// tried again: its events would be lost otherwise.
		for backoff := retryMin; ; backoff = min(2*backoff, retryMax) {
			err := a.deliver(ctx, id, batch)
			if err == nil || ctx.Err() != nil {
				break
			}
			if !errors.Is(err, errTransient) {
				a.log.Warn("delivery", "subscription", id, "events", len(batch), "err", err)
				break
			}
			a.log.Warn("delivery failed; retrying", "subscription", id, "events", len(batch), "retry_in", backoff, "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
		}
	}
}

// Backoff of deliveries retried after transient errors.
const (
	retryMin = 100 * time.Millisecond
	retryMax = 5 * time.Second
)

// errTransient marks errors of deliver that say nothing about the events (an RPC or database
// failure): the delivery is retried.
var errTransient = errors.New("transient")

// isVerdict reports whether an eth_call error is the chain's answer about the call (a revert,
// a contract without code) rather than a failure to get an answer.
func isVerdict(err error) bool {
	return errors.Is(err, bind.ErrNoCode) || revertData(err) != nil ||
		strings.Contains(strings.ToLower(err.Error()), "revert")
}

// deliver checks, simulates, prices and sends one delivery of batch to subscription id, and
// waits until it is mined.
func (a *Agent) deliver(ctx context.Context, id uint64, batch []Event) error {
	start := time.Now()
	sub, ok := a.led.subscription(id)
	if !ok || !sub.Active {
		a.met.skipped.WithLabelValues("inactive").Add(float64(len(batch)))
		return nil
	}
	events, err := a.check(ctx, sub, batch)
	if err != nil {
		return err
	}
	if n := sub.affordable(len(events)); n < len(events) {
		a.met.skipped.WithLabelValues("deposit").Add(float64(len(events) - n))
		events = events[:n]
	}
	if len(events) == 0 {
		return nil
	}
	data, gas, evs, err := a.simulate(ctx, sub, events)
	if err != nil {
		return err
	}
	if data == nil {
		return nil
	}
	bounty := new(big.Int).Mul(sub.Bounty, big.NewInt(int64(len(evs))))
	price, err := a.deps.Chain.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("%w: gas price: %w", errTransient, err)
	}
	if ok, need := a.cfg.Pricing.Profitable(bounty, gas, price); !ok && !a.own[sub.Owner] {
		a.met.skipped.WithLabelValues("unprofitable").Add(float64(len(evs)))
		a.log.Debug("unprofitable", "subscription", id, "bounty", bounty, "need", need, "gas", gas)
		return nil
	}
	last := evs[len(evs)-1]
	txID, err := a.deps.Sender.Enqueue(ctx, txm.Request{
		To: &a.cfg.Hub, Data: data, GasLimit: gas * a.cfg.GasLimitPercent / 100,
		IdempotencyKey: deliveryKey(id, data),
		Meta: fmt.Appendf(nil, `{"subscription":%d,"events":%d,"last":"%s/%d/%d"}`,
			id, len(evs), last.Publisher.Hex(), last.Timestamp, last.Sequence),
	})
	if err != nil {
		// Safe to repeat: the same calldata has the same idempotency key.
		return fmt.Errorf("%w: enqueue: %w", errTransient, err)
	}
	a.met.overhead.Observe(time.Since(start).Seconds())
	// Optimistic: later events of these chains are what is left to deliver.
	a.led.markDelivered(id, evs)
	tx, err := a.waitMined(ctx, txID)
	if err != nil {
		return err
	}
	for _, e := range evs {
		a.met.latency.Observe(time.Since(time.UnixMilli(int64(e.Timestamp))).Seconds())
	}
	a.wg.Add(1)
	go a.settle(ctx, id, txID, len(evs), bounty, tx.Hash)
	return nil
}

// waitMined returns once the transaction is in a block (not yet at confirmation depth).
func (a *Agent) waitMined(ctx context.Context, id int64) (*txm.Tx, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		tx, err := a.deps.Sender.Status(ctx, id)
		if err != nil {
			return nil, err
		}
		if tx.BlockNumber != 0 || tx.State.Terminal() {
			return tx, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// settle waits for confirmation and accounts for the delivery.
func (a *Agent) settle(ctx context.Context, sub uint64, id int64, n int, bounty *big.Int, hash common.Hash) {
	defer a.wg.Done()
	tx, err := a.deps.Sender.Wait(ctx, id)
	if tx != nil && tx.GasUsed > 0 && tx.EffectiveGasPrice != nil {
		a.met.gasSpent.Add(float64(tx.GasUsed))
		a.met.feesETH.Add(ether(new(big.Int).Mul(tx.EffectiveGasPrice, new(big.Int).SetUint64(tx.GasUsed))))
	}
	switch {
	case err == nil:
		a.met.delivered.Add(float64(n))
		a.met.bounty.Add(ether(bounty))
		a.log.Info("delivered", "subscription", sub, "events", n, "tx", tx.Hash, "gas", tx.GasUsed)
	case errors.Is(err, txm.ErrReverted):
		// Someone else's delivery was mined first, between our simulation and inclusion.
		a.met.lostRaces.Add(float64(n))
		a.log.Info("lost a race after sending", "subscription", sub, "tx", hash)
	case ctx.Err() == nil:
		a.log.Warn("delivery failed", "subscription", sub, "tx", hash, "err", err)
	}
}

// check keeps the events the hub would accept: signed by their publisher, who may publish,
// for this stream partition, not delivered yet. batch is left as it was (a delivery that
// fails transiently is checked again). An error (errTransient) means a permission could not
// be read; nothing is counted then.
func (a *Agent) check(ctx context.Context, sub Subscription, batch []Event) ([]Event, error) {
	out := make([]Event, 0, len(batch))
	var skips []string
	for _, ev := range batch {
		e := ev.Event
		switch {
		case e.Stream != sub.Stream || e.Partition != sub.Partition:
			skips = append(skips, "wrong_stream")
			continue
		case a.led.delivered(sub.ID, e):
			skips = append(skips, "already_delivered")
			continue
		case a.deps.Domain.Verify(e) != nil:
			skips = append(skips, "bad_signature")
			continue
		}
		ok, err := a.canPublish(ctx, e.Stream, e.Publisher)
		if err != nil {
			return nil, err
		}
		if !ok {
			skips = append(skips, "not_publisher")
			continue
		}
		out = append(out, ev)
	}
	for _, r := range skips {
		a.met.skipped.WithLabelValues(r).Inc()
	}
	return out, nil
}

// canPublish asks the stream (cached for PermissionTTL). An error (errTransient) means the
// chain did not answer.
func (a *Agent) canPublish(ctx context.Context, s, publisher common.Address) (bool, error) {
	k := permKey{s, publisher}
	if v, ok := a.perms.Load(k); ok && time.Since(v.(permEntry).at) < a.cfg.PermissionTTL {
		return v.(permEntry).ok, nil
	}
	caller, err := stream.NewStreamCaller(s, a.deps.Chain)
	if err != nil {
		return false, nil
	}
	ok, err := caller.CanPublish(&bind.CallOpts{Context: ctx}, publisher)
	if err != nil {
		if !isVerdict(err) {
			return false, fmt.Errorf("%w: canPublish of %s on %s: %w", errTransient, publisher, s, err)
		}
		a.log.Warn("canPublish", "stream", s, "publisher", publisher, "err", err)
		return false, nil
	}
	a.perms.Store(k, permEntry{ok, time.Now()})
	return ok, nil
}

// simulate runs the delivery with eth_call from the agent's address. A batch that would
// revert is split: events already delivered are dropped (lost races) and the rest retried.
// It returns the calldata (nil: nothing to send), the gas estimate and the events the
// calldata delivers (the batch without the offenders).
func (a *Agent) simulate(ctx context.Context, sub Subscription, events []Event) ([]byte, uint64, []*protocol.Event, error) {
	from := a.deps.Sender.From()
	for len(events) > 0 {
		evs := protocolEvents(events)
		data, err := packDeliver(new(big.Int).SetUint64(sub.ID), evs)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("packing: %w", err)
		}
		msg := ethereum.CallMsg{From: from, To: &a.cfg.Hub, Data: data}
		_, err = a.deps.Chain.CallContract(ctx, msg, nil)
		if err != nil && !isVerdict(err) {
			return nil, 0, nil, fmt.Errorf("%w: simulating: %w", errTransient, err)
		}
		if err == nil {
			var gas uint64
			if gas, err = a.deps.Chain.EstimateGas(ctx, msg); err == nil {
				return data, gas, evs, nil
			}
			if !isVerdict(err) {
				return nil, 0, nil, fmt.Errorf("%w: estimating gas: %w", errTransient, err)
			}
			if cerr := classifyRevert(err); !errors.Is(cerr, ErrAlreadyDelivered) {
				return nil, 0, nil, fmt.Errorf("estimating gas: %w", cerr)
			}
			// Delivered by someone else between the call and the estimate: err says so below.
		}
		err = classifyRevert(err)
		if len(events) == 1 {
			if errors.Is(err, ErrAlreadyDelivered) {
				a.met.lostRaces.Inc()
				a.log.Debug("lost race (simulated)", "subscription", sub.ID, "event", evs[0])
				a.led.markDelivered(sub.ID, evs)
			} else {
				a.met.skipped.WithLabelValues("simulation").Inc()
				a.log.Info("hub would reject the event", "subscription", sub.ID, "event", evs[0], "err", err)
			}
			return nil, 0, nil, nil
		}
		// Find the offenders one by one; keep the rest as a batch.
		var keep []Event
		for _, e := range events {
			d, _ := packDeliver(new(big.Int).SetUint64(sub.ID), []*protocol.Event{e.Event})
			if _, err := a.deps.Chain.CallContract(ctx, ethereum.CallMsg{From: from, To: &a.cfg.Hub, Data: d}, nil); err != nil {
				if !isVerdict(err) {
					return nil, 0, nil, fmt.Errorf("%w: simulating: %w", errTransient, err)
				}
				if errors.Is(classifyRevert(err), ErrAlreadyDelivered) {
					a.met.lostRaces.Inc()
					a.led.markDelivered(sub.ID, []*protocol.Event{e.Event})
				} else {
					a.met.skipped.WithLabelValues("simulation").Inc()
				}
				continue
			}
			keep = append(keep, e)
		}
		if len(keep) == len(events) {
			// Each passes alone but not together (e.g. out of order): send the first only.
			keep = keep[:1]
		}
		events = keep
	}
	return nil, 0, nil, nil
}

func deliveryKey(sub uint64, data []byte) string {
	return fmt.Sprintf("deliver:%d:%x", sub, crypto.Keccak256(data)[:16])
}

// protocolEvents returns the protocol events of a batch.
func protocolEvents(events []Event) []*protocol.Event {
	evs := make([]*protocol.Event, len(events))
	for i, e := range events {
		evs[i] = e.Event
	}
	return evs
}

// ether converts an 18-decimal amount (wei, DATA wei) to whole units.
func ether(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}
