package protocol

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestWireRoundTrip(t *testing.T) {
	signed, _ := signedTestEvent(t)
	r := rand.New(rand.NewPCG(5, 6))
	sig := bytes.Repeat([]byte{0xab}, SignatureLength)
	tests := []struct {
		name string
		e    *Event
	}{
		{"signed", signed},
		{"empty content", &Event{Version: Version, Signature: sig}},
		{"1 byte", &Event{Version: Version, Content: []byte{0}, Signature: sig}},
		{"127 bytes", &Event{Version: Version, Content: make([]byte, 127), Signature: sig}},
		{"128 bytes", &Event{Version: Version, Content: make([]byte, 128), Signature: sig}},
		{"max content", &Event{Version: Version, Content: bytes.Repeat([]byte{7}, DefaultMaxContentSize), Signature: sig}},
		{"max values", &Event{Version: Version, Stream: common.Address{0: 0xff, 19: 0xff}, Partition: ^uint32(0),
			Timestamp: ^uint64(0), Sequence: ^uint32(0), Publisher: common.Address{0: 0xee, 19: 0xee}, OriginType: 255,
			MsgChainID: [32]byte{0: 1, 31: 2}, PrevTimestamp: ^uint64(0) - 1, PrevSequence: ^uint32(0) - 1,
			MessageType: 255, ContentType: 255, EncryptionType: 255, GroupKeyID: [32]byte{0: 3, 31: 4},
			SignatureType: 255, Signature: sig}},
		{"random 1", randomEvent(r)},
		{"random 2", randomEvent(r)},
		{"random 3", randomEvent(r)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Encode(tc.e)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) != EncodedSize(tc.e) || b[0] != WireMagic || b[1] != Version {
				t.Fatalf("len %d, EncodedSize %d, head %x", len(b), EncodedSize(tc.e), b[:2])
			}
			got, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.e) {
				t.Fatalf("round trip:\n got %+v\nwant %+v", got, tc.e)
			}
			// The result must not alias the input.
			clear(b)
			if !got.Equal(tc.e) {
				t.Fatal("decoded event aliases the input buffer")
			}
			var viaIface Event
			bin, _ := tc.e.MarshalBinary()
			if err := viaIface.UnmarshalBinary(bin); err != nil || !viaIface.Equal(tc.e) {
				t.Fatalf("BinaryMarshaler round trip: %v", err)
			}
			clear(bin)
			if !viaIface.Equal(tc.e) {
				t.Fatal("UnmarshalBinary's event aliases the input buffer")
			}
			bin, _ = tc.e.MarshalBinary()
			if err := viaIface.UnmarshalBinary(bin[:len(bin)-1]); !errors.Is(err, ErrTruncated) {
				t.Fatalf("UnmarshalBinary of a truncated event: %v", err)
			}
			if !viaIface.Equal(tc.e) {
				t.Fatal("a failed UnmarshalBinary changed the event")
			}
		})
	}
	if err := testDomain.Verify(mustDecode(t, mustEncode(t, signed))); err != nil {
		t.Fatalf("decoded event does not verify: %v", err)
	}
}

func mustEncode(t testing.TB, e *Event) []byte {
	t.Helper()
	b, err := Encode(e)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustDecode(t testing.TB, b []byte) *Event {
	t.Helper()
	e, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestAppendEncode(t *testing.T) {
	e, _ := signedTestEvent(t)
	prefix := []byte("prefix")
	b, err := AppendEncode(append([]byte(nil), prefix...), e)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, prefix) || !bytes.Equal(b[len(prefix):], mustEncode(t, e)) {
		t.Fatal("AppendEncode does not append the encoding")
	}
	// Two events back to back in one buffer, as a batch writer would.
	b, _ = AppendEncode(b, e)
	if len(b) != len(prefix)+2*EncodedSize(e) {
		t.Fatalf("len %d", len(b))
	}
}

func TestEncodeErrors(t *testing.T) {
	e, _ := signedTestEvent(t)
	tests := []struct {
		name   string
		mutate func(e *Event)
		want   error
	}{
		{"version 0", func(e *Event) { e.Version = 0 }, ErrUnknownVersion},
		{"version 2", func(e *Event) { e.Version = 2 }, ErrUnknownVersion},
		{"unsigned", func(e *Event) { e.Signature = nil }, ErrSignatureLength},
		{"long signature", func(e *Event) { e.Signature = make([]byte, 66) }, ErrSignatureLength},
		{"huge content", func(e *Event) { e.Content = make([]byte, HardMaxContentSize+1) }, ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := e.Clone()
			tc.mutate(c)
			dst := []byte{1, 2, 3}
			out, err := AppendEncode(dst, c)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if !bytes.Equal(out, dst) {
				t.Fatal("dst modified on error")
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	e, _ := signedTestEvent(t)
	good := mustEncode(t, e)
	clenOff := HeaderSize
	sigLenOff := HeaderSize + 1 + len(e.Content)

	mod := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	bigContent := func(n int) []byte {
		b := append([]byte(nil), good[:HeaderSize]...)
		b = binary.AppendUvarint(b, uint64(n))
		b = append(b, make([]byte, n)...)
		b = append(b, SignatureLength)
		return append(b, e.Signature...)
	}
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"nil", nil, ErrTruncated},
		{"magic only", good[:1], ErrTruncated},
		{"json", []byte(`{"version":1}`), ErrBadMagic},
		{"bad magic", mod(func(b []byte) []byte { b[0] = 0; return b }), ErrBadMagic},
		{"version 0", mod(func(b []byte) []byte { b[1] = 0; return b }), ErrUnknownVersion},
		{"version 2", mod(func(b []byte) []byte { b[1] = 2; return b }), ErrUnknownVersion},
		{"short header", good[:HeaderSize-1], ErrTruncated},
		{"no content length", good[:HeaderSize], ErrTruncated},
		{"content cut", good[:sigLenOff-1], ErrTruncated},
		{"no signature length", good[:sigLenOff], ErrTruncated},
		{"signature cut", good[:len(good)-1], ErrTruncated},
		{"trailing byte", append(append([]byte(nil), good...), 0), ErrTrailingData},
		{"content too large", bigContent(DefaultMaxContentSize + 1), ErrTooLarge},
		{"content length overflow", append(append([]byte(nil), good[:HeaderSize]...),
			0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), ErrTooLarge},
		{"content length beyond input", mod(func(b []byte) []byte { b[clenOff] = 0x7f; return b }), ErrTruncated},
		{"non-minimal content length", mod(func(b []byte) []byte {
			return append(append(append([]byte(nil), b[:clenOff]...), b[clenOff]|0x80, 0x00), b[clenOff+1:]...)
		}), ErrNonCanonical},
		{"signature 64", mod(func(b []byte) []byte { b[sigLenOff] = 64; return b[:len(b)-1] }), ErrSignatureLength},
		{"signature 66", mod(func(b []byte) []byte { b[sigLenOff] = 66; return append(b, 0) }), ErrTooLarge},
		{"signature 0", mod(func(b []byte) []byte { b[sigLenOff] = 0; return b[:sigLenOff+1] }), ErrSignatureLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if got != nil {
				t.Fatal("non-nil event with error")
			}
		})
	}
	// Every strict prefix of a valid event fails cleanly.
	for i := range len(good) {
		if _, err := Decode(good[:i]); err == nil {
			t.Fatalf("prefix of %d bytes decoded", i)
		}
	}
}

func TestDecodeWithLimit(t *testing.T) {
	e := &Event{Version: Version, Content: make([]byte, 100), Signature: make([]byte, SignatureLength)}
	b := mustEncode(t, e)
	if _, err := DecodeWithLimit(b, 99); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("limit 99: %v", err)
	}
	if _, err := DecodeWithLimit(b, 100); err != nil {
		t.Fatalf("limit 100: %v", err)
	}
	if _, err := DecodeWithLimit(b, 0); err != nil {
		t.Fatalf("default limit: %v", err)
	}
	big := &Event{Version: Version, Content: make([]byte, 2<<20), Signature: make([]byte, SignatureLength)}
	bb := mustEncode(t, big)
	if _, err := Decode(bb); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("default limit on 2 MiB: %v", err)
	}
	if _, err := DecodeWithLimit(bb, 4<<20); err != nil {
		t.Fatalf("4 MiB limit: %v", err)
	}
}
