package oracle

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/feedconsumer"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/internal/waitfor"
	"github.com/streamr-go/streamr/oracle/txm"
)

const forever = ^uint64(0)

var oneDATA = big.NewInt(1e18)

type env struct {
	t        testing.TB
	chain    *devchain.Chain
	dep      *deploy.Deployment
	hub      common.Address
	hubC     *deliveryhub.DeliveryHub
	consumer common.Address
	consC    *feedconsumer.FeedConsumer
	stream   common.Address
	domain   *protocol.Domain
	pub      *protocol.Publisher
	src      *MemSource
}

func newEnv(t testing.TB, blockInterval time.Duration) *env {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = blockInterval
	return newEnvWith(t, cfg)
}

func newEnvWith(t testing.TB, cfg devchain.Config) *env {
	t.Helper()
	c, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	owner := c.Addrs[0]
	d, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Options{Mint: new(big.Int).Mul(oneDATA, big.NewInt(1e6)), MintTo: []common.Address{owner}})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, chain: c, dep: d, src: NewMemSource(), domain: protocol.NewDomain(devchain.ChainID, d.Registry)}

	addr, tx, hubC, err := deliveryhub.DeployDeliveryHub(e.auth(0), c.Client, d.Token, d.Registry)
	e.mined(tx, err)
	e.hub, e.hubC = addr, hubC
	addr, tx, consC, err := feedconsumer.DeployFeedConsumer(e.auth(0), c.Client, e.hub)
	e.mined(tx, err)
	e.consumer, e.consC = addr, consC

	reg, err := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	e.mined(reg.CreateStream(e.auth(0), "oracle/feed", "{}", 1,
		[]common.Address{c.Addrs[1], e.consumer},
		[]streamregistry.Permission{{PublishExpiry: forever}, {SubscribeExpiry: forever}}))
	e.stream, err = reg.StreamOf(nil, owner, "oracle/feed")
	if err != nil || e.stream == (common.Address{}) {
		t.Fatalf("stream: %v", err)
	}
	tok, err := datatoken.NewDATAToken(d.Token, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	e.mined(tok.Approve(e.auth(0), e.hub, new(big.Int).Mul(oneDATA, big.NewInt(1e6))))
	e.pub, err = protocol.NewPublisher(c.Keys[1], e.domain, protocol.PublisherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) auth(i int) *bind.TransactOpts {
	a := chainutil.Transactor(e.chain.Keys[i], devchain.ChainID)
	a.Context = context.Background()
	return a
}

func (e *env) mined(tx interface{ Hash() common.Hash }, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chainutil.WaitMined(ctx, e.chain.Client, tx.Hash())
	if err != nil || r.Status != 1 {
		e.t.Fatalf("tx %s failed: %v", tx.Hash(), err)
	}
}

// subscribe the consumer with a bounty per event and a deposit (DATA wei).
func (e *env) subscribe(bounty, deposit *big.Int) {
	e.t.Helper()
	tx, err := e.hubC.Subscribe(e.auth(0), e.stream, 0, e.consumer, bounty, 500_000, deposit)
	e.mined(tx, err)
}

// publish a 32-byte value (what FeedConsumer stores cheaply).
func (e *env) publish(value int64) *protocol.Event {
	e.t.Helper()
	content := common.BigToHash(big.NewInt(value)).Bytes()
	ev, err := e.pub.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentBinary, Content: content})
	if err != nil {
		e.t.Fatal(err)
	}
	e.src.Publish(ev)
	return ev
}

func (e *env) consumerCount() uint64 {
	n, err := e.consC.Count(nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

type agentUnder struct {
	*Agent
	txm *txm.Manager
	reg *prometheus.Registry
	db  func() int // transactions queued by this agent's txm
}

func (e *env) startAgent(key *ecdsa.PrivateKey, src Source, mutate func(*Config)) *agentUnder {
	e.t.Helper()
	return e.startAgentOn(key, src, e.chain.Client, mutate)
}

// startAgentOn starts an agent whose chain reads go through chain (its txm uses the env's client).
func (e *env) startAgentOn(key *ecdsa.PrivateKey, src Source, chain Chain, mutate func(*Config)) *agentUnder {
	e.t.Helper()
	pool := pgtest.Empty(e.t).Pool
	reg := prometheus.NewRegistry()
	tcfg := txm.DefaultConfig()
	tcfg.ChainID = devchain.ChainID
	tcfg.PollInterval = 20 * time.Millisecond
	tcfg.Confirmations = 1
	tm, err := txm.New(tcfg, txm.Deps{Client: e.chain.Client, Pool: pool}, key, testLogger(), reg)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := tm.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Hub = e.hub
	cfg.StartBlock = e.dep.Block
	cfg.PollInterval = 100 * time.Millisecond
	cfg.Pricing = Pricing{DATAPerETH: 1, Margin: 0.1}
	if mutate != nil {
		mutate(&cfg)
	}
	a, err := New(cfg, Deps{Chain: chain, Sender: tm, Source: src, Domain: e.domain}, testLogger(), reg)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := a.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = a.Close(); _ = tm.Close() })
	return &agentUnder{Agent: a, txm: tm, reg: reg, db: func() int {
		var n int
		if err := pool.QueryRow(context.Background(), "SELECT count(*) FROM txm_transactions").Scan(&n); err != nil {
			e.t.Fatal(err)
		}
		return n
	}}
}

func TestDeliverSingleThenBatched(t *testing.T) {
	e := newEnv(t, 250*time.Millisecond)
	e.subscribe(oneDATA, new(big.Int).Mul(oneDATA, big.NewInt(100)))
	a := e.startAgent(e.chain.Keys[2], e.src, nil)
	waitfor.Until(t, "ready", 10*time.Second, func() bool { return a.Ready() == nil })
	time.Sleep(100 * time.Millisecond) // the source subscription is made when the Subscribed log is read

	e.publish(1)
	waitfor.Until(t, "first delivery", 20*time.Second, func() bool { return e.consumerCount() == 1 })
	for i := range 8 {
		e.publish(int64(2 + i))
	}
	waitfor.Until(t, "all delivered", 30*time.Second, func() bool { return e.consumerCount() == 9 })
	waitfor.Until(t, "settled", 10*time.Second, func() bool {
		return metrictest.Metric(t, a.reg, "streamr_oracle_events_delivered_total") == 9
	})
	sent := a.db()
	if sent >= 9 || sent < 2 {
		t.Fatalf("%d transactions for 9 events: want a single delivery and batches", sent)
	}
	if got := metrictest.Metric(t, a.reg, "streamr_oracle_bounty_earned_data_total"); got != 9 {
		t.Fatalf("bounty earned %v", got)
	}
	waitfor.Until(t, "deposit followed from Delivered logs", 10*time.Second, func() bool {
		s, _ := a.Subscription(1)
		return s.Deposit.Cmp(new(big.Int).Mul(oneDATA, big.NewInt(91))) == 0
	})
	gasPerEvent(t, a, "after 1 + 8 events")

	// Ops endpoints.
	srv := httptest.NewServer(OpsHandler(a.reg, a.Ready))
	defer srv.Close()
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready", "/metrics": "streamr_oracle_events_seen_total 9"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Fatalf("%s: %d %q", path, resp.StatusCode, body[:min(200, len(body))])
		}
	}
}

// gasPerEvent logs gas per delivered event by batch size (a figure for docs/oracle.md).
func gasPerEvent(t testing.TB, a *agentUnder, what string) {
	ctx := context.Background()
	var lines []string
	for id := int64(1); ; id++ {
		tx, err := a.txm.Status(ctx, id)
		if err != nil {
			break
		}
		var n int
		if s := string(tx.Meta); strings.Contains(s, `"events":`) {
			_, _ = fmtSscanEvents(s, &n)
		}
		if n > 0 && tx.GasUsed > 0 {
			lines = append(lines, fmt.Sprintf("events=%d gas=%d gas/event=%d", n, tx.GasUsed, int(tx.GasUsed)/n))
		}
	}
	sort.Strings(lines)
	t.Logf("%s: %s", what, strings.Join(lines, "; "))
}

// Two agents race for the same events: the one that sees them first pays; the other
// simulates each delivery, sees AlreadyDelivered and sends nothing.
func TestTwoAgentsRace(t *testing.T) {
	e := newEnv(t, 250*time.Millisecond)
	e.subscribe(oneDATA, new(big.Int).Mul(oneDATA, big.NewInt(100)))
	fast := e.startAgent(e.chain.Keys[2], e.src, nil)
	// The slow agent gets events 2 s late and reads hub logs once at start: it can only learn
	// of the other's deliveries by simulating.
	slow := e.startAgent(e.chain.Keys[3], filtered{src: e.src, delay: 2 * time.Second}, func(c *Config) { c.PollInterval = time.Hour })
	waitfor.Until(t, "ready", 10*time.Second, func() bool { return fast.Ready() == nil && slow.Ready() == nil })
	time.Sleep(100 * time.Millisecond)

	for i := range 3 {
		e.publish(int64(i))
		time.Sleep(300 * time.Millisecond)
	}
	waitfor.Until(t, "delivered", 20*time.Second, func() bool { return e.consumerCount() == 3 })
	waitfor.Until(t, "slow agent lost 3 races", 20*time.Second, func() bool {
		return metrictest.Metric(t, slow.reg, "streamr_oracle_lost_races_total") == 3
	})
	if n := slow.db(); n != 0 {
		t.Fatalf("the slow agent sent %d transactions", n)
	}
	if got := metrictest.Metric(t, fast.reg, "streamr_oracle_lost_races_total"); got != 0 {
		t.Fatalf("fast agent lost %v races", got)
	}
	waitfor.Until(t, "fast settled", 10*time.Second, func() bool {
		return metrictest.Metric(t, fast.reg, "streamr_oracle_events_delivered_total") == 3
	})
}

func TestProfitability(t *testing.T) {
	e := newEnv(t, 250*time.Millisecond)
	e.subscribe(big.NewInt(1000), new(big.Int).Mul(oneDATA, big.NewInt(1))) // a tiny bounty
	// DATA is cheap: gas costs far more than the bounty.
	greedy := e.startAgent(e.chain.Keys[2], e.src, nil)
	waitfor.Until(t, "ready", 10*time.Second, func() bool { return greedy.Ready() == nil })
	time.Sleep(100 * time.Millisecond)
	e.publish(1)
	waitfor.Until(t, "skipped as unprofitable", 10*time.Second, func() bool {
		return metrictest.Metric(t, greedy.reg, "streamr_oracle_events_skipped_total", "reason", "unprofitable") == 1
	})
	if greedy.db() != 0 || e.consumerCount() != 0 {
		t.Fatal("an unprofitable delivery was sent")
	}
	// The subscription's owner runs an agent that delivers its own subscriptions at a loss.
	e.startAgent(e.chain.Keys[3], e.src, func(c *Config) {
		c.Own = []common.Address{e.chain.Addrs[0]}
		c.ResendFromMs = 1
	})
	waitfor.Until(t, "delivered at a loss", 20*time.Second, func() bool { return e.consumerCount() == 1 })
}

// filtered hands on the events keep accepts (all when nil), each delay after it arrived.
type filtered struct {
	src   Source
	delay time.Duration
	keep  func(Event) bool
}

func (f filtered) Subscribe(ctx context.Context, s common.Address, p uint32, from uint64) (<-chan Event, error) {
	in, err := f.src.Subscribe(ctx, s, p, from)
	if err != nil {
		return nil, err
	}
	out := make(chan Event, 1024)
	go func() {
		defer close(out)
		for ev := range in {
			if f.keep != nil && !f.keep(ev) {
				continue
			}
			select {
			case <-time.After(time.Until(ev.Received.Add(f.delay))):
			case <-ctx.Done():
				return
			}
			out <- ev
		}
	}()
	return out, nil
}

// TestSplitBatchDeliversOnlyWhatIsLeft: while an agent's delivery is in flight, three more
// events of one chain queue up as one batch, and another deliverer gets the middle one in
// first. The
// batch's simulation reverts, so the agent splits it: the first two count as lost races
// (the hub is past them), and only the third is sent, priced, marked and counted.
func TestSplitBatchDeliversOnlyWhatIsLeft(t *testing.T) {
	e := newEnv(t, 250*time.Millisecond)
	e.subscribe(oneDATA, new(big.Int).Mul(oneDATA, big.NewInt(100)))
	// The other deliverer sees only the event with value 2.
	other := e.startAgent(e.chain.Keys[2], filtered{src: e.src, keep: func(ev Event) bool {
		return new(big.Int).SetBytes(ev.Event.Content).Int64() == 2
	}}, nil)
	// This agent gets every event 2 s late and reads hub logs once at start: it learns of the
	// other's delivery only by simulating.
	slow := e.startAgent(e.chain.Keys[3], filtered{src: e.src, delay: 2 * time.Second}, func(c *Config) { c.PollInterval = time.Hour })
	waitfor.Until(t, "ready", 10*time.Second, func() bool { return other.Ready() == nil && slow.Ready() == nil })
	time.Sleep(100 * time.Millisecond)

	// Event 0 is of another message chain (the hub keeps a position per chain), so that the
	// other's delivery of event 2 does not overtake it: it is the slow agent's delivery in
	// flight while 1, 2 and 3 arrive.
	pub0, err := protocol.NewPublisher(e.chain.Keys[1], e.domain, protocol.PublisherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	ev0, err := pub0.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentBinary, Content: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	e.src.Publish(ev0)
	time.Sleep(100 * time.Millisecond)
	for v := range 3 {
		e.publish(int64(v + 1))
	}
	waitfor.Until(t, "delivered", 20*time.Second, func() bool { return e.consumerCount() == 3 })
	waitfor.Until(t, "slow settled", 20*time.Second, func() bool {
		return metrictest.Metric(t, slow.reg, "streamr_oracle_events_delivered_total") == 2
	})
	if got := metrictest.Metric(t, slow.reg, "streamr_oracle_lost_races_total"); got != 2 {
		t.Fatalf("the slow agent lost %v races, want 2", got)
	}
	if v, _ := e.consC.LatestValue(nil); v == nil || v.Int64() != 3 {
		t.Fatalf("the consumer's latest value is %v, want 3", v)
	}
	// Its deliveries: event 0 alone, then event 3 alone (not the split batch).
	if n := slow.db(); n != 2 {
		t.Fatalf("the slow agent sent %d transactions, want 2", n)
	}
	time.Sleep(500 * time.Millisecond) // nothing more is counted later
	if got := metrictest.Metric(t, slow.reg, "streamr_oracle_events_delivered_total"); got != 2 {
		t.Fatalf("the slow agent counted %v delivered events, want 2", got)
	}
}

// flakyChain fails eth_call as an unreachable endpoint does: every call (failAll) or only the
// calls to the hub (failHub).
type flakyChain struct {
	Chain
	hub      common.Address
	failAll  atomic.Bool
	failHub  atomic.Bool
	failures atomic.Int64
}

func (f *flakyChain) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if f.failAll.Load() || (f.failHub.Load() && msg.To != nil && *msg.To == f.hub) {
		f.failures.Add(1)
		return nil, errors.New(`Post "http://rpc.example": dial tcp 10.0.0.1:8545: connect: connection refused`)
	}
	return f.Chain.CallContract(ctx, msg, block)
}

// An event that arrives while the chain does not answer eth_call (the publisher's permission
// cannot be read, or the simulation cannot run) is delivered once the chain answers again: it
// is neither dropped as "not_publisher" nor as rejected by the hub.
func TestTransientRPCErrorsDoNotDropEvents(t *testing.T) {
	e := newEnv(t, 250*time.Millisecond)
	e.subscribe(oneDATA, new(big.Int).Mul(oneDATA, big.NewInt(100)))
	fc := &flakyChain{Chain: e.chain.Client, hub: e.hub}
	a := e.startAgentOn(e.chain.Keys[2], e.src, fc, nil)
	waitfor.Until(t, "ready", 10*time.Second, func() bool { return a.Ready() == nil })
	time.Sleep(100 * time.Millisecond) // the source subscription is made when the Subscribed log is read

	for i, flag := range []*atomic.Bool{&fc.failAll, &fc.failHub} {
		flag.Store(true)
		n := fc.failures.Load()
		e.publish(int64(i + 1))
		waitfor.Until(t, "calls failed", 10*time.Second, func() bool { return fc.failures.Load() > n })
		flag.Store(false)
		waitfor.Until(t, "delivered after the chain answers again", 20*time.Second, func() bool {
			return e.consumerCount() == uint64(i+1)
		})
	}
	for _, reason := range []string{"not_publisher", "simulation"} {
		if got := metrictest.Metric(t, a.reg, "streamr_oracle_events_skipped_total", "reason", reason); got != 0 {
			t.Errorf("%v events skipped as %s", got, reason)
		}
	}
}
