package broker_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/api"
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

// BenchmarkHTTPPublish publishes events signed in advance over HTTP, one per request and in
// batches of 100 (binary batch frames and JSON lines), and reports the CPU time of this
// process (broker and HTTP client) and of Redis per stored event.
func BenchmarkHTTPPublish(b *testing.B) {
	for _, c := range []struct {
		name  string
		batch int
		ctype string
	}{
		{"single", 1, "application/octet-stream"},
		{"batch100", 100, "application/octet-stream"},
		{"ndjson100", 100, "application/x-ndjson"},
	} {
		b.Run(c.name, func(b *testing.B) {
			e := newEnv(b)
			_, url := e.start(e.config(), nil)
			base := httpBase(url)
			pub := eventtest.PublisherFor(b, e.chain.Key(2), e.domain)
			bodies := make([][]byte, 0, b.N/c.batch+1)
			var body []byte
			for i := range b.N {
				ev, err := pub.Publish(e.public, 0, protocol.Message{ContentType: protocol.ContentJSON,
					Content: []byte(`{"n":` + strconv.Itoa(i) + `,"p":"` + strings.Repeat("x", 180) + `"}`)})
				if err != nil {
					b.Fatal(err)
				}
				switch {
				case c.batch == 1:
					body, _ = protocol.Encode(ev)
				case c.ctype == "application/x-ndjson":
					j, _ := json.Marshal(ev)
					body = append(append(body, j...), '\n')
				default:
					if len(body) == 0 {
						body = append(body, api.PublishBatchTag)
					}
					enc, _ := protocol.Encode(ev)
					body = api.AppendPublishItem(body, enc)
				}
				if (i+1)%c.batch == 0 || i == b.N-1 {
					bodies, body = append(bodies, body), nil
				}
			}
			proc0, rds0 := bench.ProcessCPU(), redistest.ServerCPU(b, e.rdb)
			b.ResetTimer()
			for _, body := range bodies {
				res, err := http.Post(base+"/api/v1/events", c.ctype, bytes.NewReader(body))
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, res.Body)
				_ = res.Body.Close()
				if res.StatusCode != http.StatusCreated && res.StatusCode != http.StatusOK {
					b.Fatalf("status %d", res.StatusCode)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(bench.ProcessCPU()-proc0)/float64(b.N)/1e3, "cpu-us/op")
			b.ReportMetric(float64(redistest.ServerCPU(b, e.rdb)-rds0)/float64(b.N)/1e3, "redis-us/op")
		})
	}
}
