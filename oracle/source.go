package oracle

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
)

// BrokerSource is a Source over a broker WebSocket client.
type BrokerSource struct {
	Client *client.Client
}

// Subscribe subscribes at the broker (from a publisher time when fromMs > 0) and forwards
// events until ctx ends or the subscription does.
func (b BrokerSource) Subscribe(ctx context.Context, stream common.Address, partition uint32, fromMs uint64) (<-chan Event, error) {
	var opts client.SubscribeOptions
	if fromMs > 0 {
		opts.Resend = &api.Resend{FromTimestamp: fromMs}
	}
	sub, err := b.Client.Subscribe(ctx, stream, partition, opts)
	if err != nil {
		return nil, err
	}
	out := make(chan Event, 64)
	go func() {
		defer close(out)
		defer sub.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.Done():
				return
			case m, ok := <-sub.C():
				if !ok {
					return
				}
				select {
				case out <- Event{Event: m.Event, Received: time.Now()}:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}
