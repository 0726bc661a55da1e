// Package fanout delivers the events of followed stream partitions to subscribers, across
// broker instances, through Redis: every broker tails the Redis Streams its subscribers
// follow (blocking XREAD: on one Redis server one reader covers every followed key, so the
// events of many partitions come back in one reply; on a Cluster one reader per network
// partition, so one slot), so an event published on any broker reaches subscribers on
// every broker.
//
// A subscription may start with a resend (last N, or from an offset) that hands over to live
// delivery with no gap and no duplicate: the subscriber reads history until it reaches the
// live position of its partition's follower, then attaches; both sides compare offsets.
//
// Each subscription has a bounded queue. When the tailer finds it full the subscriber is cut
// off with ErrSlowConsumer (it resumes from the last offset it took); others never wait.
package fanout

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/store"
)

// Config of a Hub.
type Config struct {
	// QueueSize bounds each subscription's queue (records). A queue is allocated whole when
	// its subscription starts (40 B per record) and the garbage collector scans all of it
	// whether full or not: 1,000 subscriptions with the default 1,024 hold 40 MB.
	QueueSize int
	// TailBlock is how long one XREAD blocks; it also bounds how long a newly followed
	// partition waits before its reader includes it (meanwhile a short-lived read of that
	// partition alone delivers its events, for up to 8 newly followed partitions at once).
	TailBlock time.Duration
	// TailCount bounds records per key per XREAD.
	TailCount int
	// RetryBackoff is the pause after a Redis error.
	RetryBackoff time.Duration
}

// DefaultConfig: 1024-record queues, 200 ms XREAD blocks, 500 records per read.
func DefaultConfig() Config {
	return Config{QueueSize: 1024, TailBlock: 200 * time.Millisecond, TailCount: 500, RetryBackoff: 200 * time.Millisecond}
}

type metrics struct {
	subscriptions prometheus.Gauge
	delivered     prometheus.Counter
	slow          prometheus.Counter
	redisErrors   prometheus.Counter
	queueDepth    prometheus.Histogram
	followers     prometheus.Gauge
	bridged       prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		subscriptions: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "subscriptions", Help: "Live subscriptions on this broker."}),
		delivered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "queued_total", Help: "Records queued to subscribers."}),
		slow: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "slow_consumers_total", Help: "Subscribers cut off because their queue was full."}),
		redisErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "redis_errors_total", Help: "Failed Redis reads while tailing."}),
		queueDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "queue_depth", Help: "Subscriber queue depth sampled when records are queued.",
			Buckets: []float64{0, 1, 4, 16, 64, 256, 1024, 4096}}),
		followers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "followed_partitions", Help: "Stream partitions this broker tails."}),
		bridged: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_fanout",
			Name: "bridged_records_total", Help: "Records read for newly followed partitions before their reader took them over."}),
	}
	if reg != nil {
		reg.MustRegister(m.subscriptions, m.delivered, m.slow, m.redisErrors, m.queueDepth, m.followers, m.bridged)
	}
	return m
}

// Hub tails followed stream partitions and fans their records out to subscriptions.
type Hub struct {
	st  *store.Store
	cfg Config
	log *slog.Logger
	m   *metrics

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	closed    bool
	followers map[string]*follower
	readers   map[uint32]bool // reader groups (see group) with a reader running
	bridges   chan struct{}   // one per running bridge (at most maxBridges)
	// single: one Redis server, where one XREAD can cover every followed key, so one
	// reader tails them all; on a Cluster a reader covers one network partition (one slot).
	single bool
}

// New returns a hub reading through st. reg may be nil.
func New(st *store.Store, cfg Config, logger *slog.Logger, reg prometheus.Registerer) *Hub {
	d := DefaultConfig()
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = d.QueueSize
	}
	if cfg.TailBlock <= 0 {
		cfg.TailBlock = d.TailBlock
	}
	if cfg.TailCount <= 0 {
		cfg.TailCount = d.TailCount
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = d.RetryBackoff
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, cluster := st.Client().(*redis.ClusterClient)
	return &Hub{st: st, cfg: cfg, log: logger.With("component", "broker/fanout"), m: newMetrics(reg),
		ctx: ctx, cancel: cancel, followers: make(map[string]*follower), readers: make(map[uint32]bool),
		bridges: make(chan struct{}, maxBridges),
		single:  !cluster}
}

// group is the reader group of a stream partition: all of them on one Redis server; on a
// Cluster its network partition (one XREAD may only name keys of one slot).
func (h *Hub) group(stream common.Address, partition uint32) uint32 {
	if h.single {
		return 0
	}
	return h.st.NetworkPartition(stream, partition)
}

// Close ends every subscription with ErrClosed and stops the readers.
func (h *Hub) Close() error {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil
	}
	h.closed = true
	var subs []*Subscription
	for _, f := range h.followers {
		f.mu.Lock()
		for s := range f.subs {
			subs = append(subs, s)
		}
		f.mu.Unlock()
	}
	h.mu.Unlock()
	for _, s := range subs {
		s.end(ErrClosed)
	}
	h.cancel()
	h.wg.Wait()
	return nil
}

// follower is the live position of one followed stream partition and its subscribers.
type follower struct {
	key   string
	group uint32 // its reader group
	mu    sync.Mutex
	last  store.Offset // last record delivered (or the end of the stream when followed)
	subs  map[*Subscription]struct{}
	// tailed is set once its group's reader has included it in a read.
	tailed bool
}

// follow returns the follower of a key, creating it (positioned at the stream's end) and
// its network partition's reader if needed. Call without h.mu.
func (h *Hub) follow(ctx context.Context, stream common.Address, partition uint32) (*follower, error) {
	key := h.st.Key(stream, partition)
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return nil, ErrClosed
	}
	f, ok := h.followers[key]
	h.mu.Unlock()
	if ok {
		return f, nil
	}
	last, err := h.st.LastOffset(ctx, stream, partition)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, ErrClosed
	}
	if f, ok := h.followers[key]; ok {
		return f, nil
	}
	f = &follower{key: key, group: h.group(stream, partition), last: last, subs: make(map[*Subscription]struct{})}
	h.followers[key] = f
	h.m.followers.Inc()
	// A running reader takes the new key into its next XREAD, after its current block; until
	// then a bridge tails the new key alone, so that its first events are not held back.
	g := f.group
	if !h.readers[g] {
		h.readers[g] = true
		h.wg.Add(1)
		go h.read(g)
	} else {
		select {
		case h.bridges <- struct{}{}:
			h.wg.Add(1)
			go h.bridge(f)
		default: // many partitions followed at once: they wait for the reader
		}
	}
	return f, nil
}

// maxBridges bounds the bridges running at once (each holds a Redis connection in XREAD).
const maxBridges = 8

// bridge tails one newly followed key until its group's reader has taken it over (or it is
// no longer followed). Both may deliver the same records meanwhile: deliver skips what the
// follower has already passed.
func (h *Hub) bridge(f *follower) {
	defer h.wg.Done()
	defer func() { <-h.bridges }()
	for h.ctx.Err() == nil {
		h.mu.Lock()
		current := h.followers[f.key] == f
		h.mu.Unlock()
		f.mu.Lock()
		tailed, after := f.tailed, f.last
		f.mu.Unlock()
		if tailed || !current {
			return
		}
		res, err := h.st.Tail(h.ctx, []store.Cursor{{Key: f.key, After: after}}, h.cfg.TailCount, h.cfg.TailBlock)
		if err != nil {
			if h.ctx.Err() == nil {
				h.m.redisErrors.Inc()
			}
			return // the reader retries and takes the key over
		}
		if recs, ok := res[f.key]; ok {
			h.m.bridged.Add(float64(len(recs)))
			h.deliver(f, recs)
		}
	}
}

// detach removes s from its follower; a follower without subscribers is dropped.
func (h *Hub) detach(s *Subscription) {
	h.mu.Lock()
	defer h.mu.Unlock()
	f, ok := h.followers[s.key]
	if !ok {
		return
	}
	f.mu.Lock()
	if _, attached := f.subs[s]; attached {
		delete(f.subs, s)
		h.m.subscriptions.Dec()
	}
	empty := len(f.subs) == 0
	f.mu.Unlock()
	if empty {
		delete(h.followers, s.key)
		h.m.followers.Dec()
	}
}

// read is the loop of one reader group's reader. It exits when the hub closes or no
// stream partition of its group is followed any more.
func (h *Hub) read(group uint32) {
	defer h.wg.Done()
	log := h.log.With("readerGroup", group)
	var cursors []store.Cursor
	for {
		cursors = cursors[:0]
		h.mu.Lock()
		for _, f := range h.followers {
			if f.group == group {
				f.mu.Lock()
				cursors = append(cursors, store.Cursor{Key: f.key, After: f.last})
				f.tailed = true
				f.mu.Unlock()
			}
		}
		if len(cursors) == 0 {
			delete(h.readers, group)
			h.mu.Unlock()
			return
		}
		h.mu.Unlock()
		if h.ctx.Err() != nil {
			return
		}
		res, err := h.st.Tail(h.ctx, cursors, h.cfg.TailCount, h.cfg.TailBlock)
		if err != nil {
			if h.ctx.Err() != nil {
				return
			}
			h.m.redisErrors.Inc()
			log.Warn("tailing failed", "err", err)
			select {
			case <-h.ctx.Done():
				return
			case <-time.After(h.cfg.RetryBackoff):
			}
			continue
		}
		for key, recs := range res {
			h.mu.Lock()
			f, ok := h.followers[key]
			h.mu.Unlock()
			if ok {
				h.deliver(f, recs)
			}
		}
	}
}

// deliver hands records after the follower's position to its subscribers.
func (h *Hub) deliver(f *follower, recs []store.Record) {
	var cut []*Subscription
	f.mu.Lock()
	for _, r := range recs {
		if !f.last.Less(r.Offset) {
			continue
		}
		f.last = r.Offset
		for s := range f.subs {
			if !s.cursor.Less(r.Offset) {
				continue
			}
			select {
			case s.queue <- r:
				s.cursor = r.Offset
				h.m.delivered.Inc()
			default:
				delete(f.subs, s)
				h.m.subscriptions.Dec()
				cut = append(cut, s)
			}
		}
	}
	for s := range f.subs {
		h.m.queueDepth.Observe(float64(len(s.queue)))
	}
	f.mu.Unlock()
	for _, s := range cut {
		h.m.slow.Inc()
		s.end(fmt.Errorf("%w: queue of %d records full", ErrSlowConsumer, cap(s.queue)))
	}
}

// Resend selects history to deliver before live events. At most one of Last and From may
// be set; the zero Resend means live only.
type Resend struct {
	Last int          // the last N records
	From store.Offset // records from this offset (inclusive)
}

// Subscription receives the records of one stream partition in offset order.
type Subscription struct {
	hub       *Hub
	Stream    common.Address
	Partition uint32
	key       string

	queue  chan store.Record
	start  store.Offset
	cursor store.Offset // last record queued; guarded by the follower's mu once attached

	once sync.Once
	done chan struct{}
	err  error
}

// Start returns, for a live-only subscription, the offset it started after: every record
// after it is delivered. It is zero for subscriptions with a resend.
func (s *Subscription) Start() store.Offset { return s.start }

// C returns the queue; read it until Done is closed.
func (s *Subscription) C() <-chan store.Record { return s.queue }

// Done is closed when the subscription ends; Err then says why.
func (s *Subscription) Done() <-chan struct{} { return s.done }

// Err returns why the subscription ended (nil while it runs).
func (s *Subscription) Err() error {
	select {
	case <-s.done:
		return s.err
	default:
		return nil
	}
}

// Close ends the subscription with ErrClosed.
func (s *Subscription) Close() { s.end(ErrClosed) }

// Revoke ends the subscription with an error wrapping ErrRevoked and reason.
func (s *Subscription) Revoke(reason error) { s.end(fmt.Errorf("%w: %w", ErrRevoked, reason)) }

func (s *Subscription) end(err error) {
	s.once.Do(func() {
		s.err = err
		close(s.done)
		s.hub.detach(s)
	})
}

// Subscribe follows a stream partition, first delivering the resend, if any. It returns
// once the subscription is registered; history is delivered in the background. ctx bounds
// only the call itself.
func (h *Hub) Subscribe(ctx context.Context, stream common.Address, partition uint32, rs Resend) (*Subscription, error) {
	if rs.Last < 0 || (rs.Last > 0 && !rs.From.IsZero()) {
		return nil, fmt.Errorf("%w: give at most one of last and from", ErrBadResend)
	}
	s := &Subscription{hub: h, Stream: stream, Partition: partition, key: h.st.Key(stream, partition),
		queue: make(chan store.Record, h.cfg.QueueSize), done: make(chan struct{})}
	f, err := h.follow(ctx, stream, partition)
	if err != nil {
		return nil, err
	}
	if rs.Last == 0 && rs.From.IsZero() {
		for !h.attach(s, f, true) {
			if f, err = h.follow(ctx, stream, partition); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	var initial []store.Record
	if rs.Last > 0 {
		if initial, err = h.st.Last(ctx, stream, partition, rs.Last); err != nil {
			h.dropIfUnused(f)
			return nil, err
		}
	}
	h.wg.Add(1)
	go h.catchUp(s, initial, rs.From)
	return s, nil
}

func (h *Hub) dropIfUnused(f *follower) {
	h.mu.Lock()
	defer h.mu.Unlock()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.subs) == 0 && h.followers[f.key] == f {
		delete(h.followers, f.key)
		h.m.followers.Dec()
	}
}

// catchUp queues history from the store (blocking on the subscriber's own queue), then
// attaches the subscription to the live follower once it has caught up with it.
func (h *Hub) catchUp(s *Subscription, initial []store.Record, from store.Offset) {
	defer h.wg.Done()
	put := func(r store.Record) bool {
		select {
		case s.queue <- r:
			s.cursor = r.Offset
			return true
		case <-s.done:
			return false
		case <-h.ctx.Done():
			s.end(ErrClosed)
			return false
		}
	}
	for _, r := range initial {
		if !put(r) {
			return
		}
	}
	next := from
	if len(initial) > 0 {
		next = s.cursor.Next()
	}
	for {
		p, err := h.st.Range(h.ctx, s.Stream, s.Partition, store.Query{From: next})
		if err != nil {
			if h.ctx.Err() != nil {
				s.end(ErrClosed)
				return
			}
			h.m.redisErrors.Inc()
			h.log.Warn("resend read failed", "key", s.key, "err", err)
			select {
			case <-time.After(h.cfg.RetryBackoff):
				continue
			case <-s.done:
				return
			case <-h.ctx.Done():
				s.end(ErrClosed)
				return
			}
		}
		for _, r := range p.Records {
			if !s.cursor.Less(r.Offset) {
				continue
			}
			if !put(r) {
				return
			}
		}
		if !s.cursor.IsZero() {
			next = s.cursor.Next()
		}
		if p.More {
			continue
		}
		f, err := h.follow(h.ctx, s.Stream, s.Partition)
		if err != nil {
			s.end(err)
			return
		}
		if h.attach(s, f, false) {
			return
		}
	}
}

// attach registers s with f if f is still the key's follower and, unless live is set, s has
// caught up with it. A live-only subscription starts at the follower's position.
func (h *Hub) attach(s *Subscription, f *follower, live bool) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.followers[s.key] != f {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if live {
		s.cursor, s.start = f.last, f.last
	} else if s.cursor.Less(f.last) {
		return false
	}
	select {
	case <-s.done:
		return true // ended meanwhile: nothing to attach
	default:
	}
	f.subs[s] = struct{}{}
	h.m.subscriptions.Inc()
	return true
}
