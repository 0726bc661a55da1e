package protocol

import (
	"crypto/ecdsa"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// vectorKeyHex is keccak256("streamr/protocol/testdata/vector.json"): the fixed test key.
const vectorKeyHex = "c532de4a41ac126e61806af1c986c8b92af086603cafd08211a9c2716856fe6e"

var (
	testRegistry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	testDomain   = NewDomain(137, testRegistry)
)

func testKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(vectorKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// testEvent returns a valid, unsigned event published by key.
func testEvent(key *ecdsa.PrivateKey) *Event {
	return &Event{
		Version:       Version,
		Stream:        common.HexToAddress("0x1234567890AbcdEF1234567890aBcdef12345678"),
		Partition:     3,
		Timestamp:     1717171717123,
		Sequence:      2,
		Publisher:     crypto.PubkeyToAddress(key.PublicKey),
		OriginType:    OriginEOA,
		MsgChainID:    common.HexToHash("0x6d7367636861696e2d30303031000000000000000000000000000000000000ab"),
		PrevTimestamp: 1717171717123,
		PrevSequence:  1,
		MessageType:   MessageData,
		ContentType:   ContentJSON,
		Content:       []byte(`{"temperature":21.5,"unit":"C"}`),
	}
}

// signedTestEvent returns testEvent signed in testDomain.
func signedTestEvent(t testing.TB) (*Event, *ecdsa.PrivateKey) {
	t.Helper()
	key := testKey(t)
	e := testEvent(key)
	if err := testDomain.Sign(e, key); err != nil {
		t.Fatal(err)
	}
	return e, key
}

// randomEvent fills every field from r, with arbitrary (not necessarily valid) values.
func randomEvent(r *rand.Rand) *Event {
	e := &Event{
		Version:        Version,
		Partition:      r.Uint32(),
		Timestamp:      r.Uint64(),
		Sequence:       r.Uint32(),
		OriginType:     uint8(r.Uint32()),
		PrevTimestamp:  r.Uint64(),
		PrevSequence:   r.Uint32(),
		MessageType:    uint8(r.Uint32()),
		ContentType:    uint8(r.Uint32()),
		EncryptionType: uint8(r.Uint32()),
		SignatureType:  SignatureEIP712,
		Signature:      make([]byte, SignatureLength),
	}
	fill := func(b []byte) {
		for i := range b {
			b[i] = byte(r.Uint32())
		}
	}
	fill(e.Stream[:])
	fill(e.Publisher[:])
	fill(e.MsgChainID[:])
	fill(e.GroupKeyID[:])
	fill(e.Signature)
	if n := r.IntN(300); n > 0 {
		e.Content = make([]byte, n)
		fill(e.Content)
	}
	return e
}
