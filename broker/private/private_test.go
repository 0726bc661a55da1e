package private_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/groupkey"
	"github.com/streamr-go/streamr/broker/groupkey/keystore"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
)

func TestPublisherTwoSubscribers(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA, subB)
	a, b := e.subscriber(subA), e.subscriber(subB)
	// An account with a registered key but no permission.
	out := e.subscriber(outsider)
	p := e.publisher(private.PublisherConfig{}, nil)

	var want []string
	for i := range 4 {
		c := fmt.Sprintf(`{"n":%d}`, i)
		publish(t, p, uint32(i%2), c)
		want = append(want, c)
	}
	if got := p.Recipients(); !slices.Equal(got, sorted(a.addr, b.addr)) {
		t.Fatalf("recipients %v", got)
	}
	events := e.log.since(0)
	// One announce per partition, before its first data event.
	seen := map[uint32]bool{}
	for _, ev := range events {
		if !seen[ev.Partition] && ev.MessageType != protocol.MessageGroupKeyAnnounce {
			t.Fatalf("partition %d starts with a data event", ev.Partition)
		}
		seen[ev.Partition] = true
		if ev.MessageType == protocol.MessageData {
			if ev.EncryptionType != protocol.EncryptionAES256GCM || bytes.Contains(ev.Content, []byte(`"n"`)) {
				t.Fatalf("data event is not encrypted: %q", ev.Content)
			}
		}
	}
	anns := ofType(events, protocol.MessageGroupKeyAnnounce)
	if len(anns) != 2 {
		t.Fatalf("%d announces, want 2", len(anns))
	}
	for _, ann := range anns {
		if got := announceRecipients(t, ann); !slices.Equal(got, sorted(a.addr, b.addr)) {
			t.Fatalf("announce recipients %v", got)
		}
	}
	for _, s := range []*subscriber{a, b} {
		got, errs := read(t, s.dec, events)
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("%s: %v", s.addr, err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s read %q, want %q", s.addr, got, want)
		}
	}
	_, errs := read(t, out.dec, events)
	for _, err := range errs {
		if !errors.Is(err, private.ErrNoGroupKey) {
			t.Fatalf("outsider: %v, want ErrNoGroupKey", err)
		}
	}
	if msg := private.ErrNoGroupKey.Error(); msg != "no group key for you yet: waiting for the publisher's next announce" {
		t.Fatalf("ErrNoGroupKey = %q", msg)
	}
}

func TestRevokedSubscriberLockedOut(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA, subB)
	a, b := e.subscriber(subA), e.subscriber(subB)
	p := e.publisher(private.PublisherConfig{}, nil)
	ctx := context.Background()

	publish(t, p, 0, `{"phase":"before"}`)
	key1 := p.CurrentKeyID()

	// Revocation: B loses every right.
	e.Mined(e.stream.RevokeAll(e.Auth(ownerAcct), b.addr))
	mark := e.log.len()
	if err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	key2 := p.CurrentKeyID()
	if key2 == key1 {
		t.Fatal("no rekey after a revocation")
	}
	anns := e.log.since(mark)
	if len(anns) != 1 || anns[0].MessageType != protocol.MessageGroupKeyAnnounce || anns[0].GroupKeyID != key2 {
		t.Fatalf("rekey published %d events, want one announce of the new key", len(anns))
	}
	if got := announceRecipients(t, anns[0]); !slices.Equal(got, []common.Address{a.addr}) {
		t.Fatalf("new key sealed to %v, want only %s", got, a.addr)
	}
	publish(t, p, 0, `{"phase":"after"}`)

	all := e.log.since(0)
	got, errs := read(t, a.dec, all)
	if err := errors.Join(errs...); err != nil || !slices.Equal(got, []string{`{"phase":"before"}`, `{"phase":"after"}`}) {
		t.Fatalf("A read %q, %v", got, err)
	}
	got, errs = read(t, b.dec, all)
	if errs[0] != nil || got[0] != `{"phase":"before"}` {
		t.Fatalf("B could not read what it was allowed to: %q %v", got[0], errs[0])
	}
	if !errors.Is(errs[1], private.ErrNoGroupKey) {
		t.Fatalf("B after revocation: %q %v, want ErrNoGroupKey", got[1], errs[1])
	}
	// Nor does B's history search find a way in.
	res, err := b.dec.History(ctx, e.id, 0, 0, uint64(time.Now().UnixMilli()))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || res[0].Err != nil || !errors.Is(res[1].Err, private.ErrNoGroupKey) {
		t.Fatalf("B history: %+v", res)
	}

	// Expiry: T may subscribe for 100 s of chain time.
	tmp := e.subscriber(tempAcct)
	head, err := e.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.Mined(e.stream.GrantSubscribe(e.Auth(ownerAcct), tmp.addr, head.Time+100))
	if err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if p.CurrentKeyID() != key2 {
		t.Fatal("a new subscriber caused a rekey")
	}
	publish(t, p, 0, `{"phase":"temp"}`)
	if err := e.Chain.Backend.AdjustTime(200 * time.Second); err != nil {
		t.Fatal(err)
	}
	e.Chain.Commit()
	if ok, _ := e.stream.CanSubscribe(nil, tmp.addr); ok {
		t.Fatal("expiry did not pass on chain")
	}
	if err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	key3 := p.CurrentKeyID()
	if key3 == key2 {
		t.Fatal("no rekey after an expiry passed")
	}
	publish(t, p, 0, `{"phase":"expired"}`)

	// Key removal: A withdraws its encryption key.
	e.Mined(e.stream.RemoveEncryptionKey(e.Auth(subA)))
	if err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	if p.CurrentKeyID() == key3 {
		t.Fatal("no rekey after a key removal")
	}
	publish(t, p, 0, `{"phase":"nokey"}`)

	all = e.log.since(0)
	got, errs = read(t, tmp.dec, all)
	if errs[2] != nil || got[2] != `{"phase":"temp"}` {
		t.Fatalf("temp subscriber during its access: %q %v", got[2], errs[2])
	}
	if !errors.Is(errs[3], private.ErrNoGroupKey) {
		t.Fatalf("temp subscriber after expiry: %q %v", got[3], errs[3])
	}
	got, errs = read(t, e.decrypter(a.addr, a.store.EncryptionKey(), private.NewMemoryStore(), nil), all)
	if errs[3] != nil || got[3] != `{"phase":"expired"}` || !errors.Is(errs[4], private.ErrNoGroupKey) {
		t.Fatalf("A around its key removal: %q %v", got, errs)
	}
	if rs := p.Recipients(); len(rs) != 0 {
		t.Fatalf("recipients left: %v", rs)
	}
}

func TestLateJoinerReadsHistory(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	e.subscriber(subA)
	p := e.publisher(private.PublisherConfig{}, nil)
	ctx := context.Background()
	var want []string
	for i := range 3 {
		c := fmt.Sprintf(`{"early":%d}`, i)
		publish(t, p, 0, c)
		want = append(want, c)
	}

	// L buys access later (a license grants subscribe and registers its key).
	e.Mined(e.stream.GrantSubscribe(e.Auth(ownerAcct), e.Addr(lateAcct), forever))
	late := e.subscriber(lateAcct)
	mark := e.log.len()
	if err := p.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	added := e.log.since(mark)
	if len(added) != 1 || added[0].MessageType != protocol.MessageGroupKeyAnnounce {
		t.Fatalf("want one announce for the late joiner, got %d events", len(added))
	}
	if got := announceRecipients(t, added[0]); !slices.Equal(got, []common.Address{late.addr}) {
		t.Fatalf("re-announce sealed to %v, want only the new key holder", got)
	}

	// History read: the announce comes after the data it unlocks.
	res, err := late.dec.History(ctx, e.id, 0, 0, uint64(time.Now().UnixMilli()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		got = append(got, string(r.Content))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("late joiner read %q, want %q", got, want)
	}

	// A fresh client (no stored keys) handed an old event searches the history itself.
	fresh := e.decrypter(late.addr, late.store.EncryptionKey(), nil, e.log)
	m, err := fresh.Handle(ctx, e.log.since(1)[0])
	if err != nil || string(m.Content) != want[0] {
		t.Fatalf("lookup from history: %v", err)
	}

	// Weeks later, after the announces left the broker's retention: the keystore on disk has
	// the key.
	reopened, err := keystore.Open(late.dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(reopened.GroupKeys()) != 1 {
		t.Fatalf("keystore holds %d group keys", len(reopened.GroupKeys()))
	}
	noHistory := e.decrypter(late.addr, reopened.EncryptionKey(), reopened, nil)
	data := ofType(e.log.since(0), protocol.MessageData)
	m, err = noHistory.Handle(ctx, data[2])
	if err != nil || string(m.Content) != want[2] {
		t.Fatalf("reading with the stored key: %v", err)
	}
	fi, err := os.Stat(reopened.Path())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != keystore.FileMode {
		t.Fatalf("keystore mode %v", fi.Mode().Perm())
	}
}

func TestTamperingRejected(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	a := e.subscriber(subA)
	p := e.publisher(private.PublisherConfig{}, nil)
	ctx := context.Background()
	publish(t, p, 0, `{"v":"old key"}`)
	oldKey := p.CurrentKeyID()
	if err := p.Rekey(ctx); err != nil {
		t.Fatal(err)
	}
	publish(t, p, 0, `{"v":"secret"}`)
	publish(t, p, 1, `{"v":"other partition"}`)
	events := e.log.since(0)
	if _, errs := read(t, a.dec, events); errors.Join(errs...) != nil {
		t.Fatal(errors.Join(errs...))
	}
	data := ofType(events, protocol.MessageData)
	target := data[1]
	if target.GroupKeyID == oldKey {
		t.Fatal("test setup: target uses the old key")
	}

	resign := func(ev *protocol.Event) *protocol.Event {
		if err := e.domain.Sign(ev, e.Chain.Keys[ownerAcct]); err != nil {
			t.Fatal(err)
		}
		return ev
	}
	cases := []struct {
		name string
		make func() *protocol.Event
		want error
	}{
		// A broker or anyone on the path: every header field and the content are signed.
		{"ciphertext flipped", func() *protocol.Event {
			ev := target.Clone()
			ev.Content[len(ev.Content)/2] ^= 1
			return ev
		}, protocol.ErrBadSignature},
		{"key id swapped", func() *protocol.Event {
			ev := target.Clone()
			ev.GroupKeyID = oldKey
			return ev
		}, protocol.ErrBadSignature},
		{"ciphertext from another event", func() *protocol.Event {
			ev := target.Clone()
			ev.Content = data[2].Content
			return ev
		}, protocol.ErrBadSignature},
		{"encryption type cleared", func() *protocol.Event {
			ev := target.Clone()
			ev.EncryptionType = protocol.EncryptionNone
			ev.ContentType = protocol.ContentBinary // so it is not rejected as invalid JSON first
			return ev
		}, protocol.ErrBadSignature},
		// Even a validly signed event (the publisher's key, or a bypassed signature check)
		// cannot move or alter a ciphertext: the AEAD binds it to stream, partition and key.
		{"re-signed flipped ciphertext", func() *protocol.Event {
			ev := target.Clone()
			ev.Content[len(ev.Content)-1] ^= 1
			return resign(ev)
		}, groupkey.ErrDecrypt},
		{"re-signed with a swapped key id", func() *protocol.Event {
			ev := target.Clone()
			ev.GroupKeyID = oldKey
			return resign(ev)
		}, groupkey.ErrDecrypt},
		{"re-signed into another partition", func() *protocol.Event {
			ev := target.Clone()
			ev.Partition = 1
			return resign(ev)
		}, groupkey.ErrDecrypt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := a.dec.Handle(ctx, c.make())
			if !errors.Is(err, c.want) || m != nil {
				t.Fatalf("Handle = %v, %v; want %v", m, err, c.want)
			}
		})
	}

	// Announces are signed too.
	ann := ofType(events, protocol.MessageGroupKeyAnnounce)[0]
	bad := ann.Clone()
	bad.Content[len(bad.Content)-1] ^= 1
	if _, err := a.dec.Handle(ctx, bad); !errors.Is(err, protocol.ErrBadSignature) {
		t.Fatalf("tampered announce: %v", err)
	}
	relabelled := ann.Clone()
	relabelled.GroupKeyID = [32]byte{1}
	if _, err := a.dec.Handle(ctx, resign(relabelled)); !errors.Is(err, private.ErrAnnounceMismatch) {
		t.Fatalf("announce with another header key id: %v", err)
	}
	// The intact event still decrypts.
	if m, err := a.dec.Handle(ctx, target); err != nil || string(m.Content) != `{"v":"secret"}` {
		t.Fatalf("intact event: %v", err)
	}
}

// A key id announced by one publisher is never used for another publisher's events.
func TestGroupKeysScopedByPublisher(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	a := e.subscriber(subA)
	p := e.publisher(private.PublisherConfig{}, nil)
	ev := publish(t, p, 0, `{"x":1}`)
	read(t, a.dec, e.log.since(0))

	// subB gets publish permission and re-signs the ciphertext as its own.
	e.Mined(e.stream.GrantPublish(e.Auth(ownerAcct), e.Addr(subB), forever))
	forged := ev.Clone()
	forged.Publisher = e.Addr(subB)
	if err := e.domain.Sign(forged, e.Chain.Keys[subB]); err != nil {
		t.Fatal(err)
	}
	if _, err := a.dec.Handle(context.Background(), forged); !errors.Is(err, private.ErrNoGroupKey) {
		t.Fatalf("other publisher's event under a known key id: %v", err)
	}
}

func TestScheduledRotation(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	a := e.subscriber(subA)
	var mu sync.Mutex
	now := time.Now()
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	p := e.publisher(private.PublisherConfig{RotateEvery: time.Hour, MaxEventsPerKey: 3}, clock)
	publish(t, p, 0, `{"i":0}`)
	k1 := p.CurrentKeyID()
	mu.Lock()
	now = now.Add(2 * time.Hour)
	mu.Unlock()
	publish(t, p, 0, `{"i":1}`)
	k2 := p.CurrentKeyID()
	if k2 == k1 {
		t.Fatal("no rotation after RotateEvery")
	}
	publish(t, p, 0, `{"i":2}`)
	publish(t, p, 0, `{"i":3}`)
	publish(t, p, 0, `{"i":4}`) // the fourth event under k2 needs a new key
	if p.CurrentKeyID() == k2 {
		t.Fatal("no rotation after MaxEventsPerKey")
	}
	events := e.log.since(0)
	if n := len(ofType(events, protocol.MessageGroupKeyAnnounce)); n != 3 {
		t.Fatalf("%d announces, want 3", n)
	}
	got, errs := read(t, a.dec, events)
	if err := errors.Join(errs...); err != nil || len(got) != 5 {
		t.Fatalf("read %q: %v", got, err)
	}
}

// A failed announce is retried before the next data event of its partition.
func TestAnnounceRetriedAfterTransportFailure(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	a := e.subscriber(subA)
	p := e.publisher(private.PublisherConfig{}, nil)
	publish(t, p, 0, `{"i":0}`)
	e.Mined(e.stream.RevokeAll(e.Auth(ownerAcct), a.addr))
	e.Mined(e.stream.GrantSubscribe(e.Auth(ownerAcct), a.addr, forever)) // same member set, but...
	e.Mined(e.stream.RemoveEncryptionKey(e.Auth(subA)))                  // ...the key goes
	b := e.subscriber(subB)
	e.Mined(e.stream.GrantSubscribe(e.Auth(ownerAcct), b.addr, forever))
	e.log.setFail(errors.New("broker down"))
	if err := p.Refresh(context.Background()); err == nil {
		t.Fatal("refresh with a failing transport succeeded")
	}
	if _, err := p.Publish(context.Background(), 0, protocol.ContentJSON, []byte(`{}`)); err == nil {
		t.Fatal("publish with a failing transport succeeded")
	}
	e.log.setFail(nil)
	publish(t, p, 0, `{"i":1}`)
	got, errs := read(t, b.dec, e.log.since(0))
	if !errors.Is(errs[0], private.ErrNoGroupKey) || errs[1] != nil || got[1] != `{"i":1}` {
		t.Fatalf("B read %q %v", got, errs)
	}
}

// The background loop notices a new key holder by itself and stops on Close.
func TestPublisherLoop(t *testing.T) {
	t.Parallel()
	e := newEnv(t, subA)
	e.subscriber(subA)
	p := e.publisher(private.PublisherConfig{PollInterval: 20 * time.Millisecond}, nil)
	ctx := context.Background()
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(ctx); err == nil {
		t.Fatal("second Start succeeded")
	}
	publish(t, p, 0, `{"i":0}`)
	e.Mined(e.stream.GrantSubscribe(e.Auth(ownerAcct), e.Addr(lateAcct), forever))
	late := e.subscriber(lateAcct)
	deadline := time.Now().Add(20 * time.Second)
	for !slices.Contains(p.Recipients(), late.addr) {
		if time.Now().After(deadline) {
			t.Fatal("the loop did not pick up the new key holder")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Publish(ctx, 0, protocol.ContentJSON, []byte(`{}`)); !errors.Is(err, private.ErrClosed) {
		t.Fatalf("Publish after Close: %v", err)
	}
	res, err := late.dec.History(ctx, e.id, 0, 0, uint64(time.Now().UnixMilli()))
	if err != nil || len(res) != 1 || res[0].Err != nil {
		t.Fatalf("late joiner via the loop's announce: %+v %v", res, err)
	}
}
