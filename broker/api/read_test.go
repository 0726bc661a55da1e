package api_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coder/websocket"

	"github.com/streamr-go/streamr/broker/api"
)

// TestReader reads messages of several sizes (one above what the reader keeps between
// messages, one above the read limit): each comes back whole and owns its bytes.
func TestReader(t *testing.T) {
	msgs := [][]byte{{}, []byte("a"), bytes.Repeat([]byte("b"), 100<<10), []byte(strings.Repeat("c", 700)), []byte("d")}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		for _, m := range msgs {
			if err := c.Write(r.Context(), websocket.MessageBinary, m); err != nil {
				return
			}
		}
		_ = c.Write(r.Context(), websocket.MessageText, make([]byte, 200<<10))
		_, _, _ = c.Read(r.Context()) // until the client goes
	}))
	defer srv.Close()
	ctx := context.Background()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	c.SetReadLimit(150 << 10)
	rd := api.NewReader(c, 64<<10)
	var got [][]byte
	for range msgs {
		typ, b, err := rd.Read(ctx)
		if err != nil || typ != websocket.MessageBinary {
			t.Fatalf("message %d: %v %v", len(got), typ, err)
		}
		got = append(got, b)
	}
	for i, m := range msgs {
		if !bytes.Equal(got[i], m) || got[i] == nil {
			t.Fatalf("message %d: %d bytes, want %d", i, len(got[i]), len(m))
		}
	}
	if _, _, err := rd.Read(ctx); err == nil {
		t.Fatal("a message above the read limit was read")
	}
}
