package protocol

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/internal/ecbatch"
)

// KeyCache remembers the public keys of publishers whose events were verified by recovery,
// so that their later events can be verified in batches (see BatchVerifier). An address is
// the hash of its key, so an entry never goes stale; the cache only bounds its size,
// forgetting an arbitrary entry when full (that publisher's next event is recovered
// again). Safe for concurrent use.
type KeyCache struct {
	mu   sync.RWMutex
	keys map[common.Address]ecbatch.PublicKey
	max  int
}

// NewKeyCache returns a cache of up to max keys (at least 1).
func NewKeyCache(size int) *KeyCache {
	return &KeyCache{keys: make(map[common.Address]ecbatch.PublicKey), max: max(size, 1)}
}

// Len returns how many keys the cache holds.
func (c *KeyCache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.keys)
}

func (c *KeyCache) get(a common.Address) (ecbatch.PublicKey, bool) {
	c.mu.RLock()
	k, ok := c.keys[a]
	c.mu.RUnlock()
	return k, ok
}

func (c *KeyCache) put(a common.Address, pub []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.keys[a]; ok {
		return
	}
	if len(c.keys) >= c.max {
		for old := range c.keys {
			delete(c.keys, old)
			break
		}
	}
	c.keys[a] = ecbatch.PublicKey(pub)
}

// minBatch is the fewest events of known publishers checked as one batch; fewer are
// recovered one by one, which costs less for one or two (internal/ecbatch's benchmark).
const minBatch = 3

// BatchStats counts what one VerifyAll call did.
type BatchStats struct {
	Batched   int  // events checked in a batch
	Recovered int  // events checked by recovering their signer (alone, or to find the invalid ones of a failed batch)
	Failed    bool // the batch held an invalid signature: its halves were checked until the invalid ones were found
}

// BatchVerifier verifies the signatures of many events at once: events whose publisher's
// key is in its KeyCache are checked together with one multi-scalar multiplication
// (internal/ecbatch), the others by recovery (a key so recovered also serves the
// publisher's later events of the same call). It answers exactly what Domain.Verify
// answers for each event. A recovered key joins the cache only when the caller calls
// Remember, once it has accepted the event: keys of publishers that may not publish
// (anyone can make up keys and sign with them) never crowd out those that may. Not safe
// for concurrent use: use one per goroutine.
type BatchVerifier struct {
	d     *Domain
	cache *KeyCache
	v     *ecbatch.Verifier

	items   []ecbatch.Item
	keys    []ecbatch.PublicKey
	keyOf   map[common.Address]int
	fresh   map[common.Address]ecbatch.PublicKey // recovered in this VerifyAll, not yet cached
	inItem  []int                                // event index of each item
	learned []learnedKey                         // per event of the last VerifyAll: the key recovered, if any
}

// learnedKey is a publisher key recovered from a valid signature.
type learnedKey struct {
	addr common.Address
	pub  []byte // nil: none recovered
}

// NewBatchVerifier returns a verifier for d's events using cache. Close it when done.
func (d *Domain) NewBatchVerifier(cache *KeyCache) (*BatchVerifier, error) {
	v, err := ecbatch.NewVerifier()
	if err != nil {
		return nil, err
	}
	return &BatchVerifier{d: d, cache: cache, v: v, keyOf: make(map[common.Address]int),
		fresh: make(map[common.Address]ecbatch.PublicKey)}, nil
}

// Close frees the verifier's working memory.
func (b *BatchVerifier) Close() { b.v.Close() }

// VerifyAll sets errs[i] to what d.Verify(events[i]) returns. len(errs) must be at least
// len(events).
func (b *BatchVerifier) VerifyAll(events []*Event, errs []error) BatchStats {
	var st BatchStats
	h := getHasher()
	defer putHasher(h)
	b.items, b.keys, b.inItem = b.items[:0], b.keys[:0], b.inItem[:0]
	clear(b.keyOf)
	clear(b.fresh)
	b.learned = append(b.learned[:0], make([]learnedKey, len(events))...) // all none
	for i, e := range events {
		errs[i] = nil
		if err := checkForm(e); err != nil {
			errs[i] = err
			continue
		}
		var it ecbatch.Item
		h.digestInto(b.d, e, it.Digest[:])
		k, ok := b.cache.get(e.Publisher)
		if !ok {
			// A key recovered earlier in this call serves the publisher's later events here,
			// though the cache takes it only once the caller accepts an event (Remember).
			k, ok = b.fresh[e.Publisher]
		}
		if !ok || len(b.items) == ecbatch.MaxItems {
			if errs[i] = b.recover(h, it.Digest[:], events, i); errs[i] == nil {
				b.fresh[e.Publisher] = ecbatch.PublicKey(b.learned[i].pub)
			}
			st.Recovered++
			continue
		}
		idx, ok := b.keyOf[e.Publisher]
		if !ok {
			if len(b.keys) == ecbatch.MaxKeys {
				errs[i] = b.recover(h, it.Digest[:], events, i)
				st.Recovered++
				continue
			}
			idx = len(b.keys)
			b.keyOf[e.Publisher] = idx
			b.keys = append(b.keys, k)
		}
		copy(it.Sig[:], e.Signature)
		it.Sig[64] -= 27
		it.Key = idx
		b.items = append(b.items, it)
		b.inItem = append(b.inItem, i)
	}
	if len(b.items) == 0 {
		return st
	}
	if len(b.items) < minBatch {
		b.recoverItems(h, events, errs, 0, len(b.items), &st)
		return st
	}
	st.Batched = len(b.items)
	if !b.batch(0, len(b.items)) {
		st.Failed = true
		b.settle(h, events, errs, 0, len(b.items), &st)
	}
	return st
}

// MaxBatch is the most events VerifyAll checks in one batch; beyond it they are recovered.
const MaxBatch = ecbatch.MaxItems

// batch reports whether items[lo:hi] pass as one batch (false for fewer than minBatch).
func (b *BatchVerifier) batch(lo, hi int) bool {
	if hi-lo < minBatch {
		return false
	}
	ok, err := b.v.Verify(b.items[lo:hi], b.keys)
	return ok && err == nil
}

// settle finds the invalid signatures among items[lo:hi], which failed as a batch, and
// sets every event's error: halves that pass as batches are valid, the others are split
// again down to fewer than minBatch events, which are recovered for their own errors. One
// forgery among n events then costs about two batches and a few recoveries rather than n
// recoveries, so a sender of forgeries cannot make everyone's checks cost several times
// more.
func (b *BatchVerifier) settle(h *hasher, events []*Event, errs []error, lo, hi int, st *BatchStats) {
	if hi-lo < minBatch {
		b.recoverItems(h, events, errs, lo, hi, st)
		return
	}
	mid := lo + (hi-lo)/2
	if b.batch(lo, mid) {
		b.settle(h, events, errs, mid, hi, st) // the whole failed: so does this half
		return
	}
	b.settle(h, events, errs, lo, mid, st)
	if !b.batch(mid, hi) {
		b.settle(h, events, errs, mid, hi, st)
	}
}

// recoverItems checks items[lo:hi] one by one.
func (b *BatchVerifier) recoverItems(h *hasher, events []*Event, errs []error, lo, hi int, st *BatchStats) {
	for j := lo; j < hi; j++ {
		i := b.inItem[j]
		errs[i] = b.recover(h, b.items[j].Digest[:], events, i)
		st.Recovered++
	}
}

// recover checks the signature of events[i] (of digest) by recovery and notes the key of
// a publisher that signed its own event for Remember.
func (b *BatchVerifier) recover(h *hasher, digest []byte, events []*Event, i int) error {
	e := events[i]
	addr, pub, err := h.recover(digest, e.Signature)
	if err != nil {
		return err
	}
	if err := checkSigner(addr, e); err != nil {
		return err
	}
	b.learned[i] = learnedKey{addr: addr, pub: pub}
	return nil
}

// Remember adds to the cache the publisher key the last VerifyAll recovered from
// events[i], if it recovered one (the event was valid and its publisher's key not yet
// cached): call it for the events accepted, whose publishers may publish.
func (b *BatchVerifier) Remember(i int) {
	if i < len(b.learned) {
		if l := b.learned[i]; l.pub != nil {
			b.cache.put(l.addr, l.pub)
		}
	}
}
