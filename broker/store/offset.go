package store

import (
	"fmt"
	"strconv"
	"strings"
)

// Offset is the position of an event in a stream partition: the Redis stream entry id
// "<ms>-<seq>", where ms is the broker's (Redis server's) arrival time in milliseconds.
// Offsets of one stream partition increase strictly. The zero Offset is before every event.
type Offset struct {
	Ms  uint64
	Seq uint64
}

// MaxOffset is after every event.
var MaxOffset = Offset{Ms: ^uint64(0), Seq: ^uint64(0)}

// ParseOffset parses "<ms>-<seq>" or "<ms>" (meaning "<ms>-0").
func ParseOffset(s string) (Offset, error) {
	if s == "" || len(s) > 41 {
		return Offset{}, fmt.Errorf("%w: %q", ErrBadOffset, s)
	}
	msPart, seqPart, hasSeq := strings.Cut(s, "-")
	ms, err := strconv.ParseUint(msPart, 10, 64)
	if err != nil {
		return Offset{}, fmt.Errorf("%w: %q", ErrBadOffset, s)
	}
	var seq uint64
	if hasSeq {
		if seq, err = strconv.ParseUint(seqPart, 10, 64); err != nil {
			return Offset{}, fmt.Errorf("%w: %q", ErrBadOffset, s)
		}
	}
	return Offset{Ms: ms, Seq: seq}, nil
}

// String returns "<ms>-<seq>".
func (o Offset) String() string { return string(o.AppendText(nil)) }

// AppendText appends the text form ("<ms>-<seq>") to b.
func (o Offset) AppendText(b []byte) []byte {
	b = strconv.AppendUint(b, o.Ms, 10)
	b = append(b, '-')
	return strconv.AppendUint(b, o.Seq, 10)
}

// IsZero reports whether o is the zero offset.
func (o Offset) IsZero() bool { return o == Offset{} }

// Less reports whether o comes before p.
func (o Offset) Less(p Offset) bool {
	return o.Ms < p.Ms || (o.Ms == p.Ms && o.Seq < p.Seq)
}

// Next returns the smallest offset after o.
func (o Offset) Next() Offset {
	if o.Seq == ^uint64(0) {
		return Offset{Ms: o.Ms + 1}
	}
	return Offset{Ms: o.Ms, Seq: o.Seq + 1}
}

// MarshalText implements encoding.TextMarshaler.
func (o Offset) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Offset) UnmarshalText(b []byte) error {
	p, err := ParseOffset(string(b))
	if err != nil {
		return err
	}
	*o = p
	return nil
}
