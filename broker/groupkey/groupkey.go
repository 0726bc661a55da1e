// Package groupkey implements the cryptography of private streams: group keys (AES-256-GCM)
// that encrypt event content, and group-key announces that seal a group key with ECIES
// (secp256k1) to each authorized subscriber's public encryption key.
//
// The formats are specified in docs/private-streams.md. This package is pure: it does no I/O
// and keeps no state; broker/private builds publishers and subscribers on top of it and
// broker/groupkey/keystore keeps keys on disk.
package groupkey

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Sizes of the content encryption.
const (
	// KeySize is the size of a group key: AES-256.
	KeySize = 32
	// IDSize is the size of a group key id.
	IDSize = 32
	// NonceSize is the size of the random GCM nonce that starts every ciphertext.
	NonceSize = 12
	// TagSize is the size of the GCM authentication tag that ends every ciphertext.
	TagSize = 16
	// Overhead is how much longer a ciphertext is than its plaintext.
	Overhead = NonceSize + TagSize
)

// aadDomain starts the associated data of every encrypted event, so a ciphertext made for
// this scheme cannot be confused with one of another protocol that happens to share a key.
const aadDomain = "streamr/content/aes-256-gcm/v1"

// AADSize is the length of the associated data built by AAD.
const AADSize = len(aadDomain) + common.AddressLength + 4 + IDSize

// Errors.
var (
	// ErrDecrypt: the ciphertext does not authenticate under the key and associated data —
	// the wrong key, a tampered ciphertext, or a ciphertext moved to another stream,
	// partition or key id.
	ErrDecrypt = errors.New("groupkey: decryption failed: wrong key, tampered ciphertext or header")
	// ErrZeroID: a group key with an all-zero id (zero means "not encrypted" in events).
	ErrZeroID = errors.New("groupkey: group key id is zero")
)

// GroupKey is a symmetric key shared by a publisher with the authorized subscribers of a
// stream. ID names the key in event headers (groupKeyId); Key is the AES-256 key. Both are
// random: the id reveals nothing about the key.
type GroupKey struct {
	ID  [IDSize]byte
	Key [KeySize]byte
}

// New returns a fresh random group key.
func New() GroupKey {
	var k GroupKey
	// crypto/rand.Read never fails (it aborts the program when the OS cannot provide
	// randomness), so there is no error to return.
	_, _ = rand.Read(k.ID[:])
	_, _ = rand.Read(k.Key[:])
	if k.ID == ([IDSize]byte{}) { // 2^-256; a zero id would read as "unencrypted"
		k.ID[0] = 1
	}
	return k
}

// IsZero reports whether k is the zero value.
func (k GroupKey) IsZero() bool { return k == GroupKey{} }

// IDHex returns the id as 0x-hex, for logs. The key itself is never formatted.
func (k GroupKey) IDHex() string { return "0x" + hex.EncodeToString(k.ID[:]) }

// String describes the key by its id only, so keys never end up in logs by accident.
func (k GroupKey) String() string { return "groupkey{id=" + k.IDHex() + "}" }

// GoString keeps %#v from printing the key bytes.
func (k GroupKey) GoString() string { return k.String() }

// AAD returns the associated data that binds a ciphertext to the event that carries it:
//
//	"streamr/content/aes-256-gcm/v1" ‖ stream (20) ‖ partition (uint32 BE) ‖ groupKeyId (32)
//
// A ciphertext copied into an event of another stream or partition, or relabelled with
// another group key id, fails to decrypt.
func AAD(stream common.Address, partition uint32, keyID [IDSize]byte) []byte {
	return AppendAAD(make([]byte, 0, AADSize), stream, partition, keyID)
}

// AppendAAD appends the associated data of AAD to dst.
func AppendAAD(dst []byte, stream common.Address, partition uint32, keyID [IDSize]byte) []byte {
	dst = append(dst, aadDomain...)
	dst = append(dst, stream[:]...)
	dst = binary.BigEndian.AppendUint32(dst, partition)
	return append(dst, keyID[:]...)
}

// Cipher encrypts and decrypts with one group key. Build it once per key (NewCipher) and
// reuse it: it is safe for concurrent use.
type Cipher struct {
	id   [IDSize]byte
	aead cipher.AEAD
}

// NewCipher returns the cipher of k.
func NewCipher(k GroupKey) *Cipher {
	block, err := aes.NewCipher(k.Key[:])
	if err != nil { // only for a key that is not 16, 24 or 32 bytes: impossible here
		panic(fmt.Sprintf("groupkey: aes: %v", err))
	}
	aead, err := cipher.NewGCMWithRandomNonce(block)
	if err != nil { // only for a block that is not AES: impossible here
		panic(fmt.Sprintf("groupkey: gcm: %v", err))
	}
	return &Cipher{id: k.ID, aead: aead}
}

// ID returns the id of the cipher's group key.
func (c *Cipher) ID() [IDSize]byte { return c.id }

// Encrypt seals plaintext with a fresh random 12-byte nonce and returns
// nonce ‖ ciphertext ‖ tag (len(plaintext) + Overhead bytes). aad is authenticated, not
// stored; pass AAD(stream, partition, id).
//
// Random nonces are safe for up to 2^32 encryptions per key; publishers rotate keys long
// before that (broker/private).
func (c *Cipher) Encrypt(plaintext, aad []byte) []byte {
	return c.aead.Seal(make([]byte, 0, len(plaintext)+Overhead), nil, plaintext, aad)
}

// Decrypt opens a ciphertext made by Encrypt with the same aad. Any mismatch — key,
// nonce, ciphertext, tag or aad — returns an error wrapping ErrDecrypt.
func (c *Cipher) Decrypt(ciphertext, aad []byte) ([]byte, error) {
	if len(ciphertext) < Overhead {
		return nil, fmt.Errorf("%w: ciphertext is %d bytes, shorter than nonce and tag", ErrDecrypt, len(ciphertext))
	}
	pt, err := c.aead.Open(nil, nil, ciphertext, aad)
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

// Encrypt seals plaintext under k; see Cipher.Encrypt. Callers encrypting many events
// should keep a Cipher instead.
func Encrypt(k GroupKey, plaintext, aad []byte) []byte {
	return NewCipher(k).Encrypt(plaintext, aad)
}

// Decrypt opens a ciphertext of Encrypt; see Cipher.Decrypt.
func Decrypt(k GroupKey, ciphertext, aad []byte) ([]byte, error) {
	return NewCipher(k).Decrypt(ciphertext, aad)
}
