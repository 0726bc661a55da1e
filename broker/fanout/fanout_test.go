package fanout_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/internal/eventtest"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
	"github.com/streamr-go/streamr/internal/metrictest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func newStore(t *testing.T) *store.Store {
	p := redistest.Prefix(t)
	return store.New(redistest.Shared(t, p), store.Config{Prefix: p, NetworkPartitions: 4, MaxPage: 64}, nil)
}

func newHub(t *testing.T, st *store.Store, cfg fanout.Config) *fanout.Hub {
	cfg.TailBlock = 50 * time.Millisecond
	h := fanout.New(st, cfg, nil, nil)
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// collect reads n records or fails after a timeout.
func collect(t *testing.T, s *fanout.Subscription, n int) []store.Record {
	t.Helper()
	var out []store.Record
	timeout := time.After(20 * time.Second)
	for len(out) < n {
		select {
		case r := <-s.C():
			out = append(out, r)
		case <-s.Done():
			t.Fatalf("subscription ended after %d of %d: %v", len(out), n, s.Err())
		case <-timeout:
			t.Fatalf("got %d of %d records", len(out), n)
		}
	}
	return out
}

func checkSequence(t *testing.T, recs []store.Record, first, n int) {
	t.Helper()
	if len(recs) != n {
		t.Fatalf("%d records, want %d", len(recs), n)
	}
	for i, r := range recs {
		e, err := protocol.Decode(r.Data)
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 && !recs[i-1].Offset.Less(r.Offset) {
			t.Fatalf("offsets out of order at %d", i)
		}
		var got struct{ N int }
		if err := jsonUnmarshal(e.Content, &got); err != nil || got.N != first+i {
			t.Fatalf("record %d has n=%d, want %d (%v)", i, got.N, first+i, err)
		}
	}
}

func appendN(t *testing.T, st *store.Store, pub *protocol.Publisher, stream common.Address, from, n int) {
	t.Helper()
	for i := from; i < from+n; i++ {
		e, b := eventtest.Next(t, pub, stream, 0, i)
		if _, err := st.Append(context.Background(), e, b); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTwoBrokersDeliverEachOthersEvents(t *testing.T) {
	t.Run("single", func(t *testing.T) { twoBrokers(t, newStore(t)) })
	t.Run("cluster", func(t *testing.T) {
		cl := redistest.StartCluster(t, 3)
		twoBrokers(t, store.New(cl.Client(t), store.Config{Prefix: redistest.Prefix(t), NetworkPartitions: 4, MaxPage: 64}, nil))
	})
}

func twoBrokers(t *testing.T, st *store.Store) {
	// Each "broker" has its own store handle on the same Redis and its own hub.
	h1 := newHub(t, st, fanout.Config{})
	st2 := store.New(st.Client(), st.Config(), nil)
	h2 := newHub(t, st2, fanout.Config{})
	stream := eventtest.Stream(t)
	ctx := context.Background()
	s1, err := h1.Subscribe(ctx, stream, 0, fanout.Resend{})
	if err != nil {
		t.Fatal(err)
	}
	s2, err := h2.Subscribe(ctx, stream, 0, fanout.Resend{})
	if err != nil {
		t.Fatal(err)
	}
	pa, _ := eventtest.Publisher(t)
	pb, _ := eventtest.Publisher(t)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); appendN(t, st, pa, stream, 0, 100) }()
	go func() { defer wg.Done(); appendN(t, st2, pb, stream, 0, 100) }()
	wg.Wait()
	r1 := collect(t, s1, 200)
	r2 := collect(t, s2, 200)
	for i := range r1 {
		if r1[i].Offset != r2[i].Offset {
			t.Fatalf("brokers disagree at %d", i)
		}
	}
	s1.Close()
	s2.Close()
}

func TestResendHandsOverWithoutGapOrDuplicate(t *testing.T) {
	st := newStore(t)
	h := newHub(t, st, fanout.Config{QueueSize: 16})
	stream := eventtest.Stream(t)
	pub, _ := eventtest.Publisher(t)
	appendN(t, st, pub, stream, 0, 300)
	done := make(chan struct{})
	go func() { defer close(done); appendN(t, st, pub, stream, 300, 300) }()

	// Subscribe while publishing: from the start, the last 50, and live only.
	from, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{From: store.Offset{}.Next()})
	if err != nil {
		t.Fatal(err)
	}
	last, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{Last: 50})
	if err != nil {
		t.Fatal(err)
	}
	// Read slowly at first so that the subscriber is still catching up while live records arrive.
	var got []store.Record
	for range 20 {
		got = append(got, collect(t, from, 1)...)
		time.Sleep(5 * time.Millisecond)
	}
	<-done
	got = append(got, collect(t, from, 580)...)
	checkSequence(t, got, 0, 600)

	lr := collect(t, last, 1)
	var first struct{ N int }
	e, _ := protocol.Decode(lr[0].Data)
	_ = jsonUnmarshal(e.Content, &first)
	rest := collect(t, last, 599-first.N)
	checkSequence(t, append(lr, rest...), first.N, 600-first.N)
	select {
	case r := <-from.C():
		t.Fatalf("extra record %s", r.Offset)
	case <-time.After(200 * time.Millisecond):
	}
}

func TestSlowConsumerIsCutOffOthersContinue(t *testing.T) {
	st := newStore(t)
	h := newHub(t, st, fanout.Config{QueueSize: 32, TailCount: 4})
	stream := eventtest.Stream(t)
	pub, _ := eventtest.Publisher(t)
	slow, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{})
	if err != nil {
		t.Fatal(err)
	}
	fast, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{})
	if err != nil {
		t.Fatal(err)
	}
	// Lock-step: the next 8 are appended once the fast consumer has taken the last ones, so
	// that its queue never fills however the goroutines are scheduled; the slow one's does.
	var got []store.Record
	for from := 0; from < 200; from += 8 {
		appendN(t, st, pub, stream, from, 8)
		got = append(got, collect(t, fast, 8)...)
	}
	select {
	case <-slow.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("slow consumer not cut off")
	}
	if !errors.Is(slow.Err(), fanout.ErrSlowConsumer) {
		t.Fatalf("err %v", slow.Err())
	}
	// What the slow consumer had queued is still readable; resume from its last offset.
	var lastOff store.Offset
	n := 0
	for len(slow.C()) > 0 {
		lastOff = (<-slow.C()).Offset
		n++
	}
	if n != 32 {
		t.Fatalf("slow consumer had %d queued", n)
	}
	if fast.Err() != nil {
		t.Fatalf("fast consumer ended: %v", fast.Err())
	}
	resumed, err := h.Subscribe(context.Background(), stream, 0, fanout.Resend{From: lastOff.Next()})
	if err != nil {
		t.Fatal(err)
	}
	checkSequence(t, collect(t, resumed, 168), 32, 168)
	checkSequence(t, got, 0, 200)
}

func TestHubCloseEndsSubscriptions(t *testing.T) {
	st := newStore(t)
	h := fanout.New(st, fanout.Config{TailBlock: 50 * time.Millisecond}, nil, nil)
	s, err := h.Subscribe(context.Background(), eventtest.Stream(t), 0, fanout.Resend{Last: 5})
	if err != nil {
		t.Fatal(err)
	}
	_ = h.Close()
	<-s.Done()
	if !errors.Is(s.Err(), fanout.ErrClosed) {
		t.Fatal(s.Err())
	}
	if _, err := h.Subscribe(context.Background(), eventtest.Stream(t), 0, fanout.Resend{}); !errors.Is(err, fanout.ErrClosed) {
		t.Fatal(err)
	}
}

// TestNewFollowerIsNotHeldBack follows a second partition while the reader is blocked in a
// read of the first one (on one Redis server one reader tails every followed partition):
// the new partition's first event is read by the bridge that tails it meanwhile, not left
// until the reader's block ends.
func TestNewFollowerIsNotHeldBack(t *testing.T) {
	st := newStore(t)
	const block = 2 * time.Second
	reg := prometheus.NewRegistry()
	h := fanout.New(st, fanout.Config{TailBlock: block}, nil, reg)
	t.Cleanup(func() { _ = h.Close() })
	stream := eventtest.Stream(t)
	ctx := context.Background()
	if _, err := h.Subscribe(ctx, stream, 0, fanout.Resend{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the reader is now blocked on partition 0 alone
	s1, err := h.Subscribe(ctx, stream, 1, fanout.Resend{})
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := eventtest.Publisher(t)
	e, b := eventtest.Next(t, pub, stream, 1, 0)
	if _, err := st.Append(ctx, e, b); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rec := collect(t, s1, 1)[0]
	t.Logf("first record of the new partition after %s (the reader blocks for %s)", time.Since(start), block)
	if got, _ := protocol.Decode(rec.Data); got == nil || got.Sequence != e.Sequence || got.Timestamp != e.Timestamp {
		t.Fatalf("delivered %v, want the appended event", got)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_fanout_bridged_records_total"); n < 1 {
		t.Fatalf("the bridge read %v records; the first one waited for the reader", n)
	}
	// The reader takes the partition over: later events keep coming, once each.
	for i := 1; i <= 20; i++ {
		e, b := eventtest.Next(t, pub, stream, 1, i)
		if _, err := st.Append(ctx, e, b); err != nil {
			t.Fatal(err)
		}
	}
	checkSequence(t, collect(t, s1, 20), 1, 20)
	select {
	case r := <-s1.C():
		t.Fatalf("an extra record %s", r.Offset)
	case <-time.After(block + 200*time.Millisecond):
	}
}
