package bench

import (
	"math"
	"runtime"
	"testing"
	"time"
)

func TestTailOf(t *testing.T) {
	ms := int64(time.Millisecond)
	// A one-second window with collector cycles ending at 200 ms and at 990 ms (whose
	// stretch is cut at the window's end) and one at 1,500 ms, outside it.
	from, to := int64(0), 1000*ms
	gcEnds := []int64{200 * ms, 990 * ms, 1500 * ms}
	due := []int64{10 * ms, 171 * ms, 180 * ms, 259 * ms, 260 * ms, 500 * ms, 995 * ms, 999 * ms}
	lat := []time.Duration{20 * time.Millisecond, 11 * time.Millisecond, 5 * time.Millisecond,
		30 * time.Millisecond, 12 * time.Millisecond, 10 * time.Millisecond, 50 * time.Millisecond, time.Millisecond}
	got := tailOf(due, lat, gcEnds, from, to)
	// Slow (over 10 ms): due 10, 171, 259, 260, 995 — five of eight. Around a cycle
	// ([170, 260) and [960, 1000)): 171, 259 and 995.
	if got.Slow != 10*time.Millisecond || got.GCCycles != 2 {
		t.Fatalf("slow %s, cycles %d", got.Slow, got.GCCycles)
	}
	if math.Abs(got.SlowShare-5.0/8) > 1e-9 || math.Abs(got.NearGC-3.0/5) > 1e-9 {
		t.Fatalf("slow share %v, near GC %v", got.SlowShare, got.NearGC)
	}
	// 90 ms + 40 ms of the 1,000.
	if math.Abs(got.GCTimeShare-0.13) > 1e-9 {
		t.Fatalf("GC time share %v", got.GCTimeShare)
	}

	// Overlapping stretches count once; nothing slow, nothing near.
	got = tailOf([]int64{0}, []time.Duration{time.Millisecond}, []int64{100 * ms, 120 * ms}, from, to)
	if got.SlowShare != 0 || got.NearGC != 0 || math.Abs(got.GCTimeShare-0.11) > 1e-9 {
		t.Fatalf("overlap: %+v", got)
	}
}

// TestGCWatch forces two collections and finds them, ending inside the watched time.
func TestGCWatch(t *testing.T) {
	from := now()
	u0 := processUsage()
	sink := make([][]byte, 0, 1024)
	for range 2 {
		for range 1024 {
			sink = append(sink, make([]byte, 1024))
		}
		runtime.GC()
		sink = sink[:0]
	}
	ends, mark := gcEndsSince(u0), processUsage().mark-u0.mark
	to := now()
	if len(ends) < 2 {
		t.Fatalf("%d cycles seen, want at least 2", len(ends))
	}
	for _, e := range ends {
		// Wall and monotonic clocks may differ by a little; a millisecond is plenty.
		if e < from-int64(time.Millisecond) || e > to+int64(time.Millisecond) {
			t.Fatalf("cycle end %d outside [%d, %d]", e, from, to)
		}
	}
	if mark <= 0 {
		t.Fatalf("mark CPU %s", mark)
	}
}
