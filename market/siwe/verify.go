package siwe

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ERC1271MagicValue is what isValidSignature returns for a valid signature.
var ERC1271MagicValue = [4]byte{0x16, 0x26, 0xba, 0x7e}

// isValidSignature(bytes32,bytes) selector.
var isValidSignatureSelector = crypto.Keccak256([]byte("isValidSignature(bytes32,bytes)"))[:4]

// Chain is what ERC-1271 verification needs: the account's code and a call.
type Chain interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Hash is the EIP-191 personal_sign digest of the message text.
func Hash(message string) []byte { return accounts.TextHash([]byte(message)) }

// Sign signs the message text with key as personal_sign does (v = 27 or 28). For tests and
// command-line tools; wallets sign in production.
func Sign(message string, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(Hash(message), key)
	if err != nil {
		return nil, fmt.Errorf("siwe: signing: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// VerifySignature checks that sig is address's signature of the message text: an EIP-191
// signature recovering to address, or, when address is a contract (chain non-nil), a
// signature its ERC-1271 isValidSignature accepts. High-s ECDSA signatures are rejected.
func VerifySignature(ctx context.Context, chain Chain, message string, address common.Address, sig []byte) error {
	hash := Hash(message)
	if len(sig) == crypto.SignatureLength {
		if signer, err := recoverSigner(hash, sig); err == nil && signer == address {
			return nil
		}
	}
	if chain == nil {
		return ErrBadSignature
	}
	code, err := chain.CodeAt(ctx, address, nil)
	if err != nil {
		return fmt.Errorf("siwe: reading the code of %s: %w", address, err)
	}
	if len(code) == 0 {
		return ErrBadSignature
	}
	data, err := erc1271Calldata(hash, sig)
	if err != nil {
		return err
	}
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &address, Data: data}, nil)
	if err != nil {
		// A revert is a refusal, not an outage.
		return fmt.Errorf("%w: isValidSignature reverted: %v", ErrBadSignature, err)
	}
	if len(out) < 4 || !bytes.Equal(out[:4], ERC1271MagicValue[:]) {
		return ErrBadSignature
	}
	return nil
}

func recoverSigner(hash, sig []byte) (common.Address, error) {
	s := make([]byte, len(sig))
	copy(s, sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, ErrBadSignature
	}
	r, sv := new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64])
	if !crypto.ValidateSignatureValues(s[64], r, sv, true) {
		return common.Address{}, ErrBadSignature
	}
	pub, err := crypto.SigToPub(hash, s)
	if err != nil {
		return common.Address{}, ErrBadSignature
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// erc1271Calldata ABI-encodes isValidSignature(bytes32 hash, bytes signature).
func erc1271Calldata(hash, sig []byte) ([]byte, error) {
	if len(sig) > 4096 {
		return nil, fmt.Errorf("%w: signature longer than 4096 bytes", ErrBadSignature)
	}
	padded := (len(sig) + 31) / 32 * 32
	out := make([]byte, 0, 4+32*3+padded)
	out = append(out, isValidSignatureSelector...)
	out = append(out, common.LeftPadBytes(hash, 32)...)
	out = append(out, common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...)
	out = append(out, common.LeftPadBytes(big.NewInt(int64(len(sig))).Bytes(), 32)...)
	out = append(out, sig...)
	out = append(out, make([]byte, padded-len(sig))...)
	return out, nil
}

// NewNonce returns a random nonce of n (at least MinNonceLength) letters and digits.
func NewNonce(n int) (string, error) {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	if n < MinNonceLength {
		n = MinNonceLength
	}
	b := make([]byte, n)
	buf := make([]byte, n*2)
	if _, err := rand.Read(buf); err != nil {
		return "", fmt.Errorf("siwe: reading randomness: %w", err)
	}
	j := 0
	for i := 0; i < n; {
		if j == len(buf) {
			if _, err := rand.Read(buf); err != nil {
				return "", fmt.Errorf("siwe: reading randomness: %w", err)
			}
			j = 0
		}
		c := buf[j]
		j++
		if int(c) >= 256/len(alphabet)*len(alphabet) { // reject to stay uniform
			continue
		}
		b[i] = alphabet[int(c)%len(alphabet)]
		i++
	}
	return string(b), nil
}
