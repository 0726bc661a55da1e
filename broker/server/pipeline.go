package server

import (
	"context"
	"sync"

	"github.com/coder/websocket"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// publishWindow bounds the publishes read from one connection but not yet answered; when it
// is full the connection is not read (TCP back-pressure on the publisher).
const publishWindow = 256

// chainCheckers bounds the publishes of one connection whose checks wait for chain reads at
// the same time (Config.ChainChecks bounds them over all connections). They wait on goroutines
// of the connection's own, never on the shared check workers: a connection publishing to
// streams whose permissions are not cached (new streams, new publishers of non-public
// streams, unknown streams) cannot hold up the checks of other connections while the chain
// answers. The signature is checked on a check worker before.
const chainCheckers = 4

// maxAcks bounds the publishes one ack frame acknowledges.
const maxAcks = 256

// pipeline carries one connection's publishes (or one HTTP request's) with as few
// hand-overs as possible: the read loop admits each publish and hands it to a check
// worker; the worker that completes the check of the oldest unsubmitted publish submits it,
// and the checked ones after it, to the store in publish order (so chain order is kept while
// the checks run in parallel); the acker answers them in the same order once their appends
// settle. A worker never waits for the connection: a slow client holds up only its own read
// loop.
type pipeline struct {
	s     *Server
	wc    *wsConn       // the connection whose publishes it carries; nil for an HTTP request
	slots chan struct{} // one per publish read and not yet answered

	mu      sync.Mutex
	pending []*pendingPublish // admitted, not yet submitted, in publish order
	answer  []*pendingPublish // submitted, not yet answered, in publish order
	closed  bool              // the read loop ended: no more publishes
	chainQ  []*pendingPublish // waiting for a chain checker
	chainN  int               // chain checkers running
	wake    chan struct{}     // (capacity 1) the acker has work or should look at closed
}

func newPipeline(s *Server, wc *wsConn) *pipeline {
	return &pipeline{s: s, wc: wc, slots: make(chan struct{}, publishWindow), wake: make(chan struct{}, 1)}
}

func (pl *pipeline) signal() {
	select {
	case pl.wake <- struct{}{}:
	default:
	}
}

// publish admits one publish, an event's encoding or a decoded event (waiting for a slot),
// and starts its checks; false when ctx ended first.
func (pl *pipeline) publish(ctx context.Context, data []byte, e *protocol.Event) bool {
	select {
	case pl.slots <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	s := pl.s
	pp := s.beginPublish(data, e, s.sharedPublishContext)
	pp.pipe = pl
	pl.mu.Lock()
	pl.pending = append(pl.pending, pp)
	pl.mu.Unlock()
	if pp.err != nil {
		pl.checked(pp)
		return true
	}
	if !s.checkQ.put(pp) {
		pp.check() // the workers are stopping
	}
	return true
}

// checked records that pp's checks are done and submits every checked publish at the head
// of the queue.
func (pl *pipeline) checked(pp *pendingPublish) {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	pp.checkDone = true
	n := 0
	for n < len(pl.pending) && pl.pending[n].checkDone {
		pl.pending[n].submit()
		n++
	}
	if n == 0 {
		return
	}
	pl.answer = append(pl.answer, pl.pending[:n]...)
	rest := copy(pl.pending, pl.pending[n:])
	clear(pl.pending[rest:])
	pl.pending = pl.pending[:rest]
	pl.signal()
}

// needsChain queues a publish whose checks need a chain read for the connection's chain
// checkers, starting one if fewer than chainCheckers run.
func (pl *pipeline) needsChain(pp *pendingPublish) {
	pl.s.m.chainChecks.Inc()
	pl.mu.Lock()
	pl.chainQ = append(pl.chainQ, pp)
	start := pl.chainN < chainCheckers
	if start {
		pl.chainN++
	}
	pl.mu.Unlock()
	if start && !pl.s.goChain(pl.chainChecks) {
		pl.chainChecks() // shut down: the checks' contexts are cancelled, they end at once
	}
}

// chainChecks completes queued chain checks until none is left.
func (pl *pipeline) chainChecks() {
	for {
		pl.mu.Lock()
		if len(pl.chainQ) == 0 {
			pl.chainN--
			pl.mu.Unlock()
			return
		}
		pp := pl.chainQ[0]
		pl.chainQ[0] = nil
		pl.chainQ = pl.chainQ[1:]
		pl.mu.Unlock()
		pp.chainCheck()
	}
}

// close tells the acker that no more publishes come; it ends once the admitted ones are
// answered.
func (pl *pipeline) close() {
	pl.mu.Lock()
	pl.closed = true
	pl.mu.Unlock()
	pl.signal()
}

// ack answers a connection's publishes in order until the pipeline is closed and drained.
// The acks of publishes answered together go out in one ack frame (up to maxAcks); an
// error flushes the acks before it.
func (pl *pipeline) ack() {
	wc := pl.wc
	var frame []byte // grows to the largest ack frame of the connection, then is reused
	n := 0
	flush := func() {
		if n > 0 {
			_ = wc.write(websocket.MessageBinary, frame)
			frame, n = frame[:0], 0
		}
	}
	pl.answers(func(e *protocol.Event, off store.Offset, err error) {
		if err != nil {
			flush()
			wc.sendError("", err, e)
			return
		}
		if n == 0 {
			frame = append(frame, api.AckTag)
		}
		frame = api.AppendAck(frame, &api.Ack{Stream: e.Stream, Partition: e.Partition,
			MsgChainID: e.MsgChainID, Timestamp: e.Timestamp, Sequence: e.Sequence, Offset: off})
		if n++; n == maxAcks {
			flush()
		}
	}, flush)
}

// answers waits for the outcome of every publish in publish order and hands it to each,
// until the pipeline is closed and drained; between the publishes that settled together
// and the wait for the next ones it calls settled.
func (pl *pipeline) answers(each func(e *protocol.Event, off store.Offset, err error), settled func()) {
	var work []*pendingPublish
	for {
		pl.mu.Lock()
		for len(pl.answer) == 0 && !(pl.closed && len(pl.pending) == 0) {
			pl.mu.Unlock()
			<-pl.wake
			pl.mu.Lock()
		}
		if len(pl.answer) == 0 {
			pl.mu.Unlock()
			return
		}
		work, pl.answer = pl.answer, work[:0]
		pl.mu.Unlock()
		for i, pp := range work {
			e, off, err := pp.finish()
			work[i] = nil
			<-pl.slots
			each(e, off, err)
		}
		settled()
	}
}
