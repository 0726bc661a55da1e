package broker_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/protocol"
)

func jsonMsg(n int) protocol.Message {
	return protocol.Message{ContentType: protocol.ContentJSON, Content: fmt.Appendf(nil, `{"n":%d}`, n)}
}

func contentN(t *testing.T, e *protocol.Event) int {
	var v struct{ N int }
	if err := json.Unmarshal(e.Content, &v); err != nil {
		t.Fatal(err)
	}
	return v.N
}

func receive(t *testing.T, s *client.Subscription, n int) []client.Message {
	t.Helper()
	var out []client.Message
	timeout := time.After(30 * time.Second)
	for len(out) < n {
		select {
		case m := <-s.C():
			out = append(out, m)
		case <-s.Done():
			t.Fatalf("subscription ended after %d of %d: %v", len(out), n, s.Err())
		case <-timeout:
			t.Fatalf("received %d of %d", len(out), n)
		}
	}
	return out
}

func expectNothing(t *testing.T, s *client.Subscription) {
	t.Helper()
	select {
	case m := <-s.C():
		t.Fatalf("unexpected message at %s", m.Offset)
	case <-time.After(300 * time.Millisecond):
	}
}

func checkOrder(t *testing.T, msgs []client.Message, first int) {
	t.Helper()
	for i, m := range msgs {
		if got := contentN(t, m.Event); got != first+i {
			t.Fatalf("message %d has n=%d, want %d", i, got, first+i)
		}
		if i > 0 && !msgs[i-1].Offset.Less(m.Offset) {
			t.Fatalf("offsets not increasing at %d", i)
		}
	}
}

func TestPublishSubscribe(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	pub := e.client([]string{url}, 2)
	anon := e.client([]string{url}, -1)
	member := e.client([]string{url}, 3)
	stranger := e.client([]string{url}, 4)
	ctx := context.Background()

	// Publish some history first.
	for i := range 10 {
		if _, _, err := pub.Publish(ctx, e.public, 1, jsonMsg(i)); err != nil {
			t.Fatal(err)
		}
	}
	live, err := anon.Subscribe(ctx, e.public, 1, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	last3, err := anon.Subscribe(ctx, e.public, 2, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_ = last3
	fromStart, err := member.Subscribe(ctx, e.public, 1, client.SubscribeOptions{Resend: &api.Resend{Last: 5}})
	if err != nil {
		t.Fatal(err)
	}
	for i := 10; i < 60; i++ {
		if _, _, err := pub.Publish(ctx, e.public, 1, jsonMsg(i)); err != nil {
			t.Fatal(err)
		}
	}
	checkOrder(t, receive(t, live, 50), 10)
	checkOrder(t, receive(t, fromStart, 55), 5)
	expectNothing(t, last3)

	// Private stream: member yes, anonymous and stranger no.
	if _, err := member.Subscribe(ctx, e.private, 0, client.SubscribeOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*client.Client{anon, stranger} {
		_, err := c.Subscribe(ctx, e.private, 0, client.SubscribeOptions{})
		if !errors.Is(err, &client.BrokerError{Code: api.CodeForbidden}) {
			t.Fatalf("subscribe without permission: %v", err)
		}
	}
	// Publishing without permission.
	if _, _, err := stranger.Publish(ctx, e.public, 0, jsonMsg(0)); !errors.Is(err, &client.BrokerError{Code: api.CodeForbidden}) {
		t.Fatalf("publish without permission: %v", err)
	}
	// Resend, paged by the broker.
	msgs, err := stranger.Resend(ctx, e.public, 1, api.Resend{From: store0()})
	if err != nil || len(msgs) != 60 {
		t.Fatalf("resend: %d %v", len(msgs), err)
	}
	checkOrder(t, msgs, 0)
}

func TestPermissionRevocationEndsSubscription(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	member := e.client([]string{url}, 3)
	s, err := member.Subscribe(context.Background(), e.private, 0, client.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Mined(e.privS.RevokeAll(e.chain.Auth(1), e.chain.Addr(3)))
	select {
	case <-s.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("subscription not ended after revocation")
	}
	if !errors.Is(s.Err(), &client.BrokerError{Code: api.CodeForbidden}) {
		t.Fatalf("err %v", s.Err())
	}
}

func TestTwoBrokersFailover(t *testing.T) {
	e := newEnv(t)
	b1, url1 := e.start(e.config(), nil)
	_, url2 := e.start(e.config(), nil)
	ctx := context.Background()

	// Subscribers start on broker 1 and know broker 2; the publisher uses broker 2 then 1.
	subs := make([]*client.Subscription, 3)
	clients := make([]*client.Client, 3)
	for i := range subs {
		c := e.client([]string{url1, url2}, -1)
		clients[i] = c
		s, err := c.Subscribe(ctx, e.public, 0, client.SubscribeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		subs[i] = s
	}
	pub := e.client([]string{url2, url1}, 2)
	const total = 400
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range total {
			if _, _, err := pub.Publish(ctx, e.public, 0, jsonMsg(i)); err != nil {
				t.Errorf("publish %d: %v", i, err)
				return
			}
			if i == total/3 {
				_ = b1.Close() // kill broker 1 under its subscribers
			}
			time.Sleep(time.Millisecond)
		}
	}()
	for _, s := range subs {
		msgs := receive(t, s, total)
		checkOrder(t, msgs, 0)
		if d, g := s.Stats(); g != 0 {
			t.Fatalf("dups %d gaps %d", d, g)
		}
		expectNothing(t, s)
	}
	wg.Wait()
	for i, c := range clients {
		if c.Reconnects() < 1 {
			t.Fatalf("subscriber %d never reconnected", i)
		}
	}
}

func store0() (o storeOffset) { return o.Next() }
