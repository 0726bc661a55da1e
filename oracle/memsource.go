package oracle

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/protocol"
)

// MemSource is an in-process Source: events given to Publish go to every subscriber of their
// stream partition (for tests and single-process setups). It keeps what was published so a
// subscription from a timestamp replays history first.
type MemSource struct {
	mu      sync.Mutex
	subs    map[partKey]map[chan Event]struct{}
	history map[partKey][]*protocol.Event
}

// NewMemSource returns an empty source.
func NewMemSource() *MemSource {
	return &MemSource{subs: map[partKey]map[chan Event]struct{}{}, history: map[partKey][]*protocol.Event{}}
}

// Subscribe implements Source.
func (m *MemSource) Subscribe(ctx context.Context, stream common.Address, partition uint32, fromMs uint64) (<-chan Event, error) {
	k := partKey{stream, partition}
	ch := make(chan Event, 4096)
	m.mu.Lock()
	if fromMs > 0 {
		for _, e := range m.history[k] {
			if e.Timestamp >= fromMs {
				select {
				case ch <- Event{Event: e, Received: time.Now()}:
				default:
				}
			}
		}
	}
	if m.subs[k] == nil {
		m.subs[k] = map[chan Event]struct{}{}
	}
	m.subs[k][ch] = struct{}{}
	m.mu.Unlock()
	go func() {
		<-ctx.Done()
		m.mu.Lock()
		delete(m.subs[k], ch)
		close(ch)
		m.mu.Unlock()
	}()
	return ch, nil
}

// Publish hands e to the subscribers of its stream partition (dropping it for a subscriber
// whose buffer is full).
func (m *MemSource) Publish(e *protocol.Event) {
	k := partKey{e.Stream, e.Partition}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.history[k] = append(m.history[k], e)
	for ch := range m.subs[k] {
		select {
		case ch <- Event{Event: e, Received: time.Now()}:
		default:
		}
	}
}
