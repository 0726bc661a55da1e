package api

import (
	"crypto/ecdsa"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/protocol"
)

// SignInMessage returns the EIP-4361 text a client signs (personal_sign) to authenticate
// with the challenge c as address.
func SignInMessage(c *Control, address common.Address) string {
	var b strings.Builder
	b.WriteString(c.Domain)
	b.WriteString(" wants you to sign in with your Ethereum account:\n")
	b.WriteString(address.Hex())
	b.WriteString("\n\nSign in to the Streamr broker.\n\nURI: ")
	b.WriteString(c.URI)
	b.WriteString("\nVersion: 1\nChain ID: ")
	b.WriteString(strconv.FormatUint(c.ChainID, 10))
	b.WriteString("\nNonce: ")
	b.WriteString(c.Nonce)
	b.WriteString("\nIssued At: ")
	b.WriteString(c.IssuedAt)
	if c.ExpiresAt != "" {
		b.WriteString("\nExpiration Time: ")
		b.WriteString(c.ExpiresAt)
	}
	return b.String()
}

// SignIn signs the sign-in message of challenge c with key (personal_sign, v in {27, 28}).
func SignIn(c *Control, key *ecdsa.PrivateKey) (string, error) {
	msg := SignInMessage(c, crypto.PubkeyToAddress(key.PublicKey))
	sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
	if err != nil {
		return "", fmt.Errorf("api: signing in: %w", err)
	}
	sig[64] += 27
	return hexutil.Encode(sig), nil
}

// RecoverSignIn returns the address that signed msg with personal_sign. High-s and
// malformed signatures are rejected; v may be 0/1 or 27/28.
func RecoverSignIn(msg, signature string) (common.Address, error) {
	sig, err := hexutil.Decode(signature)
	if err != nil || len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: not 65 hex bytes", ErrBadAuth)
	}
	if sig[64] < 27 {
		sig[64] += 27
	}
	if err := protocol.CheckSignature(sig); err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadAuth, err)
	}
	sig[64] -= 27
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadAuth, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
