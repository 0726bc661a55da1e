package groupkey

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// Announce content format, version 1 (docs/private-streams.md):
//
//	offset size
//	0      1     magic 0x4B ('K')
//	1      1     version 0x01
//	2      20    stream
//	22     32    group key id
//	54     4     recipient count n ≥ 1 (uint32 BE)
//	58     n×133 entries, recipients strictly ascending:
//	             recipient address (20) ‖ sealed key (113)
//
// sealed key = ECIES over secp256k1 as in go-ethereum's crypto/ecies (AES-128-CTR,
// HMAC-SHA-256, NIST SP 800-56 concat KDF), with the ephemeral public key compressed:
//
//	ephemeral public key (33, compressed) ‖ IV (16) ‖ AES-128-CTR(group key) (32) ‖ HMAC-SHA-256 tag (32)
//
// and shared information s1 = s2 = "streamr/groupkey/ecies/v1" ‖ stream ‖ recipient ‖ key id,
// so a sealed key opens only in the announce of that stream, recipient and id.
const (
	// AnnounceMagic is the first byte of every announce content.
	AnnounceMagic byte = 'K'
	// AnnounceVersion is the format version this package writes and reads.
	AnnounceVersion byte = 1
	// AnnounceHeaderSize is the size of the fixed header before the entries.
	AnnounceHeaderSize = 2 + common.AddressLength + IDSize + 4
	// SealedKeySize is the size of one sealed group key.
	SealedKeySize = 33 + 16 + KeySize + 32
	// EntrySize is the size of one recipient entry.
	EntrySize = common.AddressLength + SealedKeySize
	// PublicKeySize is the size of a compressed secp256k1 public key, as the Stream
	// contract stores subscribers' encryption keys.
	PublicKeySize = 33
)

// Defaults of AnnounceLimits.
const (
	// DefaultMaxRecipients is the default number of recipients per announce.
	DefaultMaxRecipients = 2000
	// DefaultMaxAnnounceBytes keeps announces well below the broker's default 1 MiB
	// content limit.
	DefaultMaxAnnounceBytes = 512 << 10
)

const sealDomain = "streamr/groupkey/ecies/v1"

// Announce errors. Every decoding error wraps ErrBadAnnounce.
var (
	// ErrBadAnnounce is the umbrella error for content that is not a valid announce.
	ErrBadAnnounce = errors.New("groupkey: bad announce")
	// ErrAnnounceVersion: the announce has an unknown magic or version.
	ErrAnnounceVersion = fmt.Errorf("%w: unknown magic or version", ErrBadAnnounce)
	// ErrAnnounceLength: the content length does not match the recipient count.
	ErrAnnounceLength = fmt.Errorf("%w: length does not match recipient count", ErrBadAnnounce)
	// ErrAnnounceOrder: recipients are not strictly ascending (duplicates or unsorted).
	ErrAnnounceOrder = fmt.Errorf("%w: recipients not strictly ascending", ErrBadAnnounce)

	// ErrSealedKey: the entry for this recipient does not open with its private key —
	// sealed to an older encryption key, or corrupted.
	ErrSealedKey = errors.New("groupkey: sealed key does not open with this encryption key")
	// ErrInvalidPublicKey: a recipient's encryption key is not a compressed secp256k1 point.
	ErrInvalidPublicKey = errors.New("groupkey: invalid encryption public key")
	// ErrDuplicateRecipient: a recipient appears twice in one announce.
	ErrDuplicateRecipient = errors.New("groupkey: duplicate recipient")
)

// Recipient is an authorized subscriber: its account address and its encryption public key
// (33-byte compressed secp256k1, as held by the Stream contract).
type Recipient struct {
	Address   common.Address
	PublicKey []byte
}

// AnnounceLimits bounds the size of each announce. The zero value means the defaults.
type AnnounceLimits struct {
	// MaxRecipients per announce; zero means DefaultMaxRecipients.
	MaxRecipients int
	// MaxBytes of announce content; zero means DefaultMaxAnnounceBytes. At least one
	// recipient always fits.
	MaxBytes int
}

// PerAnnounce returns how many recipients one announce holds under l.
func (l AnnounceLimits) PerAnnounce() int {
	n := l.MaxRecipients
	if n <= 0 {
		n = DefaultMaxRecipients
	}
	b := l.MaxBytes
	if b <= 0 {
		b = DefaultMaxAnnounceBytes
	}
	return max(1, min(n, (b-AnnounceHeaderSize)/EntrySize))
}

// ParsePublicKey parses a 33-byte compressed secp256k1 public key.
func ParsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	if len(b) != PublicKeySize || (b[0] != 2 && b[0] != 3) {
		return nil, fmt.Errorf("%w: want %d bytes starting 0x02 or 0x03, got %d bytes", ErrInvalidPublicKey, PublicKeySize, len(b))
	}
	pub, err := crypto.DecompressPubkey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPublicKey, err)
	}
	return pub, nil
}

// PublicKeyCompressed returns the 33-byte compressed form of key's public key, the form
// subscribers register in the Stream contract.
func PublicKeyCompressed(key *ecdsa.PrivateKey) []byte {
	return crypto.CompressPubkey(&key.PublicKey)
}

// SealAnnounce seals gk to every recipient and returns the contents of the announces that
// carry them, split by limits. Recipients are sorted by address; duplicates and invalid
// public keys are errors (nothing is returned). No recipients give no announces.
//
// Sealing costs two scalar multiplications per recipient; large sets are sealed on all CPUs.
func SealAnnounce(stream common.Address, gk GroupKey, recipients []Recipient, limits AnnounceLimits) ([][]byte, error) {
	if gk.ID == ([IDSize]byte{}) {
		return nil, ErrZeroID
	}
	if len(recipients) == 0 {
		return nil, nil
	}
	rs := slices.Clone(recipients)
	slices.SortFunc(rs, func(a, b Recipient) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	pubs := make([]*ecies.PublicKey, len(rs))
	for i, r := range rs {
		if i > 0 && rs[i-1].Address == r.Address {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateRecipient, r.Address)
		}
		pub, err := ParsePublicKey(r.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("recipient %s: %w", r.Address, err)
		}
		pubs[i] = ecies.ImportECDSAPublic(pub)
	}

	entries := make([]byte, len(rs)*EntrySize)
	errs := make([]error, len(rs))
	seal := func(i int) {
		e := entries[i*EntrySize : (i+1)*EntrySize]
		copy(e, rs[i].Address[:])
		errs[i] = sealTo(e[common.AddressLength:], pubs[i], stream, rs[i].Address, gk)
	}
	workers := min(runtime.GOMAXPROCS(0), (len(rs)+31)/32)
	if workers <= 1 {
		for i := range rs {
			seal(i)
		}
	} else {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(rs); i += workers {
					seal(i)
				}
			})
		}
		wg.Wait()
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	per := limits.PerAnnounce()
	out := make([][]byte, 0, (len(rs)+per-1)/per)
	for start := 0; start < len(rs); start += per {
		end := min(start+per, len(rs))
		c := make([]byte, 0, AnnounceHeaderSize+(end-start)*EntrySize)
		c = appendHeader(c, stream, gk.ID, end-start)
		c = append(c, entries[start*EntrySize:end*EntrySize]...)
		out = append(out, c)
	}
	return out, nil
}

func appendHeader(dst []byte, stream common.Address, id [IDSize]byte, n int) []byte {
	dst = append(dst, AnnounceMagic, AnnounceVersion)
	dst = append(dst, stream[:]...)
	dst = append(dst, id[:]...)
	return binary.BigEndian.AppendUint32(dst, uint32(n))
}

func sharedInfo(stream, recipient common.Address, id [IDSize]byte) []byte {
	s := make([]byte, 0, len(sealDomain)+2*common.AddressLength+IDSize)
	s = append(s, sealDomain...)
	s = append(s, stream[:]...)
	s = append(s, recipient[:]...)
	return append(s, id[:]...)
}

// sealTo writes the sealed form of gk.Key for (stream, recipient) into out (SealedKeySize).
func sealTo(out []byte, pub *ecies.PublicKey, stream, recipient common.Address, gk GroupKey) error {
	info := sharedInfo(stream, recipient, gk.ID)
	ct, err := ecies.Encrypt(rand.Reader, pub, gk.Key[:], info, info)
	if err != nil {
		return fmt.Errorf("sealing to %s: %w", recipient, err)
	}
	// ct = 0x04 ‖ X (32) ‖ Y (32) ‖ IV ‖ ciphertext ‖ tag; store the point compressed.
	if len(ct) != 65+SealedKeySize-33 || ct[0] != 4 {
		return fmt.Errorf("sealing to %s: unexpected ECIES output of %d bytes", recipient, len(ct))
	}
	out[0] = 2 | ct[64]&1
	copy(out[1:33], ct[1:33])
	copy(out[33:], ct[65:])
	return nil
}

// openSealed opens one sealed key.
func openSealed(sealed []byte, priv *ecies.PrivateKey, stream, recipient common.Address, id [IDSize]byte) ([KeySize]byte, error) {
	var key [KeySize]byte
	eph, err := crypto.DecompressPubkey(sealed[:33])
	if err != nil {
		return key, fmt.Errorf("%w: ephemeral key: %v", ErrSealedKey, err)
	}
	ct := make([]byte, 0, 65+SealedKeySize-33)
	ct = append(ct, crypto.FromECDSAPub(eph)...)
	ct = append(ct, sealed[33:]...)
	info := sharedInfo(stream, recipient, id)
	pt, err := priv.Decrypt(ct, info, info)
	if err != nil {
		return key, fmt.Errorf("%w: %v", ErrSealedKey, err)
	}
	if len(pt) != KeySize {
		return key, fmt.Errorf("%w: key is %d bytes", ErrSealedKey, len(pt))
	}
	copy(key[:], pt)
	return key, nil
}

// Announce is a decoded announce. It refers to the content it was decoded from.
type Announce struct {
	Stream  common.Address
	KeyID   [IDSize]byte
	entries []byte // n × EntrySize
}

// DecodeAnnounce parses and checks announce content: magic, version, exact length and
// strictly ascending recipients. The result refers to b; do not modify b while using it.
func DecodeAnnounce(b []byte) (*Announce, error) {
	if len(b) < AnnounceHeaderSize {
		if len(b) >= 2 && (b[0] != AnnounceMagic || b[1] != AnnounceVersion) {
			return nil, ErrAnnounceVersion
		}
		return nil, fmt.Errorf("%w: %d bytes, header is %d", ErrAnnounceLength, len(b), AnnounceHeaderSize)
	}
	if b[0] != AnnounceMagic || b[1] != AnnounceVersion {
		return nil, fmt.Errorf("%w: magic 0x%02x version %d", ErrAnnounceVersion, b[0], b[1])
	}
	a := &Announce{}
	copy(a.Stream[:], b[2:22])
	copy(a.KeyID[:], b[22:54])
	n := uint64(binary.BigEndian.Uint32(b[54:58]))
	if n == 0 {
		return nil, fmt.Errorf("%w: no recipients", ErrAnnounceLength)
	}
	if uint64(len(b)-AnnounceHeaderSize) != n*EntrySize {
		return nil, fmt.Errorf("%w: %d recipients need %d bytes of entries, have %d",
			ErrAnnounceLength, n, n*EntrySize, len(b)-AnnounceHeaderSize)
	}
	if a.KeyID == ([IDSize]byte{}) {
		return nil, fmt.Errorf("%w: zero group key id", ErrBadAnnounce)
	}
	a.entries = b[AnnounceHeaderSize:]
	for i := 1; i < int(n); i++ {
		if bytes.Compare(a.entries[(i-1)*EntrySize:(i-1)*EntrySize+common.AddressLength],
			a.entries[i*EntrySize:i*EntrySize+common.AddressLength]) >= 0 {
			return nil, fmt.Errorf("%w: entry %d", ErrAnnounceOrder, i)
		}
	}
	return a, nil
}

// Len returns the number of recipients.
func (a *Announce) Len() int { return len(a.entries) / EntrySize }

// Recipient returns the address of entry i.
func (a *Announce) Recipient(i int) common.Address {
	return common.BytesToAddress(a.entries[i*EntrySize : i*EntrySize+common.AddressLength])
}

// Recipients returns every recipient address, ascending.
func (a *Announce) Recipients() []common.Address {
	out := make([]common.Address, a.Len())
	for i := range out {
		out[i] = a.Recipient(i)
	}
	return out
}

// Sealed returns the sealed key for addr, if addr is a recipient (binary search).
func (a *Announce) Sealed(addr common.Address) ([]byte, bool) {
	lo, hi := 0, a.Len()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		e := a.entries[mid*EntrySize : (mid+1)*EntrySize]
		switch c := bytes.Compare(e[:common.AddressLength], addr[:]); {
		case c == 0:
			return e[common.AddressLength:], true
		case c < 0:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return nil, false
}

// Open finds me among the recipients and opens my sealed key with priv, my encryption
// private key. found is false (and err nil) when the announce is not for me; an error
// wrapping ErrSealedKey means my entry was sealed to another key (e.g. before I changed my
// registered key) or was corrupted.
func (a *Announce) Open(priv *ecdsa.PrivateKey, me common.Address) (gk GroupKey, found bool, err error) {
	sealed, ok := a.Sealed(me)
	if !ok {
		return GroupKey{}, false, nil
	}
	key, err := openSealed(sealed, ecies.ImportECDSA(priv), a.Stream, me, a.KeyID)
	if err != nil {
		return GroupKey{}, true, fmt.Errorf("announce of key %x for %s: %w", a.KeyID[:4], me, err)
	}
	return GroupKey{ID: a.KeyID, Key: key}, true, nil
}

// Encode returns the content a was decoded from (a copy, in canonical form).
func (a *Announce) Encode() []byte {
	c := make([]byte, 0, AnnounceHeaderSize+len(a.entries))
	c = appendHeader(c, a.Stream, a.KeyID, a.Len())
	return append(c, a.entries...)
}

// OpenAnnounce decodes announce content and opens the group key sealed to me; see
// DecodeAnnounce and Announce.Open.
func OpenAnnounce(content []byte, priv *ecdsa.PrivateKey, me common.Address) (GroupKey, bool, error) {
	a, err := DecodeAnnounce(content)
	if err != nil {
		return GroupKey{}, false, err
	}
	return a.Open(priv, me)
}
