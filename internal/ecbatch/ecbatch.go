// Package ecbatch checks many recoverable secp256k1 signatures (Ethereum's r || s || v)
// against known public keys at once, for a fraction of the cost of recovering each.
//
// A signature (r, s, v) of a digest z recovers to the key P exactly when R = (z/s)·G +
// (r/s)·P, R being the curve point with x = r and y parity v. Verify weights these
// equations with fresh random 128-bit factors and checks their sum with one multi-scalar
// multiplication; when any signature is invalid the sum is not zero except with
// probability below 2⁻¹²⁷. Each R carries only its short weight, and signatures by one key
// share the key's point, so a batch of 16 signatures by 4 keys costs about 45 % of 16
// recoveries, 64 by 4 about a third (BenchmarkVerify).
//
// The arithmetic is libsecp256k1's (the copy in libsecp256k1/ is go-ethereum's, kept
// identical by scripts/vendor-secp256k1.sh). Without cgo, Verify recovers each signature
// with go-ethereum's crypto package instead.
package ecbatch

import (
	"crypto/rand"
	"errors"
)

// PublicKey is an uncompressed public key without its 0x04 prefix: x || y, big-endian.
type PublicKey [64]byte

// Item is one signature to check: the signed 32-byte digest, the signature r || s || v
// (v 0 or 1; 27 and 28 are not accepted) and the index of the signer's key among the keys
// passed to Verify with it.
type Item struct {
	Digest [32]byte
	Sig    [65]byte
	Key    int
}

// Limits of one Verify call.
const (
	MaxItems = 256
	MaxKeys  = 256
)

// ErrTooMany is returned for a batch beyond MaxItems or MaxKeys.
var ErrTooMany = errors.New("ecbatch: too many signatures or keys in one batch")

// Verifier checks batches of signatures. It holds working memory: use one per goroutine
// and Close it when done.
type Verifier struct {
	impl
	sigs, digests, rnd []byte
	keyIdx             []uint32
	pubs               []byte
}

// Verify reports whether every item carries a valid signature of its digest by
// keys[item.Key]. An invalid signature, a key index out of range, a key that is not on
// the curve, v not 0 or 1, or r or s not in [1, n−1] make it false; it does not say which
// item failed (check smaller batches, or recover, for that). High-s signatures are valid here, as in
// recovery: reject them before when they must be.
func (v *Verifier) Verify(items []Item, keys []PublicKey) (bool, error) {
	if len(items) == 0 {
		return true, nil
	}
	if len(items) > MaxItems || len(keys) > MaxKeys {
		return false, ErrTooMany
	}
	if len(keys) == 0 {
		return false, nil
	}
	v.sigs, v.digests, v.keyIdx, v.pubs = v.sigs[:0], v.digests[:0], v.keyIdx[:0], v.pubs[:0]
	for i := range items {
		it := &items[i]
		if it.Key < 0 || it.Key >= len(keys) {
			return false, nil
		}
		v.sigs = append(v.sigs, it.Sig[:]...)
		v.digests = append(v.digests, it.Digest[:]...)
		v.keyIdx = append(v.keyIdx, uint32(it.Key))
	}
	for i := range keys {
		v.pubs = append(v.pubs, keys[i][:]...)
	}
	v.rnd = append(v.rnd[:0], make([]byte, 16*len(items))...)
	if _, err := rand.Read(v.rnd); err != nil {
		return false, err
	}
	return v.verify(len(items), len(keys)), nil
}
