package ipfs

import "github.com/prometheus/client_golang/prometheus"

// metrics are the node's Prometheus collectors.
type metrics struct {
	adds            *prometheus.CounterVec
	addedBytes      prometheus.Counter
	gets            *prometheus.CounterVec
	gcRuns          prometheus.Counter
	gcRemovedBlocks prometheus.Counter
	gcDuration      prometheus.Histogram
	remotePins      *prometheus.CounterVec
}

func newMetrics() *metrics {
	const ns, sub = "streamr", "ipfs"
	m := &metrics{
		adds: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "adds_total",
			Help: "Documents added, by result (ok, too_large, error).",
		}, []string{"result"}),
		addedBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "added_bytes_total",
			Help: "Bytes of documents added successfully.",
		}),
		gets: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "gets_total",
			Help: "Documents opened for reading (Get, GetRange, gateway), by result (ok, not_found, error).",
		}, []string{"result"}),
		gcRuns: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "gc_runs_total",
			Help: "Garbage collections run.",
		}),
		gcRemovedBlocks: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "gc_removed_blocks_total",
			Help: "Blocks removed by garbage collection.",
		}),
		gcDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Subsystem: sub, Name: "gc_duration_seconds",
			Help:    "Duration of garbage collections.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10),
		}),
		remotePins: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Subsystem: sub, Name: "remote_pins_total",
			Help: "Pushes of documents to remote pinning endpoints, by result (ok, error, mismatch, dropped).",
		}, []string{"result"}),
	}
	// Make every series visible from the start.
	for _, r := range []string{"ok", "too_large", "error"} {
		m.adds.WithLabelValues(r)
	}
	for _, r := range []string{"ok", "not_found", "error"} {
		m.gets.WithLabelValues(r)
	}
	for _, r := range []string{"ok", "error", "mismatch", "dropped"} {
		m.remotePins.WithLabelValues(r)
	}
	return m
}

// register registers the collectors with reg; a nil reg registers nothing.
func (m *metrics) register(reg prometheus.Registerer) error {
	if reg == nil {
		return nil
	}
	collectors := []prometheus.Collector{
		m.adds, m.addedBytes, m.gets, m.gcRuns, m.gcRemovedBlocks, m.gcDuration, m.remotePins,
	}
	for i, c := range collectors {
		if err := reg.Register(c); err != nil {
			for _, done := range collectors[:i] {
				reg.Unregister(done)
			}
			return err
		}
	}
	return nil
}
