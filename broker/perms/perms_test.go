package perms_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/internal/chaintest"
	"github.com/streamr-go/streamr/broker/perms"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, chaintest.LeakOptions()...)
}

func TestPermissions(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	owner, pub, sub, stranger := env.Addr(1), env.Addr(2), env.Addr(3), env.Addr(4)
	id, s := env.CreateStream(1, "perm/test", 2, []common.Address{sub}, []stream.Permission{{SubscribeExpiry: chaintest.Forever}})

	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry, PollInterval: 50 * time.Millisecond},
		nil, prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	changed := map[common.Address]int{}
	c.OnChange(func(a common.Address) { mu.Lock(); changed[a]++; mu.Unlock() })
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	want := func(what string, f func(context.Context, common.Address, common.Address) (perms.Access, error), who common.Address, ok bool) perms.Access {
		t.Helper()
		a, err := f(ctx, id, who)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if a.Allowed != ok {
			t.Fatalf("%s(%s) = %v, want %v", what, who, a.Allowed, ok)
		}
		return a
	}
	want("canPublish", c.CanPublish, owner, true)
	want("canPublish", c.CanPublish, pub, false)
	want("canSubscribe", c.CanSubscribe, sub, true)
	want("canSubscribe", c.CanSubscribe, stranger, false)
	info, err := c.Stream(ctx, id)
	if err != nil || info.Partitions != 2 || info.Owner != owner {
		t.Fatalf("info %+v %v", info, err)
	}

	// A grant is seen through the event, not the TTL (a minute).
	env.Mined(s.GrantPublish(env.Auth(1), pub, chaintest.Forever))
	waitfor.Until(t, "the change announced", 15*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return changed[id] > 0 })
	want("canPublish after grant", c.CanPublish, pub, true)

	// Public subscribe.
	env.Mined(s.GrantSubscribe(env.Auth(1), common.Address{}, chaintest.Forever))
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanSubscribe(ctx, id, stranger); return a.Allowed })

	// An expiring grant is cached no longer than its expiry.
	exp := uint64(time.Now().Add(3 * time.Second).Unix())
	env.Mined(s.GrantPublish(env.Auth(1), env.Addr(5), exp))
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanPublish(ctx, id, env.Addr(5)); return a.Allowed })
	a := want("canPublish expiring", c.CanPublish, env.Addr(5), true)
	if a.Until.After(time.Unix(int64(exp), 0)) {
		t.Fatalf("cached until %s, past the expiry %d", a.Until, exp)
	}
	time.Sleep(time.Until(time.Unix(int64(exp), 0)) + 100*time.Millisecond)
	want("canPublish expired", c.CanPublish, env.Addr(5), false)

	// Revocation.
	env.Mined(s.RevokeAll(env.Auth(1), pub))
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanPublish(ctx, id, pub); return !a.Allowed })

	// Deletion closes everything.
	env.Mined(env.Registry.DeleteStream(env.Auth(1), owner, "perm/test"))
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanPublish(ctx, id, owner); return !a.Allowed })

	// Not a stream.
	if _, err := c.CanPublish(ctx, stranger, owner); !errors.Is(err, perms.ErrUnknownStream) {
		t.Fatalf("EOA as stream: %v", err)
	}
	if _, err := c.CanPublish(ctx, env.Deploy.Token, owner); !errors.Is(err, perms.ErrUnknownStream) {
		t.Fatalf("token as stream: %v", err)
	}
}

// TestGrantInAReorganisation: a grant lands in a block of a branch that replaces blocks the
// checker has already read; it is still seen (the cached "no" would otherwise last an hour).
func TestGrantInAReorganisation(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	pub := env.Addr(2)
	id, s := env.CreateStream(1, "perm/reorg", 1, nil, nil)
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry, PollInterval: 20 * time.Millisecond,
		MaxTTL: time.Hour, ReorgDepth: 8}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	base := env.Branch(3)              // the blocks to be replaced
	time.Sleep(300 * time.Millisecond) // the checker reads them
	if a, err := c.CanPublish(ctx, id, pub); err != nil || a.Allowed {
		t.Fatalf("before the grant: %+v %v", a, err)
	}
	env.Reorg(base, func() (*types.Transaction, error) { return s.GrantPublish(env.Auth(1), pub, chaintest.Forever) })
	if ok, err := s.CanPublish(&bind.CallOpts{Context: ctx}, pub); err != nil || !ok {
		t.Fatalf("the grant is not on the canonical chain: %v %v", ok, err)
	}
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanPublish(ctx, id, pub); return a.Allowed })
}

// TestOnlyFollowedStreamsEvents: other contracts emit events with the same signatures
// (OwnershipTransferred above all); the poller reads only the streams asked about.
func TestOnlyFollowedStreamsEvents(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	pub := env.Addr(2)
	id, s := env.CreateStream(1, "perm/followed", 1, nil, nil)
	reg := prometheus.NewRegistry()
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry, PollInterval: 20 * time.Millisecond,
		MaxTTL: time.Hour}, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if a, err := c.CanPublish(ctx, id, pub); err != nil || a.Allowed {
		t.Fatalf("before the grant: %+v %v", a, err)
	}
	coord, err := networkcoordinator.NewNetworkCoordinator(env.Deploy.Coordinator, env.Chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	// An Ownable2Step that is not a stream: accepting emits OwnershipTransferred.
	env.Mined(coord.TransferOwnership(env.Auth(0), env.Addr(5)))
	env.Mined(coord.AcceptOwnership(env.Auth(5)))
	env.Mined(s.GrantPublish(env.Auth(1), pub, chaintest.Forever))
	waitfor.Until(t, "the answer", 15*time.Second, func() bool { a, _ := c.CanPublish(ctx, id, pub); return a.Allowed })
	if n := metrictest.Metric(t, reg, "streamr_broker_perms_invalidations_total"); n != 1 {
		t.Fatalf("%v invalidations, want 1 (the stream's grant only)", n)
	}
}

// TestConcurrentChecks asks about many users at once, first reads and cached answers mixed:
// every answer is right (run with -race).
func TestConcurrentChecks(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	granted := []common.Address{env.Addr(2), env.Addr(3)}
	id, _ := env.CreateStream(1, "perm/concurrent", 1, granted,
		[]stream.Permission{{PublishExpiry: chaintest.Forever}, {PublishExpiry: chaintest.Forever}})
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	users := []common.Address{env.Addr(1), env.Addr(2), env.Addr(3), env.Addr(4), env.Addr(5)}
	want := []bool{true, true, true, false, false} // owner, two grants, two strangers
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for g := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				u := (g + i) % len(users)
				a, err := c.CanPublish(ctx, id, users[u])
				if err == nil && a.Allowed != want[u] {
					err = errors.New("wrong answer for " + users[u].Hex())
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

// TestStaleWhileReloading: past MaxTTL a stream's cached answers keep coming while it is
// reloaded in the background (a busy stream's publishes do not wait for the chain once a
// minute); expiries still count at any time, and a long pause reloads synchronously.
func TestStaleWhileReloading(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	pub, temp := env.Addr(2), env.Addr(3)
	var mu sync.Mutex
	now := time.Now()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	expiry := uint64(now.Add(90 * time.Second).Unix())
	id, s := env.CreateStream(1, "perm/stale", 1, []common.Address{pub, temp},
		[]stream.Permission{{PublishExpiry: chaintest.Forever}, {PublishExpiry: expiry}})
	// Not started: no events, so only reloads show chain changes.
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry, MaxTTL: time.Minute, Now: clock}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	allowed := func(user common.Address) bool {
		t.Helper()
		a, err := c.CanPublish(ctx, id, user)
		if err != nil {
			t.Fatal(err)
		}
		return a.Allowed
	}
	if !allowed(pub) || !allowed(temp) {
		t.Fatal("granted users refused")
	}
	env.Mined(s.RevokeAll(env.Auth(1), pub))
	if !allowed(pub) {
		t.Fatal("the cached answer changed within MaxTTL without an event")
	}
	advance(61 * time.Second)
	if !allowed(pub) { // stale, while the reload runs
		t.Fatal("no stale answer past MaxTTL")
	}
	waitfor.Until(t, "the revocation seen", 15*time.Second, func() bool { return !allowed(pub) }) // the reload saw the revocation
	// temp's grant expires at 90 s: past it no answer says yes.
	advance(30 * time.Second)
	if allowed(temp) {
		t.Fatal("allowed past the permission's expiry")
	}
	// Far past MaxTTL with nothing cached fresh: answers come from a synchronous load.
	advance(10 * time.Minute)
	if allowed(pub) || allowed(temp) {
		t.Fatal("wrong answers after a long pause")
	}
}

// TestPublicNeedsNoUserReads: on a stream anyone may publish to, new publishers' keys cost
// no chain reads (a flood of fresh keys cannot keep the check workers on the chain).
func TestPublicNeedsNoUserReads(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	id, _ := env.CreateStream(1, "perm/public", 1, []common.Address{{}}, []stream.Permission{{PublishExpiry: chaintest.Forever}})
	reg := prometheus.NewRegistry()
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry}, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		a, err := c.CanPublish(ctx, id, common.BigToAddress(big.NewInt(int64(1000+i))))
		if err != nil || !a.Allowed {
			t.Fatalf("key %d: %+v %v", i, a, err)
		}
	}
	if a, err := c.CanSubscribe(ctx, id, env.Addr(4)); err != nil || a.Allowed {
		t.Fatalf("subscribe is not public: %+v %v", a, err)
	}
	// The stream's load, and the one subscriber's permission.
	if n := metrictest.Metric(t, reg, "streamr_broker_perms_cache_misses_total"); n != 2 {
		t.Fatalf("%v chain reads, want 2", n)
	}
}

// heldBackend holds the contract calls made while it is armed until release is closed.
type heldBackend struct {
	perms.Backend
	armed   atomic.Bool
	held    atomic.Int32
	release chan struct{}
}

func (h *heldBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if h.armed.Load() {
		h.held.Add(1)
		<-h.release
	}
	return h.Backend.CallContract(ctx, msg, block)
}

// withoutWaiting runs f and fails unless it returns within 10 s.
func withoutWaiting(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s waited", what)
	}
}

// The cached-only answers never wait for the chain or for a load: they say "not cached"
// before a stream is loaded, while its load waits for the chain and for a user whose
// permission was not read, and answer once it is.
func TestCachedAnswersDoNotWait(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	owner, grantee := env.Addr(1), env.Addr(2)
	id, _ := env.CreateStream(1, "perm/cached", 1, []common.Address{grantee}, []stream.Permission{{PublishExpiry: chaintest.Forever}})
	hb := &heldBackend{Backend: env.Chain.Client, release: make(chan struct{})}
	c, err := perms.New(hb, perms.Config{Registry: env.Deploy.Registry}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.CachedStream(id); ok {
		t.Fatal("a stream never loaded is cached")
	}

	hb.armed.Store(true)
	loaded := make(chan error, 1)
	go func() { _, err := c.Stream(ctx, id); loaded <- err }()
	waitfor.Until(t, "the load held", 15*time.Second, func() bool { return hb.held.Load() > 0 })
	withoutWaiting(t, "CachedStream during a load", func() {
		if _, ok := c.CachedStream(id); ok {
			t.Error("cached while loading")
		}
	})
	withoutWaiting(t, "CachedCanPublish during a load", func() {
		if _, ok := c.CachedCanPublish(id, owner); ok {
			t.Error("cached while loading")
		}
	})
	hb.armed.Store(false)
	close(hb.release)
	if err := <-loaded; err != nil {
		t.Fatal(err)
	}

	if info, ok := c.CachedStream(id); !ok || info.Owner != owner || info.Partitions != 1 {
		t.Fatalf("after the load: %+v %v", info, ok)
	}
	if a, ok := c.CachedCanPublish(id, owner); !ok || !a.Allowed {
		t.Fatalf("owner: %+v %v", a, ok)
	}
	if _, ok := c.CachedCanPublish(id, grantee); ok {
		t.Fatal("a permission never read is cached")
	}
	if a, err := c.CanPublish(ctx, id, grantee); err != nil || !a.Allowed {
		t.Fatalf("grantee: %+v %v", a, err)
	}
	if a, ok := c.CachedCanPublish(id, grantee); !ok || !a.Allowed {
		t.Fatalf("grantee after the read: %+v %v", a, ok)
	}
}

// Addresses that name no stream of the registry are answered ErrUnknownStream and not kept:
// asking about many made-up addresses (or a contract that is not a stream) leaves nothing
// followed, so neither the cache nor the poller's log filter grows with them.
func TestUnknownStreamsAreNotKept(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	id, _ := env.CreateStream(1, "perm/known", 1, nil, nil)
	reg := prometheus.NewRegistry()
	c, err := perms.New(env.Chain.Client, perms.Config{Registry: env.Deploy.Registry}, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		made := common.BigToAddress(big.NewInt(int64(5000 + i)))
		if _, err := c.Stream(ctx, made); !errors.Is(err, perms.ErrUnknownStream) {
			t.Fatalf("stream %s: %v", made, err)
		}
		if _, err := c.CanPublish(ctx, made, env.Addr(2)); !errors.Is(err, perms.ErrUnknownStream) {
			t.Fatalf("canPublish on %s: %v", made, err)
		}
	}
	if _, err := c.Stream(ctx, env.Deploy.Registry); !errors.Is(err, perms.ErrUnknownStream) {
		t.Fatalf("the registry as a stream: %v", err)
	}
	if _, err := c.Stream(ctx, id); err != nil {
		t.Fatal(err)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_perms_followed_streams"); n != 1 {
		t.Fatalf("%v streams followed, want 1 (the one that exists)", n)
	}
}

// failingBackend fails contract calls as an unreachable node would while fail is set.
type failingBackend struct {
	perms.Backend
	fail atomic.Bool
}

func (f *failingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if f.fail.Load() {
		return nil, errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	return f.Backend.CallContract(ctx, msg, block)
}

// A failed chain read is no verdict on the stream: it is answered ErrChain (the caller may
// retry), not ErrUnknownStream, and the stream stays followed.
func TestChainFailureIsNotUnknownStream(t *testing.T) {
	env := chaintest.New(t)
	ctx := context.Background()
	id, _ := env.CreateStream(1, "perm/flaky", 1, nil, nil)
	fb := &failingBackend{Backend: env.Chain.Client}
	reg := prometheus.NewRegistry()
	c, err := perms.New(fb, perms.Config{Registry: env.Deploy.Registry}, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	fb.fail.Store(true)
	if _, err := c.Stream(ctx, id); !errors.Is(err, perms.ErrChain) || errors.Is(err, perms.ErrUnknownStream) {
		t.Fatalf("stream while the node is down: %v", err)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_perms_followed_streams"); n != 1 {
		t.Fatalf("%v streams followed, want 1", n)
	}
	fb.fail.Store(false)
	if info, err := c.Stream(ctx, id); err != nil || info.Owner != env.Addr(1) {
		t.Fatalf("after the node is back: %+v %v", info, err)
	}
}
