package protocol

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Limits are the bounds Validate enforces. Use DefaultLimits and override fields.
type Limits struct {
	// MaxContentSize bounds the content length; zero means DefaultMaxContentSize. It is
	// capped at HardMaxContentSize.
	MaxContentSize int
	// MaxFutureSkew is how far ahead of now a timestamp may be; zero disables the check.
	MaxFutureSkew time.Duration
	// MaxPastSkew is how far behind now a timestamp may be; zero disables the check (for
	// historical data and resends).
	MaxPastSkew time.Duration
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// Default validation bounds.
const (
	DefaultMaxFutureSkew = 30 * time.Second
	DefaultMaxPastSkew   = 10 * time.Minute
)

// DefaultLimits returns the limits a broker applies to live traffic: 1 MiB content,
// timestamps at most 30 s ahead of and 10 min behind the broker's clock.
func DefaultLimits() Limits {
	return Limits{
		MaxContentSize: DefaultMaxContentSize,
		MaxFutureSkew:  DefaultMaxFutureSkew,
		MaxPastSkew:    DefaultMaxPastSkew,
	}
}

func (l Limits) maxContentSize() int {
	if l.MaxContentSize <= 0 {
		return DefaultMaxContentSize
	}
	return min(l.MaxContentSize, HardMaxContentSize)
}

// Validate runs the cheap structural checks on a received event: version, known enum
// values, required fields, content size, content well-formedness (plaintext JSON must be
// valid JSON), group key presence, previous-reference order, the timestamp window and the
// form of the signature (length, v, low s). It does not check who signed: call
// Domain.Verify after Validate succeeds.
func Validate(e *Event, l Limits) error {
	if e.Version != Version {
		return fmt.Errorf("%w: %d", ErrUnknownVersion, e.Version)
	}
	if err := checkEnums(e.OriginType, e.MessageType, e.ContentType, e.EncryptionType); err != nil {
		return err
	}
	if e.SignatureType != SignatureEIP712 {
		return fmt.Errorf("%w: %d", ErrUnsupportedSignatureType, e.SignatureType)
	}
	if e.Stream == (common.Address{}) {
		return fmt.Errorf("%w: stream", ErrMissingField)
	}
	if e.Publisher == (common.Address{}) {
		return fmt.Errorf("%w: publisher", ErrMissingField)
	}
	if e.Timestamp == 0 {
		return fmt.Errorf("%w: timestamp", ErrMissingField)
	}
	if limit := l.maxContentSize(); len(e.Content) > limit {
		return fmt.Errorf("%w: content is %d bytes, limit %d", ErrTooLarge, len(e.Content), limit)
	}
	if e.EncryptionType != EncryptionNone && e.GroupKeyID == ([32]byte{}) {
		return ErrMissingGroupKey
	}
	if e.embedsJSON() && !json.Valid(e.Content) {
		return fmt.Errorf("%w: content is not valid JSON", ErrInvalidContent)
	}
	if err := checkPrev(e); err != nil {
		return err
	}
	if err := l.checkTimestamp(e.Timestamp); err != nil {
		return err
	}
	return CheckSignature(e.Signature)
}

func checkEnums(origin, messageType, contentType, encryptionType uint8) error {
	switch {
	case origin > OriginDevice:
		return fmt.Errorf("%w: originType %d", ErrUnknownEnum, origin)
	case messageType > MessageError:
		return fmt.Errorf("%w: messageType %d", ErrUnknownEnum, messageType)
	case contentType > ContentBinary:
		return fmt.Errorf("%w: contentType %d", ErrUnknownEnum, contentType)
	case encryptionType > EncryptionAES256GCM:
		return fmt.Errorf("%w: encryptionType %d", ErrUnknownEnum, encryptionType)
	}
	return nil
}

// checkPrev checks that the previous reference is absent (both zero) or strictly precedes
// (Timestamp, Sequence).
func checkPrev(e *Event) error {
	if !e.HasPrev() {
		return nil
	}
	if e.PrevTimestamp == 0 {
		return fmt.Errorf("%w: prevSequence %d without prevTimestamp", ErrBadPrevRef, e.PrevSequence)
	}
	if e.PrevTimestamp > e.Timestamp || (e.PrevTimestamp == e.Timestamp && e.PrevSequence >= e.Sequence) {
		return fmt.Errorf("%w: (%d, %d) does not precede (%d, %d)",
			ErrBadPrevRef, e.PrevTimestamp, e.PrevSequence, e.Timestamp, e.Sequence)
	}
	return nil
}

func (l Limits) checkTimestamp(ts uint64) error {
	if l.MaxFutureSkew <= 0 && l.MaxPastSkew <= 0 {
		return nil
	}
	now := time.Now
	if l.Now != nil {
		now = l.Now
	}
	nowMs := now().UnixMilli()
	if nowMs < 0 {
		nowMs = 0
	}
	n := uint64(nowMs)
	if l.MaxFutureSkew > 0 && ts > n && ts-n > uint64(l.MaxFutureSkew.Milliseconds()) {
		return fmt.Errorf("%w: %d ms ahead of now", ErrTimestampSkew, ts-n)
	}
	if l.MaxPastSkew > 0 && ts < n && n-ts > uint64(l.MaxPastSkew.Milliseconds()) {
		return fmt.Errorf("%w: %d ms behind now", ErrTimestampSkew, n-ts)
	}
	return nil
}
