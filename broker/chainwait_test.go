package broker_test

import (
	"context"
	"math/big"
	"strconv"
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
)

// gatedChain holds the calls to one contract until release is closed (a slow RPC node for
// that contract).
type gatedChain struct {
	broker.Chain
	gated   common.Address
	release chan struct{}
	held    atomic.Int32
}

func (g *gatedChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if msg.To != nil && *msg.To == g.gated {
		g.held.Add(1)
		select {
		case <-g.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return g.Chain.CallContract(ctx, msg, block)
}

// Publishes whose permission answers need chain reads wait on their own connection's
// goroutines: while the chain holds the reads of one connection's many publishes, another
// connection's publishes are checked, stored and acknowledged. (The shared check workers
// used to wait for the reads, and with them every other publisher.)
func TestChainReadsHoldUpOnlyTheirConnection(t *testing.T) {
	e := newEnv(t)
	slow, _ := e.chain.CreateStream(1, "test/slow", 1,
		[]common.Address{e.chain.Addr(2)}, []stream.Permission{{PublishExpiry: chaintest.Forever}})
	gc := &gatedChain{Chain: e.chain.Chain.Client, gated: slow, release: make(chan struct{})}
	released := false
	release := func() {
		if !released {
			released = true
			close(gc.release)
		}
	}
	defer release()
	cfg := e.config()
	cfg.Server.VerifyWorkers = 4 // fewer than the held publishes below, on any machine
	reg := prometheus.NewRegistry()
	b, err := broker.New(cfg, broker.Deps{Redis: e.rdb, Chain: gc}, testLogger(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { release(); _ = b.Close() })
	addr, _ := b.Addr()
	url := "ws://" + addr.String() + "/ws"

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
	for deadline := time.Now().Add(10 * time.Second); gc.held.Load() == 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("no chain read of the slow stream")
		}
	}

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

	release()
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
