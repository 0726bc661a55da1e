package server

import (
	"sync"

	"github.com/streamr-go/streamr/broker/protocol"
)

// checkQueue holds the WebSocket publishes waiting for a check worker, in arrival order.
// A worker takes every publish waiting, up to Config.CheckBatch, and checks their
// signatures together (protocol.BatchVerifier): when publishes arrive faster than the
// workers check them one by one, they wait, the next batch is larger and costs less per
// event, so the workers catch up without a publish ever waiting for a batch to fill.
//
// While one worker checks a batch, the others take publishes only once a full batch
// waits: publishes that arrive meanwhile wait for it and go into its next batch, rather
// than being split into small batches among idle workers (which would cost almost as
// much per event as checking them one by one). With several cores, the other workers
// join in when the first cannot keep up.
type checkQueue struct {
	mu     sync.Mutex
	more   sync.Cond
	q      []*pendingPublish // waiting from q[head]; taken entries are cleared
	head   int
	busy   int // workers checking a batch
	full   int // the backlog at which a worker joins busy ones (Config.CheckBatch)
	closed bool
}

func (cq *checkQueue) init(full int) {
	cq.more.L = &cq.mu
	cq.full = full
}

// put queues pp; false once the queue is closed (the workers are stopping).
func (cq *checkQueue) put(pp *pendingPublish) bool {
	cq.mu.Lock()
	defer cq.mu.Unlock()
	if cq.closed {
		return false
	}
	if len(cq.q) == cap(cq.q) && cq.head >= len(cq.q)/2 {
		// Full, and at least half of it taken: move the waiting ones to the front
		// rather than growing (each entry moves at most once per take of its slot).
		n := copy(cq.q, cq.q[cq.head:])
		clear(cq.q[n:])
		cq.q, cq.head = cq.q[:n], 0
	}
	cq.q = append(cq.q, pp)
	if cq.busy == 0 || len(cq.q)-cq.head >= cq.full {
		cq.more.Signal()
	}
	return true
}

// take ends the caller's previous batch (done), waits for publishes and moves up to
// Config.CheckBatch of them, oldest first, into into; it returns none once the queue is
// closed and empty.
func (cq *checkQueue) take(into []*pendingPublish, done bool) []*pendingPublish {
	cq.mu.Lock()
	defer cq.mu.Unlock()
	if done {
		cq.busy--
	}
	for !cq.closed && (len(cq.q) == cq.head || cq.busy > 0 && len(cq.q)-cq.head < cq.full) {
		cq.more.Wait()
	}
	n := min(cq.full, len(cq.q)-cq.head)
	if n > 0 {
		cq.busy++
	}
	into = append(into, cq.q[cq.head:cq.head+n]...)
	clear(cq.q[cq.head : cq.head+n])
	if cq.head += n; cq.head == len(cq.q) {
		cq.q, cq.head = cq.q[:0], 0
	}
	return into
}

// len returns how many publishes wait.
func (cq *checkQueue) len() int {
	cq.mu.Lock()
	defer cq.mu.Unlock()
	return len(cq.q) - cq.head
}

// close makes put refuse and take return what is left, then nothing.
func (cq *checkQueue) close() {
	cq.mu.Lock()
	defer cq.mu.Unlock()
	cq.closed = true
	cq.more.Broadcast()
}

// checkWorker checks queued publishes in batches until the queue is closed and drained.
func (s *Server) checkWorker() {
	defer s.wg.Done()
	bv, err := s.deps.Domain.NewBatchVerifier(s.keys)
	if err != nil {
		s.log.Error("check worker: batch signature checks unavailable, checking one by one", "err", err)
	}
	var (
		batch  []*pendingPublish
		events []*protocol.Event
		errs   []error
	)
	for {
		batch = s.checkQ.take(batch[:0], len(batch) > 0)
		if len(batch) == 0 {
			if bv != nil {
				bv.Close()
			}
			return
		}
		if bv == nil {
			for _, pp := range batch {
				pp.check()
			}
			clear(batch) // keeps its length: take ends the batch
			continue
		}
		events = events[:0]
		for _, pp := range batch {
			if pp.e, pp.data, pp.err = s.prepareEvent(pp.data, pp.e); pp.err == nil {
				events = append(events, pp.e)
			}
		}
		if len(events) > 0 {
			if cap(errs) < len(events) {
				errs = make([]error, len(events), cap(batch))
			}
			errs = errs[:len(events)]
			st := bv.VerifyAll(events, errs)
			s.m.sigBatched.Add(float64(st.Batched))
			s.m.sigRecovered.Add(float64(st.Recovered))
			if st.Failed {
				s.m.sigBatchFailures.Inc()
			}
		}
		i := 0
		for _, pp := range batch {
			verified := -1 // pp.e's index in events
			if pp.err == nil {
				pp.err = errs[i]
				verified = i
				i++
			}
			if pp.checked() && verified >= 0 {
				bv.Remember(verified) // a publisher that may publish: batch its next events
			}
		}
		clear(batch) // keeps its length: take ends the batch
	}
}

// check runs all ingress checks of one publish of a connection's pipeline and hands it
// back to the pipeline (when the check workers are not there to).
func (pp *pendingPublish) check() {
	pp.e, pp.data, pp.err = pp.s.checkEvent(pp.data, pp.e)
	pp.checked()
}

// checked completes the checks of a publish whose event checks (decoding, fields,
// signature) are done: the permission check, when they passed, then the hand-back to the
// pipeline. A permission answer that is not cached is not waited for here: the publish
// goes on to its connection's chain checks (see pipeline.needsChain), so the shared
// workers never wait for the chain. It reports whether the publish passed every check
// here, permission included (pp then belongs to the pipeline).
func (pp *pendingPublish) checked() bool {
	if pp.err == nil {
		pp.err = pp.s.authorize(pp.ctx, pp.e, false)
		if pp.err == errNeedsChain {
			pp.err = nil
			pp.pipe.needsChain(pp)
			return false
		}
	}
	ok := pp.err == nil
	pp.pipe.checked(pp)
	return ok
}
