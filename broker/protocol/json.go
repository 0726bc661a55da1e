package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// jsonEvent is the JSON form of an Event. Exactly one of Content and ContentBase64 carries
// the content (neither for empty content).
type jsonEvent struct {
	Version        uint8           `json:"version"`
	Stream         common.Address  `json:"stream"`
	Partition      uint32          `json:"partition"`
	Timestamp      uint64          `json:"timestamp"`
	Sequence       uint32          `json:"sequence"`
	Publisher      common.Address  `json:"publisher"`
	OriginType     uint8           `json:"originType"`
	MsgChainID     common.Hash     `json:"msgChainId"`
	PrevTimestamp  uint64          `json:"prevTimestamp"`
	PrevSequence   uint32          `json:"prevSequence"`
	MessageType    uint8           `json:"messageType"`
	ContentType    uint8           `json:"contentType"`
	EncryptionType uint8           `json:"encryptionType"`
	GroupKeyID     common.Hash     `json:"groupKeyId"`
	Content        json.RawMessage `json:"content,omitempty"`
	ContentBase64  []byte          `json:"contentBase64,omitempty"`
	SignatureType  uint8           `json:"signatureType"`
	Signature      hexutil.Bytes   `json:"signature"`
}

// MarshalJSON implements json.Marshaler. Addresses and 32-byte ids are 0x-hex, the
// signature is 0x-hex. Plaintext JSON content is embedded as a JSON value under "content"
// when UnmarshalJSON will restore exactly its bytes, even after encoding/json re-encodes or
// a tool re-indents the document: compact, valid UTF-8, and free of the characters
// encoding/json escapes (< > & U+2028 U+2029). Any other content is base64 under
// "contentBase64". Either way the signed bytes are kept exactly.
func (e Event) MarshalJSON() ([]byte, error) {
	j := jsonEvent{
		Version:        e.Version,
		Stream:         e.Stream,
		Partition:      e.Partition,
		Timestamp:      e.Timestamp,
		Sequence:       e.Sequence,
		Publisher:      e.Publisher,
		OriginType:     e.OriginType,
		MsgChainID:     e.MsgChainID,
		PrevTimestamp:  e.PrevTimestamp,
		PrevSequence:   e.PrevSequence,
		MessageType:    e.MessageType,
		ContentType:    e.ContentType,
		EncryptionType: e.EncryptionType,
		GroupKeyID:     e.GroupKeyID,
		SignatureType:  e.SignatureType,
		Signature:      e.Signature,
	}
	if j.Signature == nil {
		j.Signature = hexutil.Bytes{}
	}
	if e.embedsJSON() && jsonVerbatim(e.Content) {
		j.Content = e.Content
	} else if len(e.Content) > 0 {
		j.ContentBase64 = e.Content
	}
	return json.Marshal(&j)
}

// UnmarshalJSON implements json.Unmarshaler. Unknown fields, trailing data and a "content"
// value on an event whose content is not plaintext JSON are rejected. The content bytes of
// a "content" value are its compact form: insignificant whitespace is removed and
// everything else is kept byte for byte, so pretty-printing the JSON does not change the
// content (publishers sign compact JSON, as JSON.stringify and json.Marshal produce).
func (e *Event) UnmarshalJSON(b []byte) error {
	var j jsonEvent
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidJSON, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: data after the event", ErrInvalidJSON)
	}
	ev := Event{
		Version:        j.Version,
		Stream:         j.Stream,
		Partition:      j.Partition,
		Timestamp:      j.Timestamp,
		Sequence:       j.Sequence,
		Publisher:      j.Publisher,
		OriginType:     j.OriginType,
		MsgChainID:     j.MsgChainID,
		PrevTimestamp:  j.PrevTimestamp,
		PrevSequence:   j.PrevSequence,
		MessageType:    j.MessageType,
		ContentType:    j.ContentType,
		EncryptionType: j.EncryptionType,
		GroupKeyID:     j.GroupKeyID,
		SignatureType:  j.SignatureType,
		Signature:      []byte(j.Signature),
	}
	switch {
	case j.Content != nil && j.ContentBase64 != nil:
		return fmt.Errorf("%w: both content and contentBase64", ErrInvalidJSON)
	case j.Content != nil:
		if !ev.embedsJSON() {
			return fmt.Errorf("%w: content as a JSON value needs contentType 0 and encryptionType 0", ErrInvalidJSON)
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, j.Content); err != nil {
			return fmt.Errorf("%w: content: %v", ErrInvalidJSON, err)
		}
		ev.Content = buf.Bytes()
	case len(j.ContentBase64) > 0:
		ev.Content = j.ContentBase64
	}
	if len(ev.Content) > HardMaxContentSize {
		return fmt.Errorf("%w: content is %d bytes, limit %d", ErrTooLarge, len(ev.Content), HardMaxContentSize)
	}
	*e = ev
	return nil
}

// embedsJSON reports whether the content is plaintext JSON.
func (e *Event) embedsJSON() bool {
	return e.ContentType == ContentJSON && e.EncryptionType == EncryptionNone
}

// jsonVerbatim reports whether c can be embedded as a JSON value and come back byte for
// byte, including through encoding/json, which compacts and HTML-escapes the output of
// MarshalJSON.
func jsonVerbatim(c []byte) bool {
	if len(c) == 0 || !utf8.Valid(c) || !json.Valid(c) {
		return false
	}
	if bytes.ContainsAny(c, "<>&\u2028\u2029") {
		return false
	}
	var buf bytes.Buffer
	buf.Grow(len(c))
	if err := json.Compact(&buf, c); err != nil {
		return false
	}
	return bytes.Equal(buf.Bytes(), c)
}
