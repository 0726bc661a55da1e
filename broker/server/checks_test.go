package server

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/streamr-go/streamr/internal/waitfor"
)

// TestCheckQueueTakesEveryPublishOnce: producers queue publishes while workers take them in
// batches; every publish is taken exactly once, in its producer's order, none waits for
// ever while workers are idle, and after close the workers drain the rest and stop.
func TestCheckQueueTakesEveryPublishOnce(t *testing.T) {
	for _, c := range []struct{ workers, full, producers, each int }{
		{1, 1, 1, 200}, {1, 64, 4, 2000}, {2, 64, 4, 2000}, {2, 3, 8, 500}, {4, 16, 8, 1000},
	} {
		t.Run(fmt.Sprintf("%d workers, batches of %d", c.workers, c.full), func(t *testing.T) {
			var cq checkQueue
			cq.init(c.full)
			seq := make(map[*pendingPublish][2]int) // producer, index
			all := make([][]*pendingPublish, c.producers)
			for p := range all {
				for i := range c.each {
					pp := &pendingPublish{}
					all[p] = append(all[p], pp)
					seq[pp] = [2]int{p, i}
				}
			}
			var (
				mu      sync.Mutex
				taken   = make(map[*pendingPublish]int)
				last    = make([]int, c.producers)
				workers sync.WaitGroup
				n       atomic.Int64
			)
			for p := range last {
				last[p] = -1
			}
			for range c.workers {
				workers.Go(func() {
					var batch []*pendingPublish
					for {
						batch = cq.take(batch[:0], len(batch) > 0)
						if len(batch) == 0 {
							return
						}
						if len(batch) > c.full {
							t.Errorf("batch of %d, bound %d", len(batch), c.full)
						}
						mu.Lock()
						for _, pp := range batch {
							taken[pp]++
							s := seq[pp]
							if c.workers == 1 && s[1] != last[s[0]]+1 {
								t.Errorf("producer %d: %d taken after %d", s[0], s[1], last[s[0]])
							}
							last[s[0]] = s[1]
						}
						mu.Unlock()
						n.Add(int64(len(batch)))
						if rand.IntN(4) == 0 {
							time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
						}
					}
				})
			}
			var producers sync.WaitGroup
			for p := range all {
				producers.Go(func() {
					for _, pp := range all[p] {
						if !cq.put(pp) {
							t.Error("put refused before close")
						}
					}
				})
			}
			producers.Wait()
			total := int64(c.producers * c.each)
			waitfor.Until(t, "every publish taken before close", 30*time.Second, func() bool { return n.Load() == total })
			// Then publishes that come one at a time, each to idle workers.
			for i := range 3 {
				pp := &pendingPublish{}
				mu.Lock()
				seq[pp] = [2]int{0, c.each + i}
				mu.Unlock()
				cq.put(pp)
				total++
				waitfor.Until(t, "a lone publish taken", 10*time.Second, func() bool { return n.Load() == total })
			}
			extra := &pendingPublish{}
			cq.close()
			if cq.put(extra) {
				t.Error("put accepted after close")
			}
			workers.Wait()
			for pp, k := range taken {
				if k != 1 {
					t.Fatalf("publish %v taken %d times", seq[pp], k)
				}
			}
			if len(taken) != int(total) {
				t.Fatalf("%d of %d taken", len(taken), total)
			}
		})
	}
}
