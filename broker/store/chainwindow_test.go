package store_test

import (
	"context"
	"errors"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/store"
)

// With a ChainWindow, chain positions go to the current generation's hash and are read from
// the generations before, at and after it (and from the hash used without a window): a
// replay is caught for at least a window after the chain's last event (also by a broker
// whose clock is a generation behind), a chain idle for longer is forgotten (its next event
// starts it again), and each hash expires on its own.
func TestChainWindow(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			rdb, prefix := b.new(t)
			ctx := context.Background()
			const w = time.Minute
			var now atomic.Int64
			now.Store(time.Now().UnixMilli())
			clock := func() time.Time { return time.UnixMilli(now.Load()) }
			cfg := store.Config{Prefix: prefix, NetworkPartitions: 8, ChainWindow: w, Now: clock}
			s := store.New(rdb, cfg, nil)
			cfg.Now = func() time.Time { return clock().Add(-w) }
			behind := store.New(rdb, cfg, nil)

			pub, _ := eventtest.Publisher(t)
			st := eventtest.Stream(t)
			e1, d1 := eventtest.Next(t, pub, st, 0, 1)
			if _, err := s.Append(ctx, e1, d1); err != nil {
				t.Fatal(err)
			}
			gen := s.Key(st, 0) + ":chains:" + strconv.FormatInt(now.Load()/w.Milliseconds(), 10)
			if ttl, err := rdb.PTTL(ctx, gen).Result(); err != nil || ttl <= 2*w || ttl > 3*w {
				t.Fatalf("the generation's hash %s expires in %v (%v), want (2w, 3w]", gen, ttl, err)
			}
			for name, st := range map[string]*store.Store{"same clock": s, "clock a generation behind": behind} {
				if _, err := st.Append(ctx, e1, d1); !errors.Is(err, store.ErrDuplicate) {
					t.Fatalf("replay, %s: %v", name, err)
				}
			}

			// A window later the chain is still known; its next event moves it on.
			now.Add(w.Milliseconds())
			if _, err := s.Append(ctx, e1, d1); !errors.Is(err, store.ErrDuplicate) {
				t.Fatalf("replay a window later: %v", err)
			}
			e2, d2 := eventtest.Next(t, pub, st, 0, 2)
			if _, err := s.Append(ctx, e2, d2); err != nil {
				t.Fatal(err)
			}

			// Positions stored without a window (before an upgrade) are still read, and
			// their hash expires once positions of its stream partition are written.
			before := store.New(rdb, store.Config{Prefix: prefix, NetworkPartitions: 8}, nil)
			st2 := eventtest.Stream(t)
			f1, g1 := eventtest.Next(t, pub, st2, 0, 1)
			if _, err := before.Append(ctx, f1, g1); err != nil {
				t.Fatal(err)
			}
			legacy := s.Key(st2, 0) + ":chains"
			if ttl, err := rdb.PTTL(ctx, legacy).Result(); err != nil || ttl != -1 {
				t.Fatalf("without a window the hash has no expiry: %v %v", ttl, err)
			}
			if _, err := s.Append(ctx, f1, g1); !errors.Is(err, store.ErrDuplicate) {
				t.Fatalf("replay of an event stored without a window: %v", err)
			}
			f2, g2 := eventtest.Next(t, pub, st2, 0, 2)
			if _, err := s.Append(ctx, f2, g2); err != nil {
				t.Fatal(err)
			}
			if ttl, err := rdb.PTTL(ctx, legacy).Result(); err != nil || ttl <= 2*w || ttl > 3*w {
				t.Fatalf("the hash without a window expires in %v (%v), want (2w, 3w]", ttl, err)
			}

			// Idle for two windows more: forgotten (the broker's timestamp window refuses
			// such old events before they reach the store).
			now.Add(2*w.Milliseconds() + 1)
			if _, err := s.Append(ctx, e1, d1); err != nil {
				t.Fatalf("a forgotten chain's event: %v", err)
			}
		})
	}
}
