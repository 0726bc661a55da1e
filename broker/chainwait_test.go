package broker_test

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/internal/chaintest"
	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

// gatedChain holds the calls to some contracts until release is called (a slow RPC node
// for those contracts); held counts the calls it holds now.
type gatedChain struct {
	broker.Chain
	gated    map[common.Address]bool
	released chan struct{}
	once     sync.Once
	held     atomic.Int32
}

func newGatedChain(c broker.Chain, gated ...common.Address) *gatedChain {
	g := &gatedChain{Chain: c, gated: make(map[common.Address]bool), released: make(chan struct{})}
	for _, a := range gated {
		g.gated[a] = true
	}
	return g
}

func (g *gatedChain) release() { g.once.Do(func() { close(g.released) }) }

func (g *gatedChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if msg.To != nil && g.gated[*msg.To] {
		g.held.Add(1)
		defer g.held.Add(-1)
		select {
		case <-g.released:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return g.Chain.CallContract(ctx, msg, block)
}

// waitHeld waits until the chain holds n calls.
func (g *gatedChain) waitHeld(t *testing.T, n int32) {
	t.Helper()
	waitfor.Until(t, fmt.Sprintf("%d held chain calls", n), 10*time.Second, func() bool { return g.held.Load() >= n })
}

// startOn starts a broker on chain c (closed at cleanup, after the chain's calls are
// released) and returns its ws URL and metrics.
func (e *env) startOn(cfg broker.Config, c *gatedChain) (string, *prometheus.Registry) {
	e.t.Helper()
	reg := prometheus.NewRegistry()
	_, url := e.startWith(cfg, broker.Deps{Redis: e.rdb, Chain: c}, reg)
	e.t.Cleanup(c.release) // cleanups run last first: before the broker's Close
	return url, reg
}

// Publishes whose permission answers need chain reads wait on their own connection's
// goroutines: while the chain holds the reads of one connection's many publishes, another
// connection's publishes are checked, stored and acknowledged. (The shared check workers
// used to wait for the reads, and with them every other publisher.)
func TestChainReadsHoldUpOnlyTheirConnection(t *testing.T) {
	e := newEnv(t)
	slow, _ := e.chain.CreateStream(1, "test/slow", 1,
		[]common.Address{e.chain.Addr(2)}, []stream.Permission{{PublishExpiry: chaintest.Forever}})
	gc := newGatedChain(e.chain.Chain.Client, slow)
	defer gc.release()
	cfg := e.config()
	cfg.Server.VerifyWorkers = 4 // fewer than the held publishes below, on any machine
	url, reg := e.startOn(cfg, gc)

	// Far more publishes than check workers, each waiting for the slow stream's state.
	waiting := e.client([]string{url}, -1)
	pub := eventtest.PublisherFor(t, e.chain.Key(2), e.domain)
	var results []<-chan client.Result
	for i := range 64 {
		ev, _ := eventtest.Next(t, pub, slow, 0, i)
		r, err := waiting.PublishAsync(ev)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	gc.waitHeld(t, 1)

	// Another connection publishes meanwhile, to a stream it has not published to before.
	other := e.client([]string{url}, 2)
	for i := range 20 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, _, err := other.Publish(ctx, e.public, 0, protocol.Message{ContentType: protocol.ContentJSON,
			Content: []byte(`{"n":` + strconv.Itoa(i) + `}`)})
		cancel()
		if err != nil {
			t.Fatalf("publish %d of the other connection while the chain holds the first one's: %v", i, err)
		}
	}
	for i, r := range results {
		select {
		case res := <-r:
			t.Fatalf("publish %d answered while its chain read is held: %+v", i, res)
		default:
		}
	}

	if n := metrictest.Metric(t, reg, "streamr_broker_publish_chain_checks_total"); n < float64(len(results)) {
		t.Fatalf("%v publishes counted as chain checks, want at least %d", n, len(results))
	}

	gc.release()
	for i, r := range results {
		select {
		case res := <-r:
			if res.Err != nil || res.Offset.IsZero() {
				t.Fatalf("publish %d after the chain answered: %+v", i, res)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("publish %d not answered after the chain answered", i)
		}
	}
}

// At most Config.ChainChecks publishes wait for chain reads at once over all connections
// (each connection would run up to 4): many connections naming uncached streams cannot
// flood the chain's RPC node.
func TestChainChecksAreBoundedServerWide(t *testing.T) {
	e := newEnv(t)
	var slow []common.Address
	for i := range 3 {
		st, _ := e.chain.CreateStream(1, "test/slow"+strconv.Itoa(i), 1,
			[]common.Address{e.chain.Addr(2)}, []stream.Permission{{PublishExpiry: chaintest.Forever}})
		slow = append(slow, st)
	}
	gc := newGatedChain(e.chain.Chain.Client, slow...)
	defer gc.release()
	cfg := e.config()
	cfg.Server.ChainChecks = 2
	url, _ := e.startOn(cfg, gc)

	pub := eventtest.PublisherFor(t, e.chain.Key(2), e.domain)
	var results []<-chan client.Result
	for _, st := range slow { // one connection per stream
		ev, _ := eventtest.Next(t, pub, st, 0, 1)
		r, err := e.client([]string{url}, -1).PublishAsync(ev)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	gc.waitHeld(t, 2)
	time.Sleep(200 * time.Millisecond) // time for a third read, were it let through
	if n := gc.held.Load(); n != 2 {
		t.Fatalf("%d chain reads at once, the bound is 2", n)
	}
	gc.release()
	for i, r := range results {
		select {
		case res := <-r:
			if res.Err != nil {
				t.Fatalf("publish %d: %v", i, res.Err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("publish %d not answered", i)
		}
	}
}

// The store forgets chains idle for longer than the timestamp window (plus a margin, in
// whole hours): older events are refused as stale before they reach it. With either side of
// the window switched off, chains are remembered for ever.
func TestChainWindowFollowsTheTimestampWindow(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		past, future, want time.Duration
	}{
		{10 * time.Minute, 30 * time.Second, time.Hour}, // the defaults
		{3 * time.Hour, time.Minute, 4 * time.Hour},
		{10 * time.Minute, 0, 0},
		{0, 30 * time.Second, 0},
	} {
		cfg := e.config()
		cfg.Server.Limits = protocol.DefaultLimits()
		cfg.Server.Limits.MaxPastSkew, cfg.Server.Limits.MaxFutureSkew = tc.past, tc.future
		b, err := broker.New(cfg, broker.Deps{Redis: e.rdb, Chain: e.chain.Chain.Client}, testLogger(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Store.Config().ChainWindow; got != tc.want {
			t.Errorf("limits %v back, %v ahead: chain window %v, want %v", tc.past, tc.future, got, tc.want)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
