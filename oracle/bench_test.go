package oracle

import (
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

// BenchmarkDeliveryFigures measures, on a chain sealing a block every second (and only then):
// publish→inclusion latency of single deliveries (observed with eth_call on the consumer),
// the agent's own overhead (event received → transaction queued) and gas per delivered event,
// single versus batched. Run with -benchtime=1x; it takes about 40 s.
//
//	go test -run '^$' -bench BenchmarkDeliveryFigures -benchtime=1x ./oracle/
func BenchmarkDeliveryFigures(b *testing.B) {
	const singles, burst = 12, 16
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = time.Second
	cfg.PollInterval = time.Hour // no sealing on arrival: real 1-second blocks
	e := newEnvWith(b, cfg)
	e.subscribe(oneDATA, new(big.Int).Mul(oneDATA, big.NewInt(1000)))
	a := e.startAgent(e.chain.Keys[2], e.src, nil)
	waitfor.Until(b, "ready", 30*time.Second, func() bool { return a.Ready() == nil })
	time.Sleep(200 * time.Millisecond)

	var n uint64
	deliver := func(k int) time.Duration {
		t0 := time.Now()
		for range k {
			n++
			e.publish(int64(n))
		}
		want := n
		waitfor.Until(b, "delivery", 60*time.Second, func() bool { return e.consumerCount() == want })
		return time.Since(t0)
	}
	for b.Loop() {
		deliver(1) // warm-up: the first delivery creates the storage slots
		var lat []time.Duration
		for i := range singles {
			lat = append(lat, deliver(1))
			// Spread publications over the block phase.
			time.Sleep(time.Duration(300+i*137%700) * time.Millisecond)
		}
		deliver(burst)
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50_publish_to_inclusion_ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99_publish_to_inclusion_ms")
	}
	waitfor.Until(b, "settled", 30*time.Second, func() bool {
		return metrictest.Metric(b, a.reg, "streamr_oracle_events_delivered_total") == float64(n)
	})
	// Gas per event by transaction size, the warm-up transaction excluded.
	var singleGas, batchGas, batchEvents, singleTx uint64
	ctx := context.Background()
	for id := int64(2); ; id++ {
		tx, err := a.txm.Status(ctx, id)
		if err != nil {
			break
		}
		var k int
		_, _ = fmtSscanEvents(string(tx.Meta), &k)
		if k == 1 {
			singleGas += tx.GasUsed
			singleTx++
		} else if k > 1 {
			batchGas += tx.GasUsed
			batchEvents += uint64(k)
		}
	}
	if singleTx > 0 {
		b.ReportMetric(float64(singleGas/singleTx), "gas/event_single")
	}
	if batchEvents > 0 {
		b.ReportMetric(float64(batchGas/batchEvents), "gas/event_batched")
	}
	b.ReportMetric(histQuantile(b, a, "streamr_oracle_agent_overhead_seconds", 0.99)*1000, "p99_overhead_ms_upper")
}

// histQuantile returns the upper bound of the bucket holding quantile q.
func histQuantile(b *testing.B, a *agentUnder, name string, q float64) float64 {
	mfs, err := a.reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		h := mf.GetMetric()[0].GetHistogram()
		target := q * float64(h.GetSampleCount())
		for _, bk := range h.GetBucket() {
			if float64(bk.GetCumulativeCount()) >= target {
				return bk.GetUpperBound()
			}
		}
	}
	return -1
}
