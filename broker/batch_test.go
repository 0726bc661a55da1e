package broker_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// answers reads control messages and ack frames until n publishes have been answered, returning the acked
// chain positions (by timestamp) and the error codes, in answer order.
func (r *rawConn) answers(n int) (acked []uint64, errs []api.Code) {
	r.t.Helper()
	for len(acked) < n {
		c := r.next()
		switch c.Type {
		case typeAck:
			if len(c.Acks) == 0 {
				r.t.Fatalf("ack without entries: %+v", c)
			}
			for _, a := range c.Acks {
				if a.Offset.IsZero() {
					r.t.Fatalf("ack without offset: %+v", a)
				}
				acked = append(acked, a.Timestamp)
			}
		case api.TypeError:
			errs = append(errs, c.Code)
			acked = append(acked, 0) // keeps the answer order visible
		}
	}
	return acked, errs
}

func batchFrame(events ...[]byte) []byte {
	f := []byte{api.PublishBatchTag}
	for _, ev := range events {
		f = api.AppendPublishItem(f, ev)
	}
	return f
}

func TestPublishBatchFrames(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	r := dialRaw(t, url)
	key := e.chain.Key(2)
	now := uint64(time.Now().UnixMilli())
	chain := [32]byte{0xba}

	// Ten chained events in one frame: every one acknowledged, in order.
	var evs [][]byte
	for i := range uint64(10) {
		ev := protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + i}
		if i > 0 {
			ev.PrevTimestamp = now + i - 1
		}
		evs = append(evs, signed(t, e.domain, key, ev))
	}
	r.send(websocket.MessageBinary, batchFrame(evs...))
	acked, errs := r.answers(10)
	if len(errs) != 0 {
		t.Fatalf("errors %v", errs)
	}
	for i, ts := range acked {
		if ts != now+uint64(i) {
			t.Fatalf("answer %d is for timestamp %d, want %d", i, ts, now+uint64(i))
		}
	}

	// A bad event in the middle is refused alone; the others are stored.
	good1 := signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + 10, PrevTimestamp: now + 9})
	bad := signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{0xbb}, Timestamp: now})
	bad[len(bad)-10] ^= 0xff
	good2 := signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + 11, PrevTimestamp: now + 10})
	r.send(websocket.MessageBinary, batchFrame(good1, bad, good2))
	acked, errs = r.answers(3)
	if len(errs) != 1 || errs[0] != api.CodeBadSignature || acked[0] != now+10 || acked[1] != 0 || acked[2] != now+11 {
		t.Fatalf("answers %v, errors %v", acked, errs)
	}

	// A broken frame is refused whole: nothing in it is stored.
	unstored := signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + 12, PrevTimestamp: now + 11})
	broken := append(batchFrame(unstored), 0x05, 0x01)
	for name, f := range map[string][]byte{
		"truncated item": broken,
		"empty batch":    {api.PublishBatchTag},
	} {
		t.Run(name, func(t *testing.T) {
			r.t = t
			r.send(websocket.MessageBinary, f)
			r.expect(api.TypeError, api.CodeBadRequest)
		})
	}
	r.t = t
	st := store.New(e.rdb, store.Config{Prefix: e.prefix, NetworkPartitions: 8}, nil)
	recs, err := st.Last(context.Background(), e.public, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 12 {
		t.Fatalf("%d events stored, want 12", len(recs))
	}
	// The chain continues where the stored events end.
	r.send(websocket.MessageBinary, batchFrame(unstored))
	if acked, errs := r.answers(1); len(errs) != 0 || acked[0] != now+12 {
		t.Fatalf("answers %v, errors %v", acked, errs)
	}
}

// TestClientBatches publishes a burst through the client (which packs queued publishes
// into batch frames) to a subscriber (which receives delivery batches): everything
// arrives once, in order.
func TestClientBatches(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	sub := e.client([]string{url}, 3)
	s, err := sub.Subscribe(context.Background(), e.public, 1, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pub := e.client([]string{url}, 2)
	const n = 3000
	results := publishAsync(t, pub, eventPublisher(t, e, 2), e.public, 1, n, func(i int) protocol.Message {
		return protocol.Message{ContentType: protocol.ContentBinary, Content: []byte{byte(i), byte(i >> 8)}}
	})
	var last store.Offset
	for i, ch := range results {
		r := <-ch
		if r.Err != nil {
			t.Fatalf("publish %d: %v", i, r.Err)
		}
		if !last.Less(r.Offset) {
			t.Fatalf("publish %d stored at %v, after %v", i, r.Offset, last)
		}
		last = r.Offset
	}
	for i, m := range receive(t, s, n) {
		if got := int(m.Event.Content[0]) | int(m.Event.Content[1])<<8; got != i {
			t.Fatalf("delivery %d carries event %d", i, got)
		}
	}
	expectNothing(t, s)
}

// TestClientPublishesEncodedEvents publishes events signed in advance and kept encoded in
// one buffer (as the load tool does), in bursts, through PublishEncodedAsync: every one is
// stored once, in order, and delivered with its content; bytes that are not an event, or
// too many of them, are refused before anything is queued.
func TestClientPublishesEncodedEvents(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	sub := e.client([]string{url}, 3)
	s, err := sub.Subscribe(context.Background(), e.public, 2, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pub := e.client([]string{url}, 2)
	signer := eventPublisher(t, e, 2)
	const n, bursts = 1000, 3
	var buf []byte
	var ends []int
	for i := range n * bursts {
		ev, err := signer.Publish(e.public, 2, protocol.Message{ContentType: protocol.ContentBinary,
			Content: []byte{byte(i), byte(i >> 8), 0xee}})
		if err != nil {
			t.Fatal(err)
		}
		if buf, err = protocol.AppendEncode(buf, ev); err != nil {
			t.Fatal(err)
		}
		ends = append(ends, len(buf))
	}
	var last store.Offset
	for b := range bursts {
		results := make([]<-chan client.Result, 0, n)
		for i := b * n; i < (b+1)*n; i++ {
			start := 0
			if i > 0 {
				start = ends[i-1]
			}
			ch, err := pub.PublishEncodedAsync(buf[start:ends[i]])
			if err != nil {
				t.Fatalf("publish %d: %v", i, err)
			}
			results = append(results, ch)
		}
		for i, ch := range results {
			var r client.Result
			select {
			case r = <-ch:
			case <-time.After(30 * time.Second):
				t.Fatalf("publish %d: no answer", b*n+i)
			}
			if r.Err != nil {
				t.Fatalf("publish %d: %v", b*n+i, r.Err)
			}
			if !last.Less(r.Offset) {
				t.Fatalf("publish %d stored at %v, after %v", b*n+i, r.Offset, last)
			}
			last = r.Offset
		}
	}
	for i, m := range receive(t, s, n*bursts) {
		c := m.Event.Content
		if len(c) != 3 || int(c[0])|int(c[1])<<8 != i || c[2] != 0xee {
			t.Fatalf("delivery %d carries %x", i, c)
		}
	}
	expectNothing(t, s)

	if _, err := pub.PublishEncodedAsync([]byte("not an event")); !errors.Is(err, protocol.ErrBadMagic) {
		t.Fatalf("garbage: %v", err)
	}
	if _, err := pub.PublishEncodedAsync(make([]byte, protocol.HardMaxContentSize+8192)); !errors.Is(err, client.ErrTooLarge) {
		t.Fatalf("oversized: %v", err)
	}
}
