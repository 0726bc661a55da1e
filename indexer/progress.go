package indexer

import (
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress reports catching up: a log line every interval with blocks/s, events/s, blocks
// left and ETA, and, when asked and stderr is a terminal, a progress bar.
type progress struct {
	log      *slog.Logger
	interval time.Duration
	wantBar  bool

	mu         sync.Mutex
	last       time.Time
	blocks     uint64
	events     int
	bar        *progressbar.ProgressBar
	barBase    uint64
	barTarget  uint64
	totalStart time.Time
}

func newProgress(log *slog.Logger, interval time.Duration, bar bool) *progress {
	return &progress{log: log, interval: interval, wantBar: bar && term.IsTerminal(int(os.Stderr.Fd()))}
}

// update records a written range ending at `indexed` with `events` events over `blocks` blocks,
// toward `target`.
func (p *progress) update(indexed, target uint64, events int, blocks uint64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if p.last.IsZero() {
		p.last, p.totalStart = now, now
	}
	p.blocks += blocks
	p.events += events
	left := target - min(indexed, target)
	if p.wantBar && left > 0 {
		if p.bar == nil || target != p.barTarget {
			if p.bar == nil {
				p.barBase = indexed - blocks
			}
			p.barTarget = target
			if p.bar != nil {
				p.bar.ChangeMax64(int64(target - p.barBase))
			} else {
				p.bar = progressbar.NewOptions64(int64(target-p.barBase),
					progressbar.OptionSetWriter(os.Stderr),
					progressbar.OptionSetDescription("indexing blocks"),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetItsString("blocks"),
					progressbar.OptionThrottle(200*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
			}
		}
		_ = p.bar.Set64(int64(indexed - p.barBase))
	}
	elapsed := now.Sub(p.last)
	if elapsed < p.interval || left == 0 {
		return
	}
	bps := float64(p.blocks) / elapsed.Seconds()
	eps := float64(p.events) / elapsed.Seconds()
	var eta time.Duration
	if bps > 0 {
		eta = time.Duration(float64(left) / bps * float64(time.Second)).Round(time.Second)
	}
	p.log.Info("catching up", "indexed_block", indexed, "target_block", target, "blocks_left", left,
		"blocks_per_s", round1(bps), "events_per_s", round1(eps), "eta", eta.String())
	p.last, p.blocks, p.events = now, 0, 0
}

// finish removes the bar once caught up.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
		p.bar = nil
	}
	p.last, p.blocks, p.events = time.Time{}, 0, 0
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
