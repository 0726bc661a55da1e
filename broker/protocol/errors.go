package protocol

import (
	"errors"
	"fmt"
)

// Signature errors. Every signature error wraps ErrBadSignature, so
// errors.Is(err, ErrBadSignature) holds for all of them.
var (
	// ErrBadSignature is the umbrella error for any signature that does not verify.
	ErrBadSignature = errors.New("protocol: bad signature")
	// ErrSignatureLength: the signature is not exactly SignatureLength (65) bytes.
	ErrSignatureLength = fmt.Errorf("%w: length must be 65 bytes", ErrBadSignature)
	// ErrBadV: the recovery byte v is not 27 or 28.
	ErrBadV = fmt.Errorf("%w: v must be 27 or 28", ErrBadSignature)
	// ErrHighS: s is above secp256k1n/2 (malleable form); only canonical low-s is accepted.
	ErrHighS = fmt.Errorf("%w: s is above secp256k1n/2", ErrBadSignature)
	// ErrBadRS: r or s is zero or not below the curve order.
	ErrBadRS = fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	// ErrWrongSigner: the signature is valid but was made by a key other than Publisher's.
	ErrWrongSigner = fmt.Errorf("%w: signer is not the publisher", ErrBadSignature)
	// ErrUnsupportedSignatureType: SignatureType is not one this package can verify.
	ErrUnsupportedSignatureType = fmt.Errorf("%w: unsupported signature type", ErrBadSignature)
)

// Wire and JSON decoding errors.
var (
	// ErrTruncated: the input ends before the event does.
	ErrTruncated = errors.New("protocol: truncated input")
	// ErrTooLarge: a length prefix or field exceeds its bound (content size, signature).
	ErrTooLarge = errors.New("protocol: too large")
	// ErrBadMagic: the first byte is not WireMagic; the input is not a binary event.
	ErrBadMagic = errors.New("protocol: bad magic byte")
	// ErrUnknownVersion: the event version is not one this package understands.
	ErrUnknownVersion = errors.New("protocol: unknown version")
	// ErrTrailingData: bytes follow a complete event.
	ErrTrailingData = errors.New("protocol: trailing data after event")
	// ErrNonCanonical: a length prefix uses a non-minimal varint encoding.
	ErrNonCanonical = errors.New("protocol: non-canonical encoding")
	// ErrInvalidJSON: the JSON form of an event is malformed.
	ErrInvalidJSON = errors.New("protocol: invalid JSON event")
)

// Validation errors (Validate, Publisher).
var (
	// ErrUnknownEnum: an enumerated header field holds an undefined value.
	ErrUnknownEnum = errors.New("protocol: unknown enum value")
	// ErrTimestampSkew: the timestamp is outside the accepted window around now.
	ErrTimestampSkew = errors.New("protocol: timestamp outside accepted window")
	// ErrBadPrevRef: the previous-message reference does not precede the event.
	ErrBadPrevRef = errors.New("protocol: bad previous-message reference")
	// ErrMissingGroupKey: the content is encrypted but GroupKeyID is zero.
	ErrMissingGroupKey = errors.New("protocol: encrypted content without group key id")
	// ErrMissingField: a required field (stream, publisher, timestamp) is zero.
	ErrMissingField = errors.New("protocol: required field is zero")
	// ErrInvalidContent: the content does not match its ContentType (e.g. invalid JSON).
	ErrInvalidContent = errors.New("protocol: content does not match content type")
)
