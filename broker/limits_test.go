package broker_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

// A connection holds at most MaxSubscriptions subscriptions and the broker at most
// MaxConnections connections: more are refused with a clear error (BAD_REQUEST; 503 with
// Retry-After), and room made by unsubscribing or disconnecting is taken again.
func TestConnectionAndSubscriptionLimits(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.MaxConnections = 2
	cfg.Server.MaxSubscriptions = 2
	reg := prometheus.NewRegistry()
	_, url := e.startWith(cfg, broker.Deps{Redis: e.rdb, Chain: e.chain.Chain.Client}, reg)

	r := dialRaw(t, url)
	msg := func(typ string, p int) []byte {
		return fmt.Appendf(nil, `{"type":%q,"id":"%d","stream":%q,"partition":%d}`, typ, p, e.public.Hex(), p)
	}
	for p := range 2 {
		r.send(websocket.MessageText, msg(api.TypeSubscribe, p))
		r.expect(api.TypeSubscribed, "")
	}
	r.send(websocket.MessageText, msg(api.TypeSubscribe, 2))
	if got := r.expect(api.TypeError, api.CodeBadRequest); got.Message == "" {
		t.Fatal("no message with the refusal")
	}
	r.send(websocket.MessageText, msg(api.TypeUnsubscribe, 0))
	r.expect(api.TypeUnsubscribed, "")
	r.send(websocket.MessageText, msg(api.TypeSubscribe, 2))
	r.expect(api.TypeSubscribed, "")

	second := dialRaw(t, url)
	dial := func() (*websocket.Conn, *http.Response, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return websocket.Dial(ctx, url, nil)
	}
	c, resp, err := dial()
	if err == nil {
		_ = c.CloseNow()
		t.Fatal("a third connection was taken")
	}
	if resp == nil || resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third connection: %v %+v", err, resp)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_ws_refused_total", "reason", "full"); n != 1 {
		t.Fatalf("%v refusals of a full broker counted, want 1", n)
	}

	_ = second.c.Close(websocket.StatusNormalClosure, "")
	waitfor.NoError(t, 10*time.Second, func() error {
		c, _, err := dial()
		if err != nil {
			return fmt.Errorf("no room after a connection closed: %w", err)
		}
		_ = c.CloseNow()
		return nil
	})
}

// A client that stops reading does not hold its connection open: once the broker's writes
// to it have made no progress for the write timeout, the connection is closed (counted),
// and other connections go on.
func TestStalledConnectionIsClosed(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.WriteTimeout = 300 * time.Millisecond
	reg := prometheus.NewRegistry()
	_, url := e.startWith(cfg, broker.Deps{Redis: e.rdb, Chain: e.chain.Chain.Client}, reg)

	stalled := dialRaw(t, url)
	stalled.send(websocket.MessageText, fmt.Appendf(nil, `{"type":"subscribe","id":"s","stream":%q,"partition":0}`, e.public.Hex()))
	stalled.expect(api.TypeSubscribed, "")
	// From here on nobody reads stalled's connection.

	pub := e.client([]string{url}, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	big := protocol.Message{ContentType: protocol.ContentBinary, Content: make([]byte, 512<<10)}
	for i := 0; metrictest.Metric(t, reg, "streamr_broker_ws_write_timeouts_total") == 0; i++ {
		if i == 400 { // 200 MiB, far beyond any socket buffers
			t.Fatal("the stalled connection was not closed")
		}
		if _, _, err := pub.Publish(ctx, e.public, 0, big); err != nil {
			t.Fatalf("publish %d: %v", i, err)
		}
	}
	waitfor.Until(t, "the stalled connection gone", 10*time.Second, func() bool {
		return metrictest.Metric(t, reg, "streamr_broker_ws_connections") == 1 // the publisher's
	})
	if _, _, err := pub.Publish(ctx, e.public, 0, jsonMsg(1)); err != nil {
		t.Fatalf("the publisher after the stalled connection was closed: %v", err)
	}
}

// One client address holds at most MaxConnectionsPerIP connections: more are refused with
// 429 (UNAVAILABLE, Retry-After) while other addresses still connect, and room made by
// disconnecting is taken again. The test serves the broker's handler behind a front that
// gives each dialer the client address it names (the broker exempts loopback addresses).
func TestConnectionsPerAddressAreBounded(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.MaxConnectionsPerIP = 2
	reg := prometheus.NewRegistry()
	b, _ := e.startWith(cfg, broker.Deps{Redis: e.rdb, Chain: e.chain.Chain.Client}, reg)
	front := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.RemoteAddr = r.Header.Get("X-Test-Client") + ":40000"
		b.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(front.Close)
	url := "ws" + strings.TrimPrefix(front.URL, "http") + "/ws"
	dial := func(client string) (*websocket.Conn, *http.Response, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return websocket.Dial(ctx, url, &websocket.DialOptions{HTTPHeader: http.Header{"X-Test-Client": {client}}})
	}
	var open []*websocket.Conn
	for range 2 {
		c, _, err := dial("203.0.113.7")
		if err != nil {
			t.Fatal(err)
		}
		open = append(open, c)
	}
	c, resp, err := dial("203.0.113.7")
	if err == nil {
		_ = c.CloseNow()
		t.Fatal("a third connection from one address was taken")
	}
	if resp == nil || resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third connection from one address: %v %+v", err, resp)
	}
	var problem struct{ Code api.Code }
	if err := json.NewDecoder(resp.Body).Decode(&problem); err != nil || problem.Code != api.CodeUnavailable {
		t.Fatalf("refusal body: %+v, %v", problem, err)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_ws_refused_total", "reason", "per_address"); n != 1 {
		t.Fatalf("%v refusals per address counted, want 1", n)
	}
	// Another address, IPv6 or IPv4 written as IPv6, is counted on its own.
	for _, other := range []string{"[2001:db8::1]", "[::ffff:203.0.113.8]"} {
		c, _, err := dial(other)
		if err != nil {
			t.Fatalf("%s: %v", other, err)
		}
		_ = c.CloseNow()
	}
	// The IPv4 address written as IPv6 is the same client.
	if c, _, err := dial("[::ffff:203.0.113.7]"); err == nil {
		_ = c.CloseNow()
		t.Fatal("the full address took a third connection written as IPv6")
	}
	_ = open[0].Close(websocket.StatusNormalClosure, "")
	waitfor.NoError(t, 10*time.Second, func() error {
		c, _, err := dial("203.0.113.7")
		if err != nil {
			return fmt.Errorf("no room after a connection closed: %w", err)
		}
		_ = c.CloseNow()
		return nil
	})
	_ = open[1].CloseNow()
}

// Behind a trusted proxy (here: loopback) a connection counts against the client address
// the proxy names in X-Forwarded-For, not against the proxy's.
func TestConnectionsPerAddressBehindTrustedProxy(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.MaxConnectionsPerIP = 1
	cfg.Server.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	_, url := e.start(cfg, nil)
	dial := func(forwarded string) (*websocket.Conn, *http.Response, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		h := http.Header{}
		if forwarded != "" {
			h.Set("X-Forwarded-For", forwarded)
		}
		return websocket.Dial(ctx, url, &websocket.DialOptions{HTTPHeader: h})
	}
	first, _, err := dial("6.6.6.6, 203.0.113.9") // the client wrote 6.6.6.6 itself
	if err != nil {
		t.Fatal(err)
	}
	defer first.CloseNow()
	c, resp, err := dial("203.0.113.9")
	if err == nil {
		_ = c.CloseNow()
		t.Fatal("a second connection of 203.0.113.9 through the proxy was taken")
	}
	if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("second connection of one client: %v %+v", err, resp)
	}
	for _, other := range []string{"203.0.113.10", ""} { // another client; the proxy's own
		c, _, err := dial(other)
		if err != nil {
			t.Fatalf("%q: %v", other, err)
		}
		_ = c.CloseNow()
	}
}
