// Package chainutil holds small chain helpers every service uses: dialing an RPC endpoint with
// a chain-id check, transactors, and waiting for receipts without bind's one-second poll.
package chainutil

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrReverted is returned by WaitOK for a mined transaction that failed.
var ErrReverted = errors.New("transaction reverted")

// ErrChainIDMismatch is returned by Dial when the endpoint serves another chain.
var ErrChainIDMismatch = errors.New("chain id mismatch")

// ReceiptReader is what waiting needs.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// headReader is what a ReceiptReader also has when it can say which block is the head.
type headReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// WaitMined polls for a transaction's receipt every 20 ms until ctx ends. When b can read
// the head block, it also waits until the head has reached the receipt's block: a node
// may serve the receipt a moment before it moves its head (go-ethereum writes the
// transaction index, then the head marker), and calls at "latest" made in that moment
// would not see the transaction's effects.
func WaitMined(ctx context.Context, b ReceiptReader, hash common.Hash) (*types.Receipt, error) {
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	hr, _ := b.(headReader)
	var r *types.Receipt
	for {
		if r == nil {
			if got, err := b.TransactionReceipt(ctx, hash); err == nil && got != nil {
				r = got
			}
		}
		if r != nil {
			if hr == nil {
				return r, nil
			}
			if h, err := hr.HeaderByNumber(ctx, nil); err == nil && h.Number.Cmp(r.BlockNumber) >= 0 {
				return r, nil
			}
		}
		// Not found yet, or a transient RPC error: poll again until ctx ends.
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash, ctx.Err())
		case <-t.C:
		}
	}
}

// WaitOK waits for a transaction and fails when it reverted.
func WaitOK(ctx context.Context, b ReceiptReader, tx *types.Transaction) (*types.Receipt, error) {
	r, err := WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%w: %s (block %d)", ErrReverted, tx.Hash(), r.BlockNumber)
	}
	return r, nil
}

// Transactor returns signing options for key on chainID.
func Transactor(key *ecdsa.PrivateKey, chainID uint64) *bind.TransactOpts {
	a, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(chainID))
	if err != nil {
		panic(err) // only fails for a nil chain id
	}
	return a
}

// Dial connects to an RPC endpoint and, when wantChainID is not zero, checks that it serves
// that chain. Errors are one line a user can act on.
func Dial(ctx context.Context, url string, wantChainID uint64) (*ethclient.Client, uint64, error) {
	if url == "" {
		return nil, 0, errors.New("no RPC URL given (set --rpc or STREAMR_CHAIN_RPC)")
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot connect to RPC %s: %w", url, err)
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := c.ChainID(cctx)
	if err != nil {
		c.Close()
		return nil, 0, fmt.Errorf("RPC %s does not answer eth_chainId: %w", url, err)
	}
	if wantChainID != 0 && id.Uint64() != wantChainID {
		c.Close()
		return nil, 0, fmt.Errorf("%w: RPC %s serves chain %d, configuration says %d", ErrChainIDMismatch, url, id, wantChainID)
	}
	return c, id.Uint64(), nil
}

// ParseKey reads a hex private key (with or without 0x), with an error that never echoes it.
func ParseKey(hexKey string) (*ecdsa.PrivateKey, error) {
	hexKey = strings.TrimPrefix(strings.TrimSpace(hexKey), "0x")
	if hexKey == "" {
		return nil, errors.New("no private key given (set --key or STREAMR_CHAIN_KEY)")
	}
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, errors.New("the private key is not 32 bytes of hex")
	}
	return k, nil
}
