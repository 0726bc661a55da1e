package private

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/protocol"
)

// DefaultHistorySkew is how far around the requested range ClientHistory asks the broker for
// events. The broker indexes events by arrival time while History is defined over event
// timestamps (the publisher's clock); the wider window catches events whose two clocks
// disagree by up to this much, and the exact range is then applied to event timestamps.
const DefaultHistorySkew = 30_000 // ms

// DefaultHistoryMaxEvents bounds what one ClientHistory.Resend hands to its caller; larger
// ranges fail with ErrHistoryTooLarge (ask for a narrower range).
const DefaultHistoryMaxEvents = 1_000_000

// ErrHistoryTooLarge: a history range holds more events than ClientHistory.MaxEvents.
var ErrHistoryTooLarge = errors.New("private: history range holds too many events")

// ClientTransport makes a broker client a Transport: each event is sent with
// client.PublishEvent, which waits until the broker stored it. The client keeps the events
// of one (stream, partition) in the order they are published, including across reconnections,
// so announces stay ahead of the data they unlock.
type ClientTransport struct {
	Client *client.Client
}

// Publish implements Transport.
func (t ClientTransport) Publish(ctx context.Context, e *protocol.Event) error {
	if t.Client == nil {
		return errors.New("private: transport has no broker client")
	}
	if _, err := t.Client.PublishEvent(ctx, e); err != nil {
		return fmt.Errorf("private: publishing %s: %w", e, err)
	}
	return nil
}

// ClientHistory makes a broker client a History over the broker's resend.
//
// The broker refuses a resend on a partition the same client holds a live subscription on;
// a subscriber that also needs History (a Decrypter looking up announces) should give it a
// second client connection.
type ClientHistory struct {
	Client *client.Client
	// Skew widens the broker request around [fromMs, toMs]; zero means DefaultHistorySkew.
	Skew uint64
	// MaxEvents bounds one Resend; zero means DefaultHistoryMaxEvents.
	MaxEvents int
}

// Resend implements History. It pages through the broker's resend of the time range and
// returns the events whose timestamps are in [fromMs, toMs], in stored order (oldest first).
func (h ClientHistory) Resend(ctx context.Context, stream common.Address, partition uint32, fromMs, toMs uint64) ([]*protocol.Event, error) {
	if h.Client == nil {
		return nil, errors.New("private: history has no broker client")
	}
	if toMs < fromMs {
		return nil, nil
	}
	skew, maxEvents := h.Skew, h.MaxEvents
	if skew == 0 {
		skew = DefaultHistorySkew
	}
	if maxEvents <= 0 {
		maxEvents = DefaultHistoryMaxEvents
	}
	rs := api.Resend{ToTimestamp: satAdd(toMs, skew)}
	if fromMs > skew {
		// A zero FromTimestamp means "from the beginning", which is what we want below skew.
		rs.FromTimestamp = fromMs - skew
	}
	// Client.Resend follows the broker's pages (each reply says where to resume) to the end
	// of the range.
	msgs, err := h.Client.Resend(ctx, stream, partition, rs)
	if err != nil {
		return nil, fmt.Errorf("private: resend of %s/%d [%d, %d]: %w", stream, partition, fromMs, toMs, err)
	}
	if len(msgs) > maxEvents {
		return nil, fmt.Errorf("%w: %d in %s/%d [%d, %d], limit %d", ErrHistoryTooLarge, len(msgs), stream, partition, fromMs, toMs, maxEvents)
	}
	out := make([]*protocol.Event, 0, len(msgs))
	for _, m := range msgs {
		if e := m.Event; e != nil && e.Timestamp >= fromMs && e.Timestamp <= toMs {
			out = append(out, e)
		}
	}
	return out, nil
}

func satAdd(a, b uint64) uint64 {
	if a > ^uint64(0)-b {
		return ^uint64(0)
	}
	return a + b
}

var (
	_ Transport = ClientTransport{}
	_ History   = ClientHistory{}
)
