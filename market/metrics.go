package market

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	requests    *prometheus.CounterVec
	duration    *prometheus.HistogramVec
	rateLimited prometheus.Counter
	searches    prometheus.Histogram
	sessions    *prometheus.CounterVec
	quotes      *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "streamr", Subsystem: "market", Name: "requests_total",
			Help: "HTTP requests by route, method and status code.",
		}, []string{"route", "method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "streamr", Subsystem: "market", Name: "request_duration_seconds",
			Help:    "HTTP request latency by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"route", "method"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "streamr", Subsystem: "market", Name: "rate_limited_total",
			Help: "Requests refused by the per-IP rate limit.",
		}),
		searches: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "streamr", Subsystem: "market", Name: "search_query_seconds",
			Help:    "Product search database time.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1},
		}),
		sessions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "streamr", Subsystem: "market", Name: "sign_ins_total",
			Help: "SIWE sign-in attempts by result.",
		}, []string{"result"}),
		quotes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "streamr", Subsystem: "market", Name: "quotes_total",
			Help: "Purchase quotes by payment method.",
		}, []string{"method"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.duration, m.rateLimited, m.searches, m.sessions, m.quotes} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				return nil, fmt.Errorf("market: metrics already registered: %w", err)
			}
			return nil, fmt.Errorf("market: registering metrics: %w", err)
		}
	}
	return m, nil
}
