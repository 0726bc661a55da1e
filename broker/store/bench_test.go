package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// BenchmarkAppend measures one chain-checked append (Lua script round trip) of a 100-byte
// event, sequentially and from parallel publishers.
func BenchmarkAppend(b *testing.B) {
	prefix := redistest.Prefix(b)
	s := store.New(redistest.Shared(b, prefix), store.Config{Prefix: prefix}, nil)
	b.Run("serial", func(b *testing.B) {
		pub, _ := eventtest.Publisher(b)
		st := eventtest.Stream(b)
		events, encs := prepare(b, pub, st, b.N)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := s.Append(context.Background(), events[i], encs[i]); err != nil {
				b.Fatal(err)
			}
		}
	})
	// batched: appends submitted 64 at a time, as a busy broker's group commit sends them;
	// reports the Redis server's CPU time per append.
	b.Run("batched", func(b *testing.B) {
		pub, _ := eventtest.Publisher(b)
		st := eventtest.Stream(b)
		events, encs := prepare(b, pub, st, b.N)
		rdb := s.Client()
		cpu0 := redistest.ServerCPU(b, rdb)
		b.ResetTimer()
		pending := make([]*store.Pending, 0, 64)
		for i := 0; i < b.N; i++ {
			pending = append(pending, s.Submit(context.Background(), events[i], encs[i]))
			if len(pending) == cap(pending) || i == b.N-1 {
				for _, p := range pending {
					if _, err := p.Wait(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				pending = pending[:0]
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(redistest.ServerCPU(b, rdb)-cpu0)/float64(b.N)/float64(time.Microsecond), "redis-us/op")
	})
	b.Run("parallel", func(b *testing.B) {
		st := eventtest.Stream(b)
		b.RunParallel(func(pb *testing.PB) {
			pub, _ := eventtest.Publisher(b)
			n := 0
			for pb.Next() {
				e, enc := eventtest.Next(b, pub, st, 0, n)
				n++
				if _, err := s.Append(context.Background(), e, enc); err != nil {
					b.Error(err)
					return
				}
			}
		})
	})
}

func prepare(b *testing.B, pub *protocol.Publisher, st [20]byte, n int) ([]*protocol.Event, [][]byte) {
	events := make([]*protocol.Event, n)
	encs := make([][]byte, n)
	for i := range n {
		events[i], encs[i] = eventtest.Next(b, pub, st, 0, i)
	}
	return events, encs
}
