package broker_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/store"
)

// Redis is killed and restarted (with an append-only file) while a publisher publishes:
// every publish ends acknowledged or with an error, and every acknowledged event is stored.
func TestRedisRestartDuringPublishing(t *testing.T) {
	e := newEnv(t)
	srv := redistest.StartServer(t, "--appendonly", "yes", "--appendfsync", "always")
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr, MaxRetries: 1, DialTimeout: 200 * time.Millisecond,
		ReadTimeout: time.Second, WriteTimeout: time.Second})
	t.Cleanup(func() { _ = rdb.Close() })
	cfg := e.config()
	cfg.Fanout.RetryBackoff = 50 * time.Millisecond
	_, url := e.start(cfg, rdb)
	pub := e.client([]string{url}, 2)

	type outcome struct {
		n   int
		off store.Offset
		err error
	}
	var mu sync.Mutex
	var outcomes []outcome
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 600; i++ {
			_, off, err := pub.Publish(ctx, e.public, 0, jsonMsg(i))
			mu.Lock()
			outcomes = append(outcomes, outcome{i, off, err})
			mu.Unlock()
			time.Sleep(time.Millisecond)
		}
	}()
	time.Sleep(300 * time.Millisecond)
	srv.Kill()
	time.Sleep(500 * time.Millisecond)
	srv.Start()
	<-done

	st := store.New(rdb, cfg.Store, nil)
	stored := map[store.Offset]bool{}
	q := store.Query{}
	for {
		p, err := st.Range(context.Background(), e.public, 0, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Records {
			stored[r.Offset] = true
		}
		if !p.More {
			break
		}
		q.From = p.Next
	}
	acked, failed := 0, 0
	for _, o := range outcomes {
		switch {
		case o.err == nil && !o.off.IsZero():
			acked++
			if !stored[o.off] {
				t.Fatalf("publish %d acknowledged at %s but not stored", o.n, o.off)
			}
		case o.err == nil:
			acked++ // acknowledged as a duplicate of an earlier attempt
		default:
			failed++
			var be *client.BrokerError
			if !errors.As(o.err, &be) {
				t.Fatalf("publish %d: unexpected error %v", o.n, o.err)
			}
		}
	}
	if len(outcomes) != 600 || acked == 0 {
		t.Fatalf("%d outcomes, %d acked, %d failed", len(outcomes), acked, failed)
	}
	t.Logf("%d acknowledged, %d failed with broker errors, %d stored", acked, failed, len(stored))
	if failed == 0 && len(stored) < 600 {
		t.Fatalf("all acknowledged but only %d stored", len(stored))
	}
}

// Close lets in-flight publishes finish; later ones are refused with UNAVAILABLE.
func TestGracefulShutdown(t *testing.T) {
	e := newEnv(t)
	b, url := e.start(e.config(), nil)
	pub := e.client([]string{url}, 2)
	ctx := context.Background()
	results := publishAsync(t, pub, eventPublisher(t, e, 2), e.public, 3, 200, jsonMsg)
	time.Sleep(5 * time.Millisecond)
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	// Each publish either was stored or is still pending in the client (no broker to
	// resend to); none failed except with UNAVAILABLE.
	deadline := time.Now().Add(time.Second)
	for i, ch := range results {
		select {
		case r := <-ch:
			if r.Err != nil && !errors.Is(r.Err, &client.BrokerError{Code: api.CodeUnavailable}) {
				t.Fatalf("publish %d: %v", i, r.Err)
			}
		case <-time.After(time.Until(deadline)):
		}
	}
	st := store.New(e.rdb, e.config().Store, nil)
	info, err := st.Info(ctx, e.public, 3)
	if err != nil || info.Length == 0 {
		t.Fatalf("nothing stored: %+v %v", info, err)
	}
}
