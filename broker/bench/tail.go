package bench

import (
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"time"
)

// Tail says where a paced phase's slow events fell. The broker and the load tool share
// this process and its garbage collector: with two cores, a collection's marking takes a
// core away for milliseconds at a time, and at 80 % busy the backlog that builds then
// takes several times as long to drain. Tail counts the events slower than Slow and how
// many of them were due around a collection (from GCBefore before a cycle ended to
// GCAfter after), next to the share of the phase those stretches cover: when the first
// share is far above the second, the collector is where the tail comes from.
type Tail struct {
	Slow      time.Duration `json:"slow"`
	SlowShare float64       `json:"slowShare"` // of all events measured
	// NearGC is the share of the slow events due around a cycle; GCTimeShare the share of
	// the measured window those stretches cover.
	NearGC      float64       `json:"nearGC"`
	GCTimeShare float64       `json:"gcTimeShare"`
	GCCycles    int           `json:"gcCycles"`  // cycles that ended in the measured window
	GCMarkCPU   time.Duration `json:"gcMarkCPU"` // CPU the collector's marking took in it
}

// The stretch counted as around a collection, relative to the end of its cycle: marking
// (tens of milliseconds on this kind of machine) comes before the end, the drain after.
const (
	tailSlow = 10 * time.Millisecond
	GCBefore = 30 * time.Millisecond
	GCAfter  = 60 * time.Millisecond
)

func (t Tail) String() string {
	return fmt.Sprintf("%.2f%% of events over %s; %.0f%% of those due within %s before to %s after the end of one of the %d GC cycles (%s of mark CPU), stretches that cover %.0f%% of the time",
		100*t.SlowShare, t.Slow, 100*t.NearGC, GCBefore, GCAfter, t.GCCycles, t.GCMarkCPU.Round(time.Millisecond), 100*t.GCTimeShare)
}

// tailOf works Tail out from the due time and latency of every event measured (due on the
// clock of now), the ends of the collector's cycles on that clock, and the measured window
// [from, to).
func tailOf(due []int64, lat []time.Duration, gcEnds []int64, from, to int64) Tail {
	t := Tail{Slow: tailSlow}
	var spans [][2]int64
	for _, g := range gcEnds {
		if g >= from && g < to {
			t.GCCycles++
		}
		s, e := max(g-int64(GCBefore), from), min(g+int64(GCAfter), to)
		if s < e {
			spans = append(spans, [2]int64{s, e})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int64) int { return int(a[0] - b[0]) })
	// The union's length (the stretches of neighbouring cycles may overlap).
	var covered, reach int64 = 0, from
	for _, s := range spans {
		a := max(s[0], reach)
		if s[1] > a {
			covered += s[1] - a
			reach = s[1]
		}
	}
	if to > from {
		t.GCTimeShare = float64(covered) / float64(to-from)
	}
	slow, near := 0, 0
	for i, l := range lat {
		if l <= tailSlow {
			continue
		}
		slow++
		for _, s := range spans {
			if due[i] >= s[0] && due[i] < s[1] {
				near++
				break
			}
		}
	}
	if len(lat) > 0 {
		t.SlowShare = float64(slow) / float64(len(lat))
	}
	if slow > 0 {
		t.NearGC = float64(near) / float64(slow)
	}
	return t
}

// gcWatch reads what the collector did between its creation and done: the ends of its
// cycles (on the clock of now) and the CPU its marking took.
type gcWatch struct {
	mark0 time.Duration
	gc0   int64
}

var markMetrics = []string{
	"/cpu/classes/gc/mark/assist:cpu-seconds",
	"/cpu/classes/gc/mark/dedicated:cpu-seconds",
	"/cpu/classes/gc/mark/idle:cpu-seconds",
}

func markCPU() time.Duration {
	s := make([]metrics.Sample, len(markMetrics))
	for i, n := range markMetrics {
		s[i].Name = n
	}
	metrics.Read(s)
	var sum float64
	for _, x := range s {
		if x.Value.Kind() == metrics.KindFloat64 {
			sum += x.Value.Float64()
		}
	}
	return time.Duration(sum * float64(time.Second))
}

func startGCWatch() gcWatch {
	var st debug.GCStats
	debug.ReadGCStats(&st)
	return gcWatch{mark0: markCPU(), gc0: st.NumGC}
}

// done returns the ends of the cycles since the watch started and their mark CPU. The
// runtime keeps the last 256 cycles' ends, far more than a phase sees.
func (w gcWatch) done() (ends []int64, mark time.Duration) {
	var st debug.GCStats
	debug.ReadGCStats(&st)
	// The runtime's pause ends are wall times; move them to the monotonic clock of now.
	ref := time.Now()
	refNow := monotonic(ref)
	ref = ref.Round(0) // wall clock only, as the pause ends
	n := min(int(st.NumGC-w.gc0), len(st.PauseEnd))
	for _, e := range st.PauseEnd[:n] {
		ends = append(ends, refNow+int64(e.Sub(ref)))
	}
	return ends, markCPU() - w.mark0
}
