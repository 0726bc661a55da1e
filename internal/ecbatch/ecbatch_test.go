package ecbatch

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

type fixture struct {
	items []Item
	keys  []PublicKey
}

// signed makes n items signed in turn by k keys.
func signed(t testing.TB, n, k int) fixture {
	t.Helper()
	var f fixture
	privs := make([]*ecdsa.PrivateKey, k)
	for j := range privs {
		var err error
		if privs[j], err = crypto.GenerateKey(); err != nil {
			t.Fatal(err)
		}
		f.keys = append(f.keys, PublicKey(crypto.FromECDSAPub(&privs[j].PublicKey)[1:]))
	}
	for i := range n {
		var it Item
		rand.Read(it.Digest[:])
		it.Key = i % k
		sig, err := crypto.Sign(it.Digest[:], privs[it.Key])
		if err != nil {
			t.Fatal(err)
		}
		it.Sig = [65]byte(sig)
		f.items = append(f.items, it)
	}
	return f
}

func newVerifier(t testing.TB) *Verifier {
	t.Helper()
	v, err := NewVerifier()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(v.Close)
	return v
}

func verify(t testing.TB, v *Verifier, f fixture) bool {
	t.Helper()
	ok, err := v.Verify(f.items, f.keys)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// recovers is the reference: what recovering the item's signature says.
func recovers(it Item, keys []PublicKey) bool {
	if it.Key < 0 || it.Key >= len(keys) || it.Sig[64] > 1 {
		return false
	}
	pub, err := crypto.Ecrecover(it.Digest[:], it.Sig[:])
	return err == nil && bytes.Equal(pub[1:], keys[it.Key][:])
}

func TestValidBatches(t *testing.T) {
	v := newVerifier(t)
	for _, c := range []struct{ n, k int }{{1, 1}, {2, 1}, {2, 2}, {7, 3}, {16, 4}, {64, 64}, {MaxItems, 8}, {MaxItems, MaxKeys}} {
		if f := signed(t, c.n, c.k); !verify(t, v, f) {
			t.Errorf("%d signatures by %d keys: valid batch rejected", c.n, c.k)
		}
	}
	if ok, err := v.Verify(nil, nil); !ok || err != nil {
		t.Errorf("empty batch: %v, %v", ok, err)
	}
}

// TestOneBadSignatureFailsTheBatch changes one item of a valid batch at a time in each way
// a forged or corrupted signature can differ; every change must fail the whole batch.
func TestOneBadSignatureFailsTheBatch(t *testing.T) {
	v := newVerifier(t)
	f := signed(t, 12, 3)
	other := signed(t, 1, 1)
	changes := map[string]func(it *Item, keys []PublicKey){
		"flipped v":          func(it *Item, _ []PublicKey) { it.Sig[64] ^= 1 },
		"v 27 (not 0 or 1)":  func(it *Item, _ []PublicKey) { it.Sig[64] += 27 },
		"digest":             func(it *Item, _ []PublicKey) { it.Digest[31] ^= 1 },
		"r":                  func(it *Item, _ []PublicKey) { it.Sig[31] ^= 1 },
		"s":                  func(it *Item, _ []PublicKey) { it.Sig[63] ^= 1 },
		"zero s":             func(it *Item, _ []PublicKey) { clear(it.Sig[32:64]) },
		"zero r":             func(it *Item, _ []PublicKey) { clear(it.Sig[:32]) },
		"r = n":              func(it *Item, _ []PublicKey) { copy(it.Sig[:32], curveN) },
		"s = n":              func(it *Item, _ []PublicKey) { copy(it.Sig[32:64], curveN) },
		"other signer's key": func(it *Item, _ []PublicKey) { it.Key = (it.Key + 1) % 3 },
		"key out of range":   func(it *Item, _ []PublicKey) { it.Key = 3 },
		"negative key index": func(it *Item, _ []PublicKey) { it.Key = -1 },
		"a stranger's signature": func(it *Item, _ []PublicKey) {
			it.Digest, it.Sig = other.items[0].Digest, other.items[0].Sig
		},
	}
	for name, change := range changes {
		for i := range f.items {
			g := fixture{items: append([]Item(nil), f.items...), keys: f.keys}
			change(&g.items[i], g.keys)
			if verify(t, v, g) {
				t.Errorf("%s of item %d: batch accepted", name, i)
			}
		}
	}
	// A key that is not a curve point.
	g := fixture{items: f.items, keys: append([]PublicKey(nil), f.keys...)}
	g.keys[1][63] ^= 1
	if verify(t, v, g) {
		t.Error("a key off the curve: batch accepted")
	}
	// The batch still verifies afterwards (nothing left over in the working memory).
	if !verify(t, v, f) {
		t.Error("valid batch rejected after the failures")
	}
}

// TestLargeBatchFails: one bad item fails batches up to the limits too (a multiplication
// of up to 512 points and the generator).
func TestLargeBatchFails(t *testing.T) {
	v := newVerifier(t)
	for _, c := range []struct{ n, k int }{{120, 4}, {MaxItems, MaxKeys}} {
		f := signed(t, c.n, c.k)
		if !verify(t, v, f) {
			t.Fatalf("%d by %d keys: valid batch rejected", c.n, c.k)
		}
		for _, i := range []int{0, c.n / 2, c.n - 1} {
			for name, change := range map[string]func(it *Item){
				"flipped v":          func(it *Item) { it.Sig[64] ^= 1 },
				"digest":             func(it *Item) { it.Digest[0] ^= 1 },
				"s":                  func(it *Item) { it.Sig[40] ^= 1 },
				"other signer's key": func(it *Item) { it.Key = (it.Key + 1) % c.k },
			} {
				g := fixture{items: append([]Item(nil), f.items...), keys: f.keys}
				change(&g.items[i])
				if verify(t, v, g) {
					t.Errorf("%d by %d keys, %s of item %d: batch accepted", c.n, c.k, name, i)
				}
			}
		}
	}
}

// TestMalleatedSignatureAgreesWithRecovery: (r, n−s, v⊕1) is the other valid signature of
// the same digest by the same key; the batch accepts it exactly as recovery does.
func TestMalleatedSignatureAgreesWithRecovery(t *testing.T) {
	v := newVerifier(t)
	f := signed(t, 4, 2)
	it := &f.items[2]
	var s, ns [32]byte
	copy(s[:], it.Sig[32:64])
	subtract(ns[:], curveN, s[:])
	copy(it.Sig[32:64], ns[:])
	it.Sig[64] ^= 1
	if !recovers(*it, f.keys) {
		t.Fatal("recovery rejects the malleated signature")
	}
	if !verify(t, v, f) {
		t.Error("batch rejects the malleated signature that recovery accepts")
	}
}

func TestTooMany(t *testing.T) {
	v := newVerifier(t)
	f := signed(t, 2, 1)
	if _, err := v.Verify(make([]Item, MaxItems+1), f.keys); err != ErrTooMany {
		t.Errorf("too many items: %v", err)
	}
	if _, err := v.Verify(f.items, make([]PublicKey, MaxKeys+1)); err != ErrTooMany {
		t.Errorf("too many keys: %v", err)
	}
	if ok, err := v.Verify(f.items, nil); ok || err != nil {
		t.Errorf("no keys: %v, %v", ok, err)
	}
}

// FuzzVerify checks that the batch agrees with recovery on changed signatures, alone and
// among valid ones.
func FuzzVerify(f *testing.F) {
	fx := signed(f, 4, 2)
	f.Add(fx.items[0].Sig[:], fx.items[0].Digest[:], 0)
	f.Add(append(fx.items[0].Sig[:64:64], 1), fx.items[0].Digest[:], 1)
	f.Add(make([]byte, 65), make([]byte, 32), 0)
	v := newVerifier(f)
	f.Fuzz(func(t *testing.T, sig, digest []byte, key int) {
		var it Item
		copy(it.Sig[:], sig)
		copy(it.Digest[:], digest)
		it.Key = key
		want := recovers(it, fx.keys)
		if got := verify(t, v, fixture{items: []Item{it}, keys: fx.keys}); got != want {
			t.Fatalf("alone: batch %v, recovery %v", got, want)
		}
		items := append(append([]Item(nil), fx.items...), it)
		if got := verify(t, v, fixture{items: items, keys: fx.keys}); got != want {
			t.Fatalf("among valid ones: batch %v, recovery %v", got, want)
		}
	})
}

var curveN = []byte{
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
	0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41,
}

// subtract sets out = a − b for 32-byte big-endian a ≥ b.
func subtract(out, a, b []byte) {
	borrow := 0
	for i := 31; i >= 0; i-- {
		d := int(a[i]) - int(b[i]) - borrow
		borrow = 0
		if d < 0 {
			d += 256
			borrow = 1
		}
		out[i] = byte(d)
	}
}

func BenchmarkRecover(b *testing.B) {
	f := signed(b, 64, 4)
	i := 0
	for b.Loop() {
		it := &f.items[i%64]
		if _, err := crypto.Ecrecover(it.Digest[:], it.Sig[:]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkVerify reports µs per signature for batches of n signatures by k keys.
func BenchmarkVerify(b *testing.B) {
	for _, c := range []struct{ n, k int }{{1, 1}, {2, 1}, {4, 4}, {8, 4}, {16, 4}, {32, 4}, {64, 4}, {16, 16}, {64, 64}, {256, 4}} {
		b.Run(fmt.Sprintf("n=%d/keys=%d", c.n, c.k), func(b *testing.B) {
			f := signed(b, c.n, c.k)
			v := newVerifier(b)
			for b.Loop() {
				if !verify(b, v, f) {
					b.Fatal("rejected")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*c.n), "µs/sig")
		})
	}
}
