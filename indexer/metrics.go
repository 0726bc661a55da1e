package indexer

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	head        prometheus.Gauge
	indexed     prometheus.Gauge
	lag         prometheus.Gauge
	rangeSize   prometheus.Gauge
	ready       prometheus.Gauge
	events      *prometheus.CounterVec
	logs        prometheus.Counter
	blocks      prometheus.Counter
	rpcErrors   *prometheus.CounterVec
	dbErrors    prometheus.Counter
	rangeHalved prometheus.Counter
	reorgs      prometheus.Counter
	reorgDepth  prometheus.Histogram
	batchTime   prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	const ns, sub = "streamr", "indexer"
	m := &metrics{
		head:        prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "head_block", Help: "Newest block number the RPC reported."}),
		indexed:     prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "indexed_block", Help: "Last block indexed (checkpoint)."}),
		lag:         prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "lag_blocks", Help: "Head minus indexed block."}),
		rangeSize:   prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "range_blocks", Help: "Current eth_getLogs block range."}),
		ready:       prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "ready", Help: "1 once caught up with the confirmed head."}),
		events:      prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rows_written_total", Help: "Rows written, by table."}, []string{"table"}),
		logs:        prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "events_total", Help: "Project events decoded."}),
		blocks:      prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "blocks_total", Help: "Blocks indexed."}),
		rpcErrors:   prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rpc_errors_total", Help: "RPC errors, by method."}, []string{"method"}),
		dbErrors:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "db_errors_total", Help: "Database errors."}),
		rangeHalved: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "range_halved_total", Help: "eth_getLogs ranges halved after limit or timeout errors."}),
		reorgs:      prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "reorgs_total", Help: "Reorganisations rolled back."}),
		reorgDepth:  prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "reorg_depth_blocks", Help: "Blocks rolled back per reorganisation.", Buckets: prometheus.ExponentialBuckets(1, 2, 10)}),
		batchTime:   prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "batch_seconds", Help: "Time to read, decode and write one block range.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)}),
	}
	if reg != nil {
		reg.MustRegister(m.head, m.indexed, m.lag, m.rangeSize, m.ready, m.events, m.logs, m.blocks, m.rpcErrors,
			m.dbErrors, m.rangeHalved, m.reorgs, m.reorgDepth, m.batchTime)
	}
	return m
}
