// Package perms answers "may this address publish to / subscribe to this stream?" from the
// Stream contracts, with a cache whose entries live no longer than the permission they
// hold (expiry-aware TTLs) and are dropped when the stream emits PermissionUpdated,
// Deleted, OwnershipTransferred or PartitionsUpdated (found by polling eth_getLogs for the
// streams asked about; every poll reads the last Config.ReorgDepth blocks again, so a
// reorganisation does not hide one).
package perms

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/singleflight"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/internal/logwindow"
)

// Backend is what the checker needs from a chain client.
type Backend interface {
	bind.ContractCaller
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
}

// Config of a Checker.
type Config struct {
	// Registry is the StreamRegistry; streams of other registries are unknown. Zero accepts
	// any Stream contract.
	Registry common.Address
	// MaxTTL bounds how long any answer is cached.
	MaxTTL time.Duration
	// PollInterval is how often the chain is polled for permission events.
	PollInterval time.Duration
	// ReorgDepth is how many recent blocks every poll reads again, so that an event in a
	// block that replaced one already read (a reorganisation up to this depth) is not
	// missed, and a stream whose event was in a replaced block is read again; an event is
	// acted on once per block hash.
	ReorgDepth uint64
	// Now is the clock the expiries are compared with (the chain's block time follows it).
	Now func() time.Time
}

// DefaultConfig: answers cached at most a minute, the chain polled every second, the last 12
// blocks read again.
func DefaultConfig() Config {
	return Config{MaxTTL: time.Minute, PollInterval: time.Second, ReorgDepth: 12}
}

// Info is the cached state of a stream.
type Info struct {
	Address    common.Address
	Owner      common.Address
	Partitions uint32
	Deleted    bool
	Metadata   string
	Public     stream.Permission // the permission of address(0)
}

type userPerm struct {
	p     stream.Permission
	until time.Time
	hard  time.Time // the permission's next expiry (zero: none)
}

type entry struct {
	mu     sync.RWMutex // read: answers from the cache; write: (re)loading
	gen    uint64       // counts loads: a user's permission read across one is not kept
	loaded bool
	until  time.Time // fresh until: MaxTTL after the load, or a permission expiry before that
	// hard is the first expiry of the public permission after the load (zero: none): past
	// it the cached answer may be wrong, so it is never served stale.
	hard       time.Time
	refreshing atomic.Bool // a background reload runs
	info       Info
	users      map[common.Address]userPerm
}

// Checker is the permission cache. It is safe for concurrent use.
type Checker struct {
	b   Backend
	cfg Config
	log *slog.Logger

	events  []common.Hash
	hits    prometheus.Counter
	misses  prometheus.Counter
	invals  prometheus.Counter
	chainEr prometheus.Counter

	mu        sync.RWMutex
	streams   map[common.Address]*entry
	reads     singleflight.Group          // users' permission reads in flight
	followed  map[common.Address]struct{} // every stream asked about: whose events the poller reads
	listeners []func(common.Address)

	cancel context.CancelFunc
	done   chan struct{}

	bg       sync.WaitGroup // background reloads
	bgCtx    context.Context
	bgCancel context.CancelFunc
}

// New returns a checker; Start begins following permission events.
func New(b Backend, cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*Checker, error) {
	d := DefaultConfig()
	if cfg.MaxTTL <= 0 {
		cfg.MaxTTL = d.MaxTTL
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = d.PollInterval
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = d.ReorgDepth
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	abi, err := stream.StreamMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("perms: stream ABI: %w", err)
	}
	c := &Checker{b: b, cfg: cfg, log: logger.With("component", "broker/perms"), streams: make(map[common.Address]*entry),
		followed: make(map[common.Address]struct{})}
	c.bgCtx, c.bgCancel = context.WithCancel(context.Background())
	for _, name := range []string{"PermissionUpdated", "Deleted", "OwnershipTransferred", "PartitionsUpdated", "MetadataUpdated"} {
		c.events = append(c.events, abi.Events[name].ID)
	}
	opts := func(name, help string) prometheus.CounterOpts {
		return prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_perms", Name: name, Help: help}
	}
	c.hits = prometheus.NewCounter(opts("cache_hits_total", "Permission answers from the cache."))
	c.misses = prometheus.NewCounter(opts("cache_misses_total", "Permission answers read from the chain."))
	c.invals = prometheus.NewCounter(opts("invalidations_total", "Streams invalidated by chain events."))
	c.chainEr = prometheus.NewCounter(opts("chain_errors_total", "Failed chain reads."))
	followed := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker_perms", Name: "followed_streams",
		Help: "Streams whose permission events are followed (the existing streams asked about)."}, func() float64 {
		c.mu.RLock()
		defer c.mu.RUnlock()
		return float64(len(c.followed))
	})
	if reg != nil {
		for _, m := range []prometheus.Collector{c.hits, c.misses, c.invals, c.chainEr, followed} {
			if err := reg.Register(m); err != nil {
				return nil, fmt.Errorf("perms: metrics: %w", err)
			}
		}
	}
	return c, nil
}

// OnChange registers f to be called (from the polling goroutine) with every stream whose
// permissions, owner, partitions or existence changed on chain. Register before Start.
func (c *Checker) OnChange(f func(stream common.Address)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listeners = append(c.listeners, f)
}

// Start follows the chain's permission events from the current head until Close.
func (c *Checker) Start(ctx context.Context) error {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("%w: head: %w", ErrChain, err)
	}
	ctx, c.cancel = context.WithCancel(context.WithoutCancel(ctx))
	c.done = make(chan struct{})
	go c.poll(ctx, head)
	return nil
}

// Close stops following the chain.
func (c *Checker) Close() error {
	if c.cancel != nil {
		c.cancel()
		<-c.done
	}
	c.bgCancel()
	c.bg.Wait()
	return nil
}

func (c *Checker) poll(ctx context.Context, from uint64) {
	defer close(c.done)
	t := time.NewTicker(c.cfg.PollInterval)
	defer t.Stop()
	first, next := from+1, from+1
	win := logwindow.New[struct{}](c.cfg.ReorgDepth)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		head, err := c.b.BlockNumber(ctx)
		if err != nil {
			c.chainEr.Inc()
			c.log.Warn("reading head failed", "err", err)
			continue
		}
		// Read the new blocks and the last ReorgDepth ones again (a reorganisation may have
		// replaced them, also at the same height).
		lo := win.From(first, next)
		if head < lo {
			continue
		}
		logs, err := c.followedLogs(ctx, lo, head)
		if err != nil {
			c.chainEr.Inc()
			c.log.Warn("reading permission events failed", "from", lo, "to", head, "err", err)
			continue
		}
		// New events, and events of replaced blocks (what they changed may be undone too).
		fresh, gone, _ := win.Update(lo, head, logs)
		c.apply(append(fresh, gone...))
		next = max(next, head+1)
	}
}

// maxAddresses bounds the contracts one eth_getLogs request names.
const maxAddresses = 500

// followedLogs returns the permission events of blocks lo..hi emitted by the streams asked about
// so far (other contracts emit events with the same signatures, OwnershipTransferred above
// all). Their order does not matter: apply only collects the streams.
func (c *Checker) followedLogs(ctx context.Context, lo, hi uint64) ([]types.Log, error) {
	c.mu.RLock()
	addrs := slices.Collect(maps.Keys(c.followed))
	c.mu.RUnlock()
	var logs []types.Log
	for part := range slices.Chunk(addrs, maxAddresses) {
		l, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: part, Topics: [][]common.Hash{c.events},
		})
		if err != nil {
			return nil, err
		}
		logs = append(logs, l...)
	}
	return logs, nil
}

func (c *Checker) apply(logs []types.Log) {
	seen := make(map[common.Address]bool)
	for _, l := range logs {
		seen[l.Address] = true
	}
	for s := range seen {
		c.Invalidate(s)
	}
}

// Invalidate drops what is cached about a stream and tells the listeners.
func (c *Checker) Invalidate(s common.Address) {
	c.mu.Lock()
	delete(c.streams, s)
	ls := append([]func(common.Address){}, c.listeners...)
	c.mu.Unlock()
	c.invals.Inc()
	for _, f := range ls {
		f(s)
	}
}

// lookup returns the entry of s if there is one.
func (c *Checker) lookup(s common.Address) (*entry, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.streams[s]
	return e, ok
}

// entry returns the entry of s, making one (and following s) if there is none.
func (c *Checker) entry(s common.Address) *entry {
	if e, ok := c.lookup(s); ok {
		return e
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.streams[s]
	if !ok {
		c.followed[s] = struct{}{}
		e = &entry{users: make(map[common.Address]userPerm)}
		c.streams[s] = e
	}
	return e
}

// load fills e (under e.mu) if missing or expired.
func (c *Checker) load(ctx context.Context, s common.Address, e *entry) error {
	if e.loaded && c.cfg.Now().Before(e.until) {
		return nil
	}
	info, err := c.fetch(ctx, s)
	if err != nil {
		return err
	}
	c.install(e, info)
	return nil
}

// fetch reads a stream's state from the chain (no lock held).
func (c *Checker) fetch(ctx context.Context, s common.Address) (Info, error) {
	c.misses.Inc()
	code, err := c.b.CodeAt(ctx, s, nil)
	if err != nil {
		c.chainEr.Inc()
		return Info{}, fmt.Errorf("%w: code of %s: %w", ErrChain, s.Hex(), err)
	}
	if len(code) == 0 {
		return Info{}, fmt.Errorf("%w: %w: %s", ErrUnknownStream, errNotAStream, s.Hex())
	}
	caller, err := stream.NewStreamCaller(s, c.b)
	if err != nil {
		return Info{}, fmt.Errorf("perms: binding %s: %w", s.Hex(), err)
	}
	opts := &bind.CallOpts{Context: ctx}
	if c.cfg.Registry != (common.Address{}) {
		reg, err := caller.Registry(opts)
		switch {
		case err != nil && !cannotAnswer(err):
			return Info{}, c.callErr(s, "registry", err)
		case err != nil || reg != c.cfg.Registry:
			return Info{}, fmt.Errorf("%w: %w: %s is not a stream of registry %s", ErrUnknownStream, errNotAStream, s.Hex(), c.cfg.Registry.Hex())
		}
	}
	info := Info{Address: s}
	if info.Owner, err = caller.Owner(opts); err != nil {
		return Info{}, c.callErr(s, "owner", err)
	}
	if info.Deleted, err = caller.Deleted(opts); err != nil {
		return Info{}, c.callErr(s, "deleted", err)
	}
	if info.Partitions, err = caller.Partitions(opts); err != nil {
		return Info{}, c.callErr(s, "partitions", err)
	}
	if info.Metadata, err = caller.Metadata(opts); err != nil {
		return Info{}, c.callErr(s, "metadata", err)
	}
	if info.Public, err = caller.PermissionOf(opts, common.Address{}); err != nil {
		return Info{}, c.callErr(s, "permissionOf(0)", err)
	}
	return info, nil
}

// install makes info the entry's state (under e.mu, written); users' permissions are read
// again.
func (c *Checker) install(e *entry, info Info) {
	now := c.cfg.Now()
	e.info, e.loaded = info, true
	e.gen++
	e.users = make(map[common.Address]userPerm)
	e.until = c.expiryAware(now, info.Public)
	e.hard = nextExpiry(now, info.Public)
}

// freshness tells (under e.mu) whether e answers now: fresh, or stale — loaded, past its
// freshness but still answering while it is reloaded in the background: no permission
// expiry has passed since it was read, and it is not more than one MaxTTL overdue (a reload
// that keeps failing ends in a synchronous one).
func (c *Checker) freshness(e *entry, now time.Time) (fresh, stale bool) {
	if !e.loaded {
		return false, false
	}
	if now.Before(e.until) {
		return true, false
	}
	return false, (e.hard.IsZero() || now.Before(e.hard)) && now.Before(e.until.Add(c.cfg.MaxTTL))
}

// refresh reloads e in the background unless a reload runs already.
func (c *Checker) refresh(s common.Address, e *entry) {
	if !e.refreshing.CompareAndSwap(false, true) {
		return
	}
	c.bg.Add(1)
	go func() {
		defer c.bg.Done()
		defer e.refreshing.Store(false)
		ctx, cancel := context.WithTimeout(c.bgCtx, 30*time.Second)
		defer cancel()
		info, err := c.fetch(ctx, s)
		if err != nil {
			c.log.Warn("reloading a stream's permissions", "stream", s, "err", err)
			return
		}
		e.mu.Lock()
		c.install(e, info)
		e.mu.Unlock()
	}()
}

// nextExpiry returns the first expiry of p after now (zero: none).
func nextExpiry(now time.Time, p stream.Permission) time.Time {
	var next time.Time
	for _, exp := range []uint64{p.PublishExpiry, p.SubscribeExpiry} {
		if exp == 0 || exp > math.MaxInt64 {
			continue
		}
		if t := time.Unix(int64(exp), 0); t.After(now) && (next.IsZero() || t.Before(next)) {
			next = t
		}
	}
	return next
}

// callErr is the error of a failed view call: ErrUnknownStream when the contract cannot
// answer it, ErrChain when the chain could not be asked (retry).
func (c *Checker) callErr(s common.Address, what string, err error) error {
	c.chainEr.Inc()
	if cannotAnswer(err) {
		return fmt.Errorf("%w: %s.%s: %w", ErrUnknownStream, s.Hex(), what, err)
	}
	return fmt.Errorf("%w: %s.%s: %w", ErrChain, s.Hex(), what, err)
}

// expiryAware returns when an answer derived from p stops being safe to reuse: the next
// expiry still in the future, capped by MaxTTL.
func (c *Checker) expiryAware(now time.Time, p stream.Permission) time.Time {
	until := now.Add(c.cfg.MaxTTL)
	if next := nextExpiry(now, p); !next.IsZero() && next.Before(until) {
		return next
	}
	return until
}

// Stream returns the cached state of a stream. Errors wrap ErrUnknownStream or ErrChain.
func (c *Checker) Stream(ctx context.Context, s common.Address) (Info, error) {
	e := c.entry(s)
	if info, ok := c.cachedInfo(s, e, true); ok {
		return info, nil
	}
	e.mu.Lock()
	err := c.load(ctx, s, e)
	info := e.info
	e.mu.Unlock()
	if err != nil {
		c.forgetUnknown(s, e, err)
		return Info{}, err
	}
	return info, nil
}

// errNotAStream marks the ErrUnknownStream answers that are definite: the address has no
// code, or its contract is not a stream of the registry (not a chain read that failed).
var errNotAStream = errors.New("not a stream")

// cannotAnswer reports whether err of a view call says that the contract cannot answer it
// (the call reverted, or returned nothing the ABI decodes), rather than that the chain
// could not be asked.
func cannotAnswer(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "execution reverted") || strings.HasPrefix(msg, "abi:")
}

// forgetUnknown drops e when err says definitely that its address names no stream of the
// registry (and e was not loaded meanwhile): such addresses are neither kept nor followed,
// or every publish or subscription naming a made-up address would grow the cache and the
// poller's log filter for good. A failed chain read keeps e (and the stream followed).
func (c *Checker) forgetUnknown(s common.Address, e *entry, err error) {
	if !errors.Is(err, errNotAStream) {
		return
	}
	e.mu.RLock()
	loaded := e.loaded
	e.mu.RUnlock()
	if loaded {
		return
	}
	c.mu.Lock()
	if c.streams[s] == e {
		delete(c.streams, s)
		delete(c.followed, s)
	}
	c.mu.Unlock()
}

// CachedStream is Stream answered from the cache alone, without waiting: false when the
// answer needs a chain read or the stream is being loaded (then call Stream).
func (c *Checker) CachedStream(s common.Address) (Info, bool) {
	e, ok := c.lookup(s)
	if !ok {
		return Info{}, false
	}
	return c.cachedInfo(s, e, false)
}

// rlock read-locks e; without wait it gives up when e is locked for a load.
func rlock(e *entry, wait bool) bool {
	if wait {
		e.mu.RLock()
		return true
	}
	return e.mu.TryRLock()
}

// cachedInfo answers a stream's state from e when it is fresh, or stale but still safe to
// give (then it is reloaded in the background).
func (c *Checker) cachedInfo(s common.Address, e *entry, wait bool) (Info, bool) {
	if !rlock(e, wait) {
		return Info{}, false
	}
	fresh, stale := c.freshness(e, c.cfg.Now())
	info := e.info
	e.mu.RUnlock()
	if stale {
		c.refresh(s, e)
	}
	return info, fresh || stale
}

// Access is an answer: whether the right is held and until when at the latest (the
// caller re-checks then; chain changes before that are announced through OnChange).
type Access struct {
	Allowed bool
	Until   time.Time
}

func (c *Checker) check(ctx context.Context, s, user common.Address, sub bool) (Access, error) {
	e := c.entry(s)
	if a, ok := c.cachedAccess(s, e, user, sub, true); ok {
		return a, nil
	}
	e.mu.Lock()
	now := c.cfg.Now()
	_, stale := c.freshness(e, now) // being reloaded meanwhile
	if !stale {
		if err := c.load(ctx, s, e); err != nil {
			e.mu.Unlock()
			c.forgetUnknown(s, e, err)
			return Access{}, err
		}
	}
	if a, ok := c.cached(e, user, sub, now, stale); ok {
		e.mu.Unlock()
		return a, nil
	}
	// The user's permission is read without holding the entry: other users' answers do not
	// wait for this chain read.
	gen, until, public := e.gen, e.until, e.info.Public
	e.mu.Unlock()
	c.misses.Inc()
	// Concurrent misses of one user (a new publisher's first burst) share one read.
	v, err, _ := c.reads.Do(s.Hex()+user.Hex(), func() (any, error) {
		caller, err := stream.NewStreamCaller(s, c.b)
		if err != nil {
			return nil, err
		}
		p, err := caller.PermissionOf(&bind.CallOpts{Context: ctx}, user)
		if err != nil {
			c.chainEr.Inc()
			return nil, fmt.Errorf("%w: %s.permissionOf(%s): %w", ErrChain, s.Hex(), user.Hex(), err)
		}
		return p, nil
	})
	if err != nil {
		return Access{}, err
	}
	p := v.(stream.Permission)
	up := userPerm{p: p, until: c.expiryAware(now, p), hard: nextExpiry(now, p)}
	if until.Before(up.until) {
		up.until = until
	}
	e.mu.Lock()
	if e.gen == gen { // not reloaded meanwhile
		e.users[user] = up
	}
	e.mu.Unlock()
	return access(public, up, sub, now), nil
}

// cachedAccess answers from the cache alone, under the read lock (publishes of one stream
// are checked in parallel); false when the answer needs a chain read, or without wait when
// the entry is locked for a load.
func (c *Checker) cachedAccess(s common.Address, e *entry, user common.Address, sub, wait bool) (Access, bool) {
	if !rlock(e, wait) {
		return Access{}, false
	}
	now := c.cfg.Now()
	// Past MaxTTL but no permission expired since the read: answer now, reload meanwhile.
	fresh, stale := c.freshness(e, now)
	var a Access
	ok := false
	if fresh || stale {
		a, ok = c.cached(e, user, sub, now, stale)
	}
	e.mu.RUnlock()
	if stale {
		c.refresh(s, e)
	}
	return a, ok
}

// cached answers from a loaded entry (under e.mu, read or write) unless the user's
// permission has to be read from the chain; stale: the entry is past its freshness (see
// Checker.freshness).
func (c *Checker) cached(e *entry, user common.Address, sub bool, now time.Time, stale bool) (Access, bool) {
	if e.info.Deleted {
		return Access{Until: e.until}, true
	}
	if user == e.info.Owner {
		return Access{Allowed: true, Until: e.until}, true
	}
	// What everyone may do needs no read of the user's own permission (so a flood of new
	// keys publishing to a public stream causes no chain reads).
	if expiryOf(e.info.Public, sub) > uint64(now.Unix()) {
		c.hits.Inc()
		return Access{Allowed: true, Until: e.until}, true
	}
	up, ok := e.users[user]
	// Stale answers are given while no permission involved has expired since it was read.
	if !ok || (!stale && !now.Before(up.until)) || (stale && !up.hard.IsZero() && !now.Before(up.hard)) {
		return Access{}, false
	}
	c.hits.Inc()
	return access(e.info.Public, up, sub, now), true
}

// access is the answer for a user's permission up (the public permission counts too).
func access(public stream.Permission, up userPerm, sub bool, now time.Time) Access {
	best := max(expiryOf(up.p, sub), expiryOf(public, sub))
	return Access{Allowed: uint64(now.Unix()) < best, Until: up.until}
}

// expiryOf is p's subscribe or publish expiry.
func expiryOf(p stream.Permission, sub bool) uint64 {
	if sub {
		return p.SubscribeExpiry
	}
	return p.PublishExpiry
}

// CanPublish mirrors Stream.canPublish(user).
func (c *Checker) CanPublish(ctx context.Context, s, user common.Address) (Access, error) {
	return c.check(ctx, s, user, false)
}

// CachedCanPublish is CanPublish answered from the cache alone, without waiting: false when
// the answer needs a chain read or the stream is being loaded (then call CanPublish).
func (c *Checker) CachedCanPublish(s, user common.Address) (Access, bool) {
	e, ok := c.lookup(s)
	if !ok {
		return Access{}, false
	}
	return c.cachedAccess(s, e, user, false, false)
}

// CanSubscribe mirrors Stream.canSubscribe(user); public streams (address(0) holding a
// future subscribeExpiry) admit everyone.
func (c *Checker) CanSubscribe(ctx context.Context, s, user common.Address) (Access, error) {
	return c.check(ctx, s, user, true)
}
