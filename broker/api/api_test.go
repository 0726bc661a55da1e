package api_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/store"
)

func TestDeliveryRoundTrip(t *testing.T) {
	off := store.Offset{Ms: 1700000000000, Seq: 42}
	b := api.AppendDelivery(nil, off, []byte("event"))
	got, ev, err := api.ParseDelivery(b)
	if err != nil || got != off || string(ev) != "event" {
		t.Fatal(got, ev, err)
	}
	for _, bad := range [][]byte{nil, {1}, {2, 0}, {1, 5, '1'}, {1, 1, 'x'}} {
		if _, _, err := api.ParseDelivery(bad); !errors.Is(err, api.ErrBadFrame) {
			t.Errorf("ParseDelivery(%v) = %v", bad, err)
		}
	}
}

func TestSignIn(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	ch := &api.Control{Type: api.TypeChallenge, Nonce: "abc", Domain: "d", URI: "u", ChainID: 1337, IssuedAt: "2026-01-01T00:00:00Z"}
	sig, err := api.SignIn(ch, key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := api.RecoverSignIn(api.SignInMessage(ch, addr), sig)
	if err != nil || got != addr {
		t.Fatal(got, err)
	}
	if _, err := api.RecoverSignIn("x", "0x1234"); !errors.Is(err, api.ErrBadAuth) {
		t.Fatal(err)
	}
}

func TestParseControl(t *testing.T) {
	good := []string{
		`{"type":"ping"}`,
		`{"type":"subscribe","stream":"0x0000000000000000000000000000000000000001","partition":3,"resend":{"last":10}}`,
		`{"type":"subscribe","stream":"0x0000000000000000000000000000000000000001","resend":{"from":"5-1"}}`,
		`{"type":"resend","stream":"0x0000000000000000000000000000000000000001","resend":{"from":"5-1","to":"6"}}`,
		`{"type":"resend","stream":"0x0000000000000000000000000000000000000001","resend":{"fromTimestamp":5}}`,
	}
	for _, g := range good {
		if _, err := api.ParseControl([]byte(g)); err != nil {
			t.Errorf("%s: %v", g, err)
		}
	}
	bad := []string{
		``, `null`, `[]`, `{"type":"x"}`, `{"type":"ping"} {}`, `{"type":"subscribe"}`,
		`{"type":"resend","stream":"0x0000000000000000000000000000000000000001"}`,
		`{"type":"resend","stream":"0x0000000000000000000000000000000000000001","resend":{"from":"9","to":"5"}}`,
		`{"type":"resend","stream":"0x0000000000000000000000000000000000000001","resend":{"last":1,"from":"5"}}`,
		`{"type":"subscribe","stream":"0x0000000000000000000000000000000000000001","partition":-1}`,
		`{"type":"auth","nonce":"a"}`,
		string(bytes.Repeat([]byte(" "), api.MaxControlSize+1)),
	}
	for _, b := range bad {
		if _, err := api.ParseControl([]byte(b)); !errors.Is(err, api.ErrBadControl) {
			t.Errorf("%.60s: %v", b, err)
		}
	}
}

func FuzzParseControl(f *testing.F) {
	f.Add([]byte(`{"type":"subscribe","stream":"0x0000000000000000000000000000000000000001","resend":{"last":10}}`))
	f.Add([]byte(`{"type":"resend","stream":"0x0000000000000000000000000000000000000001","resend":{"from":"1-2","to":"3-4"}}`))
	f.Add([]byte(`{"type":"auth","nonce":"n","address":"0x0000000000000000000000000000000000000001","signature":"0x00"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := api.ParseControl(b)
		if err != nil {
			if !errors.Is(err, api.ErrBadControl) {
				t.Fatalf("error %v does not wrap ErrBadControl", err)
			}
			return
		}
		if c.Resend != nil {
			from, to := c.Resend.Range()
			if !to.IsZero() && to.Less(from) {
				t.Fatal("accepted an inverted range")
			}
		}
	})
}

func FuzzParseDelivery(f *testing.F) {
	f.Add(api.AppendDelivery(nil, store.Offset{Ms: 1, Seq: 2}, []byte{0x53, 1}))
	f.Add([]byte{1, 255})
	f.Fuzz(func(t *testing.T, b []byte) {
		off, ev, err := api.ParseDelivery(b)
		if err != nil {
			return
		}
		again := api.AppendDelivery(nil, off, ev)
		if off2, ev2, err := api.ParseDelivery(again); err != nil || off2 != off || !bytes.Equal(ev2, ev) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func TestPublishBatch(t *testing.T) {
	events := [][]byte{{0x53, 1}, bytes.Repeat([]byte{7}, 300), {0x53}}
	b := []byte{api.PublishBatchTag}
	for _, ev := range events {
		b = api.AppendPublishItem(b, ev)
	}
	got, err := api.SplitPublishBatch(b)
	if err != nil || len(got) != len(events) {
		t.Fatal(got, err)
	}
	for i := range events {
		if !bytes.Equal(got[i], events[i]) {
			t.Errorf("event %d: %x, want %x", i, got[i], events[i])
		}
	}
	tooMany := []byte{api.PublishBatchTag}
	for range api.MaxBatch + 1 {
		tooMany = api.AppendPublishItem(tooMany, []byte{1})
	}
	for name, bad := range map[string][]byte{
		"nil":         nil,
		"wrong tag":   {0x53, 1, 1},
		"empty":       {api.PublishBatchTag},
		"zero length": {api.PublishBatchTag, 0},
		"truncated":   {api.PublishBatchTag, 3, 1, 2},
		"non-minimal": {api.PublishBatchTag, 0x81, 0x00, 1},
		"bad varint":  {api.PublishBatchTag, 0xff},
		"tail":        append(api.AppendPublishItem([]byte{api.PublishBatchTag}, []byte{1}), 5),
		"too many":    tooMany,
	} {
		if _, err := api.SplitPublishBatch(bad); !errors.Is(err, api.ErrBadFrame) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestDeliveryBatch(t *testing.T) {
	offs := []store.Offset{{Ms: 1700000000000, Seq: 1}, {Ms: 1700000000001, Seq: 0}}
	evs := [][]byte{[]byte("one"), bytes.Repeat([]byte{9}, 200)}
	b := []byte{api.DeliveryBatchTag}
	for i := range offs {
		b = api.AppendDeliveryItem(b, offs[i], evs[i])
	}
	var gotOffs []store.Offset
	var gotEvs [][]byte
	collect := func(off store.Offset, ev []byte) { gotOffs, gotEvs = append(gotOffs, off), append(gotEvs, ev) }
	if err := api.ParseDeliveries(b, collect); err != nil {
		t.Fatal(err)
	}
	if len(gotOffs) != 2 || gotOffs[0] != offs[0] || gotOffs[1] != offs[1] || !bytes.Equal(gotEvs[1], evs[1]) {
		t.Fatal(gotOffs, gotEvs)
	}
	gotOffs, gotEvs = nil, nil
	if err := api.ParseDeliveries(api.AppendDelivery(nil, offs[0], evs[0]), collect); err != nil || len(gotOffs) != 1 {
		t.Fatal("single delivery", err, gotOffs)
	}
	good := api.AppendDeliveryItem([]byte{api.DeliveryBatchTag}, offs[0], evs[0])
	for name, bad := range map[string][]byte{
		"nil":            nil,
		"event":          {0x53, 1},
		"empty":          {api.DeliveryBatchTag},
		"offset cut":     {api.DeliveryBatchTag, 9, '1'},
		"bad offset":     {api.DeliveryBatchTag, 1, 'x', 1, 1},
		"event cut":      {api.DeliveryBatchTag, 1, '1', 5, 1},
		"broken second":  append(slices.Clone(good), 1, '1'),
		"zero length ev": {api.DeliveryBatchTag, 1, '1', 0},
	} {
		called := false
		if err := api.ParseDeliveries(bad, func(store.Offset, []byte) { called = true }); !errors.Is(err, api.ErrBadFrame) || called {
			t.Errorf("%s: %v (called %v)", name, err, called)
		}
	}
}

func TestParseControlRejectsUnknownFields(t *testing.T) {
	_, err := api.ParseControl([]byte(`{"type":"ping","acks":[{"partition":1}]}`))
	if !errors.Is(err, api.ErrBadControl) {
		t.Fatal(err)
	}
}

func testAcks() []api.Ack {
	return []api.Ack{
		{Stream: common.HexToAddress("0x5"), Partition: 3, MsgChainID: [32]byte{0xab, 31: 1}, Timestamp: 1764745200000,
			Sequence: 2, Offset: store.Offset{Ms: 1764745200001, Seq: 7}},
		{Stream: common.HexToAddress("0x6"), Partition: 1<<32 - 1, Timestamp: 1<<64 - 1, Sequence: 1<<32 - 1,
			Offset: store.Offset{Ms: 1}},
	}
}

func ackFrame(acks ...api.Ack) []byte {
	f := []byte{api.AckTag}
	for i := range acks {
		f = api.AppendAck(f, &acks[i])
	}
	return f
}

func TestAckFrameRoundTrip(t *testing.T) {
	want := testAcks()
	var got []api.Ack
	if err := api.ParseAcks(ackFrame(want...), func(a *api.Ack) { got = append(got, *a) }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestParseAcksRejectsMalformedFrames(t *testing.T) {
	good := ackFrame(testAcks()...)
	one := ackFrame(testAcks()[0])
	partAt := 1 + 20 // the first ack's partition
	nonMinimal := slices.Concat(one[:partAt], []byte{0x83, 0x00}, one[partAt+1:])
	tooBigPartition := slices.Concat(one[:partAt], binary.AppendUvarint(nil, 1<<32), one[partAt+1:])
	many := []byte{api.AckTag}
	for range api.MaxBatch + 1 {
		many = api.AppendAck(many, &testAcks()[0])
	}
	for name, bad := range map[string][]byte{
		"empty":            {},
		"no acks":          {api.AckTag},
		"wrong tag":        append([]byte{api.DeliveryTag}, good[1:]...),
		"truncated stream": good[:10],
		"truncated second": good[:len(good)-1],
		"non-minimal":      nonMinimal,
		"partition > u32":  tooBigPartition,
		"bad offset":       slices.Concat(one[:len(one)-1], []byte{'x'}),
		"too many":         many,
	} {
		called := false
		if err := api.ParseAcks(bad, func(*api.Ack) { called = true }); !errors.Is(err, api.ErrBadFrame) || called {
			t.Errorf("%s: %v (called %v)", name, err, called)
		}
	}
}

func FuzzParseAcks(f *testing.F) {
	f.Add(ackFrame(testAcks()...))
	f.Add([]byte{api.AckTag, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var acks []api.Ack
		if err := api.ParseAcks(b, func(a *api.Ack) { acks = append(acks, *a) }); err != nil {
			return
		}
		var again []api.Ack
		if err := api.ParseAcks(ackFrame(acks...), func(a *api.Ack) { again = append(again, *a) }); err != nil {
			t.Fatalf("re-encoded frame: %v", err)
		}
		if !slices.Equal(again, acks) {
			t.Fatalf("round trip differs: %+v vs %+v", again, acks)
		}
	})
}

func FuzzSplitPublishBatch(f *testing.F) {
	f.Add(api.AppendPublishItem([]byte{api.PublishBatchTag}, []byte{0x53, 1}))
	f.Add([]byte{api.PublishBatchTag, 0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		items, err := api.SplitPublishBatch(b)
		if err != nil {
			return
		}
		again := []byte{api.PublishBatchTag}
		for _, it := range items {
			again = api.AppendPublishItem(again, it)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs: %x vs %x", again, b)
		}
	})
}

func FuzzParseDeliveries(f *testing.F) {
	f.Add(api.AppendDeliveryItem([]byte{api.DeliveryBatchTag}, store.Offset{Ms: 1, Seq: 2}, []byte{0x53, 1}))
	f.Add(api.AppendDelivery(nil, store.Offset{Ms: 1, Seq: 2}, []byte{0x53, 1}))
	f.Add([]byte{api.DeliveryBatchTag, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var offs []store.Offset
		var evs [][]byte
		if err := api.ParseDeliveries(b, func(o store.Offset, ev []byte) { offs, evs = append(offs, o), append(evs, ev) }); err != nil {
			return
		}
		again := []byte{api.DeliveryBatchTag}
		for i := range offs {
			again = api.AppendDeliveryItem(again, offs[i], evs[i])
		}
		n := 0
		if err := api.ParseDeliveries(again, func(o store.Offset, ev []byte) {
			if o != offs[n] || !bytes.Equal(ev, evs[n]) {
				t.Fatalf("delivery %d differs after a round trip", n)
			}
			n++
		}); err != nil || n != len(offs) {
			t.Fatalf("round trip: %v (%d of %d)", err, n, len(offs))
		}
	})
}
