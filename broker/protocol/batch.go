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
	Batched   int  // events checked in a batch (when it failed, again one by one)
	Recovered int  // events checked by recovering their signer
	Failed    bool // the batch held an invalid signature and was checked one by one
}

// BatchVerifier verifies the signatures of many events at once: events whose publisher's
// key is in its KeyCache are checked together with one multi-scalar multiplication
// (internal/ecbatch), the others by recovery, which adds their keys to the cache. It
// answers exactly what Domain.Verify answers for each event. Not safe for concurrent use:
// use one per goroutine.
type BatchVerifier struct {
	d     *Domain
	cache *KeyCache
	v     *ecbatch.Verifier

	items  []ecbatch.Item
	keys   []ecbatch.PublicKey
	keyOf  map[common.Address]int
	inItem []int // event index of each item
}

// NewBatchVerifier returns a verifier for d's events using cache. Close it when done.
func (d *Domain) NewBatchVerifier(cache *KeyCache) (*BatchVerifier, error) {
	v, err := ecbatch.NewVerifier()
	if err != nil {
		return nil, err
	}
	return &BatchVerifier{d: d, cache: cache, v: v, keyOf: make(map[common.Address]int)}, nil
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
	for i, e := range events {
		errs[i] = nil
		if err := checkForm(e); err != nil {
			errs[i] = err
			continue
		}
		var it ecbatch.Item
		h.digestInto(b.d, e, it.Digest[:])
		k, ok := b.cache.get(e.Publisher)
		if !ok || len(b.items) == ecbatch.MaxItems {
			errs[i] = b.recover(h, it.Digest[:], e)
			st.Recovered++
			continue
		}
		idx, ok := b.keyOf[e.Publisher]
		if !ok {
			if len(b.keys) == ecbatch.MaxKeys {
				errs[i] = b.recover(h, it.Digest[:], e)
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
	if len(b.items) >= minBatch {
		st.Batched = len(b.items)
		if ok, err := b.v.Verify(b.items, b.keys); ok && err == nil {
			return st
		}
		st.Failed = true
	}
	// One by one: too few for a batch, or the batch failed and each event's own error is
	// wanted.
	for j, i := range b.inItem {
		errs[i] = b.recover(h, b.items[j].Digest[:], events[i])
		st.Recovered++
	}
	return st
}

// recover checks e's signature of digest by recovery and caches the key of a publisher
// that signed its own event.
func (b *BatchVerifier) recover(h *hasher, digest []byte, e *Event) error {
	addr, pub, err := h.recover(digest, e.Signature)
	if err != nil {
		return err
	}
	if err := checkSigner(addr, e); err != nil {
		return err
	}
	b.cache.put(addr, pub)
	return nil
}
