package protocol

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 constants of signature type 1. TypeString is the primary type; it is the single
// definition that the Go code, StreamMessageLib.sol and docs/protocol.md implement.
const (
	TypeString = "StreamMessage(uint8 version,address stream,uint32 partition,uint64 timestamp," +
		"uint32 sequence,address publisher,uint8 originType,bytes32 msgChainId,uint64 prevTimestamp," +
		"uint32 prevSequence,uint8 messageType,uint8 contentType,uint8 encryptionType," +
		"bytes32 groupKeyId,bytes32 contentHash)"
	DomainTypeString = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	DomainName       = "Streamr"
	DomainVersion    = "1"
	PrimaryType      = "StreamMessage"
)

var (
	// TypeHash is keccak256(TypeString).
	TypeHash = crypto.Keccak256Hash([]byte(TypeString))
	// DomainTypeHash is keccak256(DomainTypeString).
	DomainTypeHash = crypto.Keccak256Hash([]byte(DomainTypeString))

	domainNameHash    = crypto.Keccak256Hash([]byte(DomainName))
	domainVersionHash = crypto.Keccak256Hash([]byte(DomainVersion))

	// secp256k1 group order n and n/2, big-endian, for allocation-free range checks.
	secp256k1N     [32]byte
	secp256k1HalfN [32]byte
)

func init() {
	n := new(big.Int).Set(crypto.S256().Params().N) // copy: never mutate the curve
	n.FillBytes(secp256k1N[:])
	n.Rsh(n, 1).FillBytes(secp256k1HalfN[:])
}

// structWords is the number of 32-byte words of the encoded struct: typeHash and 15 fields.
const structWords = 16

// hasher holds a reusable keccak state and the fixed buffers of one digest computation, so
// hashing an event allocates nothing.
type hasher struct {
	st     crypto.KeccakState
	enc    [structWords * 32]byte // typeHash || encodeData(fields)
	digest [2 + 32 + 32]byte      // 0x19 0x01 || domainSeparator || hashStruct
	sig    [SignatureLength]byte  // signature with v normalised to {0, 1}
	out    [32]byte               // result; callers copy it out before putHasher
}

var hasherPool = sync.Pool{New: func() any { return &hasher{st: crypto.NewKeccakState()} }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

func (h *hasher) sum(data, out []byte) {
	h.st.Reset()
	h.st.Write(data)
	h.st.Read(out)
}

// hashStruct writes EIP-712 hashStruct(e) to out (32 bytes).
func (h *hasher) hashStruct(e *Event, out []byte) {
	b := &h.enc
	clear(b[32:])
	copy(b[0:32], TypeHash[:])
	b[63] = e.Version
	copy(b[64+12:96], e.Stream[:])
	binary.BigEndian.PutUint32(b[128-4:128], e.Partition)
	binary.BigEndian.PutUint64(b[160-8:160], e.Timestamp)
	binary.BigEndian.PutUint32(b[192-4:192], e.Sequence)
	copy(b[192+12:224], e.Publisher[:])
	b[255] = e.OriginType
	copy(b[256:288], e.MsgChainID[:])
	binary.BigEndian.PutUint64(b[320-8:320], e.PrevTimestamp)
	binary.BigEndian.PutUint32(b[352-4:352], e.PrevSequence)
	b[383] = e.MessageType
	b[415] = e.ContentType
	b[447] = e.EncryptionType
	copy(b[448:480], e.GroupKeyID[:])
	h.sum(e.Content, b[480:512]) // contentHash
	h.sum(b[:], out)
}

// HashStruct returns the EIP-712 hashStruct of the event's StreamMessage (independent of
// the domain).
func HashStruct(e *Event) common.Hash {
	h := getHasher()
	defer putHasher(h)
	h.hashStruct(e, h.out[:])
	return h.out
}

// Domain is the EIP-712 domain {name: "Streamr", version: "1", chainId, verifyingContract:
// StreamRegistry}. It precomputes the domain separator; build it once with NewDomain and
// share it: it is immutable and safe for concurrent use.
type Domain struct {
	chainID   uint64
	registry  common.Address
	separator common.Hash
}

// NewDomain returns the domain of the StreamRegistry deployed at registry on chain chainID.
func NewDomain(chainID uint64, registry common.Address) *Domain {
	var enc [5 * 32]byte
	copy(enc[0:32], DomainTypeHash[:])
	copy(enc[32:64], domainNameHash[:])
	copy(enc[64:96], domainVersionHash[:])
	binary.BigEndian.PutUint64(enc[128-8:128], chainID)
	copy(enc[128+12:160], registry[:])
	return &Domain{chainID: chainID, registry: registry, separator: crypto.Keccak256Hash(enc[:])}
}

// ChainID returns the domain's chain id.
func (d *Domain) ChainID() uint64 { return d.chainID }

// Registry returns the domain's verifying contract, the StreamRegistry address.
func (d *Domain) Registry() common.Address { return d.registry }

// Separator returns the EIP-712 domain separator.
func (d *Domain) Separator() common.Hash { return d.separator }

// Digest returns keccak256(0x19 0x01 || domainSeparator || hashStruct(e)), the hash that is
// signed. It does not allocate.
func (d *Domain) Digest(e *Event) common.Hash {
	h := getHasher()
	defer putHasher(h)
	h.digestInto(d, e, h.out[:])
	return h.out
}

func (h *hasher) digestInto(d *Domain, e *Event, out []byte) {
	h.digest[0], h.digest[1] = 0x19, 0x01
	copy(h.digest[2:34], d.separator[:])
	h.hashStruct(e, h.digest[34:66])
	h.sum(h.digest[:], out)
}

// Sign signs e with key: it sets SignatureType to SignatureEIP712 and Signature to the
// 65-byte r||s||v (v in {27, 28}, low s). e.Publisher must be the key's address. The
// signature is deterministic (RFC 6979), so it equals the one ethers' signTypedData makes.
func (d *Domain) Sign(e *Event, key *ecdsa.PrivateKey) error {
	if addr := crypto.PubkeyToAddress(key.PublicKey); addr != e.Publisher {
		return fmt.Errorf("%w: key is %s, publisher is %s", ErrWrongSigner, addr.Hex(), e.Publisher.Hex())
	}
	digest := d.Digest(e)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return fmt.Errorf("protocol: sign: %w", err)
	}
	sig[64] += 27
	e.SignatureType = SignatureEIP712
	e.Signature = sig
	return nil
}

// Recover returns the address that signed e. It rejects unsupported signature types and
// malformed or non-canonical signatures (wrong length, v not in {27, 28}, r or s out of
// range, high s) without running the elliptic-curve recovery.
func (d *Domain) Recover(e *Event) (common.Address, error) {
	if err := checkForm(e); err != nil {
		return common.Address{}, err
	}
	h := getHasher()
	defer putHasher(h)
	h.digestInto(d, e, h.out[:])
	addr, _, err := h.recover(h.out[:], e.Signature)
	return addr, err
}

// checkForm checks e's signature type and the form of its signature.
func checkForm(e *Event) error {
	if e.SignatureType != SignatureEIP712 {
		return fmt.Errorf("%w: %d", ErrUnsupportedSignatureType, e.SignatureType)
	}
	return CheckSignature(e.Signature)
}

// recover recovers the signer of digest from a 65-byte signature whose form CheckSignature
// accepted, returning its address and its public key (x || y, 64 bytes).
func (h *hasher) recover(digest, sig []byte) (common.Address, []byte, error) {
	copy(h.sig[:], sig)
	h.sig[64] -= 27
	pub, err := crypto.Ecrecover(digest, h.sig[:])
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	var a [32]byte
	h.sum(pub[1:], a[:])
	return common.Address(a[12:]), pub[1:], nil
}

// Verify checks that e carries a valid signature by e.Publisher. Errors wrap
// ErrBadSignature.
func (d *Domain) Verify(e *Event) error {
	addr, err := d.Recover(e)
	if err != nil {
		return err
	}
	return checkSigner(addr, e)
}

func checkSigner(addr common.Address, e *Event) error {
	if addr != e.Publisher {
		return fmt.Errorf("%w: signed by %s, publisher is %s", ErrWrongSigner, addr.Hex(), e.Publisher.Hex())
	}
	return nil
}

// CheckSignature checks the form of a 65-byte r||s||v signature: length, v in {27, 28},
// 0 < r < n and 0 < s <= n/2 (low s). It does not check who signed.
func CheckSignature(sig []byte) error {
	if len(sig) != SignatureLength {
		return fmt.Errorf("%w: got %d", ErrSignatureLength, len(sig))
	}
	if v := sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("%w: got %d", ErrBadV, v)
	}
	r, s := sig[0:32], sig[32:64]
	if isZero(r) || isZero(s) || bytes.Compare(r, secp256k1N[:]) >= 0 {
		return ErrBadRS
	}
	if bytes.Compare(s, secp256k1HalfN[:]) > 0 {
		return ErrHighS
	}
	return nil
}

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// TypedDataField is one member of an EIP-712 struct type.
type TypedDataField struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// TypedData is the eth_signTypedData_v4 request body for an event: what a wallet or
// ethers' signTypedData needs to produce the event's signature. uint64 values are decimal
// strings so that JavaScript does not lose precision; the others are JSON numbers.
type TypedData struct {
	Types       map[string][]TypedDataField `json:"types"`
	PrimaryType string                      `json:"primaryType"`
	Domain      TypedDataDomain             `json:"domain"`
	Message     map[string]any              `json:"message"`
}

// TypedDataDomain is the domain member of TypedData.
type TypedDataDomain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           uint64         `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
}

// StreamMessageFields lists the members of the StreamMessage type in order.
var StreamMessageFields = []TypedDataField{
	{"version", "uint8"},
	{"stream", "address"},
	{"partition", "uint32"},
	{"timestamp", "uint64"},
	{"sequence", "uint32"},
	{"publisher", "address"},
	{"originType", "uint8"},
	{"msgChainId", "bytes32"},
	{"prevTimestamp", "uint64"},
	{"prevSequence", "uint32"},
	{"messageType", "uint8"},
	{"contentType", "uint8"},
	{"encryptionType", "uint8"},
	{"groupKeyId", "bytes32"},
	{"contentHash", "bytes32"},
}

// TypedData returns the eth_signTypedData_v4 form of e in domain d. It is meant for wallets,
// tests and debugging, not for the hot path.
func (d *Domain) TypedData(e *Event) TypedData {
	return TypedData{
		Types: map[string][]TypedDataField{
			"EIP712Domain": {
				{"name", "string"},
				{"version", "string"},
				{"chainId", "uint256"},
				{"verifyingContract", "address"},
			},
			PrimaryType: StreamMessageFields,
		},
		PrimaryType: PrimaryType,
		Domain: TypedDataDomain{
			Name:              DomainName,
			Version:           DomainVersion,
			ChainID:           d.chainID,
			VerifyingContract: d.registry,
		},
		Message: map[string]any{
			"version":        e.Version,
			"stream":         e.Stream.Hex(),
			"partition":      e.Partition,
			"timestamp":      strconv.FormatUint(e.Timestamp, 10),
			"sequence":       e.Sequence,
			"publisher":      e.Publisher.Hex(),
			"originType":     e.OriginType,
			"msgChainId":     hexutil.Encode(e.MsgChainID[:]),
			"prevTimestamp":  strconv.FormatUint(e.PrevTimestamp, 10),
			"prevSequence":   e.PrevSequence,
			"messageType":    e.MessageType,
			"contentType":    e.ContentType,
			"encryptionType": e.EncryptionType,
			"groupKeyId":     hexutil.Encode(e.GroupKeyID[:]),
			"contentHash":    e.ContentHash().Hex(),
		},
	}
}
