package broker_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/bench"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
)

// BenchmarkPublishDeliver sends events signed in advance through one broker over WebSocket,
// in bursts of 8 (about what a publisher of a few thousand events/s hands its client per
// millisecond), to a subscriber of the partition, and reports the CPU time this process
// (broker and both clients) and the Redis server spend per delivered event. Signature
// recovery alone is the floor: compare with BenchmarkEcrecover in broker/protocol.
func BenchmarkPublishDeliver(b *testing.B) {
	e := newEnv(b)
	_, url := e.start(e.config(), nil)
	pubKey := e.chain.Key(2)
	pub := eventtest.PublisherFor(b, pubKey, e.domain)
	events := make([]*protocol.Event, b.N)
	for i := range events {
		ev, err := pub.Publish(e.public, 0, protocol.Message{ContentType: protocol.ContentJSON,
			Content: []byte(`{"n":` + strconv.Itoa(i) + `,"p":"` + strings.Repeat("x", 180) + `"}`)})
		if err != nil {
			b.Fatal(err)
		}
		events[i] = ev
	}
	pc := e.client([]string{url}, 2)
	sc := e.client([]string{url}, -1)
	sub, err := sc.Subscribe(context.Background(), e.public, 0, client.SubscribeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	proc0, rds0 := bench.ProcessCPU(), redistest.ServerCPU(b, e.rdb)
	b.ResetTimer()
	go func() {
		for i := 0; i < len(events); i++ {
			if _, err := pc.PublishAsync(events[i]); err != nil {
				b.Error(err)
				return
			}
			if i%8 == 7 {
				time.Sleep(100 * time.Microsecond)
			}
		}
	}()
	for range b.N {
		select {
		case <-sub.C():
		case <-time.After(10 * time.Second):
			b.Fatal("a delivery did not arrive")
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(bench.ProcessCPU()-proc0)/float64(b.N)/1e3, "cpu-us/op")
	b.ReportMetric(float64(redistest.ServerCPU(b, e.rdb)-rds0)/float64(b.N)/1e3, "redis-us/op")
}
