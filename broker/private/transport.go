package private

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/protocol"
)

// Transport carries signed events to the broker (broker/client satisfies it).
// Implementations must deliver the events of one (stream, partition) in the order Publish is
// called, so an announce always precedes the data it unlocks.
type Transport interface {
	Publish(ctx context.Context, e *protocol.Event) error
}

// History reads stored events (a broker resend). Resend returns the events of
// (stream, partition) with timestamps in [fromMs, toMs], oldest first. It may return events
// of every type and publisher; the caller filters.
type History interface {
	Resend(ctx context.Context, stream common.Address, partition uint32, fromMs, toMs uint64) ([]*protocol.Event, error)
}

// TransportFunc adapts a function to Transport.
type TransportFunc func(ctx context.Context, e *protocol.Event) error

// Publish calls f.
func (f TransportFunc) Publish(ctx context.Context, e *protocol.Event) error { return f(ctx, e) }
