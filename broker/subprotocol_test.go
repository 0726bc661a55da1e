package broker_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
)

// The handshake names the WebSocket protocol's version: a client asking for it gets it, a
// client asking only for others is refused with the reason, a client asking for none gets
// this version; the Go client refuses a broker that answers without it, and says why when a
// broker refuses it.
func TestSubprotocolNegotiation(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"streamr.v0", api.Subprotocol}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Subprotocol() != api.Subprotocol {
		t.Fatalf("answered with subprotocol %q", c.Subprotocol())
	}
	_ = c.CloseNow()

	_, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"streamr.v0"}})
	if err == nil || resp == nil || resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("asking only for another version: %v, %+v", err, resp)
	}
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), "streamr.v0") || !strings.Contains(string(body), api.Subprotocol) {
		t.Fatalf("refusal without the reason: %s", body)
	}

	dialRaw(t, url) // no subprotocol asked for: the challenge comes

	old := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		rctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _, _ = c.Read(rctx) // until the client hangs up
	}))
	defer old.Close()
	_, err = client.Dial(ctx, client.Config{URLs: []string{"ws" + strings.TrimPrefix(old.URL, "http")}})
	if !errors.Is(err, client.ErrProtocol) || !strings.Contains(err.Error(), "no subprotocol") {
		t.Fatalf("a broker answering without the subprotocol: %v", err)
	}

	newer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = io.WriteString(w, `{"status":400,"code":"BAD_REQUEST","detail":"server: bad request: the client speaks WebSocket subprotocol `+api.Subprotocol+`; this broker speaks streamr.v9"}`)
	}))
	defer newer.Close()
	_, err = client.Dial(ctx, client.Config{URLs: []string{"ws" + strings.TrimPrefix(newer.URL, "http")}})
	if !errors.Is(err, client.ErrProtocol) || !strings.Contains(err.Error(), "streamr.v9") {
		t.Fatalf("a broker refusing this version: %v", err)
	}
}
