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

var readerMsgs = [][]byte{{}, []byte("a"), bytes.Repeat([]byte("b"), 100<<10), []byte(strings.Repeat("c", 700)), []byte("d")}

// readerOn serves readerMsgs and then a text message above the read limit, and returns a
// reader (keeping 64 KiB) of a connection to that server.
func readerOn(t *testing.T) *api.Reader {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer c.CloseNow()
		for _, m := range readerMsgs {
			if err := c.Write(r.Context(), websocket.MessageBinary, m); err != nil {
				return
			}
		}
		_ = c.Write(r.Context(), websocket.MessageText, make([]byte, 200<<10))
		_, _, _ = c.Read(r.Context()) // until the client goes
	}))
	t.Cleanup(srv.Close)
	c, _, err := websocket.Dial(context.Background(), "ws"+strings.TrimPrefix(srv.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.CloseNow() })
	c.SetReadLimit(150 << 10)
	return api.NewReader(c, 64<<10)
}

// TestReader reads messages of several sizes (one above what the reader keeps between
// messages, one above the read limit): each comes back whole and owns its bytes.
func TestReader(t *testing.T) {
	rd, ctx := readerOn(t), context.Background()
	var got [][]byte
	for range readerMsgs {
		typ, b, err := rd.Read(ctx)
		if err != nil || typ != websocket.MessageBinary {
			t.Fatalf("message %d: %v %v", len(got), typ, err)
		}
		got = append(got, b)
	}
	for i, m := range readerMsgs {
		if !bytes.Equal(got[i], m) || got[i] == nil {
			t.Fatalf("message %d: %d bytes, want %d", i, len(got[i]), len(m))
		}
	}
	if _, _, err := rd.Read(ctx); err == nil {
		t.Fatal("a message above the read limit was read")
	}
}

// TestReaderView reads the same messages without copies: each is whole until the next call.
func TestReaderView(t *testing.T) {
	rd, ctx := readerOn(t), context.Background()
	for i, m := range readerMsgs {
		typ, b, err := rd.View(ctx)
		if err != nil || typ != websocket.MessageBinary {
			t.Fatalf("message %d: %v %v", i, typ, err)
		}
		if !bytes.Equal(b, m) || b == nil {
			t.Fatalf("message %d: %d bytes, want %d", i, len(b), len(m))
		}
	}
	if _, _, err := rd.View(ctx); err == nil {
		t.Fatal("a message above the read limit was read")
	}
}
