// Package server is the broker's network face: the WebSocket API at /ws (sign-in,
// publish, subscribe with resend, unsubscribe, resend, errors with stable codes) and the
// HTTP API under /api/v1 (publish, history, stream info, stream management as unsigned
// transactions or relayed ERC-2771 requests), with RFC 7807 errors. Every event is verified
// once, at ingress (Publish).
package server

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/perms"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// Config of a Server.
type Config struct {
	// Limits applied to every published event (content size, timestamp window).
	Limits protocol.Limits
	// MaxFrameSize bounds a WebSocket frame and an HTTP body.
	MaxFrameSize int64
	// Domain and URI appear in the sign-in message; ChainID comes from the protocol domain.
	AuthDomain string
	AuthURI    string
	// ChallengeTTL bounds how long a sign-in challenge and an HTTP session token live.
	ChallengeTTL time.Duration
	SessionTTL   time.Duration
	// WriteTimeout bounds how long a WebSocket connection's writes may make no progress
	// (checked every quarter of it); then the connection is closed.
	WriteTimeout time.Duration
	// MaxResend bounds the records one WebSocket resend or NDJSON history returns.
	MaxResend int
	// RecheckInterval is how often subscriptions whose permission may have lapsed are
	// re-checked.
	RecheckInterval time.Duration
	// RelayerKey, when set, pays for relayed ERC-2771 requests.
	RelayerKey *ecdsa.PrivateKey
	// VerifyWorkers is how many check workers check WebSocket publishes (signatures above
	// all), over all connections; the events of one connection are checked in parallel and
	// stored in order. Each worker takes every publish waiting (up to CheckBatch) and
	// checks the signatures of publishers it has seen before in one batch, which costs
	// less per event the more wait: under load the batches grow by themselves. Default:
	// GOMAXPROCS.
	VerifyWorkers int
	// CheckBatch bounds the publishes one check worker takes at once. Default 64, at most
	// protocol.MaxBatch (256).
	CheckBatch int
	// KnownKeys bounds the publisher keys remembered for batched signature checks.
	// Default 65536.
	KnownKeys int
	// MaxConnections bounds the open WebSocket connections; more are refused with 503
	// (UNAVAILABLE) and Retry-After. MaxSubscriptions bounds one connection's
	// subscriptions; more are refused with BAD_REQUEST.
	MaxConnections   int
	MaxSubscriptions int
	// MaxConnectionsPerIP bounds the open WebSocket connections from one client address,
	// so that one client cannot take all of MaxConnections; more are refused with 429
	// (UNAVAILABLE) and Retry-After. Loopback addresses are not bounded (local tools, or a
	// reverse proxy on this host, where every client has the proxy's address: list it in
	// TrustedProxies, or bound clients at the proxy). Default 256; negative: no bound.
	MaxConnectionsPerIP int
	// TrustedProxies are the reverse proxies whose X-Forwarded-For is believed: a connection
	// through them counts against the client address they name (the nearest one in the
	// header that is not itself a trusted proxy). Empty: the peer's address counts.
	TrustedProxies []netip.Prefix
	// ChainChecks bounds the WebSocket publishes whose checks wait for chain reads at once,
	// over all connections (each connection has at most 4 of them): many connections
	// naming uncached or made-up streams cannot flood the chain's RPC node; cached
	// publishes are not affected. Default 64.
	ChainChecks int
}

// DefaultConfig returns production defaults.
func DefaultConfig() Config {
	return Config{
		Limits:              protocol.DefaultLimits(),
		MaxFrameSize:        protocol.DefaultMaxContentSize + 4096,
		AuthDomain:          "streamr-broker",
		AuthURI:             "streamr://broker",
		ChallengeTTL:        5 * time.Minute,
		SessionTTL:          24 * time.Hour,
		WriteTimeout:        10 * time.Second,
		MaxResend:           100_000,
		RecheckInterval:     time.Second,
		MaxConnections:      10_000,
		MaxSubscriptions:    1_000,
		MaxConnectionsPerIP: 256,
		ChainChecks:         64,
		CheckBatch:          64,
		KnownKeys:           1 << 16,
	}
}

// Permissions is what the server asks about streams (perms.Checker implements it).
type Permissions interface {
	Stream(ctx context.Context, s common.Address) (perms.Info, error)
	CanPublish(ctx context.Context, s, user common.Address) (perms.Access, error)
	CanSubscribe(ctx context.Context, s, user common.Address) (perms.Access, error)
	// CachedStream and CachedCanPublish answer from the cache alone (false: the answer
	// needs a chain read).
	CachedStream(s common.Address) (perms.Info, bool)
	CachedCanPublish(s, user common.Address) (perms.Access, bool)
}

// ChainBackend is what stream management and relaying need from a chain client.
type ChainBackend interface {
	bind.ContractBackend
}

// Deps are the server's collaborators.
type Deps struct {
	Store  *store.Store
	Hub    *fanout.Hub
	Perms  Permissions
	Domain *protocol.Domain
	// Directory answers stream searches; nil answers them 503.
	Directory Directory
	// Chain, Forwarder and Registry serve stream management; Chain may be nil (then those
	// endpoints answer 503).
	Chain     ChainBackend
	Forwarder common.Address
}

// Directory is the registry's stream list (a *directory.Directory).
type Directory interface {
	Search(q directory.Query) (directory.Page, error)
}

// Server serves the broker APIs. Create it with New.
type Server struct {
	cfg  Config
	deps Deps
	log  *slog.Logger
	m    *metrics
	mux  *http.ServeMux

	drainMu  sync.RWMutex
	draining bool
	inflight sync.WaitGroup

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	subsMu sync.Mutex
	subs   map[common.Address]map[*wsSub]struct{}
	conns  map[*wsConn]struct{}

	checkQ checkQueue         // publishes waiting for the check workers
	keys   *protocol.KeyCache // publishers' keys, for batched signature checks
	// chainSlots bounds the publish checks waiting for chain reads at once, server-wide
	// (Config.ChainChecks; each connection runs at most chainCheckers of them).
	chainSlots chan struct{}
	// chainMu guards chainClosed; chainWG counts the connections' chain checkers, which
	// Shutdown waits for.
	chainMu     sync.RWMutex
	chainClosed bool
	chainWG     sync.WaitGroup
	// connCount counts the open (or opening) WebSocket connections.
	connCount atomic.Int64
	// perIP counts them by client address (not loopback ones; see MaxConnectionsPerIP).
	perIPMu sync.Mutex
	perIP   map[netip.Addr]int

	pubCtxMu     sync.Mutex
	pubCtx       context.Context
	pubCtxCancel context.CancelFunc
	pubCtxMade   time.Time
	// pubBase is the parent of the shared publish contexts; Shutdown cancels it, so that
	// publishes still running after a timed-out drain end.
	pubBase       context.Context
	pubBaseCancel context.CancelFunc
}

// New returns a server. reg may be nil.
func New(cfg Config, deps Deps, logger *slog.Logger, reg prometheus.Registerer) (*Server, error) {
	if deps.Store == nil || deps.Hub == nil || deps.Perms == nil || deps.Domain == nil {
		return nil, fmt.Errorf("server: store, hub, permissions and domain are required")
	}
	d := DefaultConfig()
	if cfg.MaxFrameSize <= 0 {
		cfg.MaxFrameSize = d.MaxFrameSize
	}
	if cfg.AuthDomain == "" {
		cfg.AuthDomain = d.AuthDomain
	}
	if cfg.AuthURI == "" {
		cfg.AuthURI = d.AuthURI
	}
	if cfg.ChallengeTTL <= 0 {
		cfg.ChallengeTTL = d.ChallengeTTL
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = d.SessionTTL
	}
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = d.WriteTimeout
	}
	if cfg.MaxResend <= 0 {
		cfg.MaxResend = d.MaxResend
	}
	if cfg.RecheckInterval <= 0 {
		cfg.RecheckInterval = d.RecheckInterval
	}
	if cfg.VerifyWorkers <= 0 {
		cfg.VerifyWorkers = runtime.GOMAXPROCS(0)
	}
	if cfg.CheckBatch <= 0 {
		cfg.CheckBatch = d.CheckBatch
	}
	cfg.CheckBatch = min(cfg.CheckBatch, protocol.MaxBatch)
	if cfg.KnownKeys <= 0 {
		cfg.KnownKeys = d.KnownKeys
	}
	if cfg.MaxConnections <= 0 {
		cfg.MaxConnections = d.MaxConnections
	}
	if cfg.MaxConnectionsPerIP == 0 {
		cfg.MaxConnectionsPerIP = d.MaxConnectionsPerIP
	}
	if cfg.MaxSubscriptions <= 0 {
		cfg.MaxSubscriptions = d.MaxSubscriptions
	}
	if cfg.ChainChecks <= 0 {
		cfg.ChainChecks = d.ChainChecks
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s := &Server{cfg: cfg, deps: deps, log: logger.With("component", "broker/server"), m: newMetrics(reg),
		ctx: ctx, cancel: cancel, subs: make(map[common.Address]map[*wsSub]struct{}), conns: make(map[*wsConn]struct{}),
		perIP: make(map[netip.Addr]int)}
	s.checkQ.init(cfg.CheckBatch)
	s.keys = protocol.NewKeyCache(cfg.KnownKeys)
	context.AfterFunc(ctx, s.checkQ.close)
	if reg != nil {
		reg.MustRegister(
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker", Name: "known_publisher_keys",
				Help: "Publisher keys remembered for batched signature checks."}, func() float64 { return float64(s.keys.Len()) }),
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker", Name: "check_queue_depth",
				Help: "WebSocket publishes waiting for a check worker."}, func() float64 { return float64(s.checkQ.len()) }))
	}
	s.chainSlots = make(chan struct{}, cfg.ChainChecks)
	s.pubBase, s.pubBaseCancel = context.WithCancel(context.Background())
	s.routes()
	s.wg.Add(2 + cfg.VerifyWorkers)
	go s.recheckLoop()
	go s.writeWatch()
	for range cfg.VerifyWorkers {
		go s.checkWorker()
	}
	return s, nil
}

// Handler returns the HTTP handler: /ws, /api/v1/..., /healthz. (/readyz and /metrics are
// added by the broker.)
func (s *Server) Handler() http.Handler { return s.mux }

// Shutdown stops taking publishes, waits (up to ctx) for those in flight to finish, then
// closes every WebSocket connection and stops background work.
func (s *Server) Shutdown(ctx context.Context) error {
	s.drainMu.Lock()
	s.draining = true
	s.drainMu.Unlock()
	done := make(chan struct{})
	go func() { s.inflight.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("server: in-flight publishes did not finish: %w", ctx.Err())
	}
	s.subsMu.Lock()
	conns := make([]*wsConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.subsMu.Unlock()
	for _, c := range conns {
		c.shutdown()
	}
	s.cancel()
	s.wg.Wait()
	s.pubBaseCancel()
	s.chainMu.Lock()
	s.chainClosed = true
	s.chainMu.Unlock()
	s.chainWG.Wait() // their contexts are cancelled: they end at once
	return err
}

// goChain runs f on a goroutine that Shutdown waits for; false when the server is shut
// down (then the caller runs it).
func (s *Server) goChain(f func()) bool {
	s.chainMu.RLock()
	defer s.chainMu.RUnlock()
	if s.chainClosed {
		return false
	}
	s.chainWG.Add(1)
	go func() {
		defer s.chainWG.Done()
		f()
	}()
	return true
}

// enterPublish registers an in-flight publish unless the server is draining.
func (s *Server) enterPublish() bool {
	s.drainMu.RLock()
	defer s.drainMu.RUnlock()
	if s.draining {
		return false
	}
	s.inflight.Add(1)
	return true
}

// Publish runs the ingress pipeline on one binary-encoded event: size, decode, structural
// validation, timestamp window, signature, partition, publish permission, then the atomic
// chain-order check and append. Errors wrap the sentinels that classify maps to codes.
func (s *Server) Publish(ctx context.Context, data []byte) (*protocol.Event, store.Offset, error) {
	e, off, err := s.publish(ctx, data, nil)
	return e, off, err
}

// PublishEvent is Publish for an already decoded event (the HTTP JSON form).
func (s *Server) PublishEvent(ctx context.Context, e *protocol.Event) (store.Offset, error) {
	_, off, err := s.publish(ctx, nil, e)
	return off, err
}

func (s *Server) publish(ctx context.Context, data []byte, e *protocol.Event) (*protocol.Event, store.Offset, error) {
	pp := s.beginPublish(data, e, func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.WithoutCancel(ctx), publishTimeout)
	})
	if pp.err == nil {
		pp.e, pp.data, pp.err = s.ingest(pp.ctx, pp.data, pp.e)
	}
	pp.submit()
	return pp.finish()
}

// pendingPublish is one publish on its way: checks (maybe running on a check worker),
// then the append (maybe in flight), then the answer.
type pendingPublish struct {
	s         *Server
	start     time.Time
	ctx       context.Context
	cancel    context.CancelFunc
	data      []byte
	e         *protocol.Event
	pipe      *pipeline      // of the WebSocket connection it came from (nil for HTTP)
	checkDone bool           // guarded by pipe.mu
	p         *store.Pending // nil when err is set
	err       error
	active    bool // registered in flight (finish ends it)
}

// beginPublish registers a publish in flight unless the server is draining; it then runs
// under the context newCtx makes (never the request's or connection's own: finishing a
// publish must not depend on them).
func (s *Server) beginPublish(data []byte, e *protocol.Event, newCtx func() (context.Context, context.CancelFunc)) *pendingPublish {
	pp := &pendingPublish{s: s, start: time.Now(), data: data, e: e}
	if !s.enterPublish() {
		pp.err = ErrShuttingDown
		return pp
	}
	pp.active = true
	s.m.inflight.Inc()
	pp.ctx, pp.cancel = newCtx()
	return pp
}

// publishTimeout bounds how long a publish may take from its arrival to its append.
const publishTimeout = 10 * time.Second

// sharedPublishContext returns a context that ends publishTimeout after it was made, shared
// by the publishes that arrive within one second of each other (so they end 9–10 s after
// arriving): a busy connection does not set up and tear down a timer for every event. All
// of them derive from pubBase, which Shutdown cancels.
func (s *Server) sharedPublishContext() (context.Context, context.CancelFunc) {
	now := time.Now()
	s.pubCtxMu.Lock()
	defer s.pubCtxMu.Unlock()
	if s.pubCtx == nil || now.Sub(s.pubCtxMade) > time.Second {
		// The previous context is left to end at its deadline: publishes still use it.
		// Its cancel is kept only until the next one: the context ends at its deadline or
		// with pubBase anyway.
		s.pubCtx, s.pubCtxCancel = context.WithTimeout(s.pubBase, publishTimeout)
		s.pubCtxMade = now
	}
	return s.pubCtx, func() {}
}

// chainCheck completes the checks of a publish that needed a chain read, once one of the
// server's chain slots is free.
func (pp *pendingPublish) chainCheck() {
	s := pp.s
	select {
	case s.chainSlots <- struct{}{}:
		pp.err = s.authorize(pp.ctx, pp.e, true)
		<-s.chainSlots
	case <-pp.ctx.Done():
		pp.err = fmt.Errorf("%w: waiting to read permissions from the chain: %w", ErrUnavailable, pp.ctx.Err())
	}
	pp.pipe.checked(pp)
}

// writeWatch closes the WebSocket connections whose writes have made no progress for
// WriteTimeout (a client that stopped reading), checking every quarter of it.
func (s *Server) writeWatch() {
	defer s.wg.Done()
	t := time.NewTicker(max(s.cfg.WriteTimeout/4, time.Millisecond))
	defer t.Stop()
	var stalled []*wsConn
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-t.C:
		}
		before := time.Now().Add(-s.cfg.WriteTimeout).UnixNano()
		stalled = stalled[:0]
		s.subsMu.Lock()
		for wc := range s.conns {
			if wc.stalled(before) {
				stalled = append(stalled, wc)
			}
		}
		s.subsMu.Unlock()
		for _, wc := range stalled {
			s.m.writeTimeouts.Inc()
			s.log.Debug("closing a WebSocket connection whose writes made no progress", "for", s.cfg.WriteTimeout)
			wc.cancel()
		}
	}
}

// submit hands a checked publish to the store without waiting for the append; finish
// waits for the outcome. Appends are submitted in call order, so submitting the events of
// a connection in order keeps their chain order.
func (pp *pendingPublish) submit() {
	if pp.err == nil {
		pp.p = pp.s.deps.Store.Submit(pp.ctx, pp.e, pp.data)
	}
}

// finish waits for the append and accounts for the publish.
func (pp *pendingPublish) finish() (*protocol.Event, store.Offset, error) {
	s := pp.s
	var off store.Offset
	err := pp.err
	if pp.active {
		if err == nil {
			off, err = pp.p.Wait(pp.ctx)
		}
		pp.cancel()
		s.m.inflight.Dec()
		s.inflight.Done()
	}
	if err != nil {
		s.reject(err)
		return pp.e, store.Offset{}, err
	}
	s.m.eventsIn.Inc()
	s.m.publishLat.Observe(time.Since(pp.start).Seconds())
	return pp.e, off, nil
}

func (s *Server) reject(err error) {
	code, _ := classify(err)
	s.m.rejects.WithLabelValues(string(code)).Inc()
}

// ingest runs the checks before the append; it returns the event and its encoding.
func (s *Server) ingest(ctx context.Context, data []byte, e *protocol.Event) (*protocol.Event, []byte, error) {
	e, data, err := s.checkEvent(data, e)
	if err != nil {
		return e, nil, err
	}
	if err := s.authorize(ctx, e, true); err != nil {
		return e, nil, err
	}
	return e, data, nil
}

// checkEvent checks an event (prepareEvent) and its signature.
func (s *Server) checkEvent(data []byte, e *protocol.Event) (*protocol.Event, []byte, error) {
	e, data, err := s.prepareEvent(data, e)
	if err != nil {
		return e, nil, err
	}
	if err := s.deps.Domain.Verify(e); err != nil {
		return e, nil, err
	}
	return e, data, nil
}

// prepareEvent checks the size of an encoded event and decodes it, or encodes a decoded
// one; then it validates the event's fields (everything but its signature).
func (s *Server) prepareEvent(data []byte, e *protocol.Event) (*protocol.Event, []byte, error) {
	var err error
	if e == nil {
		if int64(len(data)) > s.cfg.MaxFrameSize {
			return nil, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrFrameTooLarge, len(data), s.cfg.MaxFrameSize)
		}
		// data is the publish's own copy, kept and stored as it is: the event may share it.
		if e, err = protocol.DecodeShared(data, s.cfg.Limits.MaxContentSize); err != nil {
			return nil, nil, err
		}
	} else if data, err = protocol.Encode(e); err != nil {
		return e, nil, fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	if err := protocol.Validate(e, s.cfg.Limits); err != nil {
		return e, nil, err
	}
	return e, data, nil
}

// errNeedsChain: a check without wait needs a chain read.
var errNeedsChain = errors.New("the answer needs a chain read")

// authorize checks a decoded event's partition and publish permission. Without wait it
// answers errNeedsChain as soon as a permission answer is not cached.
func (s *Server) authorize(ctx context.Context, e *protocol.Event, wait bool) error {
	var info perms.Info
	if wait {
		var err error
		if info, err = s.deps.Perms.Stream(ctx, e.Stream); err != nil {
			return err
		}
	} else if i, ok := s.deps.Perms.CachedStream(e.Stream); ok {
		info = i
	} else {
		return errNeedsChain
	}
	if e.Partition >= info.Partitions {
		return fmt.Errorf("%w: partition %d of %d", ErrBadPartition, e.Partition, info.Partitions)
	}
	var acc perms.Access
	if wait {
		var err error
		if acc, err = s.deps.Perms.CanPublish(ctx, e.Stream, e.Publisher); err != nil {
			return err
		}
	} else if a, ok := s.deps.Perms.CachedCanPublish(e.Stream, e.Publisher); ok {
		acc = a
	} else {
		return errNeedsChain
	}
	if !acc.Allowed {
		return fmt.Errorf("%w: %s may not publish to %s", ErrForbidden, e.Publisher.Hex(), e.Stream.Hex())
	}
	return nil
}

// PermissionsChanged re-checks the subscriptions of a stream whose permissions changed on
// chain; connect it to perms.Checker.OnChange.
func (s *Server) PermissionsChanged(stream common.Address) {
	s.subsMu.Lock()
	var subs []*wsSub
	for ws := range s.subs[stream] {
		subs = append(subs, ws)
	}
	s.subsMu.Unlock()
	if len(subs) == 0 {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for _, ws := range subs {
			s.recheck(ws)
		}
	}()
}

func (s *Server) recheckLoop() {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.RecheckInterval)
	defer t.Stop()
	for {
		select {
		case <-s.ctx.Done():
			return
		case now := <-t.C:
			s.subsMu.Lock()
			var due []*wsSub
			for _, m := range s.subs {
				for ws := range m {
					if now.After(ws.until()) {
						due = append(due, ws)
					}
				}
			}
			s.subsMu.Unlock()
			for _, ws := range due {
				s.recheck(ws)
			}
		}
	}
}

// recheck ends a subscription whose subscribe permission lapsed.
func (s *Server) recheck(ws *wsSub) {
	ctx, cancel := context.WithTimeout(s.ctx, 10*time.Second)
	defer cancel()
	acc, err := s.deps.Perms.CanSubscribe(ctx, ws.sub.Stream, ws.user)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("re-checking a subscription failed", "stream", ws.sub.Stream.Hex(), "err", err)
		}
		return
	}
	if !acc.Allowed {
		ws.sub.Revoke(fmt.Errorf("%w: subscribe permission of %s on %s lapsed", ErrForbidden, ws.user.Hex(), ws.sub.Stream.Hex()))
		return
	}
	ws.setUntil(acc.Until)
}

func (s *Server) track(ws *wsSub) {
	s.subsMu.Lock()
	defer s.subsMu.Unlock()
	m, ok := s.subs[ws.sub.Stream]
	if !ok {
		m = make(map[*wsSub]struct{})
		s.subs[ws.sub.Stream] = m
	}
	m[ws] = struct{}{}
}

func (s *Server) untrack(ws *wsSub) {
	s.subsMu.Lock()
	defer s.subsMu.Unlock()
	if m, ok := s.subs[ws.sub.Stream]; ok {
		delete(m, ws)
		if len(m) == 0 {
			delete(s.subs, ws.sub.Stream)
		}
	}
}
