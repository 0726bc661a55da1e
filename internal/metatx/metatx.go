// Package metatx builds and signs ERC-2771 forward requests for StreamrForwarder (OpenZeppelin
// ERC2771Forwarder), so a user who holds no ETH can have a relayer submit their call.
package metatx

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/streamr-go/streamr/bindings/forwarder"
)

// DomainName is the forwarder's EIP-712 domain name.
const DomainName = "StreamrForwarder"

// Request is what the user signs.
type Request struct {
	From     common.Address
	To       common.Address
	Value    *big.Int
	Gas      uint64
	Nonce    *big.Int // the forwarder's nonces(From)
	Deadline uint64   // unix seconds (uint48)
	Data     []byte
}

// TypedData is the EIP-712 document of a request, as wallets show it (eth_signTypedData_v4).
func TypedData(chainID uint64, fwd common.Address, r Request) apitypes.TypedData {
	value := r.Value
	if value == nil {
		value = new(big.Int)
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"ForwardRequest": {
				{Name: "from", Type: "address"},
				{Name: "to", Type: "address"},
				{Name: "value", Type: "uint256"},
				{Name: "gas", Type: "uint256"},
				{Name: "nonce", Type: "uint256"},
				{Name: "deadline", Type: "uint48"},
				{Name: "data", Type: "bytes"},
			},
		},
		PrimaryType: "ForwardRequest",
		Domain: apitypes.TypedDataDomain{
			Name:              DomainName,
			Version:           "1",
			ChainId:           math.NewHexOrDecimal256(int64(chainID)),
			VerifyingContract: fwd.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"from":     r.From.Hex(),
			"to":       r.To.Hex(),
			"value":    value.String(),
			"gas":      fmt.Sprint(r.Gas),
			"nonce":    r.Nonce.String(),
			"deadline": fmt.Sprint(r.Deadline),
			"data":     hexutil.Encode(r.Data),
		},
	}
}

// Digest is the EIP-712 hash the user signs.
func Digest(chainID uint64, fwd common.Address, r Request) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(TypedData(chainID, fwd, r))
	if err != nil {
		return common.Hash{}, fmt.Errorf("metatx: hashing request: %w", err)
	}
	return common.BytesToHash(h), nil
}

// Sign signs a request with key and returns the forwarder's execute() argument.
func Sign(key *ecdsa.PrivateKey, chainID uint64, fwd common.Address, r Request) (forwarder.ERC2771ForwarderForwardRequestData, error) {
	d, err := Digest(chainID, fwd, r)
	if err != nil {
		return forwarder.ERC2771ForwarderForwardRequestData{}, err
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return forwarder.ERC2771ForwarderForwardRequestData{}, err
	}
	sig[64] += 27
	return WithSignature(r, sig), nil
}

// WithSignature assembles execute()'s argument from a request and a wallet's signature.
func WithSignature(r Request, sig []byte) forwarder.ERC2771ForwarderForwardRequestData {
	value := r.Value
	if value == nil {
		value = new(big.Int)
	}
	return forwarder.ERC2771ForwarderForwardRequestData{
		From:      r.From,
		To:        r.To,
		Value:     value,
		Gas:       new(big.Int).SetUint64(r.Gas),
		Deadline:  new(big.Int).SetUint64(r.Deadline),
		Data:      r.Data,
		Signature: sig,
	}
}
