package protocol

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func BenchmarkSign(b *testing.B) {
	key := testKey(b)
	e := testEvent(key)
	b.ReportAllocs()
	for b.Loop() {
		if err := testDomain.Sign(e, key); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	e, _ := signedTestEvent(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := testDomain.Verify(e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEcrecover is the floor for BenchmarkVerify: bare public-key recovery of the same
// signature, without hashing the event or deriving the address.
func BenchmarkEcrecover(b *testing.B) {
	e, _ := signedTestEvent(b)
	digest := testDomain.Digest(e)
	sig := append(e.Signature[:64:64], e.Signature[64]-27)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := crypto.Ecrecover(digest[:], sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDigest(b *testing.B) {
	e, _ := signedTestEvent(b)
	b.ReportAllocs()
	for b.Loop() {
		testDomain.Digest(e)
	}
}

func BenchmarkEncode(b *testing.B) {
	e, _ := signedTestEvent(b)
	buf := make([]byte, 0, EncodedSize(e))
	b.SetBytes(int64(EncodedSize(e)))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = AppendEncode(buf[:0], e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	e, _ := signedTestEvent(b)
	enc := mustEncode(b, e)
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	e, _ := signedTestEvent(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStreamPartition(b *testing.B) {
	key := []byte("device-42")
	b.ReportAllocs()
	for b.Loop() {
		StreamPartition(key, 64)
	}
}
