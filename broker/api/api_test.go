package api_test

import (
	"bytes"
	"errors"
	"testing"

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
