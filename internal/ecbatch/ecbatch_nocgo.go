//go:build !cgo

package ecbatch

import (
	"bytes"

	"github.com/ethereum/go-ethereum/crypto"
)

type impl struct{}

// NewVerifier returns a Verifier.
func NewVerifier() (*Verifier, error) { return &Verifier{}, nil }

// Close frees the Verifier's working memory.
func (v *Verifier) Close() {}

// verify recovers each signature (go-ethereum's pure-Go secp256k1 without cgo).
func (v *Verifier) verify(n, _ int) bool {
	for i := range n {
		sig := v.sigs[65*i : 65*i+65]
		if sig[64] > 1 {
			return false
		}
		pub, err := crypto.Ecrecover(v.digests[32*i:32*i+32], sig)
		k := v.keyIdx[i]
		if err != nil || !bytes.Equal(pub[1:], v.pubs[64*k:64*k+64]) {
			return false
		}
	}
	return true
}
