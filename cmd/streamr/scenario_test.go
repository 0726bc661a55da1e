package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/viper"

	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/feedconsumer"
	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/groupkey/keystore"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/waitfor"
	"github.com/streamr-go/streamr/market"
)

// TestScenario plays the whole system as 'streamr dev' runs it: the demo feeds, a seller's
// listed product, a buyer paying with one transferAndCall and reading the private stream's
// plaintext, the oracle feeding the consumer contract, broker fail-over without loss or
// duplicates, and karma in the market API.
func TestScenario(t *testing.T) {
	began := time.Now()
	devTestEnv(t)
	rpcAddr, dir := freeAddr(t), t.TempDir()
	t.Setenv("STREAMR_DEV_RPC_ADDR", rpcAddr)
	t.Setenv("STREAMR_DEV_DATA_DIR", dir)
	t.Setenv("STREAMR_BROKER_ADDR", freeAddr(t))
	t.Setenv("STREAMR_ORACLE_ADDR", freeAddr(t))
	t.Setenv("STREAMR_LOG_LEVEL", "warn")
	t.Setenv("STREAMR_LOG_FORMAT", "text")
	a := &app{v: viper.New()}
	if err := a.load(newDevCmd(a)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	tour := &syncBuffer{}
	env, err := startDev(ctx, a, tour)
	if err != nil {
		t.Fatalf("startDev: %v", err)
	}
	defer func() {
		if err := env.Close(); err != nil {
			t.Errorf("closing dev: %v", err)
		}
	}()
	t.Logf("dev up in %s", time.Since(began).Round(time.Millisecond))
	dm, d, ch, dev := env.Demo, env.Deployment, env.Chain, env.app
	domain := protocol.NewDomain(d.ChainID, d.Registry)
	brokerURL := "ws://" + dev.cfg.Broker.Addr + "/ws"
	dial := func(key int, urls ...string) *client.Client {
		t.Helper()
		cfg := client.Config{URLs: urls, Domain: domain, BackoffMax: 200 * time.Millisecond, Logger: dev.log}
		if key >= 0 {
			cfg.Key = ch.Keys[key]
		}
		c, err := client.Dial(ctx, cfg)
		if err != nil {
			t.Fatalf("dial %v: %v", urls, err)
		}
		t.Cleanup(func() { _ = c.Close() })
		return c
	}
	for _, want := range []string{dm.PrivateName, "bin/streamr buy " + dm.ProductID, demoProductTitle} {
		if !strings.Contains(tour.String(), want) {
			t.Errorf("the tour does not mention %q", want)
		}
	}

	// (1) The demo publisher feeds the public stream (plain) and the private one (encrypted,
	// after a group-key announce).
	pubSub, err := dial(-1, brokerURL).Subscribe(ctx, dm.PublicStream, 0, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		m := next(t, pubSub, 10*time.Second)
		if m.Event.EncryptionType != protocol.EncryptionNone || len(m.Event.Content) != 32 {
			t.Fatalf("public demo event %s", m.Event)
		}
	}
	owner := dial(demoPublisher, brokerURL)
	waitfor.Until(t, "encrypted events in the private stream", 15*time.Second, func() bool {
		msgs, err := owner.Resend(ctx, dm.PrivateStream, 0, api.Resend{Last: 10})
		if err != nil {
			t.Fatalf("resend of the private stream: %v", err)
		}
		announces, data := 0, 0
		for _, m := range msgs {
			switch {
			case m.Event.MessageType == protocol.MessageGroupKeyAnnounce:
				announces++
			case m.Event.EncryptionType == protocol.EncryptionAES256GCM:
				data++
			default:
				t.Fatalf("plaintext event in the private stream: %s", m.Event)
			}
		}
		return announces > 0 && data >= 2 || data >= 3
	})

	// (2) The seller's product (listed by the demo through the market API) is searchable.
	m := newMarketAPI(dev.cfg.Market.Addr)
	var found struct{ Items []market.Product }
	if err := m.do(ctx, http.MethodGet, "/api/v1/products?sort=newest", nil, &found); err != nil {
		t.Fatal(err)
	}
	if len(found.Items) != 1 || found.Items[0].ID != dm.ProductID || found.Items[0].Title != demoProductTitle ||
		found.Items[0].Owner != ch.Addrs[demoPublisher] {
		t.Fatalf("products %+v, want the demo product %s", found.Items, dm.ProductID)
	}
	var detail market.ProductDetail
	if err := m.do(ctx, http.MethodGet, "/api/v1/products/"+dm.ProductID, nil, &detail); err != nil {
		t.Fatal(err)
	}
	if detail.Description == "" || detail.Terms.CID != dm.TermsCID || len(detail.Streams) != 1 ||
		detail.Streams[0] != dm.PrivateStream || detail.PricePerSecond != demoPricePerSecond.String() || !detail.Active {
		t.Fatalf("product detail %+v", detail)
	}

	// (3) The buyer signs in, gets a quote, pays with one transferAndCall registering its
	// encryption key, and reads the plaintext once the publisher announced the key to it.
	buyerKey, buyer := ch.Keys[demoBuyer], ch.Addrs[demoBuyer]
	ks, err := keystore.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	bm := newMarketAPI(dev.cfg.Market.Addr)
	if err := bm.signIn(ctx, buyerKey); err != nil {
		t.Fatal(err)
	}
	var q market.Quote
	if err := bm.do(ctx, http.MethodPost, "/api/v1/products/"+dm.ProductID+"/quote", map[string]any{
		"buyer": buyer.Hex(), "seconds": 3600, "method": "transferAndCall", "encryptionKey": hexutil.Encode(ks.PublicKeyCompressed()),
	}, &q); err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Mul(demoPricePerSecond, big.NewInt(3600)); q.Price != want.String() || len(q.Transactions) != 1 || !q.SufficientBalance {
		t.Fatalf("quote %+v", q)
	}
	receipt, err := sendMarketTx(ctx, ch.Client, buyerKey, q.Transactions[0])
	if err != nil {
		t.Fatal(err)
	}
	paid := time.Now()
	var ps market.PurchaseStatus
	waitfor.Until(t, "the purchase indexed", 30*time.Second, func() bool {
		if err := m.do(ctx, http.MethodGet, "/api/v1/purchases/"+receipt.TxHash.Hex(), nil, &ps); err != nil {
			t.Fatal(err)
		}
		return ps.Status == "indexed"
	})
	if len(ps.Purchases) != 1 || ps.Purchases[0].Buyer != buyer || ps.Purchases[0].ProductID != dm.ProductID {
		t.Fatalf("purchase %+v", ps)
	}
	var lic struct{ Items []market.LicenseView }
	if err := bm.do(ctx, http.MethodGet, "/api/v1/me/licenses?status=active", nil, &lic); err != nil {
		t.Fatal(err)
	}
	if len(lic.Items) != 1 || lic.Items[0].ProductID != dm.ProductID {
		t.Fatalf("buyer licenses %+v", lic.Items)
	}
	buyerLive, buyerHist := dial(demoBuyer, brokerURL), dial(demoBuyer, brokerURL)
	dec, err := private.NewDecrypter(private.DecrypterConfig{Address: buyer, Key: ks.EncryptionKey(), Domain: domain,
		Store: ks, History: private.ClientHistory{Client: buyerHist}, LookupBackoff: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	privSub, err := buyerLive.Subscribe(ctx, dm.PrivateStream, 0, client.SubscribeOptions{})
	if err != nil {
		t.Fatalf("the buyer's subscription to the private stream: %v", err)
	}
	var quotes []demoQuote
	for len(quotes) < 2 {
		msg := next(t, privSub, 20*time.Second)
		pm, err := dec.Handle(ctx, msg.Event)
		switch {
		case err != nil:
			if time.Since(paid) > 20*time.Second {
				t.Fatalf("still no plaintext %s after paying: %v", time.Since(paid), err)
			}
			continue
		case pm == nil:
			continue
		}
		var dq demoQuote
		if err := json.Unmarshal(pm.Content, &dq); err != nil || dq.Symbol != "DATA/USD" || dq.Bid <= 0 || dq.Ask < dq.Bid {
			t.Fatalf("plaintext %q: %v", pm.Content, err)
		}
		quotes = append(quotes, dq)
	}
	t.Logf("buyer read plaintext %s after paying", time.Since(paid).Round(time.Millisecond))

	// The CLI does the same for another account: buy, then subscribe prints the plaintext.
	cliDir := t.TempDir()
	cliArgs := []string{"--rpc", "http://" + rpcAddr, "--deployments", filepath.Join(dir, "deployments"),
		"--key", hexutil.Encode(crypto.FromECDSA(ch.Keys[5])), "--data-dir", cliDir, "--log-level", "warn"}
	out, _, err := run(t, ctx, append([]string{"buy", dm.ProductID, "--seconds", "120"}, cliArgs...)...)
	if err != nil || !strings.Contains(out, "license expires") || !strings.Contains(out, "created an encryption key") {
		t.Fatalf("streamr buy: %v\n%s", err, out)
	}
	// 'stream search' asks the broker: both demo streams, the private one created last.
	out, _, err = run(t, ctx, "stream", "search", "DEMO/", "--broker", brokerURL, "--log-level", "warn")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); err != nil || len(lines) != 2 ||
		!strings.Contains(lines[0], strings.ToLower(dm.PrivateStream.Hex())) || !strings.Contains(lines[1], strings.ToLower(dm.PublicStream.Hex())) {
		t.Fatalf("streamr stream search: %v\n%s", err, out)
	}
	sctx, scancel := context.WithTimeout(ctx, 30*time.Second)
	out, _, err = run(t, sctx, append([]string{"subscribe", dm.PrivateStream.Hex(), "--count", "2", "--broker", brokerURL}, cliArgs...)...)
	scancel()
	if err != nil || strings.Count(out, `"symbol":"DATA/USD"`) != 2 {
		t.Fatalf("streamr subscribe of the private stream: %v\n%s", err, out)
	}

	// (4) The oracle delivers the public feed into FeedConsumer and earns bounties.
	fc, err := feedconsumer.NewFeedConsumer(dm.Consumer, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := deliveryhub.NewDeliveryHub(d.Hub, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	var count0 uint64
	var owed0 *big.Int
	waitfor.Until(t, "a first delivery", 30*time.Second, func() bool {
		count0, _ = fc.Count(nil)
		owed0, _ = hub.Owed(nil, ch.Addrs[demoOracle])
		return count0 > 0 && owed0 != nil && owed0.Sign() > 0
	})
	waitfor.Until(t, "the consumer following the feed", 30*time.Second, func() bool {
		c, _ := fc.Count(nil)
		o, _ := hub.Owed(nil, ch.Addrs[demoOracle])
		v, _ := fc.LatestValue(nil)
		return c >= count0+2 && o != nil && o.Cmp(owed0) > 0 && v != nil && v.Sign() > 0
	})

	// (5) A second broker on the same Redis serves the same streams; a client of a third one
	// fails over to it when the third dies, losing and duplicating nothing.
	second := startExtraBroker(t, ctx, env)
	sub2, err := dial(-1, "ws://"+second.addr+"/ws").Subscribe(ctx, dm.PublicStream, 0, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	third := startExtraBroker(t, ctx, env)
	fo := dial(-1, "ws://"+third.addr+"/ws", "ws://"+second.addr+"/ws")
	foSub, err := fo.Subscribe(ctx, dm.PublicStream, 0, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []client.Message
	for len(got) < 3 {
		got = append(got, next(t, foSub, 10*time.Second))
	}
	if err := third.close(); err != nil {
		t.Fatalf("stopping the third broker: %v", err)
	}
	killed := time.Now()
	for len(got) < 9 {
		got = append(got, next(t, foSub, 15*time.Second))
	}
	if fo.Reconnects() < 1 {
		t.Errorf("the client did not reconnect after its broker died")
	}
	checkChain(t, got)
	if dups, gaps := foSub.Stats(); dups != 0 || gaps != 0 {
		t.Errorf("fail-over subscription: %d duplicates, %d gaps", dups, gaps)
	}
	t.Logf("fail-over: 6 events in %s after the broker died", time.Since(killed).Round(time.Millisecond))
	for i := 0; i < 2; i++ {
		next(t, sub2, 10*time.Second) // the second broker's subscriber kept receiving
	}
	next(t, pubSub, 10*time.Second) // and so did the first broker's

	// (6) Karma for the seller, the buyer and the deliverer, on their pages and the
	// leaderboard (read last: it is cached).
	parties := map[string]common.Address{"seller": ch.Addrs[demoPublisher], "buyer": buyer, "deliverer": ch.Addrs[demoOracle]}
	for role, addr := range parties {
		waitfor.Until(t, role+" karma", 30*time.Second, func() bool {
			var s market.Seller
			if err := m.do(ctx, http.MethodGet, "/api/v1/sellers/"+addr.Hex(), nil, &s); err != nil {
				t.Fatal(err)
			}
			if role == "seller" && (s.SalesCount < 2 || s.ActiveProductCount != 1) {
				return false
			}
			return s.Karma > 0
		})
	}
	var board struct {
		Items []struct {
			Address common.Address `json:"address"`
			Karma   float64        `json:"karma"`
		} `json:"items"`
	}
	if err := m.do(ctx, http.MethodGet, "/api/v1/karma/leaderboard?limit=50", nil, &board); err != nil {
		t.Fatal(err)
	}
	for role, addr := range parties {
		ok := false
		for _, e := range board.Items {
			ok = ok || (e.Address == addr && e.Karma > 0)
		}
		if !ok {
			t.Errorf("the leaderboard lacks the %s %s: %+v", role, addr, board.Items)
		}
	}
	t.Logf("scenario played in %s", time.Since(began).Round(time.Millisecond))
}

// next returns the subscription's next message or fails the test after timeout.
func next(t *testing.T, s *client.Subscription, timeout time.Duration) client.Message {
	t.Helper()
	select {
	case m := <-s.C():
		return m
	case <-s.Done():
		t.Fatalf("subscription ended: %v", s.Err())
	case <-time.After(timeout):
		t.Fatalf("no event within %s", timeout)
	}
	return client.Message{}
}

// checkChain asserts that msgs continue each message chain exactly: every event points at
// the one before it of its chain, and no event appears twice.
func checkChain(t *testing.T, msgs []client.Message) {
	t.Helper()
	type ref struct {
		ts  uint64
		seq uint32
	}
	last := map[string]ref{}
	for i, m := range msgs {
		e := m.Event
		k := fmt.Sprintf("%s/%d/%s/%x", e.Stream, e.Partition, e.Publisher, e.MsgChainID)
		if prev, ok := last[k]; ok && (e.PrevTimestamp != prev.ts || e.PrevSequence != prev.seq) {
			t.Fatalf("event %d (%d/%d) follows %d/%d, want it to follow %d/%d: lost or duplicated events",
				i, e.Timestamp, e.Sequence, e.PrevTimestamp, e.PrevSequence, prev.ts, prev.seq)
		}
		last[k] = ref{e.Timestamp, e.Sequence}
	}
}

// extraBroker is one more broker on the dev Redis.
type extraBroker struct {
	addr  string
	close func() error
}

func startExtraBroker(t *testing.T, ctx context.Context, env *devEnv) *extraBroker {
	t.Helper()
	b := *env.app
	b.cfg.Broker.Addr = freeAddr(t)
	rc, err := b.redisClient(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var cs closers
	cs.add(rc.Close)
	if _, err := startBroker(context.WithoutCancel(ctx), &b, env.Chain.Client, env.Deployment, rc, &cs); err != nil {
		_ = cs.Close()
		t.Fatal(err)
	}
	stopped := false
	stop := func() error {
		if stopped {
			return nil
		}
		stopped = true
		return cs.Close()
	}
	t.Cleanup(func() { _ = stop() })
	return &extraBroker{addr: b.cfg.Broker.Addr, close: stop}
}
