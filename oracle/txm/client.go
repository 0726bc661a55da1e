package txm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// NonceReader reads account nonces.
type NonceReader interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// FeeReader reads what the fee market asks.
type FeeReader interface {
	FeeHistory(ctx context.Context, blockCount uint64, lastBlock *big.Int, rewardPercentiles []float64) (*ethereum.FeeHistory, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// Sender broadcasts signed transactions.
type Sender interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

// ReceiptReader finds receipts.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// HeaderReader reads block headers (nil number: the head).
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Client is everything the manager asks of an RPC endpoint. ethclient.Client and the
// simulated backend's client satisfy it.
type Client interface {
	NonceReader
	FeeReader
	Sender
	ReceiptReader
	HeaderReader
	ethereum.ChainIDReader
	ethereum.GasEstimator
}

// Failover returns a Client that sends each call to the current endpoint and, when it fails
// with a transport error (anything that is not a node's verdict on the transaction or
// ethereum.NotFound), moves on to the next endpoint and tries again, once per endpoint. The
// endpoint that answered stays current.
func Failover(clients ...Client) Client {
	if len(clients) == 1 {
		return clients[0]
	}
	return &failover{clients: clients}
}

type failover struct {
	mu      sync.Mutex
	clients []Client
	cur     int
}

func (f *failover) do(ctx context.Context, call func(Client) error) error {
	f.mu.Lock()
	start := f.cur
	f.mu.Unlock()
	var errs []error
	for i := range f.clients {
		idx := (start + i) % len(f.clients)
		err := call(f.clients[idx])
		if err == nil || errors.Is(err, ethereum.NotFound) || isNodeAnswer(err) {
			if i > 0 {
				f.mu.Lock()
				f.cur = idx
				f.mu.Unlock()
			}
			return err
		}
		errs = append(errs, fmt.Errorf("endpoint %d: %w", idx, err))
		if ctx.Err() != nil {
			break
		}
	}
	return errors.Join(errs...)
}

func (f *failover) PendingNonceAt(ctx context.Context, a common.Address) (n uint64, err error) {
	err = f.do(ctx, func(c Client) (e error) { n, e = c.PendingNonceAt(ctx, a); return })
	return
}

func (f *failover) NonceAt(ctx context.Context, a common.Address, b *big.Int) (n uint64, err error) {
	err = f.do(ctx, func(c Client) (e error) { n, e = c.NonceAt(ctx, a, b); return })
	return
}

func (f *failover) FeeHistory(ctx context.Context, count uint64, last *big.Int, p []float64) (h *ethereum.FeeHistory, err error) {
	err = f.do(ctx, func(c Client) (e error) { h, e = c.FeeHistory(ctx, count, last, p); return })
	return
}

func (f *failover) SuggestGasTipCap(ctx context.Context) (t *big.Int, err error) {
	err = f.do(ctx, func(c Client) (e error) { t, e = c.SuggestGasTipCap(ctx); return })
	return
}

func (f *failover) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return f.do(ctx, func(c Client) error { return c.SendTransaction(ctx, tx) })
}

func (f *failover) TransactionReceipt(ctx context.Context, h common.Hash) (r *types.Receipt, err error) {
	err = f.do(ctx, func(c Client) (e error) { r, e = c.TransactionReceipt(ctx, h); return })
	return
}

func (f *failover) HeaderByNumber(ctx context.Context, n *big.Int) (h *types.Header, err error) {
	err = f.do(ctx, func(c Client) (e error) { h, e = c.HeaderByNumber(ctx, n); return })
	return
}

func (f *failover) ChainID(ctx context.Context) (id *big.Int, err error) {
	err = f.do(ctx, func(c Client) (e error) { id, e = c.ChainID(ctx); return })
	return
}

func (f *failover) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (g uint64, err error) {
	err = f.do(ctx, func(c Client) (e error) { g, e = c.EstimateGas(ctx, msg); return })
	return
}
