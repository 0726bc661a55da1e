// Package metrictest reads Prometheus metrics in tests.
package metrictest

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// Metric sums the counters, gauges and histogram sample counts of the metric family name,
// keeping the series whose labels match the name/value pairs in label.
func Metric(t testing.TB, g prometheus.Gatherer, name string, label ...string) float64 {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(label); i += 2 {
				for _, lp := range m.GetLabel() {
					if lp.GetName() == label[i] && lp.GetValue() != label[i+1] {
						continue next
					}
				}
			}
			sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
			if h := m.GetHistogram(); h != nil {
				sum += float64(h.GetSampleCount())
			}
		}
	}
	return sum
}
