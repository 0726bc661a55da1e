package protocol

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestValidate(t *testing.T) {
	base, _ := signedTestEvent(t)
	now := time.UnixMilli(int64(base.Timestamp))
	lim := DefaultLimits()
	lim.Now = func() time.Time { return now }

	tests := []struct {
		name   string
		mutate func(e *Event)
		lim    func(l *Limits)
		want   error // nil: valid
	}{
		{"valid", nil, nil, nil},
		{"version 2", func(e *Event) { e.Version = 2 }, nil, ErrUnknownVersion},
		{"origin 3", func(e *Event) { e.OriginType = 3 }, nil, ErrUnknownEnum},
		{"origin device", func(e *Event) { e.OriginType = OriginDevice }, nil, nil},
		{"message type 3", func(e *Event) { e.MessageType = 3 }, nil, ErrUnknownEnum},
		{"content type 2", func(e *Event) { e.ContentType = 2 }, nil, ErrUnknownEnum},
		{"encryption 2", func(e *Event) { e.EncryptionType = 2 }, nil, ErrUnknownEnum},
		{"unsigned", func(e *Event) { e.SignatureType = SignatureNone }, nil, ErrUnsupportedSignatureType},
		{"zero stream", func(e *Event) { e.Stream = common.Address{} }, nil, ErrMissingField},
		{"zero publisher", func(e *Event) { e.Publisher = common.Address{} }, nil, ErrMissingField},
		{"zero timestamp", func(e *Event) { e.Timestamp, e.PrevTimestamp, e.PrevSequence = 0, 0, 0 }, nil, ErrMissingField},
		{"content at limit", func(e *Event) { e.ContentType, e.Content = ContentBinary, make([]byte, 10) },
			func(l *Limits) { l.MaxContentSize = 10 }, nil},
		{"content over limit", func(e *Event) { e.ContentType, e.Content = ContentBinary, make([]byte, 11) },
			func(l *Limits) { l.MaxContentSize = 10 }, ErrTooLarge},
		{"content over default", func(e *Event) { e.ContentType, e.Content = ContentBinary, make([]byte, DefaultMaxContentSize+1) },
			func(l *Limits) { l.MaxContentSize = 0 }, ErrTooLarge},
		{"encrypted without key", func(e *Event) { e.EncryptionType = EncryptionAES256GCM }, nil, ErrMissingGroupKey},
		{"encrypted with key", func(e *Event) {
			e.EncryptionType, e.GroupKeyID, e.Content = EncryptionAES256GCM, [32]byte{1}, []byte{0xff}
		}, nil, nil},
		{"invalid json", func(e *Event) { e.Content = []byte(`{`) }, nil, ErrInvalidContent},
		{"empty json", func(e *Event) { e.Content = nil }, nil, ErrInvalidContent},
		{"binary not json", func(e *Event) { e.ContentType, e.Content = ContentBinary, []byte(`{`) }, nil, nil},
		{"no prev", func(e *Event) { e.PrevTimestamp, e.PrevSequence = 0, 0 }, nil, nil},
		{"prev seq without ts", func(e *Event) { e.PrevTimestamp, e.PrevSequence = 0, 1 }, nil, ErrBadPrevRef},
		{"prev equal", func(e *Event) { e.PrevSequence = e.Sequence }, nil, ErrBadPrevRef},
		{"prev after", func(e *Event) { e.PrevTimestamp = e.Timestamp + 1 }, nil, ErrBadPrevRef},
		{"prev earlier ms", func(e *Event) { e.PrevTimestamp, e.PrevSequence = e.Timestamp-1, 99 }, nil, nil},
		{"future within skew", func(e *Event) { e.Timestamp += 30_000; e.PrevTimestamp = e.Timestamp - 1 }, nil, nil},
		{"future beyond skew", func(e *Event) { e.Timestamp += 30_001; e.PrevTimestamp = e.Timestamp - 1 }, nil, ErrTimestampSkew},
		{"past within skew", func(e *Event) { e.Timestamp -= 600_000; e.PrevTimestamp = e.Timestamp - 1 }, nil, nil},
		{"past beyond skew", func(e *Event) { e.Timestamp -= 600_001; e.PrevTimestamp = e.Timestamp - 1 }, nil, ErrTimestampSkew},
		{"past unchecked", func(e *Event) { e.Timestamp, e.PrevTimestamp = 5, 4 },
			func(l *Limits) { l.MaxPastSkew = 0 }, nil},
		{"no skew checks", func(e *Event) { e.Timestamp, e.PrevTimestamp = ^uint64(0), 4 },
			func(l *Limits) { l.MaxPastSkew, l.MaxFutureSkew = 0, 0 }, nil},
		{"high s", func(e *Event) { e.Signature = highS(e.Signature) }, nil, ErrHighS},
		{"short signature", func(e *Event) { e.Signature = e.Signature[:64] }, nil, ErrSignatureLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base.Clone()
			if tc.mutate != nil {
				tc.mutate(e)
			}
			l := lim
			if tc.lim != nil {
				tc.lim(&l)
			}
			err := Validate(e, l)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestValidateUsesWallClock(t *testing.T) {
	e, _ := signedTestEvent(t) // 2024 timestamp: far in the past
	if err := Validate(e, DefaultLimits()); !errors.Is(err, ErrTimestampSkew) {
		t.Fatalf("got %v", err)
	}
}
