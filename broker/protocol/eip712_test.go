package protocol

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// apiTypedData builds go-ethereum's TypedData for e independently of this package's
// hashing and of its TypedData helper.
func apiTypedData(d *Domain, e *Event) apitypes.TypedData {
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"StreamMessage": {
				{Name: "version", Type: "uint8"},
				{Name: "stream", Type: "address"},
				{Name: "partition", Type: "uint32"},
				{Name: "timestamp", Type: "uint64"},
				{Name: "sequence", Type: "uint32"},
				{Name: "publisher", Type: "address"},
				{Name: "originType", Type: "uint8"},
				{Name: "msgChainId", Type: "bytes32"},
				{Name: "prevTimestamp", Type: "uint64"},
				{Name: "prevSequence", Type: "uint32"},
				{Name: "messageType", Type: "uint8"},
				{Name: "contentType", Type: "uint8"},
				{Name: "encryptionType", Type: "uint8"},
				{Name: "groupKeyId", Type: "bytes32"},
				{Name: "contentHash", Type: "bytes32"},
			},
		},
		PrimaryType: "StreamMessage",
		Domain: apitypes.TypedDataDomain{
			Name:              "Streamr",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(u(d.ChainID())),
			VerifyingContract: d.Registry().Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"version":        u(uint64(e.Version)),
			"stream":         e.Stream.Hex(),
			"partition":      u(uint64(e.Partition)),
			"timestamp":      u(e.Timestamp),
			"sequence":       u(uint64(e.Sequence)),
			"publisher":      e.Publisher.Hex(),
			"originType":     u(uint64(e.OriginType)),
			"msgChainId":     hexutil.Bytes(e.MsgChainID[:]),
			"prevTimestamp":  u(e.PrevTimestamp),
			"prevSequence":   u(uint64(e.PrevSequence)),
			"messageType":    u(uint64(e.MessageType)),
			"contentType":    u(uint64(e.ContentType)),
			"encryptionType": u(uint64(e.EncryptionType)),
			"groupKeyId":     hexutil.Bytes(e.GroupKeyID[:]),
			"contentHash":    hexutil.Bytes(crypto.Keccak256(e.Content)),
		},
	}
}

func TestTypeStringMatchesFields(t *testing.T) {
	var parts []string
	for _, f := range StreamMessageFields {
		parts = append(parts, f.Type+" "+f.Name)
	}
	if got := PrimaryType + "(" + strings.Join(parts, ",") + ")"; got != TypeString {
		t.Fatalf("fields give\n%s\nTypeString is\n%s", got, TypeString)
	}
	td := apiTypedData(testDomain, testEvent(testKey(t)))
	if got := string(td.EncodeType("StreamMessage")); got != TypeString {
		t.Fatalf("apitypes encodeType %q", got)
	}
	if got := common.BytesToHash(td.TypeHash("StreamMessage")); got != TypeHash {
		t.Fatalf("type hash %s, apitypes %s", TypeHash, got)
	}
}

// TestDigestMatchesAPITypes cross-checks the allocation-free hashing against go-ethereum's
// reference EIP-712 implementation over random events, including extreme values.
func TestDigestMatchesAPITypes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	events := []*Event{testEvent(testKey(t)), {}}
	max := &Event{Version: 255, Partition: ^uint32(0), Timestamp: ^uint64(0), Sequence: ^uint32(0),
		OriginType: 255, PrevTimestamp: ^uint64(0), PrevSequence: ^uint32(0), MessageType: 255,
		ContentType: 255, EncryptionType: 255}
	events = append(events, max)
	for range 200 {
		events = append(events, randomEvent(r))
	}
	domains := []*Domain{testDomain, NewDomain(1, common.Address{}), NewDomain(^uint64(0), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"))}
	for i, e := range events {
		d := domains[i%len(domains)]
		td := apiTypedData(d, e)
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("event %d: apitypes: %v", i, err)
		}
		if got := d.Digest(e); got != common.BytesToHash(want) {
			t.Fatalf("event %d: digest %s, apitypes %x", i, got, want)
		}
		sh, err := td.HashStruct("StreamMessage", td.Message)
		if err != nil {
			t.Fatal(err)
		}
		if got := HashStruct(e); got != common.BytesToHash(sh) {
			t.Fatalf("event %d: hashStruct %s, apitypes %x", i, got, sh)
		}
		ds, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if d.Separator() != common.BytesToHash(ds) {
			t.Fatalf("event %d: separator %s, apitypes %x", i, d.Separator(), ds)
		}
	}
}

// TestTypedDataHelper checks that Domain.TypedData, through JSON as a wallet receives it,
// hashes to the digest.
func TestTypedDataHelper(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 50 {
		e := randomEvent(r)
		raw, err := json.Marshal(testDomain.TypedData(e))
		if err != nil {
			t.Fatal(err)
		}
		var td apitypes.TypedData
		if err := json.Unmarshal(raw, &td); err != nil {
			t.Fatal(err)
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("event %d: %v\n%s", i, err, raw)
		}
		if got := testDomain.Digest(e); got != common.BytesToHash(want) {
			t.Fatalf("event %d: digest %s, typed data %x", i, got, want)
		}
	}
}

func TestSignVerify(t *testing.T) {
	e, key := signedTestEvent(t)
	if e.SignatureType != SignatureEIP712 || len(e.Signature) != SignatureLength {
		t.Fatalf("signature type %d len %d", e.SignatureType, len(e.Signature))
	}
	if err := testDomain.Verify(e); err != nil {
		t.Fatal(err)
	}
	again := testEvent(key)
	if err := testDomain.Sign(again, key); err != nil {
		t.Fatal(err)
	}
	if !e.Equal(again) {
		t.Fatal("signing is not deterministic")
	}
	// Cross-check with the key-level primitive.
	digest := testDomain.Digest(e)
	pub, err := crypto.SigToPub(digest[:], append(e.Signature[:64:64], e.Signature[64]-27))
	if err != nil || crypto.PubkeyToAddress(*pub) != e.Publisher {
		t.Fatalf("SigToPub: %v", err)
	}
	// Another domain must not accept it.
	if err := NewDomain(1, testRegistry).Verify(e); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("other chain: %v", err)
	}
	if err := NewDomain(137, common.Address{1}).Verify(e); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("other registry: %v", err)
	}
}

func TestSignRejectsOtherKey(t *testing.T) {
	key := testKey(t)
	e := testEvent(key)
	other, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if err := testDomain.Sign(e, other); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("got %v", err)
	}
	if e.Signature != nil || e.SignatureType != SignatureNone {
		t.Fatal("failed Sign modified the event")
	}
}

// highS returns the malleated twin of a valid signature: (r, n-s, v^1).
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := append([]byte(nil), sig...)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] = 55 - out[64] // 27 <-> 28
	return out
}

// notX returns the smallest r with no curve point of x = r (r³ + 7 not a square mod p).
func notX() *big.Int {
	p := crypto.S256().Params().P
	for x := big.NewInt(1); ; x.Add(x, big.NewInt(1)) {
		y2 := new(big.Int).Exp(x, big.NewInt(3), p)
		y2.Add(y2, big.NewInt(7)).Mod(y2, p)
		if new(big.Int).ModSqrt(y2, p) == nil {
			return x
		}
	}
}

type verifyCase struct {
	name   string
	mutate func(e *Event)
	want   error
}

// verifyCases are the ways an event's signature can be wrong, each with the error
// Verify gives for it.
func verifyCases(t *testing.T, base *Event) []verifyCase {
	t.Helper()
	n := crypto.S256().Params().N
	halfN := new(big.Int).Rsh(n, 1)

	// The malleated signature recovers the same key: only the low-s rule rejects it.
	hs := highS(base.Signature)
	digest := testDomain.Digest(base)
	if pub, err := crypto.SigToPub(digest[:], append(hs[:64:64], hs[64]-27)); err != nil ||
		crypto.PubkeyToAddress(*pub) != base.Publisher {
		t.Fatalf("high-s twin does not recover the publisher: %v", err)
	}

	withSig := func(f func(sig []byte) []byte) func(e *Event) {
		return func(e *Event) { e.Signature = f(append([]byte(nil), e.Signature...)) }
	}
	setS := func(v *big.Int) func(e *Event) {
		return withSig(func(sig []byte) []byte { v.FillBytes(sig[32:64]); return sig })
	}
	return []verifyCase{
		{"high s", func(e *Event) { e.Signature = hs }, ErrHighS},
		{"s = n/2+1", setS(new(big.Int).Add(halfN, big.NewInt(1))), ErrHighS},
		{"s = 0", setS(new(big.Int)), ErrBadRS},
		{"r = 0", withSig(func(s []byte) []byte { clear(s[:32]); return s }), ErrBadRS},
		{"r = n", withSig(func(s []byte) []byte { n.FillBytes(s[:32]); return s }), ErrBadRS},
		{"r not the x of a point", withSig(func(s []byte) []byte { notX().FillBytes(s[:32]); return s }), ErrBadSignature},
		{"v = 0", withSig(func(s []byte) []byte { s[64] = 0; return s }), ErrBadV},
		{"v = 1", withSig(func(s []byte) []byte { s[64] = 1; return s }), ErrBadV},
		{"v = 29", withSig(func(s []byte) []byte { s[64] = 29; return s }), ErrBadV},
		{"64 bytes", withSig(func(s []byte) []byte { return s[:64] }), ErrSignatureLength},
		{"66 bytes", withSig(func(s []byte) []byte { return append(s, 0) }), ErrSignatureLength},
		{"empty", func(e *Event) { e.Signature = nil }, ErrSignatureLength},
		{"unsigned type", func(e *Event) { e.SignatureType = SignatureNone }, ErrUnsupportedSignatureType},
		{"type 2", func(e *Event) { e.SignatureType = 2 }, ErrUnsupportedSignatureType},
		{"flipped v", withSig(func(s []byte) []byte { s[64] = 55 - s[64]; return s }), ErrWrongSigner},
		{"other publisher", func(e *Event) { e.Publisher = common.Address{1} }, ErrWrongSigner},
		{"content", func(e *Event) { e.Content = append(e.Content, ' ') }, ErrWrongSigner},
		{"version", func(e *Event) { e.Version = 2 }, ErrWrongSigner},
		{"stream", func(e *Event) { e.Stream[0] ^= 1 }, ErrWrongSigner},
		{"partition", func(e *Event) { e.Partition++ }, ErrWrongSigner},
		{"timestamp", func(e *Event) { e.Timestamp++ }, ErrWrongSigner},
		{"sequence", func(e *Event) { e.Sequence++ }, ErrWrongSigner},
		{"origin", func(e *Event) { e.OriginType++ }, ErrWrongSigner},
		{"chain id", func(e *Event) { e.MsgChainID[31] ^= 1 }, ErrWrongSigner},
		{"prev timestamp", func(e *Event) { e.PrevTimestamp-- }, ErrWrongSigner},
		{"prev sequence", func(e *Event) { e.PrevSequence-- }, ErrWrongSigner},
		{"message type", func(e *Event) { e.MessageType++ }, ErrWrongSigner},
		{"content type", func(e *Event) { e.ContentType++ }, ErrWrongSigner},
		{"encryption", func(e *Event) { e.EncryptionType++ }, ErrWrongSigner},
		{"group key", func(e *Event) { e.GroupKeyID[0] ^= 1 }, ErrWrongSigner},
	}
}

func TestVerifyErrors(t *testing.T) {
	base, _ := signedTestEvent(t)
	tests := verifyCases(t, base)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base.Clone()
			tc.mutate(e)
			err := testDomain.Verify(e)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if !errors.Is(err, ErrBadSignature) {
				t.Fatalf("%v does not wrap ErrBadSignature", err)
			}
		})
	}
	if err := testDomain.Verify(base); err != nil {
		t.Fatalf("base event was modified: %v", err)
	}
}

func TestCheckSignatureBoundary(t *testing.T) {
	n := crypto.S256().Params().N
	sig := make([]byte, SignatureLength)
	sig[31], sig[64] = 1, 27
	new(big.Int).Rsh(n, 1).FillBytes(sig[32:64])
	if err := CheckSignature(sig); err != nil {
		t.Fatalf("s = n/2 must pass: %v", err)
	}
	new(big.Int).Sub(n, big.NewInt(1)).FillBytes(sig[:32])
	if err := CheckSignature(sig); err != nil {
		t.Fatalf("r = n-1 must pass: %v", err)
	}
}

func TestDigestDoesNotAllocate(t *testing.T) {
	e, _ := signedTestEvent(t)
	var sink common.Hash
	if n := testing.AllocsPerRun(100, func() { sink = testDomain.Digest(e) }); n != 0 {
		t.Fatalf("Digest allocates %v times per call", n)
	}
	_ = sink
}

func TestNewDomainSeparator(t *testing.T) {
	// Spelled out with the generic keccak of abi.encode.
	enc := crypto.Keccak256([]byte(DomainTypeString))
	enc = append(enc, crypto.Keccak256([]byte("Streamr"))...)
	enc = append(enc, crypto.Keccak256([]byte("1"))...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(137).Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(testRegistry[:], 32)...)
	if want := crypto.Keccak256Hash(enc); testDomain.Separator() != want {
		t.Fatalf("separator %s, want %s", testDomain.Separator(), want)
	}
}

// TestDocsTypeString keeps the specification and the code on one type string.
func TestDocsTypeString(t *testing.T) {
	doc, err := os.ReadFile("../../docs/protocol.md")
	if err != nil {
		t.Fatalf("reading the specification: %v", err)
	}
	for _, want := range []string{TypeString, DomainTypeString} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("docs/protocol.md does not contain %q", want)
		}
	}
}
