package bench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/bench"
)

// TestRunShort runs every phase briefly against the shared Redis (and NATS when it runs).
func TestRunShort(t *testing.T) {
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	res, err := bench.Run(ctx, bench.Config{Duration: time.Second, Publishers: 2, FanoutSubscribers: 20, Out: &out})
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	if res.EcrecoverPerSec <= 0 || res.SustainedPerSec <= 0 || res.LatencyP99 <= 0 || res.LatencyAckP99 <= 0 ||
		res.FanoutDeliveriesPS <= 0 || res.RedisPerSec <= 0 {
		t.Fatalf("empty figures: %+v", res)
	}
	// Every event allocates on this process's heap (it is decoded, stored, delivered).
	if res.SustainedCost.Alloc <= 0 || res.LatencyCost.Alloc <= 0 {
		t.Fatalf("no allocation counted: sustained %+v, latency %+v", res.SustainedCost, res.LatencyCost)
	}
	// The tail of the 0.5×L phase: shares are shares, and no event is slow near a cycle when none is slow.
	tl := res.LatencyTail
	for _, v := range []float64{tl.SlowShare, tl.NearGC, tl.GCTimeShare} {
		if v < 0 || v > 1 {
			t.Fatalf("latency tail: %+v", tl)
		}
	}
	if tl.Slow != 10*time.Millisecond || (tl.SlowShare == 0 && tl.NearGC != 0) || tl.GCCycles < 0 {
		t.Fatalf("latency tail inconsistent: %+v", tl)
	}
	h := res.Host
	if h.Threads != res.Cores || h.Duration <= 0 || h.Lost < 0 || h.Lost >= 1 {
		t.Fatalf("host stalls: %+v", h)
	}
	// Every stall counted lasted over the threshold, and the longest is one of them.
	if h.Count > 0 && (h.Longest <= bench.StallThreshold ||
		h.Lost*float64(time.Duration(h.Threads)*h.Duration) < float64(time.Duration(h.Count)*bench.StallThreshold)) {
		t.Fatalf("host stalls inconsistent: %+v", h)
	}
}

// BenchmarkRun runs the default load test once (5 s phases, 1,000 fan-out subscribers):
//
//	go test -run XXX -bench Run -benchtime 1x -v ./broker/bench
func BenchmarkRun(b *testing.B) {
	for b.Loop() {
		var out bytes.Buffer
		res, err := bench.Run(context.Background(), bench.Config{Out: &out})
		b.Log("\n" + out.String())
		if err != nil {
			b.Fatal(err)
		}
		j, _ := json.MarshalIndent(res, "", "  ")
		b.Log(string(j))
	}
}

func TestUnknownPhaseIsRefused(t *testing.T) {
	_, err := bench.Run(context.Background(), bench.Config{Phases: []string{"latency", "throughput"}, Out: &bytes.Buffer{}})
	if !errors.Is(err, bench.ErrBadConfig) || !strings.Contains(err.Error(), `"throughput"`) {
		t.Fatalf("unknown phase: %v", err)
	}
}
