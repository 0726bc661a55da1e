package txm

import (
	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	enqueued      prometheus.Counter
	broadcasts    prometheus.Counter
	bumps         prometheus.Counter
	confirmed     *prometheus.CounterVec
	fatal         prometheus.Counter
	reorgs        prometheus.Counter
	nonceResyncs  prometheus.Counter
	rpcErrors     *prometheus.CounterVec
	queue         *prometheus.GaugeVec
	gasUsed       prometheus.Counter
	feesPaidGwei  prometheus.Counter
	confirmTime   prometheus.Histogram
	inclusionTime prometheus.Histogram
}

// newMetrics registers the manager's metrics; reg is already wrapped with the sender's label.
func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		enqueued: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "enqueued_total", Help: "Transactions queued (idempotent repeats not counted)."}),
		broadcasts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "broadcasts_total", Help: "eth_sendRawTransaction calls that the node accepted or already knew."}),
		bumps: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "bumps_total", Help: "Replacement attempts with higher fees."}),
		confirmed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "confirmed_total", Help: "Transactions confirmed at depth, by receipt status."}, []string{"status"}),
		fatal: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "fatal_total", Help: "Transactions failed for good."}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "reorged_total", Help: "Mined transactions whose block left the canonical chain."}),
		nonceResyncs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "nonce_resyncs_total", Help: "Nonce re-reads after another sender used the key."}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "send_errors_total", Help: "Errors sending transactions, by class."}, []string{"class"}),
		queue: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "queue_depth", Help: "Transactions not yet confirmed, by state."}, []string{"state"}),
		gasUsed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "gas_used_total", Help: "Gas used by confirmed transactions."}),
		feesPaidGwei: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "fees_paid_gwei_total", Help: "Fees paid by confirmed transactions (gas used × effective price), gwei."}),
		confirmTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "confirmation_seconds", Help: "Enqueue to confirmation at depth.",
			Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		inclusionTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "streamr", Subsystem: "txm",
			Name: "inclusion_seconds", Help: "Enqueue to first seen mined.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}),
	}
	if reg != nil {
		reg.MustRegister(m.enqueued, m.broadcasts, m.bumps, m.confirmed, m.fatal, m.reorgs, m.nonceResyncs,
			m.rpcErrors, m.queue, m.gasUsed, m.feesPaidGwei, m.confirmTime, m.inclusionTime)
	}
	return m
}
