package txm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// go-ethereum's simulated node leaves these behind after Close.
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/metrics.(*meterArbiter).tick"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core/state/snapshot.(*diskLayer).generate"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*FilterAPI).timeoutLoop"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/metrics.(*meterTicker).loop"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	)
}

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("TXM_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// newChain starts a dev chain; interval 0 means blocks only when the test commits them.
func newChain(t testing.TB, interval time.Duration) *devchain.Chain {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.Accounts = 4
	cfg.BlockInterval = interval
	c, err := devchain.New(cfg, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if interval > 0 {
		c.Start(context.Background())
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.ChainID = devchain.ChainID
	cfg.PollInterval = 20 * time.Millisecond
	cfg.Confirmations = 2
	cfg.BumpAfterBlocks = 1000 // tests that bump set it
	return cfg
}

func newManager(t testing.TB, cfg Config, client Client, pool *pgxpool.Pool, key *ecdsa.PrivateKey) (*Manager, *prometheus.Registry) {
	t.Helper()
	reg := prometheus.NewRegistry()
	m, err := New(cfg, Deps{Client: client, Pool: pool}, key, testLogger(t), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Close() })
	return m, reg
}

func waitTx(t testing.TB, m *Manager, id int64, timeout time.Duration) *Tx {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	tx, err := m.Wait(ctx, id)
	if err != nil {
		t.Fatalf("wait %d: %v (tx %+v)", id, err, tx)
	}
	return tx
}

// miner commits a block every interval until the test ends.
func miner(t testing.TB, c *devchain.Chain, interval time.Duration) {
	t.Cleanup(mineEvery(interval, func() { c.Commit() }))
}

// mineEvery calls commit every interval until stop is called.
func mineEvery(interval time.Duration, commit func()) (stop func()) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		for {
			select {
			case <-done:
				return
			case <-tk.C:
				commit()
			}
		}
	}()
	return func() { close(done); <-stopped }
}

// faultyManager starts a manager of chain.Keys[1] on a fresh chain, reached through a
// faultClient, with the given confirmation depth.
func faultyManager(t testing.TB, confirmations uint64) (*devchain.Chain, *faultClient, *Manager, *prometheus.Registry) {
	t.Helper()
	chain := newChain(t, 0)
	fc := &faultClient{Client: chain.Client}
	cfg := testConfig()
	cfg.Confirmations = confirmations
	m, reg := newManager(t, cfg, fc, pgtest.Empty(t).Pool, chain.Keys[1])
	return chain, fc, m, reg
}

// enqueueMined enqueues a transfer, waits for it in the pool, mines one block and waits until
// the manager has seen the transaction mined.
func enqueueMined(t testing.TB, chain *devchain.Chain, m *Manager, key string) (int64, *Tx) {
	t.Helper()
	ctx := context.Background()
	id, err := m.Enqueue(ctx, transfer(sink, 1, key))
	if err != nil {
		t.Fatal(err)
	}
	waitfor.Until(t, "in the pool", 10*time.Second, func() bool {
		n, _ := chain.Client.PendingTransactionCount(ctx)
		return n == 1
	})
	chain.Commit()
	var tx *Tx
	waitfor.Until(t, "seen mined", 10*time.Second, func() bool {
		tx, _ = m.Status(ctx, id)
		return tx != nil && tx.BlockNumber != 0
	})
	return id, tx
}

func transfer(to common.Address, wei int64, key string) Request {
	return Request{To: &to, Value: big.NewInt(wei), GasLimit: 21_000, IdempotencyKey: key}
}

// signRaw signs a transaction from key outside the manager ("another sender").
func signRaw(t testing.TB, key *ecdsa.PrivateKey, nonce uint64, to common.Address, tip, feeCap int64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(devchain.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(devchain.ChainID), Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(feeCap),
		Gas: 21_000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// faultClient wraps a real client and injects failures into SendTransaction.
type faultClient struct {
	Client
	mu sync.Mutex
	// failBefore: the next N sends fail without reaching the node.
	failBefore int
	// failAfter: the next N sends reach the node, then report a lost response.
	failAfter int
	// down: every call fails (a dead endpoint).
	down  atomic.Bool
	sends atomic.Int64
	// failReceipts: receipt lookups fail as a node still indexing transactions answers.
	failReceipts    atomic.Bool
	receiptFailures atomic.Int64
}

// timeoutErr looks like a transport timeout (net.Error).
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "read tcp 127.0.0.1:8545: i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

var errDown = errors.New("dial tcp 127.0.0.1:1: connect: connection refused")

func (f *faultClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.down.Load() {
		return errDown
	}
	f.sends.Add(1)
	f.mu.Lock()
	before, after := f.failBefore > 0, false
	if before {
		f.failBefore--
	} else if f.failAfter > 0 {
		f.failAfter--
		after = true
	}
	f.mu.Unlock()
	if before {
		return fmt.Errorf("sending: %w", timeoutErr{})
	}
	if err := f.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if after {
		return fmt.Errorf("sending: %w", timeoutErr{})
	}
	return nil
}

func (f *faultClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.down.Load() {
		return nil, errDown
	}
	return f.Client.HeaderByNumber(ctx, n)
}

func (f *faultClient) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if f.down.Load() {
		return 0, errDown
	}
	return f.Client.PendingNonceAt(ctx, a)
}

func (f *faultClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.down.Load() {
		return nil, errDown
	}
	if f.failReceipts.Load() {
		f.receiptFailures.Add(1)
		return nil, errors.New("transaction indexing is in progress")
	}
	return f.Client.TransactionReceipt(ctx, h)
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
