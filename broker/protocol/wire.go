package protocol

import (
	"encoding/binary"
	"fmt"
)

// Binary wire format, version 1 (all integers big-endian; see docs/protocol.md):
//
//	off  size  field
//	  0     1  magic 0x53 ('S')
//	  1     1  version (1)
//	  2    20  stream
//	 22     4  partition
//	 26     8  timestamp
//	 34     4  sequence
//	 38    20  publisher
//	 58     1  originType
//	 59    32  msgChainId
//	 91     8  prevTimestamp
//	 99     4  prevSequence
//	103     1  messageType
//	104     1  contentType
//	105     1  encryptionType
//	106    32  groupKeyId
//	138     1  signatureType
//	139     n  uvarint content length, then the content
//	  …     1  uvarint signature length (65), then the signature
//
// Length prefixes must be minimal uvarints and nothing may follow the signature, so every
// event has exactly one encoding: Encode(Decode(b)) == b whenever Decode succeeds.
const (
	// WireMagic is the first byte of a binary event. It is never '{', so binary and JSON
	// events can be told apart by their first byte.
	WireMagic byte = 0x53
	// HeaderSize is the size of the fixed part before the content length.
	HeaderSize = 139
	// DefaultMaxContentSize is the content bound Decode applies: 1 MiB.
	DefaultMaxContentSize = 1 << 20
	// HardMaxContentSize bounds content for every encoder and decoder, whatever the
	// configured limit: 64 MiB.
	HardMaxContentSize = 64 << 20
)

// EncodedSize returns the length of the binary encoding of e.
func EncodedSize(e *Event) int {
	return HeaderSize + uvarintLen(uint64(len(e.Content))) + len(e.Content) +
		uvarintLen(uint64(len(e.Signature))) + len(e.Signature)
}

// Encode returns the binary encoding of e. The event must carry a 65-byte signature.
func Encode(e *Event) ([]byte, error) {
	return AppendEncode(make([]byte, 0, EncodedSize(e)), e)
}

// AppendEncode appends the binary encoding of e to dst and returns the extended slice. On
// error dst is returned unchanged.
func AppendEncode(dst []byte, e *Event) ([]byte, error) {
	if e.Version != Version {
		return dst, fmt.Errorf("%w: %d", ErrUnknownVersion, e.Version)
	}
	if len(e.Content) > HardMaxContentSize {
		return dst, fmt.Errorf("%w: content is %d bytes, limit %d", ErrTooLarge, len(e.Content), HardMaxContentSize)
	}
	if len(e.Signature) != SignatureLength {
		return dst, fmt.Errorf("%w: got %d", ErrSignatureLength, len(e.Signature))
	}
	dst = append(dst, WireMagic, e.Version)
	dst = append(dst, e.Stream[:]...)
	dst = binary.BigEndian.AppendUint32(dst, e.Partition)
	dst = binary.BigEndian.AppendUint64(dst, e.Timestamp)
	dst = binary.BigEndian.AppendUint32(dst, e.Sequence)
	dst = append(dst, e.Publisher[:]...)
	dst = append(dst, e.OriginType)
	dst = append(dst, e.MsgChainID[:]...)
	dst = binary.BigEndian.AppendUint64(dst, e.PrevTimestamp)
	dst = binary.BigEndian.AppendUint32(dst, e.PrevSequence)
	dst = append(dst, e.MessageType, e.ContentType, e.EncryptionType)
	dst = append(dst, e.GroupKeyID[:]...)
	dst = append(dst, e.SignatureType)
	dst = binary.AppendUvarint(dst, uint64(len(e.Content)))
	dst = append(dst, e.Content...)
	dst = binary.AppendUvarint(dst, uint64(len(e.Signature)))
	dst = append(dst, e.Signature...)
	return dst, nil
}

// MarshalBinary implements encoding.BinaryMarshaler with Encode.
func (e *Event) MarshalBinary() ([]byte, error) { return Encode(e) }

// UnmarshalBinary implements encoding.BinaryUnmarshaler with Decode; e is left as it was
// when b is not a valid event.
func (e *Event) UnmarshalBinary(b []byte) error {
	if err := checkHeader(b); err != nil {
		return err
	}
	var d Event
	if err := decodeInto(&d, b, DefaultMaxContentSize, false); err != nil {
		return err
	}
	*e = d
	return nil
}

// Decode parses one binary event, bounding content to DefaultMaxContentSize. The result
// does not alias b.
func Decode(b []byte) (*Event, error) {
	return DecodeWithLimit(b, DefaultMaxContentSize)
}

// DecodeWithLimit is Decode with a content bound of maxContentSize bytes (at most
// HardMaxContentSize; zero or negative means DefaultMaxContentSize). It never panics; errors
// wrap ErrTruncated, ErrTooLarge, ErrBadMagic, ErrUnknownVersion, ErrNonCanonical,
// ErrTrailingData or ErrSignatureLength.
func DecodeWithLimit(b []byte, maxContentSize int) (*Event, error) {
	return decode(b, maxContentSize, false)
}

// DecodeShared is DecodeWithLimit without the copy: the event's Content and Signature
// alias b, which must not change while the event is in use. For callers that own b and
// keep it as long as the event (the broker keeps the encoding it stores).
func DecodeShared(b []byte, maxContentSize int) (*Event, error) {
	return decode(b, maxContentSize, true)
}

// DecodeSharedInto is DecodeShared into an event of the caller's (which it overwrites;
// after an error its fields are unspecified), for a caller that needs the fields only for
// a moment and need not allocate an event for them.
func DecodeSharedInto(e *Event, b []byte, maxContentSize int) error {
	if err := checkHeader(b); err != nil {
		return err
	}
	*e = Event{}
	return decodeInto(e, b, maxContentSize, true)
}

func decode(b []byte, maxContentSize int, shared bool) (*Event, error) {
	// The header is checked before the event is allocated: garbage costs no allocation.
	if err := checkHeader(b); err != nil {
		return nil, err
	}
	e := new(Event)
	if err := decodeInto(e, b, maxContentSize, shared); err != nil {
		return nil, err
	}
	return e, nil
}

func checkHeader(b []byte) error {
	if len(b) < 2 {
		return fmt.Errorf("%w: %d bytes, need a %d-byte header", ErrTruncated, len(b), HeaderSize)
	}
	if b[0] != WireMagic {
		return fmt.Errorf("%w: 0x%02x", ErrBadMagic, b[0])
	}
	if b[1] != Version {
		return fmt.Errorf("%w: %d", ErrUnknownVersion, b[1])
	}
	if len(b) < HeaderSize {
		return fmt.Errorf("%w: %d bytes, need a %d-byte header", ErrTruncated, len(b), HeaderSize)
	}
	return nil
}

// decodeInto decodes b, whose header checkHeader accepted, into the zero event e.
func decodeInto(e *Event, b []byte, maxContentSize int, shared bool) error {
	if maxContentSize <= 0 {
		maxContentSize = DefaultMaxContentSize
	}
	maxContentSize = min(maxContentSize, HardMaxContentSize)
	e.Version = b[1]
	copy(e.Stream[:], b[2:22])
	e.Partition = binary.BigEndian.Uint32(b[22:26])
	e.Timestamp = binary.BigEndian.Uint64(b[26:34])
	e.Sequence = binary.BigEndian.Uint32(b[34:38])
	copy(e.Publisher[:], b[38:58])
	e.OriginType = b[58]
	copy(e.MsgChainID[:], b[59:91])
	e.PrevTimestamp = binary.BigEndian.Uint64(b[91:99])
	e.PrevSequence = binary.BigEndian.Uint32(b[99:103])
	e.MessageType, e.ContentType, e.EncryptionType = b[103], b[104], b[105]
	copy(e.GroupKeyID[:], b[106:138])
	e.SignatureType = b[138]
	rest := b[HeaderSize:]

	clen, rest, err := readLength(rest, "content", maxContentSize)
	if err != nil {
		return err
	}
	content := rest[:clen]
	rest = rest[clen:]

	slen, rest, err := readLength(rest, "signature", SignatureLength)
	if err != nil {
		return err
	}
	if slen != SignatureLength {
		return fmt.Errorf("%w: got %d", ErrSignatureLength, slen)
	}
	if len(rest) != slen {
		return fmt.Errorf("%w: %d bytes", ErrTrailingData, len(rest)-slen)
	}

	if shared {
		if clen > 0 {
			e.Content = content[:clen:clen]
		}
		e.Signature = rest[:slen:slen]
		return nil
	}
	// One allocation holds both content and signature.
	buf := make([]byte, clen+slen)
	copy(buf, content)
	copy(buf[clen:], rest)
	if clen > 0 {
		e.Content = buf[:clen:clen]
	}
	e.Signature = buf[clen:]
	return nil
}

// CutLengthPrefixed splits an item of at most limit bytes, prefixed by its length as a
// minimal uvarint (the framing of content and signature), off b. Errors wrap ErrTruncated,
// ErrTooLarge or ErrNonCanonical and name the item as what.
func CutLengthPrefixed(b []byte, what string, limit int) (item, rest []byte, err error) {
	n, rest, err := readLength(b, what, limit)
	if err != nil {
		return nil, nil, err
	}
	return rest[:n], rest[n:], nil
}

// CutUvarint splits a minimal uvarint (the wire's framing of numbers) off b. Errors wrap
// ErrTruncated, ErrTooLarge (it overflows 64 bits) or ErrNonCanonical and name the value as
// what.
func CutUvarint(b []byte, what string) (uint64, []byte, error) {
	v, n := binary.Uvarint(b)
	switch {
	case n == 0:
		return 0, nil, fmt.Errorf("%w: %s", ErrTruncated, what)
	case n < 0:
		return 0, nil, fmt.Errorf("%w: %s overflows", ErrTooLarge, what)
	case n != uvarintLen(v):
		return 0, nil, fmt.Errorf("%w: %s", ErrNonCanonical, what)
	}
	return v, b[n:], nil
}

// readLength reads a minimal uvarint length prefix bounded by limit and checks that that
// many bytes follow it.
func readLength(b []byte, what string, limit int) (int, []byte, error) {
	v, n := binary.Uvarint(b)
	if n <= 0 || n != uvarintLen(v) {
		// Named only here: building the name on every call would cost an allocation.
		_, _, err := CutUvarint(b, what+" length")
		return 0, nil, err
	}
	rest := b[n:]
	switch {
	case v > uint64(limit):
		return 0, nil, fmt.Errorf("%w: %s is %d bytes, limit %d", ErrTooLarge, what, v, limit)
	case v > uint64(len(rest)):
		return 0, nil, fmt.Errorf("%w: %s needs %d bytes, %d left", ErrTruncated, what, v, len(rest))
	}
	return int(v), rest, nil
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}
