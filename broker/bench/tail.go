package bench

import (
	"fmt"
	"runtime/debug"
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

// gcEndsSince returns the ends (on the clock of now) of the collector's cycles completed
// since u was read. The runtime keeps the last 256 cycles' ends, far more than a phase sees.
func gcEndsSince(u usage) []int64 {
	var st debug.GCStats
	debug.ReadGCStats(&st)
	// The runtime's pause ends are wall times; move them to the monotonic clock of now.
	ref := time.Now()
	refNow := monotonic(ref)
	ref = ref.Round(0) // wall clock only, as the pause ends
	var ends []int64
	n := min(int(uint64(st.NumGC)-u.cycles), len(st.PauseEnd))
	for _, e := range st.PauseEnd[:max(n, 0)] {
		ends = append(ends, refNow+int64(e.Sub(ref)))
	}
	return ends
}
