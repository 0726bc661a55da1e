// Package api defines the broker's wire protocol, shared by the server and the Go client:
// WebSocket control messages (JSON text frames), delivery frames (binary), the stable error
// codes, and the EIP-4361-style sign-in message.
//
// WebSocket frames:
//
//   - client → server, binary: one event in the protocol's binary encoding, or a publish
//     batch (PublishBatchTag, then each event's uvarint length and encoding);
//   - client → server, text: a Control message (auth, subscribe, unsubscribe, resend, ping);
//   - server → client, binary: a delivery (DeliveryTag, offset length, offset, event) or a
//     delivery batch (DeliveryBatchTag, then per event: offset length, offset, uvarint
//     event length, event);
//   - server → client, binary, also: an ack (AckTag, then per stored publish its chain
//     position and offset), acknowledging one or more publishes in publish order;
//   - server → client, text: a Control message (challenge, authenticated, subscribed,
//     unsubscribed, resent, error, pong).
package api

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// Subprotocol names this version of the WebSocket protocol in the handshake
// (Sec-WebSocket-Protocol). The Go client asks for it and refuses a broker that does not
// answer with it; a broker refuses a client that asks only for others. A client that asks
// for none gets this version.
const Subprotocol = "streamr.v1"

// Code is a stable, machine-readable error code.
type Code string

// Error codes.
const (
	CodeBadRequest   Code = "BAD_REQUEST"   // malformed frame, message, parameter or event
	CodeBadSignature Code = "BAD_SIGNATURE" // event signature invalid, high-s, or not the publisher's
	CodeUnauthorized Code = "UNAUTHORIZED"  // sign-in missing or failed
	CodeForbidden    Code = "FORBIDDEN"     // no publish / subscribe permission (or it lapsed)
	CodeNotFound     Code = "NOT_FOUND"     // unknown stream or partition
	CodeDuplicate    Code = "DUPLICATE"     // event already stored (replay or retry)
	CodeOutOfOrder   Code = "OUT_OF_ORDER"  // previous reference does not match the chain
	CodeTooLarge     Code = "TOO_LARGE"     // frame or content above the limit
	CodeStale        Code = "STALE"         // timestamp outside the accepted window
	CodeSlowConsumer Code = "SLOW_CONSUMER" // subscriber cut off; resume from ResumeFrom
	CodeUnavailable  Code = "UNAVAILABLE"   // storage or chain unavailable, or shutting down
	CodeInternal     Code = "INTERNAL"      // a bug
)

// Message types of Control.
const (
	TypeChallenge     = "challenge"
	TypeAuth          = "auth"
	TypeAuthenticated = "authenticated"
	TypeSubscribe     = "subscribe"
	TypeSubscribed    = "subscribed"
	TypeUnsubscribe   = "unsubscribe"
	TypeUnsubscribed  = "unsubscribed"
	TypeResend        = "resend"
	TypeResent        = "resent"
	TypeError         = "error"
	TypePing          = "ping"
	TypePong          = "pong"
)

// Resend selects history. Subscribe accepts Last or From (then hands over to live);
// the resend request also accepts To (inclusive) and timestamps (Redis arrival time, ms).
type Resend struct {
	Last          int          `json:"last,omitempty"`
	From          store.Offset `json:"from,omitzero"`
	To            store.Offset `json:"to,omitzero"`
	FromTimestamp uint64       `json:"fromTimestamp,omitempty"`
	ToTimestamp   uint64       `json:"toTimestamp,omitempty"`
}

// Range returns the resend as a [from, to] offset range (to zero: up to the end) when it is
// not a last-N request.
func (r *Resend) Range() (from, to store.Offset) {
	from, to = r.From, r.To
	if r.FromTimestamp != 0 {
		from = store.Offset{Ms: r.FromTimestamp}
	}
	if r.ToTimestamp != 0 {
		to = store.Offset{Ms: r.ToTimestamp, Seq: ^uint64(0)}
	}
	return from, to
}

// Control is a JSON control message. Fields not used by a type are omitted.
type Control struct {
	Type string `json:"type"`
	// ID correlates a request with its reply; chosen by the client.
	ID string `json:"id,omitempty"`

	// Challenge (server) and auth (client).
	Nonce     string          `json:"nonce,omitempty"`
	Domain    string          `json:"domain,omitempty"`
	URI       string          `json:"uri,omitempty"`
	ChainID   uint64          `json:"chainId,omitempty"`
	IssuedAt  string          `json:"issuedAt,omitempty"`
	ExpiresAt string          `json:"expirationTime,omitempty"`
	Address   *common.Address `json:"address,omitempty"`
	Signature string          `json:"signature,omitempty"`

	// Subscriptions and resends.
	Stream    *common.Address `json:"stream,omitempty"`
	Partition uint32          `json:"partition"`
	Resend    *Resend         `json:"resend,omitempty"`

	// Publish errors: the event's chain position.
	MsgChainID string       `json:"msgChainId,omitempty"`
	Timestamp  uint64       `json:"timestamp,omitempty"`
	Sequence   uint32       `json:"sequence,omitempty"`
	Offset     store.Offset `json:"offset,omitzero"`
	Count      int          `json:"count,omitempty"`

	// Errors.
	Code       Code         `json:"code,omitempty"`
	Message    string       `json:"message,omitempty"`
	ResumeFrom store.Offset `json:"resumeFrom,omitzero"`
}

// MaxControlSize bounds a control message.
const MaxControlSize = 16 << 10

// ParseControl decodes and checks a client control message.
func ParseControl(b []byte) (*Control, error) {
	if len(b) > MaxControlSize {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrBadControl, len(b), MaxControlSize)
	}
	var c Control
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadControl, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrBadControl)
	}
	if len(c.ID) > 128 {
		return nil, fmt.Errorf("%w: id longer than 128 bytes", ErrBadControl)
	}
	switch c.Type {
	case TypeAuth:
		if c.Address == nil || c.Signature == "" || c.Nonce == "" {
			return nil, fmt.Errorf("%w: auth needs address, nonce and signature", ErrBadControl)
		}
	case TypeSubscribe, TypeUnsubscribe, TypeResend:
		if c.Stream == nil {
			return nil, fmt.Errorf("%w: %s needs a stream", ErrBadControl, c.Type)
		}
		if r := c.Resend; r != nil {
			if r.Last < 0 {
				return nil, fmt.Errorf("%w: negative last", ErrBadControl)
			}
			from, to := r.Range()
			hasRange := !from.IsZero() || !to.IsZero()
			if r.Last > 0 && hasRange {
				return nil, fmt.Errorf("%w: give last or a range, not both", ErrBadControl)
			}
			if c.Type == TypeSubscribe && !to.IsZero() {
				return nil, fmt.Errorf("%w: subscribe resends up to live; use resend for a closed range", ErrBadControl)
			}
			if !to.IsZero() && to.Less(from) {
				return nil, fmt.Errorf("%w: range ends before it starts", ErrBadControl)
			}
		}
		if c.Type == TypeResend && c.Resend == nil {
			return nil, fmt.Errorf("%w: resend needs a resend", ErrBadControl)
		}
	case TypePing:
	default:
		return nil, fmt.Errorf("%w: unknown type %q", ErrBadControl, c.Type)
	}
	return &c, nil
}

// DeliveryTag is the first byte of a server delivery frame. It differs from the event wire
// magic so the two are never confused.
const DeliveryTag byte = 0x01

// AppendDelivery appends a delivery frame: DeliveryTag, offset length (1 byte), the offset
// in text, then the encoded event.
func AppendDelivery(dst []byte, off store.Offset, event []byte) []byte {
	dst = appendOffset(append(dst, DeliveryTag), off)
	return append(dst, event...)
}

// appendOffset appends the offset's length (1 byte) and the offset in text.
func appendOffset(dst []byte, off store.Offset) []byte {
	at := len(dst)
	dst = off.AppendText(append(dst, 0))
	dst[at] = byte(len(dst) - at - 1)
	return dst
}

// cutOffset splits a length-prefixed offset (see appendOffset) off b.
func cutOffset(b []byte) (store.Offset, []byte, error) {
	if len(b) < 1 || len(b) < 1+int(b[0]) {
		return store.Offset{}, nil, errors.New("truncated offset")
	}
	n := int(b[0])
	off, err := store.ParseOffset(string(b[1 : 1+n]))
	if err != nil {
		return store.Offset{}, nil, err
	}
	return off, b[1+n:], nil
}

// ParseDelivery splits a delivery frame into the offset and the encoded event (aliasing b).
func ParseDelivery(b []byte) (store.Offset, []byte, error) {
	if len(b) < 2 || b[0] != DeliveryTag {
		return store.Offset{}, nil, fmt.Errorf("%w: not a delivery", ErrBadFrame)
	}
	off, ev, err := cutOffset(b[1:])
	if err != nil {
		return store.Offset{}, nil, fmt.Errorf("%w: %w", ErrBadFrame, err)
	}
	return off, ev, nil
}

// PublishBatchTag is the first byte of a client frame that carries several events: the
// tag, then for each event its length (minimal uvarint) and its binary encoding. It
// differs from the event wire magic, so a single event and a batch are told apart by the
// first byte.
const PublishBatchTag byte = 0x02

// DeliveryBatchTag is the first byte of a server frame that carries several deliveries:
// the tag, then for each event the offset length (1 byte), the offset in text, the event's
// length (minimal uvarint) and its encoding.
const DeliveryBatchTag byte = 0x02

// MaxBatch bounds the events of one batch frame.
const MaxBatch = 1024

// AppendPublishItem appends one event to a publish batch frame; start the frame with
// PublishBatchTag.
func AppendPublishItem(dst, event []byte) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(event)))
	return append(dst, event...)
}

// SplitPublishBatch returns the encoded events of a publish batch frame (aliasing b). The
// whole frame is checked before anything is returned: an empty batch, more than MaxBatch
// events, an empty or truncated item, or a non-minimal length is an error wrapping
// ErrBadFrame.
func SplitPublishBatch(b []byte) ([][]byte, error) {
	if len(b) < 1 || b[0] != PublishBatchTag {
		return nil, fmt.Errorf("%w: not a publish batch", ErrBadFrame)
	}
	var out [][]byte
	for rest := b[1:]; len(rest) > 0; {
		if len(out) == MaxBatch {
			return nil, fmt.Errorf("%w: more than %d events in a batch", ErrBadFrame, MaxBatch)
		}
		item, r, err := cutItem(rest)
		if err != nil {
			return nil, fmt.Errorf("%w: event %d: %v", ErrBadFrame, len(out), err)
		}
		out, rest = append(out, item), r
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: empty batch", ErrBadFrame)
	}
	return out, nil
}

// cutItem splits a non-empty length-prefixed item off b. Callers report its errors as
// ErrBadFrame (with %v: a framing error is a bad frame, whatever the protocol calls it).
func cutItem(b []byte) (item, rest []byte, err error) {
	item, rest, err = protocol.CutLengthPrefixed(b, "item", len(b))
	if err == nil && len(item) == 0 {
		err = fmt.Errorf("empty item")
	}
	return item, rest, err
}

// AppendDeliveryItem appends one delivery to a delivery batch frame; start the frame with
// DeliveryBatchTag.
func AppendDeliveryItem(dst []byte, off store.Offset, event []byte) []byte {
	dst = appendOffset(dst, off)
	dst = binary.AppendUvarint(dst, uint64(len(event)))
	return append(dst, event...)
}

// ParseDeliveries calls fn for each delivery of a delivery frame or a delivery batch
// frame, in order (event aliases b). A malformed frame is an error wrapping ErrBadFrame,
// found before fn is called.
func ParseDeliveries(b []byte, fn func(off store.Offset, event []byte)) error {
	if len(b) > 0 && b[0] == DeliveryTag {
		off, ev, err := ParseDelivery(b)
		if err != nil {
			return err
		}
		if len(ev) == 0 {
			return fmt.Errorf("%w: empty event", ErrBadFrame)
		}
		fn(off, ev)
		return nil
	}
	if len(b) < 1 || b[0] != DeliveryBatchTag {
		return fmt.Errorf("%w: not a delivery", ErrBadFrame)
	}
	type item struct {
		off store.Offset
		ev  []byte
	}
	var items []item
	for rest := b[1:]; len(rest) > 0; {
		if len(items) == MaxBatch {
			return fmt.Errorf("%w: more than %d deliveries in a batch", ErrBadFrame, MaxBatch)
		}
		off, r, err := cutOffset(rest)
		if err != nil {
			return fmt.Errorf("%w: delivery %d: %w", ErrBadFrame, len(items), err)
		}
		ev, r, err := cutItem(r)
		if err != nil {
			return fmt.Errorf("%w: delivery %d: %v", ErrBadFrame, len(items), err)
		}
		items, rest = append(items, item{off, ev}), r
	}
	if len(items) == 0 {
		return fmt.Errorf("%w: empty batch", ErrBadFrame)
	}
	for _, it := range items {
		fn(it.off, it.ev)
	}
	return nil
}

// AckTag is the first byte of a server frame that acknowledges stored publishes, in publish
// order: the tag, then for each publish its stream (20 bytes), partition (minimal uvarint),
// message chain id (32 bytes), timestamp and sequence (minimal uvarints), offset length
// (1 byte) and offset text. Acks are binary because they are as frequent as publishes.
const AckTag byte = 0x03

// Ack acknowledges one stored publish: the event's chain position and its offset.
type Ack struct {
	Stream     common.Address
	Partition  uint32
	MsgChainID [32]byte
	Timestamp  uint64
	Sequence   uint32
	Offset     store.Offset
}

// AppendAck appends one ack to an ack frame; start the frame with AckTag.
func AppendAck(dst []byte, a *Ack) []byte {
	dst = append(dst, a.Stream[:]...)
	dst = binary.AppendUvarint(dst, uint64(a.Partition))
	dst = append(dst, a.MsgChainID[:]...)
	dst = binary.AppendUvarint(dst, a.Timestamp)
	dst = binary.AppendUvarint(dst, uint64(a.Sequence))
	return appendOffset(dst, a.Offset)
}

// ParseAcks calls fn for each ack of an ack frame, in order (the Ack is reused between
// calls). A malformed frame (wrong tag, no acks, more than MaxBatch, a truncated field, a
// non-minimal or out-of-range number, a bad offset) is an error wrapping ErrBadFrame, found
// before fn is called.
func ParseAcks(b []byte, fn func(*Ack)) error {
	if len(b) < 1 || b[0] != AckTag {
		return fmt.Errorf("%w: not an ack", ErrBadFrame)
	}
	n, err := walkAcks(b[1:], nil)
	if err != nil {
		return fmt.Errorf("%w: ack %d: %v", ErrBadFrame, n, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: no acks", ErrBadFrame)
	}
	_, _ = walkAcks(b[1:], fn)
	return nil
}

// walkAcks parses the acks of b, calling fn (when not nil) for each; it returns how many
// it parsed.
func walkAcks(b []byte, fn func(*Ack)) (int, error) {
	var a Ack
	n := 0
	for rest := b; len(rest) > 0; n++ {
		if n == MaxBatch {
			return n, fmt.Errorf("more than %d acks", MaxBatch)
		}
		var err error
		var v uint64
		if rest, err = cutFixed(a.Stream[:], rest, "stream"); err != nil {
			return n, err
		}
		if v, rest, err = cutUint(rest, "partition", math.MaxUint32); err != nil {
			return n, err
		}
		a.Partition = uint32(v)
		if rest, err = cutFixed(a.MsgChainID[:], rest, "message chain id"); err != nil {
			return n, err
		}
		if a.Timestamp, rest, err = protocol.CutUvarint(rest, "timestamp"); err != nil {
			return n, err
		}
		if v, rest, err = cutUint(rest, "sequence", math.MaxUint32); err != nil {
			return n, err
		}
		a.Sequence = uint32(v)
		if a.Offset, rest, err = cutOffset(rest); err != nil {
			return n, err
		}
		if fn != nil {
			fn(&a)
		}
	}
	return n, nil
}

// cutFixed copies len(dst) bytes off b into dst.
func cutFixed(dst, b []byte, what string) ([]byte, error) {
	if len(b) < len(dst) {
		return nil, fmt.Errorf("truncated %s", what)
	}
	copy(dst, b)
	return b[len(dst):], nil
}

// cutUint splits a minimal uvarint no larger than limit off b.
func cutUint(b []byte, what string, limit uint64) (uint64, []byte, error) {
	v, rest, err := protocol.CutUvarint(b, what)
	if err == nil && v > limit {
		err = fmt.Errorf("%s %d above %d", what, v, limit)
	}
	return v, rest, err
}
