package client

import (
	"context"
	"sync"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/store"
)

type chainID struct {
	publisher [20]byte
	chain     [32]byte
}

type position struct {
	ts  uint64
	seq uint32
}

// Subscription receives the events of one stream partition, in order, exactly once, across
// reconnections.
type Subscription struct {
	c          *Client
	key        subKey
	id         string
	initial    *api.Resend
	onGap      func(Gap)
	resendOnly bool

	ch   chan Message
	once sync.Once
	done chan struct{}
	err  error

	mu       sync.Mutex
	last     store.Offset // last offset received (or the live start)
	chains   map[chainID]position
	dups     int
	gapCount int
}

// C returns the messages.
func (s *Subscription) C() <-chan Message { return s.ch }

// Done is closed when the subscription ends (Close, client closed, or a broker error such
// as FORBIDDEN); Err says why.
func (s *Subscription) Done() <-chan struct{} { return s.done }

// Err returns why the subscription ended.
func (s *Subscription) Err() error {
	select {
	case <-s.done:
		return s.err
	default:
		return nil
	}
}

// Last returns the offset of the last message received.
func (s *Subscription) Last() store.Offset {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// Stats returns how many duplicates were dropped and how many chain gaps were detected.
func (s *Subscription) Stats() (duplicates, gaps int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dups, s.gapCount
}

// Close unsubscribes.
func (s *Subscription) Close() {
	s.c.forget(s)
	st := s.key.stream
	_ = s.c.send(&api.Control{Type: api.TypeUnsubscribe, ID: s.c.nextID(), Stream: &st, Partition: s.key.partition})
	s.end(nil)
}

func (s *Subscription) end(err error) {
	s.once.Do(func() {
		s.err = err
		close(s.done)
	})
}

// subscribed records the broker's live start when nothing was received yet.
func (s *Subscription) subscribed(start store.Offset) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last.IsZero() && !start.IsZero() {
		s.last = start
	}
}

// resumeRequest is the subscribe request that continues after the last offset received,
// or the original request when nothing was received.
func (s *Subscription) resumeRequest() *api.Control {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.key.stream
	req := &api.Control{Type: api.TypeSubscribe, ID: s.id, Stream: &st, Partition: s.key.partition}
	if !s.last.IsZero() {
		req.Resend = &api.Resend{From: s.last.Next()}
	} else if s.initial != nil {
		r := *s.initial
		req.Resend = &r
	}
	return req
}

// receive filters duplicates by offset, checks the chain, and queues the message.
func (s *Subscription) receive(ctx context.Context, m Message) {
	s.mu.Lock()
	if !s.resendOnly && !s.last.Less(m.Offset) {
		s.dups++
		s.mu.Unlock()
		return
	}
	s.last = m.Offset
	e := m.Event
	k := chainID{publisher: e.Publisher, chain: e.MsgChainID}
	var gap *Gap
	if p, ok := s.chains[k]; ok && e.HasPrev() && (p.ts != e.PrevTimestamp || p.seq != e.PrevSequence) {
		gap = &Gap{Message: m, LastTimestamp: p.ts, LastSequence: uint64(p.seq)}
		s.gapCount++
	}
	s.chains[k] = position{ts: e.Timestamp, seq: e.Sequence}
	s.mu.Unlock()
	if gap != nil && s.onGap != nil {
		s.onGap(*gap)
	}
	select {
	case s.ch <- m:
	case <-s.done:
	case <-ctx.Done():
	}
}
