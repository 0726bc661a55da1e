package protocol

import (
	"errors"
	"math"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestChainNext(t *testing.T) {
	type step struct {
		now  uint64
		want Position
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"first event", []step{{1000, Position{1000, 0, 0, 0}}}},
		{"first at zero clock", []step{{0, Position{1, 0, 0, 0}}}},
		{"same millisecond", []step{
			{1000, Position{1000, 0, 0, 0}},
			{1000, Position{1000, 1, 1000, 0}},
			{1000, Position{1000, 2, 1000, 1}},
		}},
		{"clock advances", []step{
			{1000, Position{1000, 0, 0, 0}},
			{1000, Position{1000, 1, 1000, 0}},
			{1005, Position{1005, 0, 1000, 1}},
		}},
		{"clock goes back", []step{
			{1000, Position{1000, 0, 0, 0}},
			{900, Position{1000, 1, 1000, 0}},
			{1001, Position{1001, 0, 1000, 1}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c Chain
			for i, s := range tc.steps {
				if got := c.Next(s.now); got != s.want {
					t.Fatalf("step %d: got %+v, want %+v", i, got, s.want)
				}
			}
		})
	}
	t.Run("sequence overflow", func(t *testing.T) {
		c := Chain{started: true, lastTS: 1000, lastSeq: math.MaxUint32}
		if got, want := c.Next(1000), (Position{1001, 0, 1000, math.MaxUint32}); got != want {
			t.Fatalf("got %+v, want %+v", got, want)
		}
	})
}

type fakeClock struct{ ms atomic.Int64 }

func (c *fakeClock) now() time.Time { return time.UnixMilli(c.ms.Load()) }

func TestPublisher(t *testing.T) {
	key := testKey(t)
	clock := &fakeClock{}
	clock.ms.Store(1717171717000)
	p, err := NewPublisher(key, testDomain, PublisherConfig{OriginType: OriginDevice, Now: clock.now})
	if err != nil {
		t.Fatal(err)
	}
	if p.MsgChainID() == ([32]byte{}) {
		t.Fatal("zero message chain id")
	}
	streamA := common.Address{0xa}
	streamB := common.Address{0xb}
	msg := Message{Content: []byte(`{"v":1}`)}

	e1, err := p.Publish(streamA, 0, msg)
	if err != nil {
		t.Fatal(err)
	}
	e2, _ := p.Publish(streamA, 0, msg)
	eb, _ := p.Publish(streamB, 0, msg)
	ep, _ := p.Publish(streamA, 1, msg)
	clock.ms.Add(7)
	e3, _ := p.Publish(streamA, 0, msg)

	lim := DefaultLimits()
	lim.Now = clock.now
	for i, e := range []*Event{e1, e2, eb, ep, e3} {
		if err := Validate(e, lim); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if err := testDomain.Verify(e); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		if e.Publisher != p.Address() || e.MsgChainID != p.MsgChainID() || e.OriginType != OriginDevice {
			t.Fatalf("event %d: header %v", i, e)
		}
	}
	check := func(name string, e *Event, ts uint64, seq uint32, pts uint64, pseq uint32) {
		t.Helper()
		if e.Timestamp != ts || e.Sequence != seq || e.PrevTimestamp != pts || e.PrevSequence != pseq {
			t.Fatalf("%s: (%d,%d) prev (%d,%d), want (%d,%d) prev (%d,%d)", name,
				e.Timestamp, e.Sequence, e.PrevTimestamp, e.PrevSequence, ts, seq, pts, pseq)
		}
	}
	check("e1", e1, 1717171717000, 0, 0, 0)
	check("e2", e2, 1717171717000, 1, 1717171717000, 0)
	check("other stream", eb, 1717171717000, 0, 0, 0)
	check("other partition", ep, 1717171717000, 0, 0, 0)
	check("e3", e3, 1717171717007, 0, 1717171717000, 1)

	// Content is copied.
	content := []byte(`{"v":2}`)
	e4, _ := p.Publish(streamA, 0, Message{Content: content})
	content[0] = 'x'
	if string(e4.Content) != `{"v":2}` {
		t.Fatal("Publish retained the caller's content slice")
	}

	other, _ := NewPublisher(key, testDomain, PublisherConfig{})
	if other.MsgChainID() == p.MsgChainID() {
		t.Fatal("two sessions share a message chain id")
	}
}

func TestPublisherErrors(t *testing.T) {
	key := testKey(t)
	if _, err := NewPublisher(nil, testDomain, PublisherConfig{}); err == nil {
		t.Fatal("nil key accepted")
	}
	if _, err := NewPublisher(key, testDomain, PublisherConfig{OriginType: 9}); !errors.Is(err, ErrUnknownEnum) {
		t.Fatalf("origin 9: %v", err)
	}
	p, err := NewPublisher(key, testDomain, PublisherConfig{MsgChainID: [32]byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	if p.MsgChainID() != ([32]byte{1}) {
		t.Fatal("configured chain id ignored")
	}
	tests := []struct {
		name string
		m    Message
		want error
	}{
		{"message type", Message{MessageType: 3}, ErrUnknownEnum},
		{"content type", Message{ContentType: 2}, ErrUnknownEnum},
		{"encryption", Message{EncryptionType: 2}, ErrUnknownEnum},
		{"no group key", Message{EncryptionType: EncryptionAES256GCM}, ErrMissingGroupKey},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := p.Publish(common.Address{1}, 0, tc.m); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// TestPublisherConcurrent publishes from many goroutines into one chain and checks that the
// events form a single linked chain with unique positions.
func TestPublisherConcurrent(t *testing.T) {
	clock := &fakeClock{}
	clock.ms.Store(1_000_000)
	p, err := NewPublisher(testKey(t), testDomain, PublisherConfig{Now: clock.now})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 8, 25
	stream := common.Address{0xc}
	var (
		mu     sync.Mutex
		events []*Event
		wg     sync.WaitGroup
	)
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				if i%5 == 0 && w == 0 {
					clock.ms.Add(1)
				}
				e, err := p.Publish(stream, 0, Message{ContentType: ContentBinary, Content: []byte{byte(w), byte(i)}})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				events = append(events, e)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	type pos struct {
		ts  uint64
		seq uint32
	}
	byPos := make(map[pos]*Event)
	firsts := 0
	for _, e := range events {
		k := pos{e.Timestamp, e.Sequence}
		if byPos[k] != nil {
			t.Fatalf("duplicate position %v", k)
		}
		byPos[k] = e
		if !e.HasPrev() {
			firsts++
		}
		if err := testDomain.Verify(e); err != nil {
			t.Fatal(err)
		}
	}
	if firsts != 1 {
		t.Fatalf("%d events without a previous reference", firsts)
	}
	referenced := make(map[pos]bool)
	for _, e := range events {
		if e.HasPrev() {
			k := pos{e.PrevTimestamp, e.PrevSequence}
			if byPos[k] == nil || referenced[k] {
				t.Fatalf("bad or repeated prev reference %v", k)
			}
			referenced[k] = true
		}
	}
	if len(events) != workers*each || len(referenced) != len(events)-1 {
		t.Fatalf("%d events, %d referenced", len(events), len(referenced))
	}
}
