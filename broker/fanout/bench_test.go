package fanout_test

import (
	"context"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/store"
)

// BenchmarkFanout measures append → tail → delivery to 100 subscribers of one partition;
// one op is one event delivered to every subscriber.
func BenchmarkFanout(b *testing.B) {
	p := redistest.Prefix(b)
	st := store.New(redistest.Shared(b, p), store.Config{Prefix: p}, nil)
	h := fanout.New(st, fanout.Config{QueueSize: 1 << 16, TailBlock: 50 * time.Millisecond}, nil, nil)
	defer h.Close()
	stream := eventtest.Stream(b)
	const subscribers = 100
	subs := make([]*fanout.Subscription, subscribers)
	for i := range subs {
		s, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{})
		if err != nil {
			b.Fatal(err)
		}
		subs[i] = s
	}
	pub, _ := eventtest.Publisher(b)
	done := make(chan struct{})
	for _, s := range subs {
		go func() {
			for range b.N {
				select {
				case <-s.C():
				case <-s.Done():
					b.Error(s.Err())
					return
				}
			}
			done <- struct{}{}
		}()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e, enc := eventtest.Next(b, pub, stream, 0, i)
		if _, err := st.Append(context.Background(), e, enc); err != nil {
			b.Fatal(err)
		}
	}
	for range subscribers {
		<-done
	}
}
