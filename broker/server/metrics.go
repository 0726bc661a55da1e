package server

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	eventsIn      prometheus.Counter
	eventsOut     prometheus.Counter
	rejects       *prometheus.CounterVec
	publishLat    prometheus.Histogram
	deliveryLat   prometheus.Histogram
	connections   prometheus.Gauge
	inflight      prometheus.Gauge
	subscriberQs  prometheus.Histogram
	chainChecks   prometheus.Counter
	writeTimeouts prometheus.Counter
	wsRefused     *prometheus.CounterVec

	sigBatched       prometheus.Counter
	sigRecovered     prometheus.Counter
	sigBatchFailures prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) *metrics {
	ns, sub := "streamr", "broker"
	m := &metrics{
		eventsIn: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "events_in_total",
			Help: "Events accepted and stored."}),
		eventsOut: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "events_out_total",
			Help: "Events written to subscribers (live and resent)."}),
		rejects: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rejects_total",
			Help: "Rejected publishes and requests by error code."}, []string{"code"}),
		publishLat: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "publish_seconds",
			Help: "Ingress time from frame received to stored.", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}),
		deliveryLat: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "delivery_seconds",
			Help:    "Live delivery latency: write time minus the event's offset (arrival) time.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}),
		connections: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "ws_connections",
			Help: "Open WebSocket connections."}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "publishes_in_flight",
			Help: "Publishes being processed."}),
		subscriberQs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "ws_subscription_queue_depth",
			Help: "Subscription queue depth sampled at each write.", Buckets: []float64{0, 1, 4, 16, 64, 256, 1024}}),
		chainChecks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "publish_chain_checks_total",
			Help: "WebSocket publishes whose stream state or permission was not cached (checked on the connection's chain checkers)."}),
		writeTimeouts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "ws_write_timeouts_total",
			Help: "WebSocket connections closed because their writes made no progress for the write timeout."}),
		wsRefused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "ws_refused_total",
			Help: "WebSocket connections refused before the upgrade, by reason: draining, full (MaxConnections), per_address (MaxConnectionsPerIP), subprotocol."},
			[]string{"reason"}),
		sigBatched: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_batched_total",
			Help: "WebSocket publishes whose signatures were checked in a batch with others (publishers whose keys are known)."}),
		sigRecovered: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_recovered_total",
			Help: "WebSocket publishes whose signatures were checked by recovering the signer (alone, or to find the invalid ones of a failed batch)."}),
		sigBatchFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signature_batch_failures_total",
			Help: "Signature batches that held an invalid signature (then split until the invalid ones were found)."}),
	}
	if reg != nil {
		reg.MustRegister(m.eventsIn, m.eventsOut, m.rejects, m.publishLat, m.deliveryLat, m.connections, m.inflight, m.subscriberQs, m.chainChecks, m.writeTimeouts, m.wsRefused,
			m.sigBatched, m.sigRecovered, m.sigBatchFailures)
	}
	return m
}
