package ipfs

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// kuboAdd is an httptest stand-in for the one kubo RPC endpoint remote
// pinning uses, POST /api/v0/add. It imports what it receives into a node of
// its own, as kubo would, and answers in kubo's format.
type kuboAdd struct {
	t     *testing.T
	store *Node

	mu       sync.Mutex
	failures int // answer this many requests with 503 first
	status   int // if not 0, always answer with this status
	hash     string
	requests []*http.Request
	bodies   [][]byte
	block    chan struct{} // if not nil, hold requests until closed
}

func newKuboAdd(t *testing.T) (*kuboAdd, *httptest.Server) {
	store, _ := newNode(t, nil)
	k := &kuboAdd{t: t, store: store}
	srv := httptest.NewServer(k)
	t.Cleanup(srv.Close)
	return k, srv
}

func (k *kuboAdd) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	k.mu.Lock()
	block := k.block
	k.mu.Unlock()
	if block != nil {
		select {
		case <-block:
		case <-r.Context().Done():
			return
		}
	}
	if r.Method != http.MethodPost || r.URL.Path != "/api/v0/add" {
		http.Error(w, "unexpected request", http.StatusNotFound)
		return
	}
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(file)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}

	k.mu.Lock()
	defer k.mu.Unlock()
	k.requests = append(k.requests, r)
	k.bodies = append(k.bodies, data)
	if k.status != 0 {
		http.Error(w, `{"Message":"refused","Code":0,"Type":"error"}`, k.status)
		return
	}
	if k.failures > 0 {
		k.failures--
		http.Error(w, "try later", http.StatusServiceUnavailable)
		return
	}
	hash := k.hash
	if hash == "" {
		c, err := k.store.Add(r.Context(), strings.NewReader(string(data)))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		hash = c.String()
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, "{\"Name\":%q,\"Hash\":%q,\"Size\":\"%d\"}\n", hash, hash, len(data))
}

func (k *kuboAdd) received() ([]*http.Request, [][]byte) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]*http.Request(nil), k.requests...), append([][]byte(nil), k.bodies...)
}

// waitMetric waits until the remote_pins_total series for result reaches want.
func waitMetric(t *testing.T, n *Node, result string, want float64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := testutil.ToFloat64(n.metrics.remotePins.WithLabelValues(result))
		if got == want {
			return
		}
		if got > want || time.Now().After(deadline) {
			t.Fatalf("remote_pins_total{%s} = %v, want %v", result, got, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func shortBackoff(t *testing.T) {
	old := remotePinBackoff
	remotePinBackoff = 5 * time.Millisecond
	t.Cleanup(func() { remotePinBackoff = old })
}

func TestRemotePin(t *testing.T) {
	k, srv := newKuboAdd(t)
	u, _ := url.Parse(srv.URL)
	u.User = url.UserPassword("streamr", "s3cret")
	u.Path = "/base/"
	// A second endpoint on the same server at another base path proves the
	// path is joined, not replaced.
	n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{srv.URL, u.String()} })

	data := patternBytes(ChunkSize + 123)
	c := mustAdd(t, n, data)
	waitMetric(t, n, "ok", 1)
	waitMetric(t, n, "error", 1) // /base/api/v0/add is not served

	reqs, bodies := k.received()
	if len(reqs) != 1 {
		t.Fatalf("%d requests reached /api/v0/add, want 1", len(reqs))
	}
	q := reqs[0].URL.Query()
	if q.Get("cid-version") != "1" || q.Get("pin") != "true" {
		t.Errorf("query %q, want cid-version=1&pin=true", reqs[0].URL.RawQuery)
	}
	if string(bodies[0]) != string(data) {
		t.Errorf("pushed %d bytes that differ from the %d added", len(bodies[0]), len(data))
	}
	// The stand-in computed the same CID (else the result would be mismatch).
	if info, err := k.store.Stat(context.Background(), c); err != nil || info.Size != int64(len(data)) {
		t.Errorf("remote store: %+v, %v", info, err)
	}
}

func TestRemotePinBasicAuth(t *testing.T) {
	var mu sync.Mutex
	var user, pass string
	k, _ := newKuboAdd(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		user, pass, _ = r.BasicAuth()
		mu.Unlock()
		k.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	u.User = url.UserPassword("streamr", "s3cret")
	n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{u.String()} })
	mustAdd(t, n, []byte("terms"))
	waitMetric(t, n, "ok", 1)
	mu.Lock()
	defer mu.Unlock()
	if user != "streamr" || pass != "s3cret" {
		t.Errorf("basic auth %q:%q", user, pass)
	}
}

func TestRemotePinRetriesTransientFailures(t *testing.T) {
	shortBackoff(t)
	k, srv := newKuboAdd(t)
	k.failures = 2
	n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{srv.URL} })
	mustAdd(t, n, []byte("terms v2"))
	waitMetric(t, n, "ok", 1)
	if reqs, _ := k.received(); len(reqs) != 3 {
		t.Errorf("%d attempts, want 3", len(reqs))
	}
}

func TestRemotePinGivesUp(t *testing.T) {
	shortBackoff(t)
	t.Run("client error is not retried", func(t *testing.T) {
		k, srv := newKuboAdd(t)
		k.status = http.StatusBadRequest
		n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{srv.URL} })
		mustAdd(t, n, []byte("terms"))
		waitMetric(t, n, "error", 1)
		if reqs, _ := k.received(); len(reqs) != 1 {
			t.Errorf("%d attempts, want 1", len(reqs))
		}
	})
	t.Run("server error is retried then dropped", func(t *testing.T) {
		k, srv := newKuboAdd(t)
		k.status = http.StatusInternalServerError
		n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{srv.URL} })
		mustAdd(t, n, []byte("terms"))
		waitMetric(t, n, "error", 1)
		if reqs, _ := k.received(); len(reqs) != remotePinAttempts {
			t.Errorf("%d attempts, want %d", len(reqs), remotePinAttempts)
		}
	})
	t.Run("other CID", func(t *testing.T) {
		k, srv := newKuboAdd(t)
		k.hash = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
		n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{srv.URL} })
		mustAdd(t, n, []byte("terms"))
		waitMetric(t, n, "mismatch", 1)
	})
	t.Run("endpoint down", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		addr := srv.URL
		srv.Close() // nothing listens there any more
		n, _ := newNode(t, func(c *Config) { c.RemotePins = []string{addr} })
		mustAdd(t, n, []byte("terms"))
		waitMetric(t, n, "error", 1)
	})
}

func TestRemotePinNeverBlocksAdd(t *testing.T) {
	k, srv := newKuboAdd(t)
	k.block = make(chan struct{}) // the endpoint hangs
	n, _ := newNode(t, func(c *Config) {
		c.RemotePins = []string{srv.URL}
		c.RemotePinQueue = 2
	})
	start := time.Now()
	// One push in flight, two queued, the rest dropped.
	for i := range 6 {
		mustAdd(t, n, []byte(fmt.Sprintf("terms %d", i)))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("Adds took %s with a hanging endpoint", d)
	}
	deadline := time.Now().Add(5 * time.Second)
	for testutil.ToFloat64(n.metrics.remotePins.WithLabelValues("dropped")) < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("dropped = %v, want ≥ 3", testutil.ToFloat64(n.metrics.remotePins.WithLabelValues("dropped")))
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Close must not wait for the hanging endpoint.
	start = time.Now()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("Close took %s", d)
	}
	close(k.block)
}

func TestRemotePinResponseParsing(t *testing.T) {
	// kubo may stream several lines; the last Hash is the root.
	n, _ := newNode(t, nil)
	c := mustAdd(t, n, []byte("streamed"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		enc := json.NewEncoder(w)
		_ = enc.Encode(map[string]any{"Name": "x", "Bytes": 8})
		_ = enc.Encode(map[string]any{"Name": c.String(), "Hash": c.String(), "Size": "16"})
	}))
	t.Cleanup(srv.Close)
	rp := newRemotePinner(Config{RemotePins: []string{srv.URL}, RemotePinTimeout: 5 * time.Second, RemotePinQueue: 1},
		n.open, testLogger(t), newMetrics())
	defer rp.close()
	if retry, err := rp.pushOnce(rp.endpoints[0], c); err != nil {
		t.Fatalf("pushOnce: retry=%v err=%v", retry, err)
	}
}
