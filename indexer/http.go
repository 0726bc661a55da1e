package indexer

import (
	"encoding/json"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Handler serves the operations endpoints:
//
//	GET /status   JSON Status (chain id, head, indexed block, lag, range, last error)
//	GET /healthz  200 while the indexer runs
//	GET /readyz   200 once caught up with the confirmed head, 503 before
//	GET /metrics  Prometheus metrics of the registerer given to New, when it is also a Gatherer
func (ix *Indexer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(ix.Status())
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		ix.mu.Lock()
		ok := ix.started && !ix.closed
		ix.mu.Unlock()
		if !ok {
			http.Error(w, "not running", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !ix.Ready() {
			http.Error(w, "catching up", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	g := ix.gatherer
	if g == nil {
		g = prometheus.NewRegistry() // nothing registered: the caller kept the metrics elsewhere
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	return mux
}
