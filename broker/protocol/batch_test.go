package protocol

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func newBatchVerifier(t testing.TB, cache *KeyCache) *BatchVerifier {
	t.Helper()
	b, err := testDomain.NewBatchVerifier(cache)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// batchEvents returns n valid events signed in turn by keys.
func batchEvents(t testing.TB, keys []*ecdsa.PrivateKey, n int) []*Event {
	t.Helper()
	events := make([]*Event, n)
	for i := range events {
		k := keys[i%len(keys)]
		e := testEvent(k)
		e.Sequence = uint32(i)
		if err := testDomain.Sign(e, k); err != nil {
			t.Fatal(err)
		}
		events[i] = e
	}
	return events
}

func generateKeys(t testing.TB, n int) []*ecdsa.PrivateKey {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		var err error
		if keys[i], err = crypto.GenerateKey(); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// learn verifies events and remembers every key recovered, as a caller accepting them all.
func learn(t testing.TB, b *BatchVerifier, events []*Event) {
	t.Helper()
	errs := make([]error, len(events))
	b.VerifyAll(events, errs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		b.Remember(i)
	}
}

// sameAnswer fails unless err is what Verify answers for e.
func sameAnswer(t *testing.T, what string, e *Event, err error) {
	t.Helper()
	want := testDomain.Verify(e)
	if (err == nil) != (want == nil) || (err != nil && err.Error() != want.Error()) {
		t.Errorf("%s: VerifyAll says %v, Verify says %v", what, err, want)
	}
}

func TestBatchVerifierLearnsKeysThenBatches(t *testing.T) {
	cache := NewKeyCache(100)
	b := newBatchVerifier(t, cache)
	keys := generateKeys(t, 3)
	events := batchEvents(t, keys, 12)
	errs := make([]error, len(events))

	st := b.VerifyAll(events, errs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
	}
	// The first event of each publisher not yet known is recovered, its later ones are
	// batched with the key recovered; the keys wait for Remember to be cached.
	if st != (BatchStats{Recovered: 3, Batched: 9}) || cache.Len() != 0 {
		t.Fatalf("first round: %+v, %d keys cached; want 3 recovered, 9 batched, none cached", st, cache.Len())
	}
	if st = b.VerifyAll(events, errs); st != (BatchStats{Recovered: 3, Batched: 9}) {
		t.Fatalf("second round, nothing remembered: %+v, want 3 recovered, 9 batched", st)
	}
	b.Remember(4)           // keys[1], batched: nothing recovered to remember
	b.Remember(len(events)) // out of range: nothing
	if cache.Len() != 0 {
		t.Fatalf("%d keys cached after remembering a batched event", cache.Len())
	}
	b.Remember(0) // keys[0], recovered
	b.Remember(1) // keys[1], recovered
	if cache.Len() != 2 || !cache.has(events[0].Publisher) || !cache.has(events[1].Publisher) {
		t.Fatalf("%d keys cached after remembering two publishers' events", cache.Len())
	}
	if st = b.VerifyAll(events, errs); st != (BatchStats{Recovered: 1, Batched: 11}) {
		t.Fatalf("two publishers known: %+v, want keys[2]'s first recovered, 11 batched", st)
	}
	b.Remember(0) // batched: nothing recovered to remember
	b.Remember(2) // keys[2]
	if cache.Len() != 3 {
		t.Fatalf("%d keys cached, want 3", cache.Len())
	}
	st = b.VerifyAll(events, errs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("event %d, batched: %v", i, err)
		}
	}
	if st != (BatchStats{Batched: 12}) {
		t.Fatalf("second round: %+v, want all 12 batched", st)
	}
	// Two events of known publishers are recovered (fewer than minBatch).
	if st = b.VerifyAll(events[:2], errs); st != (BatchStats{Recovered: 2}) {
		t.Fatalf("two events: %+v", st)
	}
}

// TestBatchVerifierAnswersAsVerify puts each kind of bad signature among valid events of
// known publishers; every event must get exactly Verify's answer, and the batch must be
// reported failed (checked one by one) whenever a bad event reached it.
func TestBatchVerifierAnswersAsVerify(t *testing.T) {
	cache := NewKeyCache(100)
	b := newBatchVerifier(t, cache)
	keys := generateKeys(t, 3)
	good := batchEvents(t, keys, 8)
	errs := make([]error, len(good)+1)
	learn(t, b, good)

	base := testEvent(keys[1])
	base.Sequence = 99
	if err := testDomain.Sign(base, keys[1]); err != nil {
		t.Fatal(err)
	}
	for _, tc := range verifyCases(t, base) {
		for _, at := range []int{0, 4, 8} {
			bad := base.Clone()
			tc.mutate(bad)
			events := append(append(append([]*Event(nil), good[:at]...), bad), good[at:]...)
			st := b.VerifyAll(events, errs)
			for i, e := range events {
				sameAnswer(t, fmt.Sprintf("%s at %d, event %d", tc.name, at, i), e, errs[i])
			}
			if !errors.Is(errs[at], tc.want) {
				t.Errorf("%s at %d: %v, want %v", tc.name, at, errs[at], tc.want)
			}
			if reachedBatch := checkForm(bad) == nil && cache.has(bad.Publisher); reachedBatch != st.Failed {
				t.Errorf("%s at %d: batch failed %v, want %v (%+v)", tc.name, at, st.Failed, reachedBatch, st)
			}
		}
	}
	// A valid event of a publisher not yet known is recovered among batched ones.
	stranger := generateKeys(t, 1)
	events := append(append([]*Event(nil), good...), batchEvents(t, stranger, 1)...)
	st := b.VerifyAll(events, errs)
	for i, e := range events {
		sameAnswer(t, fmt.Sprintf("stranger, event %d", i), e, errs[i])
	}
	if st != (BatchStats{Batched: 8, Recovered: 1}) {
		t.Errorf("with a new publisher: %+v", st)
	}
}

// TestBatchVerifierClaimedPublisher: an event claiming a known publisher but signed by
// another key fails the batch and gets ErrWrongSigner; the cache keeps the real key.
func TestBatchVerifierClaimedPublisher(t *testing.T) {
	cache := NewKeyCache(100)
	b := newBatchVerifier(t, cache)
	keys := generateKeys(t, 2)
	good := batchEvents(t, keys[:1], 4)
	errs := make([]error, 5)
	learn(t, b, good)
	forged := testEvent(keys[0])
	forged.Sequence = 99
	digest := testDomain.Digest(forged)
	sig, err := crypto.Sign(digest[:], keys[1])
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	forged.SignatureType, forged.Signature = SignatureEIP712, sig
	for range 2 {
		st := b.VerifyAll(append(append([]*Event(nil), good...), forged), errs)
		if !errors.Is(errs[4], ErrWrongSigner) || !st.Failed {
			t.Fatalf("forged event: %v, %+v", errs[4], st)
		}
		for i := range 4 {
			if errs[i] != nil {
				t.Fatalf("event %d: %v", i, errs[i])
			}
		}
		b.Remember(4) // refused: no key to remember
	}
	if cache.Len() != 1 || cache.has(crypto.PubkeyToAddress(keys[1].PublicKey)) {
		t.Fatalf("%d keys cached, the forger's among them", cache.Len())
	}
}

// TestFailedBatchIsSplit: forgeries among 64 events of known publishers are found by
// checking halves, with far fewer recoveries than events, and every event gets Verify's
// answer.
func TestFailedBatchIsSplit(t *testing.T) {
	cache := NewKeyCache(100)
	b := newBatchVerifier(t, cache)
	keys := generateKeys(t, 4)
	errs := make([]error, 64)
	learn(t, b, batchEvents(t, keys, 4))
	for _, bad := range [][]int{{0}, {37}, {63}, {5, 40}, {20, 21, 22}} {
		events := batchEvents(t, keys, 64)
		for _, i := range bad {
			events[i].Content = append(events[i].Content, '!') // no longer what was signed
		}
		st := b.VerifyAll(events, errs)
		for i, e := range events {
			sameAnswer(t, fmt.Sprintf("bad %v, event %d", bad, i), e, errs[i])
		}
		if !st.Failed || st.Batched != 64 || st.Recovered > 4*len(bad) {
			t.Errorf("bad %v: %+v; want the batch failed and at most %d recoveries", bad, st, 4*len(bad))
		}
	}
}

func TestKeyCacheBound(t *testing.T) {
	cache := NewKeyCache(2)
	b := newBatchVerifier(t, cache)
	learn(t, b, batchEvents(t, generateKeys(t, 5), 5))
	if cache.Len() != 2 {
		t.Fatalf("%d keys cached, bound 2", cache.Len())
	}
}

func (c *KeyCache) has(a [20]byte) bool {
	_, ok := c.get(a)
	return ok
}

// BenchmarkVerifyAll: µs per event for batches of n events by 4 publishers whose keys are
// known (compare BenchmarkVerify).
func BenchmarkVerifyAll(b *testing.B) {
	keys := generateKeys(b, 4)
	for _, n := range []int{1, 4, 16, 64} {
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			bv := newBatchVerifier(b, NewKeyCache(100))
			events := batchEvents(b, keys, n)
			errs := make([]error, max(n, 4))
			learn(b, bv, batchEvents(b, keys, 4))
			for b.Loop() {
				bv.VerifyAll(events, errs)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/event")
		})
	}
}
