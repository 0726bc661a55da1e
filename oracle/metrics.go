package oracle

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	seen      prometheus.Counter
	delivered prometheus.Counter
	lostRaces prometheus.Counter
	skipped   *prometheus.CounterVec
	gasSpent  prometheus.Counter
	feesETH   prometheus.Counter
	bounty    prometheus.Counter
	latency   prometheus.Histogram
	overhead  prometheus.Histogram
	queue     prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) *metrics {
	o := func(name, help string) prometheus.CounterOpts {
		return prometheus.CounterOpts{Namespace: "streamr", Subsystem: "oracle", Name: name, Help: help}
	}
	m := &metrics{
		seen:      prometheus.NewCounter(o("events_seen_total", "Events received from the source.")),
		delivered: prometheus.NewCounter(o("events_delivered_total", "Events delivered by this agent (confirmed).")),
		lostRaces: prometheus.NewCounter(o("lost_races_total", "Events another deliverer got in first.")),
		skipped:   prometheus.NewCounterVec(o("events_skipped_total", "Events not delivered, by reason."), []string{"reason"}),
		gasSpent:  prometheus.NewCounter(o("gas_spent_total", "Gas used by this agent's deliveries.")),
		feesETH:   prometheus.NewCounter(o("fees_eth_total", "ETH paid for gas.")),
		bounty:    prometheus.NewCounter(o("bounty_earned_data_total", "DATA bounties earned.")),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "streamr", Subsystem: "oracle",
			Name: "publish_to_inclusion_seconds", Help: "Publisher timestamp to the delivery being mined.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 12)}),
		overhead: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "streamr", Subsystem: "oracle",
			Name: "agent_overhead_seconds", Help: "Per delivery: taking events off the queue to the transaction queued (checks, simulation, estimate, pricing).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 1.5, 24)}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "oracle",
			Name: "queue_depth", Help: "Events waiting for delivery."}),
	}
	if reg != nil {
		reg.MustRegister(m.seen, m.delivered, m.lostRaces, m.skipped, m.gasSpent, m.feesETH, m.bounty, m.latency, m.overhead, m.queue)
	}
	return m
}
