package groupkey_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/groupkey"
)

type member struct {
	addr common.Address
	key  *ecdsa.PrivateKey
}

func members(t testing.TB, n int) ([]member, []groupkey.Recipient) {
	t.Helper()
	ms := make([]member, n)
	rs := make([]groupkey.Recipient, n)
	for i := range ms {
		acct, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		enc, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		ms[i] = member{crypto.PubkeyToAddress(acct.PublicKey), enc}
		rs[i] = groupkey.Recipient{Address: ms[i].addr, PublicKey: groupkey.PublicKeyCompressed(enc)}
	}
	return ms, rs
}

func TestSealOpen(t *testing.T) {
	ms, rs := members(t, 5)
	gk := groupkey.New()
	contents, err := groupkey.SealAnnounce(streamA, gk, rs, groupkey.AnnounceLimits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(contents) != 1 {
		t.Fatalf("%d announces, want 1", len(contents))
	}
	c := contents[0]
	if want := groupkey.AnnounceHeaderSize + 5*groupkey.EntrySize; len(c) != want {
		t.Fatalf("size %d, want %d", len(c), want)
	}
	for _, m := range ms {
		got, found, err := groupkey.OpenAnnounce(c, m.key, m.addr)
		if err != nil || !found {
			t.Fatalf("open for %s: found=%v err=%v", m.addr, found, err)
		}
		if got != gk {
			t.Fatalf("opened key differs")
		}
	}
	// Not a recipient.
	outsider, _ := members(t, 1)
	if _, found, err := groupkey.OpenAnnounce(c, outsider[0].key, outsider[0].addr); found || err != nil {
		t.Fatalf("outsider: found=%v err=%v", found, err)
	}
	// A recipient's address with another encryption key (e.g. after changing it).
	if _, found, err := groupkey.OpenAnnounce(c, outsider[0].key, ms[2].addr); !found || !errors.Is(err, groupkey.ErrSealedKey) {
		t.Fatalf("wrong private key: found=%v err=%v", found, err)
	}
	a, err := groupkey.DecodeAnnounce(c)
	if err != nil {
		t.Fatal(err)
	}
	if a.Stream != streamA || a.KeyID != gk.ID || a.Len() != 5 {
		t.Fatalf("decoded %s %x %d", a.Stream, a.KeyID, a.Len())
	}
	if !bytes.Equal(a.Encode(), c) {
		t.Fatal("Encode(Decode(c)) != c")
	}
}

// A sealed entry is bound to its stream, recipient and key id: moving it fails.
func TestSealedEntryBinding(t *testing.T) {
	ms, rs := members(t, 2)
	gk := groupkey.New()
	contents, err := groupkey.SealAnnounce(streamA, gk, rs, groupkey.AnnounceLimits{})
	if err != nil {
		t.Fatal(err)
	}
	c := contents[0]
	// Relabel the stream.
	moved := bytes.Clone(c)
	copy(moved[2:22], streamB[:])
	if _, _, err := groupkey.OpenAnnounce(moved, ms[0].key, ms[0].addr); !errors.Is(err, groupkey.ErrSealedKey) {
		t.Fatalf("moved stream: %v", err)
	}
	// Relabel the key id.
	relabelled := bytes.Clone(c)
	relabelled[30] ^= 1
	if _, _, err := groupkey.OpenAnnounce(relabelled, ms[0].key, ms[0].addr); !errors.Is(err, groupkey.ErrSealedKey) {
		t.Fatalf("relabelled id: %v", err)
	}
	// Flip a byte of every sealed key.
	for off := 0; off < groupkey.SealedKeySize; off += 7 {
		bad := bytes.Clone(c)
		a, _ := groupkey.DecodeAnnounce(c)
		i := 0
		if a.Recipient(1) == ms[0].addr {
			i = 1
		}
		bad[groupkey.AnnounceHeaderSize+i*groupkey.EntrySize+common.AddressLength+off] ^= 0x10
		if _, _, err := groupkey.OpenAnnounce(bad, ms[0].key, ms[0].addr); !errors.Is(err, groupkey.ErrSealedKey) {
			t.Fatalf("flipped sealed byte %d: %v", off, err)
		}
	}
}

func TestSealSplits(t *testing.T) {
	ms, rs := members(t, 25)
	gk := groupkey.New()
	contents, err := groupkey.SealAnnounce(streamA, gk, rs, groupkey.AnnounceLimits{MaxRecipients: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(contents) != 3 {
		t.Fatalf("%d announces, want 3", len(contents))
	}
	seen := map[common.Address]bool{}
	var last common.Address
	for _, c := range contents {
		a, err := groupkey.DecodeAnnounce(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range a.Recipients() {
			if bytes.Compare(r[:], last[:]) <= 0 || seen[r] {
				t.Fatal("recipients not globally sorted and unique")
			}
			seen[r], last = true, r
		}
	}
	for _, m := range ms {
		n := 0
		for _, c := range contents {
			if _, found, err := groupkey.OpenAnnounce(c, m.key, m.addr); err != nil {
				t.Fatal(err)
			} else if found {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("%s found in %d announces", m.addr, n)
		}
	}
	// By byte budget: room for 4 entries.
	contents, err = groupkey.SealAnnounce(streamA, gk, rs, groupkey.AnnounceLimits{MaxBytes: groupkey.AnnounceHeaderSize + 4*groupkey.EntrySize + 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(contents) != 7 {
		t.Fatalf("byte budget: %d announces, want 7", len(contents))
	}
	for _, c := range contents {
		if len(c) > groupkey.AnnounceHeaderSize+4*groupkey.EntrySize {
			t.Fatalf("announce of %d bytes over budget", len(c))
		}
	}
}

func TestSealErrors(t *testing.T) {
	_, rs := members(t, 2)
	gk := groupkey.New()
	if c, err := groupkey.SealAnnounce(streamA, gk, nil, groupkey.AnnounceLimits{}); c != nil || err != nil {
		t.Fatalf("no recipients: %v %v", c, err)
	}
	if _, err := groupkey.SealAnnounce(streamA, groupkey.GroupKey{}, rs, groupkey.AnnounceLimits{}); !errors.Is(err, groupkey.ErrZeroID) {
		t.Fatalf("zero id: %v", err)
	}
	dup := append(rs, rs[0])
	if _, err := groupkey.SealAnnounce(streamA, gk, dup, groupkey.AnnounceLimits{}); !errors.Is(err, groupkey.ErrDuplicateRecipient) {
		t.Fatalf("duplicate: %v", err)
	}
	badKeys := [][]byte{
		nil,
		make([]byte, 33),                       // prefix 0
		append([]byte{2}, make([]byte, 32)...), // x = 0: not on the curve
		append([]byte{4}, make([]byte, 64)...), // uncompressed form
		bytes.Repeat([]byte{3}, 34),
	}
	for i, k := range badKeys {
		bad := []groupkey.Recipient{rs[0], {Address: common.Address{1}, PublicKey: k}}
		if _, err := groupkey.SealAnnounce(streamA, gk, bad, groupkey.AnnounceLimits{}); !errors.Is(err, groupkey.ErrInvalidPublicKey) {
			t.Fatalf("bad key %d: %v", i, err)
		}
	}
}

func TestDecodeAnnounceErrors(t *testing.T) {
	_, rs := members(t, 3)
	contents, err := groupkey.SealAnnounce(streamA, groupkey.New(), rs, groupkey.AnnounceLimits{})
	if err != nil {
		t.Fatal(err)
	}
	good := contents[0]
	mod := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	swap := func(b []byte) []byte {
		e0 := groupkey.AnnounceHeaderSize
		e1 := e0 + groupkey.EntrySize
		tmp := bytes.Clone(b[e0:e1])
		copy(b[e0:e1], b[e1:e1+groupkey.EntrySize])
		copy(b[e1:], tmp)
		return b
	}
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"empty":         {nil, groupkey.ErrAnnounceLength},
		"header only":   {good[:groupkey.AnnounceHeaderSize], groupkey.ErrAnnounceLength},
		"bad magic":     {mod(func(b []byte) []byte { b[0] = 'S'; return b }), groupkey.ErrAnnounceVersion},
		"bad version":   {mod(func(b []byte) []byte { b[1] = 2; return b }), groupkey.ErrAnnounceVersion},
		"short magic":   {[]byte{'X', 1, 0}, groupkey.ErrAnnounceVersion},
		"truncated":     {good[:len(good)-1], groupkey.ErrAnnounceLength},
		"trailing":      {append(bytes.Clone(good), 0), groupkey.ErrAnnounceLength},
		"count too big": {mod(func(b []byte) []byte { binary.BigEndian.PutUint32(b[54:], 4); return b }), groupkey.ErrAnnounceLength},
		"count huge":    {mod(func(b []byte) []byte { binary.BigEndian.PutUint32(b[54:], 0xffffffff); return b }), groupkey.ErrAnnounceLength},
		"zero count":    {mod(func(b []byte) []byte { return append(b[:54], 0, 0, 0, 0) }), groupkey.ErrAnnounceLength},
		"zero key id":   {mod(func(b []byte) []byte { clear(b[22:54]); return b }), groupkey.ErrBadAnnounce},
		"unsorted":      {mod(swap), groupkey.ErrAnnounceOrder},
		"duplicate": {mod(func(b []byte) []byte {
			e0 := groupkey.AnnounceHeaderSize
			copy(b[e0+groupkey.EntrySize:], b[e0:e0+common.AddressLength])
			return b
		}), groupkey.ErrAnnounceOrder},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := groupkey.DecodeAnnounce(c.b)
			if !errors.Is(err, c.want) || !errors.Is(err, groupkey.ErrBadAnnounce) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
}

func TestPerAnnounce(t *testing.T) {
	cases := []struct {
		l    groupkey.AnnounceLimits
		want int
	}{
		{groupkey.AnnounceLimits{}, groupkey.DefaultMaxRecipients},
		{groupkey.AnnounceLimits{MaxRecipients: 5}, 5},
		{groupkey.AnnounceLimits{MaxBytes: 1}, 1},
		{groupkey.AnnounceLimits{MaxRecipients: 10_000, MaxBytes: 1 << 20}, (1<<20 - groupkey.AnnounceHeaderSize) / groupkey.EntrySize},
	}
	for _, c := range cases {
		if got := c.l.PerAnnounce(); got != c.want {
			t.Errorf("%+v: %d, want %d", c.l, got, c.want)
		}
	}
	// The defaults fit the broker's 1 MiB content limit.
	if n := groupkey.AnnounceHeaderSize + groupkey.DefaultMaxRecipients*groupkey.EntrySize; n > 1<<20 {
		t.Fatalf("a default announce is %d bytes", n)
	}
}
