package groupkey_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/groupkey"
)

// FuzzDecodeAnnounce: the decoder never panics, every error wraps ErrBadAnnounce, accepted
// content re-encodes to itself (one encoding per announce), and opening never panics.
func FuzzDecodeAnnounce(f *testing.F) {
	_, rs := members(f, 3)
	contents, err := groupkey.SealAnnounce(streamA, groupkey.New(), rs, groupkey.AnnounceLimits{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(contents[0])
	f.Add(contents[0][:groupkey.AnnounceHeaderSize+groupkey.EntrySize])
	f.Add([]byte{})
	f.Add([]byte{'K', 1})
	priv, err := crypto.ToECDSA(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := groupkey.DecodeAnnounce(b)
		if err != nil {
			if !errors.Is(err, groupkey.ErrBadAnnounce) {
				t.Fatalf("error %v does not wrap ErrBadAnnounce", err)
			}
			return
		}
		if !bytes.Equal(a.Encode(), b) {
			t.Fatal("Encode(Decode(b)) != b")
		}
		for i := range min(a.Len(), 4) {
			gk, found, err := a.Open(priv, a.Recipient(i))
			if !found {
				t.Fatal("listed recipient not found")
			}
			if err == nil && gk.ID != a.KeyID {
				t.Fatal("opened key with another id")
			}
		}
	})
}
