package indexer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/pgtest"
)

const forever = ^uint64(0)

func testLogger(tb testing.TB) *slog.Logger {
	if os.Getenv("INDEXER_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// env is a dev chain with the project deployed.
type env struct {
	tb       testing.TB
	c        *devchain.Chain
	d        *deploy.Deployment
	reg      *streamregistry.StreamRegistry
	token    *datatoken.DATAToken
	stopMine context.CancelFunc
	manual   bool
	nonces   map[common.Address]uint64
}

// newEnv starts a dev chain, deploys the contracts and switches to sealing blocks on demand.
func newEnv(tb testing.TB) *env {
	tb.Helper()
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = 0
	cfg.PollInterval = 5 * time.Millisecond
	c, err := devchain.New(cfg, nil)
	if err != nil {
		tb.Fatal(err)
	}
	mineCtx, stop := context.WithCancel(context.Background())
	c.Start(mineCtx)
	tb.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	mint := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	d, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Options{Mint: mint, MintTo: c.Addrs})
	if err != nil {
		tb.Fatal(err)
	}
	e := &env{tb: tb, c: c, d: d, stopMine: stop, nonces: map[common.Address]uint64{}}
	e.reg, _ = streamregistry.NewStreamRegistry(d.Registry, c.Client)
	e.token, _ = datatoken.NewDATAToken(d.Token, c.Client)
	// Automatic mining waits for the pool; sealing a block per transaction is much faster.
	e.manualMining()
	return e
}

// manualMining stops automatic mining: blocks are sealed by commit only.
func (e *env) manualMining() {
	e.stopMine()
	e.manual = true
}

func (e *env) contracts() Contracts {
	return ContractsFrom(e.d)
}

func (e *env) auth(i int) *bind.TransactOpts {
	a := chainutil.Transactor(e.c.Keys[i], devchain.ChainID)
	a.Context = context.Background()
	n, ok := e.nonces[a.From]
	if !ok {
		var err error
		n, err = e.c.Client.PendingNonceAt(context.Background(), a.From)
		if err != nil {
			e.tb.Fatal(err)
		}
	}
	a.Nonce = new(big.Int).SetUint64(n)
	e.nonces[a.From] = n + 1
	return a
}

// resetNonces forgets counted nonces (after a fork).
func (e *env) resetNonces() { e.nonces = map[common.Address]uint64{} }

// mined waits for tx (sealing a block first when mining is manual) and fails on a revert.
func (e *env) mined(tx *types.Transaction, err error) *types.Receipt {
	e.tb.Helper()
	if err != nil {
		e.tb.Fatal(err)
	}
	if e.manual {
		e.c.Commit()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chainutil.WaitOK(ctx, e.c.Client, tx)
	if err != nil {
		e.tb.Fatal(err)
	}
	return r
}

// sent returns tx after checking err, without waiting.
func (e *env) sent(tx *types.Transaction, err error) *types.Transaction {
	e.tb.Helper()
	if err != nil {
		e.tb.Fatal(err)
	}
	return tx
}

func (e *env) waitAll(txs []*types.Transaction) {
	e.tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, tx := range txs {
		if _, err := chainutil.WaitOK(ctx, e.c.Client, tx); err != nil {
			e.tb.Fatal(err)
		}
	}
}

// createStream creates owner's stream at path and returns its address.
// testStream is a stream binding with its address.
type testStream struct {
	*stream.Stream
	addr common.Address
}

func (e *env) createStream(owner int, path string, users []common.Address, perms []streamregistry.Permission) *testStream {
	e.tb.Helper()
	if users == nil {
		users, perms = []common.Address{}, []streamregistry.Permission{}
	}
	r := e.mined(e.reg.CreateStream(e.auth(owner), path, `{"path":"`+path+`"}`, 1, users, perms))
	for _, l := range r.Logs {
		if l.Address == e.d.Registry && l.Topics[0] == streamCreatedID {
			a := common.BytesToAddress(l.Topics[1].Bytes())
			s, err := stream.NewStream(a, e.c.Client)
			if err != nil {
				e.tb.Fatal(err)
			}
			return &testStream{Stream: s, addr: a}
		}
	}
	e.tb.Fatal("no StreamCreated log")
	return nil
}

func (e *env) head() *types.Header {
	h, err := e.c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h
}

func randomAddrs(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		k, _ := crypto.GenerateKey()
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

func keyBytes(k *ecdsa.PrivateKey) []byte { return crypto.CompressPubkey(&k.PublicKey) }

// indexerFor builds an indexer over chain (the env's client unless given) into db.
func indexerFor(tb testing.TB, e *env, db *pgtest.DB, chain Chain, cfg Config) *Indexer {
	tb.Helper()
	if chain == nil {
		chain = e.c.Client
	}
	cfg.Contracts = e.contracts()
	cfg.StartBlock = e.d.Block
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	if cfg.RetryMin == 0 {
		cfg.RetryMin, cfg.RetryMax = 10*time.Millisecond, 200*time.Millisecond
	}
	ix, err := New(cfg, Deps{Chain: chain, DB: db.Pool}, testLogger(tb), prometheus.NewRegistry())
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Confirmations = 0
	return cfg
}

// waitIndexed waits until the indexer's checkpoint is `block` with the canonical hash.
func waitIndexed(tb testing.TB, e *env, ix *Indexer, block uint64) {
	tb.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	want, err := e.c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(block))
	if err != nil {
		tb.Fatal(err)
	}
	for time.Now().Before(deadline) {
		var (
			n    int64
			hash []byte
		)
		err := ix.db.QueryRow(context.Background(), `SELECT block_number, block_hash FROM checkpoints`).Scan(&n, &hash)
		if err == nil && n >= int64(block) && common.BytesToHash(hash) == want.Hash() && n == int64(block) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tb.Fatalf("not indexed to block %d in time; status %+v", block, ix.Status())
}

// indexFresh indexes the chain into a new database to the current head and returns it.
func indexFresh(tb testing.TB, e *env) *pgtest.DB {
	tb.Helper()
	db := pgtest.New(tb)
	ix := indexerFor(tb, e, db, nil, testConfig())
	if err := ix.Start(context.Background()); err != nil {
		tb.Fatal(err)
	}
	waitIndexed(tb, e, ix, e.head().Number.Uint64())
	if err := ix.Close(); err != nil {
		tb.Fatal(err)
	}
	return db
}

// dump renders every event table, ordered, as text rows.
func dump(tb testing.TB, db *pgtest.DB) map[string][]string {
	tb.Helper()
	out := make(map[string][]string)
	for _, t := range allEventTables {
		rows, err := db.Pool.Query(context.Background(), fmt.Sprintf(`SELECT x::text FROM %s x ORDER BY block_number, log_index`, t.name))
		if err != nil {
			tb.Fatal(err)
		}
		lines, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			tb.Fatal(err)
		}
		if len(lines) > 0 {
			out[t.name] = lines
		}
	}
	return out
}

func equalDumps(tb testing.TB, got, want map[string][]string) {
	tb.Helper()
	for _, t := range allEventTables {
		g, w := got[t.name], want[t.name]
		if len(g) != len(w) {
			tb.Errorf("%s: %d rows, a fresh index has %d", t.name, len(g), len(w))
			continue
		}
		for i := range g {
			if g[i] != w[i] {
				tb.Errorf("%s row %d:\n got %s\nwant %s", t.name, i, g[i], w[i])
				break
			}
		}
	}
}

func count(tb testing.TB, db *pgtest.DB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.Pool.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// faultyChain wraps the real client: eth_getLogs over more than maxRange blocks fails as a
// provider's result limit does, and every failEvery-th call fails as a flaky connection.
type faultyChain struct {
	Chain
	maxRange  uint64
	failEvery int64
	calls     atomic.Int64
	chainID   *big.Int
	maxSeen   atomic.Uint64
	// rangeErrors: the next N calls fail with a provider's result-limit error, whatever the range.
	rangeErrors atomic.Int64
}

func (f *faultyChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.failEvery > 0 && f.calls.Add(1)%f.failEvery == 0 {
		return nil, fmt.Errorf("Post \"http://rpc\": read: connection reset by peer")
	}
	n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
	if f.rangeErrors.Add(-1) >= 0 {
		return nil, fmt.Errorf("query returned more than 10000 results")
	}
	if f.maxRange > 0 && n > f.maxRange {
		return nil, fmt.Errorf("query returned more than 10000 results. Try with this block range [0x%x, 0x%x]", q.FromBlock, q.FromBlock.Uint64()+f.maxRange-1)
	}
	for {
		m := f.maxSeen.Load()
		if n <= m || f.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	return f.Chain.FilterLogs(ctx, q)
}

func (f *faultyChain) ChainID(ctx context.Context) (*big.Int, error) {
	if f.chainID != nil {
		return f.chainID, nil
	}
	return f.Chain.ChainID(ctx)
}
