package ipfs

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus"
)

// patternBytes returns n bytes of the deterministic test pattern
// byte i = (i*31 + 7) mod 251, the same as testdata/cids.mjs.
func patternBytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte((i*31 + 7) % 251)
	}
	return b
}

// testLogger sends the node's logs to the test's output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// openNode opens a node on dir with cfg's other fields, closing it at the
// end of the test.
func openNode(t testing.TB, dir string, edit func(*Config)) (*Node, *prometheus.Registry) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Dir = dir
	if edit != nil {
		edit(&cfg)
	}
	reg := prometheus.NewRegistry()
	n, err := New(cfg, testLogger(t), reg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return n, reg
}

func newNode(t testing.TB, edit func(*Config)) (*Node, *prometheus.Registry) {
	t.Helper()
	return openNode(t, t.TempDir(), edit)
}

func mustAdd(t testing.TB, n *Node, data []byte) cid.Cid {
	t.Helper()
	c, err := n.Add(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return c
}

func readAll(t testing.TB, n *Node, c cid.Cid) []byte {
	t.Helper()
	f, err := n.Get(context.Background(), c)
	if err != nil {
		t.Fatalf("Get %s: %v", c, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("read %s: %v", c, err)
	}
	if int64(len(b)) != f.Size() {
		t.Fatalf("read %d bytes, Size says %d", len(b), f.Size())
	}
	return b
}

// countBlocks counts the blocks in n's blockstore.
func countBlocks(t testing.TB, n *Node) int {
	t.Helper()
	keys, err := n.bstore.AllKeysChan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for range keys {
		count++
	}
	return count
}
