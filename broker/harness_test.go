package broker_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/internal/chaintest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m, chaintest.LeakOptions()...) }

// env is a chain with two streams and what brokers need to share state.
type env struct {
	t       testing.TB
	chain   *chaintest.Env
	domain  *protocol.Domain
	public  common.Address // publish: account 2; subscribe: everyone
	private common.Address // publish: account 2; subscribe: account 3
	privS   *stream.Stream
	prefix  string
	rdb     redis.UniversalClient
}

func newEnv(t testing.TB) *env {
	c := chaintest.New(t)
	e := &env{t: t, chain: c, domain: protocol.NewDomain(1337, c.Deploy.Registry)}
	e.public, _ = c.CreateStream(1, "test/public", 4,
		[]common.Address{c.Addr(2), {}}, []stream.Permission{{PublishExpiry: chaintest.Forever}, {SubscribeExpiry: chaintest.Forever}})
	e.private, e.privS = c.CreateStream(1, "test/private", 1,
		[]common.Address{c.Addr(2), c.Addr(3)}, []stream.Permission{{PublishExpiry: chaintest.Forever}, {SubscribeExpiry: chaintest.Forever}})
	e.prefix = redistest.Prefix(t)
	e.rdb = redistest.Shared(t, e.prefix)
	return e
}

func testLogger() *slog.Logger {
	if os.Getenv("BROKER_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return nil
}

func (e *env) config() broker.Config {
	cfg := broker.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.ChainID = 1337
	cfg.Registry = e.chain.Deploy.Registry
	cfg.Forwarder = e.chain.Deploy.Forwarder
	cfg.Store.Prefix = e.prefix
	cfg.Store.NetworkPartitions = 8
	cfg.Fanout.TailBlock = 50 * time.Millisecond
	cfg.Perms.PollInterval = 50 * time.Millisecond
	cfg.Directory.PollInterval = 50 * time.Millisecond
	cfg.Server.RecheckInterval = 100 * time.Millisecond
	return cfg
}

// start starts a broker (closed at cleanup) and returns it with its ws URL.
func (e *env) start(cfg broker.Config, rdb redis.UniversalClient) (*broker.Broker, string) {
	e.t.Helper()
	if rdb == nil {
		rdb = e.rdb
	}
	return e.startWith(cfg, broker.Deps{Redis: rdb, Chain: e.chain.Chain.Client}, prometheus.NewRegistry())
}

// startWith starts a broker on deps with its metrics in reg (closed at cleanup) and returns
// it with its ws URL.
func (e *env) startWith(cfg broker.Config, deps broker.Deps, reg prometheus.Registerer) (*broker.Broker, string) {
	e.t.Helper()
	b, err := broker.New(cfg, deps, testLogger(), reg)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := b.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = b.Close() })
	addr, _ := b.Addr()
	return b, "ws://" + addr.String() + "/ws"
}

func httpBase(wsURL string) string {
	return "http://" + strings.TrimSuffix(strings.TrimPrefix(wsURL, "ws://"), "/ws")
}

func (e *env) client(urls []string, account int) *client.Client {
	e.t.Helper()
	cfg := client.Config{URLs: urls, Domain: e.domain, BackoffMax: 500 * time.Millisecond}
	if account >= 0 {
		cfg.Key = e.chain.Key(account)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = c.Close() })
	return c
}
