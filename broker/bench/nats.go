package bench

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// natsPhase publishes the payload into a JetStream memory stream from the configured number
// of publishers (as fast as they go, or paced at rate events/s over all of them when
// rate > 0) and consumes it with one ordered consumer.
func natsPhase(ctx context.Context, cfg Config, payload []byte, rate float64) (float64, []time.Duration, error) {
	nc, err := nats.Connect(cfg.NATSURL, nats.Timeout(3*time.Second))
	if err != nil {
		return 0, nil, fmt.Errorf("connecting to %s: %w", cfg.NATSURL, err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return 0, nil, err
	}
	name := fmt.Sprintf("STREAMR_BENCH_%d", time.Now().UnixNano())
	subject := "streamr.bench." + name
	if _, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: name, Subjects: []string{subject},
		Storage: jetstream.MemoryStorage, MaxMsgs: 200_000}); err != nil {
		return 0, nil, fmt.Errorf("creating a JetStream stream: %w", err)
	}
	defer js.DeleteStream(context.Background(), name)
	cons, err := js.OrderedConsumer(ctx, name, jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverNewPolicy})
	if err != nil {
		return 0, nil, err
	}
	var mu sync.Mutex
	var lat []time.Duration
	n := 0
	cc, err := cons.Consume(func(m jetstream.Msg) {
		d := stamped(m.Data())
		mu.Lock()
		n++
		lat = append(lat, d)
		mu.Unlock()
	})
	if err != nil {
		return 0, nil, err
	}
	defer cc.Stop()
	rctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	publish := func(b []byte) {
		for {
			if _, err := js.PublishAsync(subject, b); err == nil {
				return
			}
			select { // too many unacknowledged: wait for them, then try again
			case <-js.PublishAsyncComplete():
			case <-rctx.Done():
				return
			}
		}
	}
	for range cfg.Publishers {
		wg.Go(func() {
			if rate > 0 {
				paced(rctx, rate/float64(cfg.Publishers), func(due []int64) bool {
					for _, at := range due {
						publish(stampAt(payload, at))
					}
					return true
				})
				return
			}
			for rctx.Err() == nil {
				publish(stamp(payload))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	mu.Lock()
	defer mu.Unlock()
	return float64(n) / elapsed.Seconds(), append([]time.Duration(nil), lat...), nil
}
