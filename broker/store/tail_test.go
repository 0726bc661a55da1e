package store_test

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/store"
)

// TestTailReplyForms reads the same records through every way Tail has: the generic reply
// in both its RESP3 (a map) and RESP2 (pairs) forms, blocking and not, and go-redis's typed
// XRead (a block too long for the client's read timeout); all give what was appended.
func TestTailReplyForms(t *testing.T) {
	prefix := redistest.Prefix(t)
	redistest.Shared(t, prefix) // checks Redis and deletes the prefix's keys at cleanup
	ctx := context.Background()
	pub, _ := eventtest.Publisher(t)
	st := eventtest.Stream(t)
	var keys []string
	want := map[string][]store.Record{}
	{
		rdb := redis.NewClient(&redis.Options{Addr: redistest.SharedAddr})
		defer rdb.Close()
		s := store.New(rdb, store.Config{Prefix: prefix, NetworkPartitions: 8}, nil)
		for part := range uint32(2) {
			key := s.Key(st, part)
			keys = append(keys, key)
			for i := range 5 {
				e, enc := eventtest.Next(t, pub, st, part, i)
				off, err := s.Append(ctx, e, enc)
				if err != nil {
					t.Fatal(err)
				}
				want[key] = append(want[key], store.Record{Offset: off, Data: enc})
			}
		}
	}
	// counts summarises a reply for failure messages (records per key).
	counts := func(m map[string][]store.Record) map[string]int {
		c := map[string]int{}
		for k, v := range m {
			c[k] = len(v)
		}
		return c
	}
	same := func(got map[string][]store.Record) bool {
		return maps.EqualFunc(got, want, func(a, b []store.Record) bool {
			return slices.EqualFunc(a, b, func(x, y store.Record) bool { return x.Offset == y.Offset && string(x.Data) == string(y.Data) })
		})
	}
	for _, proto := range []int{2, 3} {
		rdb := redis.NewClient(&redis.Options{Addr: redistest.SharedAddr, Protocol: proto})
		defer rdb.Close()
		s := store.New(rdb, store.Config{Prefix: prefix, NetworkPartitions: 8}, nil)
		cursors := []store.Cursor{{Key: keys[0]}, {Key: keys[1]}}
		for _, block := range []time.Duration{-1, 100 * time.Millisecond, 10 * time.Second} {
			got, err := s.Tail(ctx, cursors, 100, block)
			if err != nil {
				t.Fatalf("RESP%d, block %s: %v", proto, block, err)
			}
			if !same(got) {
				t.Fatalf("RESP%d, block %s: got %v records, want %v (or they differ)", proto, block, counts(got), counts(want))
			}
		}
		// After the last records: nothing, and nil, once the block has passed.
		last := []store.Cursor{{Key: keys[0], After: want[keys[0]][4].Offset}, {Key: keys[1], After: want[keys[1]][4].Offset}}
		if got, err := s.Tail(ctx, last, 100, 50*time.Millisecond); err != nil || got != nil {
			t.Fatalf("RESP%d past the end: %v, %v", proto, counts(got), err)
		}
		// From the middle of one partition only.
		got, err := s.Tail(ctx, []store.Cursor{{Key: keys[1], After: want[keys[1]][2].Offset}}, 100, 100*time.Millisecond)
		if err != nil || len(got) != 1 || len(got[keys[1]]) != 2 || got[keys[1]][0].Offset != want[keys[1]][3].Offset {
			t.Fatalf("RESP%d from the middle: %v, %v", proto, counts(got), err)
		}
	}
}
