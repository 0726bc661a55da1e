package store_test

import (
	"context"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// TestGroupCommitAcrossPartitions submits appends to many stream partitions at once (the
// committer sends their batches in one pipeline), on a server that lost its scripts
// halfway: every append is stored once, in submission order per partition.
func TestGroupCommitAcrossPartitions(t *testing.T) {
	srv := redistest.StartServer(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr})
	t.Cleanup(func() { _ = rdb.Close() })
	ctx := context.Background()
	s := store.New(rdb, store.Config{Prefix: "gc", NetworkPartitions: 8}, nil)
	st := eventtest.Stream(t)
	const parts, perPart = 12, 60
	pubs := make([]*protocol.Publisher, parts)
	for i := range pubs {
		pubs[i], _ = eventtest.Publisher(t)
	}
	var pending [parts][]*store.Pending
	for round := range perPart {
		if round == perPart/2 {
			if err := rdb.ScriptFlush(ctx).Err(); err != nil {
				t.Fatal(err)
			}
		}
		for p := range parts {
			e, enc := eventtest.Next(t, pubs[p], st, uint32(p), round)
			pending[p] = append(pending[p], s.Submit(ctx, e, enc))
		}
	}
	for p := range parts {
		var last store.Offset
		for i, pd := range pending[p] {
			off, err := pd.Wait(ctx)
			if err != nil {
				t.Fatalf("partition %d append %d: %v", p, i, err)
			}
			if !last.Less(off) {
				t.Fatalf("partition %d append %d at %v, after %v", p, i, off, last)
			}
			last = off
		}
		page, err := s.Range(ctx, st, uint32(p), store.Query{})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Records) != perPart {
			t.Fatalf("partition %d holds %d records, want %d", p, len(page.Records), perPart)
		}
	}
}

func TestServerCPU(t *testing.T) {
	rdb := redistest.Shared(t, redistest.Prefix(t))
	a, err := store.ServerCPU(context.Background(), rdb)
	if err != nil || a <= 0 {
		t.Fatalf("server CPU %s: %v", a, err)
	}
	b, err := store.ServerCPU(context.Background(), rdb)
	if err != nil || b < a {
		t.Fatalf("server CPU went from %s to %s: %v", a, b, err)
	}
}
