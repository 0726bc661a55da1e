// Package hdwallet derives Ethereum keys from a BIP-39 mnemonic along BIP-32/BIP-44 paths
// (m/44'/60'/0'/0/i), as wallets, Foundry and Hardhat do. It exists for dev accounts and tests.
package hdwallet

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// TestMnemonic is the well-known development mnemonic (the one Foundry and Hardhat use). Keys
// derived from it are public: never hold value with them.
const TestMnemonic = "test test test test test test test test test test test junk"

const hardened = 0x80000000

// ErrInvalidPath is returned for a derivation path that does not parse.
var ErrInvalidPath = errors.New("hdwallet: invalid derivation path")

// Seed is the BIP-39 seed of a mnemonic and passphrase.
func Seed(mnemonic, passphrase string) ([]byte, error) {
	m := strings.Join(strings.Fields(mnemonic), " ")
	return pbkdf2.Key(sha512.New, m, []byte("mnemonic"+passphrase), 2048, 64)
}

// Key derives the private key at a path such as "m/44'/60'/0'/0/0".
func Key(mnemonic, path string) (*ecdsa.PrivateKey, error) {
	seed, err := Seed(mnemonic, "")
	if err != nil {
		return nil, err
	}
	idx, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k, chain := new(big.Int).SetBytes(sum[:32]), sum[32:]
	n := crypto.S256().Params().N
	for _, i := range idx {
		data := make([]byte, 0, 37)
		if i >= hardened {
			data = append(data, 0)
			data = append(data, k.FillBytes(make([]byte, 32))...)
		} else {
			priv, err := crypto.ToECDSA(k.FillBytes(make([]byte, 32)))
			if err != nil {
				return nil, err
			}
			data = append(data, crypto.CompressPubkey(&priv.PublicKey)...)
		}
		data = binary.BigEndian.AppendUint32(data, i)
		mac := hmac.New(sha512.New, chain)
		mac.Write(data)
		sum := mac.Sum(nil)
		il := new(big.Int).SetBytes(sum[:32])
		if il.Cmp(n) >= 0 {
			return nil, fmt.Errorf("hdwallet: invalid child key at index %d", i)
		}
		k = il.Add(il, k)
		k.Mod(k, n)
		if k.Sign() == 0 {
			return nil, fmt.Errorf("hdwallet: invalid child key at index %d", i)
		}
		chain = sum[32:]
	}
	return crypto.ToECDSA(k.FillBytes(make([]byte, 32)))
}

// Account derives the i-th account key of the standard Ethereum path m/44'/60'/0'/0/i.
func Account(mnemonic string, i uint32) (*ecdsa.PrivateKey, error) {
	return Key(mnemonic, fmt.Sprintf("m/44'/60'/0'/0/%d", i))
}

func parsePath(path string) ([]uint32, error) {
	parts := strings.Split(strings.TrimSpace(path), "/")
	if len(parts) == 0 || parts[0] != "m" {
		return nil, fmt.Errorf("%w: %q must start with m/", ErrInvalidPath, path)
	}
	out := make([]uint32, 0, len(parts)-1)
	for _, p := range parts[1:] {
		h := uint32(0)
		if strings.HasSuffix(p, "'") || strings.HasSuffix(p, "h") {
			h = hardened
			p = p[:len(p)-1]
		}
		var v uint64
		if _, err := fmt.Sscanf(p, "%d", &v); err != nil || v >= hardened || fmt.Sprint(v) != p {
			return nil, fmt.Errorf("%w: bad segment %q in %q", ErrInvalidPath, p, path)
		}
		out = append(out, uint32(v)+h)
	}
	return out, nil
}
