package protocol

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Version is the event format version this package produces and accepts.
const Version uint8 = 1

// SignatureLength is the length of an ECDSA signature r||s||v.
const SignatureLength = 65

// OriginType says what kind of entity holds the Publisher key. It is signed metadata: it does
// not change how the signature is verified (always by Publisher's key).
const (
	// OriginEOA: an externally owned account (a user, a service) publishes directly.
	OriginEOA uint8 = 0
	// OriginContract: the data originates from a smart contract (e.g. a contract event
	// relayed into a stream); Publisher is the relaying key.
	OriginContract uint8 = 1
	// OriginDevice: a device (IoT sensor, gateway) with its own key publishes directly.
	OriginDevice uint8 = 2
)

// Message types.
const (
	// MessageData carries stream data.
	MessageData uint8 = 0
	// MessageGroupKeyAnnounce announces (encrypted) group keys to subscribers.
	MessageGroupKeyAnnounce uint8 = 1
	// MessageError reports an error in the stream (e.g. a failed key exchange).
	MessageError uint8 = 2
)

// Content types.
const (
	// ContentJSON: Content is a UTF-8 JSON document (when not encrypted).
	ContentJSON uint8 = 0
	// ContentBinary: Content is opaque bytes.
	ContentBinary uint8 = 1
)

// Encryption types.
const (
	// EncryptionNone: Content is plaintext.
	EncryptionNone uint8 = 0
	// EncryptionAES256GCM: Content is AES-256-GCM ciphertext under the group key GroupKeyID.
	EncryptionAES256GCM uint8 = 1
)

// Signature types.
const (
	// SignatureNone marks an unsigned event; it never passes Verify or Validate.
	SignatureNone uint8 = 0
	// SignatureEIP712 is an EIP-712 signature over the StreamMessage typed struct.
	SignatureEIP712 uint8 = 1
)

// Event is one message of a stream: the header fields of the whitepaper, the content and the
// publisher's signature. The zero value is an empty, unsigned event.
//
// Events are values: methods never retain or modify the byte slices they are given, except
// Sign, which replaces Signature.
type Event struct {
	Version   uint8          // format version, always Version (1)
	Stream    common.Address // stream id: the stream's address in the StreamRegistry
	Partition uint32         // stream partition, below the stream's partition count
	Timestamp uint64         // publisher time, milliseconds since the Unix epoch
	Sequence  uint32         // orders events of one chain that share a Timestamp
	Publisher common.Address // address whose key signs the event
	// OriginType: OriginEOA, OriginContract or OriginDevice.
	OriginType uint8
	// MsgChainID identifies one publisher session's chain of events; random per session.
	MsgChainID [32]byte
	// PrevTimestamp and PrevSequence point at the previous event of the same chain
	// (stream, partition, publisher, MsgChainID); both zero means there is none.
	PrevTimestamp  uint64
	PrevSequence   uint32
	MessageType    uint8    // MessageData, MessageGroupKeyAnnounce or MessageError
	ContentType    uint8    // ContentJSON or ContentBinary
	EncryptionType uint8    // EncryptionNone or EncryptionAES256GCM
	GroupKeyID     [32]byte // id of the group key that encrypts Content; zero if none
	Content        []byte
	SignatureType  uint8  // SignatureEIP712 for signed events
	Signature      []byte // 65 bytes r||s||v with v in {27, 28}
}

// HasPrev reports whether the event references a previous event of its chain.
func (e *Event) HasPrev() bool { return e.PrevTimestamp != 0 || e.PrevSequence != 0 }

// ContentHash returns keccak256(Content), the value signed in place of the content.
func (e *Event) ContentHash() common.Hash { return crypto.Keccak256Hash(e.Content) }

// Equal reports whether two events are identical field by field. Nil and empty byte slices
// are equal.
func (e *Event) Equal(o *Event) bool {
	return e.Version == o.Version &&
		e.Stream == o.Stream &&
		e.Partition == o.Partition &&
		e.Timestamp == o.Timestamp &&
		e.Sequence == o.Sequence &&
		e.Publisher == o.Publisher &&
		e.OriginType == o.OriginType &&
		e.MsgChainID == o.MsgChainID &&
		e.PrevTimestamp == o.PrevTimestamp &&
		e.PrevSequence == o.PrevSequence &&
		e.MessageType == o.MessageType &&
		e.ContentType == o.ContentType &&
		e.EncryptionType == o.EncryptionType &&
		e.GroupKeyID == o.GroupKeyID &&
		bytes.Equal(e.Content, o.Content) &&
		e.SignatureType == o.SignatureType &&
		bytes.Equal(e.Signature, o.Signature)
}

// Clone returns a deep copy of e.
func (e *Event) Clone() *Event {
	c := *e
	c.Content = bytes.Clone(e.Content)
	c.Signature = bytes.Clone(e.Signature)
	return &c
}

// String returns a short description for logs; it never includes the content.
func (e *Event) String() string {
	return fmt.Sprintf("event{stream=%s/%d publisher=%s chain=%x ts=%d seq=%d type=%d len=%d}",
		e.Stream.Hex(), e.Partition, e.Publisher.Hex(), e.MsgChainID[:4],
		e.Timestamp, e.Sequence, e.MessageType, len(e.Content))
}
