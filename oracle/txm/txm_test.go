package txm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/streamr-go/streamr/internal/hdwallet"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

var sink = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

func TestSendAndConfirm(t *testing.T) {
	chain := newChain(t, 100*time.Millisecond)
	pool := pgtest.Empty(t).Pool
	m, reg := newManager(t, testConfig(), chain.Client, pool, chain.Keys[1])
	ctx := context.Background()

	var ids []int64
	for i := range 3 {
		id, err := m.Enqueue(ctx, transfer(sink, int64(i+1), fmt.Sprintf("k%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	// No gas limit: estimated.
	id, err := m.Enqueue(ctx, Request{To: &sink, Value: big.NewInt(7), Meta: []byte(`{"x":1}`)})
	if err != nil {
		t.Fatal(err)
	}
	ids = append(ids, id)
	for i, id := range ids {
		tx := waitTx(t, m, id, 30*time.Second)
		if tx.State != StateConfirmed || tx.Nonce == nil || *tx.Nonce != uint64(i) {
			t.Fatalf("tx %d: state %s nonce %v", i, tx.State, tx.Nonce)
		}
		r, err := chain.Client.TransactionReceipt(ctx, tx.Hash)
		if err != nil || r.Status != types.ReceiptStatusSuccessful || r.BlockHash != tx.BlockHash {
			t.Fatalf("tx %d: receipt %v %v", i, r, err)
		}
		head, _ := chain.Client.BlockNumber(ctx)
		if head+1 < tx.BlockNumber+2 {
			t.Fatalf("confirmed at depth %d", head+1-tx.BlockNumber)
		}
	}
	last, _ := m.Status(ctx, ids[3])
	if last.GasLimit != 21_000*125/100 || string(last.Meta) != `{"x": 1}` {
		t.Fatalf("estimated gas %d, meta %s", last.GasLimit, last.Meta)
	}
	if got := metrictest.Metric(t, reg, "streamr_txm_confirmed_total"); got != 4 {
		t.Fatalf("confirmed_total = %v", got)
	}
	if err := m.Ready(); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Status(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Status of unknown id: %v", err)
	}
}

// revertingInitCode deploys a contract whose code is PUSH1 0 PUSH1 0 REVERT.
var revertingInitCode = common.FromHex("6005600c60003960056000f3" + "60006000fd")

func TestContractCreationRevertAndFatal(t *testing.T) {
	chain := newChain(t, 100*time.Millisecond)
	pool := pgtest.Empty(t).Pool
	m, reg := newManager(t, testConfig(), chain.Client, pool, chain.Keys[1])
	ctx := context.Background()

	// Contract creation (To nil).
	id, err := m.Enqueue(ctx, Request{Data: revertingInitCode, GasLimit: 100_000})
	if err != nil {
		t.Fatal(err)
	}
	tx := waitTx(t, m, id, 30*time.Second)
	contract := crypto.CreateAddress(m.From(), *tx.Nonce)
	if code, _ := chain.Client.CodeAt(ctx, contract, nil); len(code) != 5 {
		t.Fatalf("code %x", code)
	}
	// A call that reverts is confirmed and reported as reverted.
	id, err = m.Enqueue(ctx, Request{To: &contract, GasLimit: 50_000})
	if err != nil {
		t.Fatal(err)
	}
	tx, err = m.Wait(ctx, id)
	if !errors.Is(err, ErrReverted) || !tx.Reverted() {
		t.Fatalf("want ErrReverted, got %v", err)
	}
	// Gas below the intrinsic cost is fatal, and its nonce goes to the next transaction.
	bad, err := m.Enqueue(ctx, Request{To: &sink, GasLimit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if tx, err := m.Wait(ctx, bad); !errors.Is(err, ErrFatal) || tx.Nonce != nil {
		t.Fatalf("want ErrFatal without a nonce, got %v (%+v)", err, tx)
	}
	good, err := m.Enqueue(ctx, transfer(sink, 1, ""))
	if err != nil {
		t.Fatal(err)
	}
	if tx := waitTx(t, m, good, 30*time.Second); *tx.Nonce != 2 {
		t.Fatalf("nonce %d after a fatal transaction, want 2", *tx.Nonce)
	}
	// Estimation of a reverting call is fatal too.
	est, err := m.Enqueue(ctx, Request{To: &contract, Data: []byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Wait(ctx, est); !errors.Is(err, ErrFatal) {
		t.Fatalf("want ErrFatal for a reverting estimate, got %v", err)
	}
	if got := metrictest.Metric(t, reg, "streamr_txm_fatal_total"); got != 2 {
		t.Fatalf("fatal_total = %v", got)
	}
}

// A manager stopped with transactions in every state, and started again: everything is
// confirmed once, with no nonce used twice, and re-enqueued keys do not duplicate.
func TestRestartKeepsQueue(t *testing.T) {
	chain := newChain(t, 0)
	pool := pgtest.Empty(t).Pool
	ctx := context.Background()
	key := chain.Keys[2]
	cfg := testConfig()
	cfg.MaxInFlight = 5
	cfg.Confirmations = 1

	m1, err := New(cfg, Deps{Client: chain.Client, Pool: pool}, key, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := m1.Start(ctx); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	for i := range 7 {
		k := fmt.Sprintf("job-%d", i)
		id, err := m1.Enqueue(ctx, transfer(sink, 1, k))
		if err != nil {
			t.Fatal(err)
		}
		ids[k] = id
	}
	waitfor.Until(t, "5 transactions in the pool", 10*time.Second, func() bool {
		n, _ := chain.Client.PendingTransactionCount(ctx)
		return n == 5
	})
	if err := m1.Close(); err != nil {
		t.Fatal(err)
	}
	chain.Commit() // the 5 sent are mined while the manager is down

	m2, _ := newManager(t, cfg, chain.Client, pool, key)
	for k, want := range ids {
		id, err := m2.Enqueue(ctx, transfer(sink, 1, k))
		if err != nil || id != want {
			t.Fatalf("re-enqueue %s: id %d (want %d), %v", k, id, want, err)
		}
	}
	miner(t, chain, 50*time.Millisecond)
	seen := map[uint64]bool{}
	for k, id := range ids {
		tx := waitTx(t, m2, id, 30*time.Second)
		if seen[*tx.Nonce] {
			t.Fatalf("%s: nonce %d used twice", k, *tx.Nonce)
		}
		seen[*tx.Nonce] = true
	}
	n, err := chain.Client.NonceAt(ctx, addrOf(key), nil)
	if err != nil || n != 7 {
		t.Fatalf("chain nonce %d, want 7 (%v)", n, err)
	}
	var rows int
	if err := pool.QueryRow(ctx, "SELECT count(*) FROM txm_transactions").Scan(&rows); err != nil || rows != 7 {
		t.Fatalf("%d rows (%v)", rows, err)
	}
}

// Another program sends from the same key: the manager's nonce is stale, the node answers
// "nonce too low" (mined) or "replacement transaction underpriced" (pending), and the
// manager re-reads the nonce and sends again.
func TestNonceTakenByAnotherSender(t *testing.T) {
	chain := newChain(t, 0)
	pool := pgtest.Empty(t).Pool
	ctx := context.Background()
	key := chain.Keys[3]
	cfg := testConfig()
	cfg.Confirmations = 1
	m, reg := newManager(t, cfg, chain.Client, pool, key)
	miner(t, chain, 50*time.Millisecond)

	a, _ := m.Enqueue(ctx, transfer(sink, 1, "a"))
	waitTx(t, m, a, 30*time.Second)

	// Mined foreign transaction with nonce 1.
	foreign := signRaw(t, key, 1, sink, 2e9, 100e9)
	if err := chain.Client.SendTransaction(ctx, foreign); err != nil {
		t.Fatal(err)
	}
	waitfor.Until(t, "foreign tx mined", 10*time.Second, func() bool {
		r, err := chain.Client.TransactionReceipt(ctx, foreign.Hash())
		return err == nil && r != nil
	})
	b, _ := m.Enqueue(ctx, transfer(sink, 2, "b"))
	if tx := waitTx(t, m, b, 30*time.Second); *tx.Nonce != 2 {
		t.Fatalf("b nonce %d, want 2", *tx.Nonce)
	}
	if metrictest.Metric(t, reg, "streamr_txm_nonce_resyncs_total") < 1 {
		t.Fatal("no resync counted")
	}
}

func TestNonceHeldByPendingForeignTx(t *testing.T) {
	chain := newChain(t, 0)
	pool := pgtest.Empty(t).Pool
	ctx := context.Background()
	key := chain.Keys[3]
	cfg := testConfig()
	cfg.Confirmations = 1
	m, _ := newManager(t, cfg, chain.Client, pool, key)
	waitfor.Until(t, "ready", 5*time.Second, func() bool { return m.Ready() == nil })

	// A foreign transaction with nonce 0 paying far more than the manager waits in the pool.
	foreign := signRaw(t, key, 0, sink, 50e9, 500e9)
	if err := chain.Client.SendTransaction(ctx, foreign); err != nil {
		t.Fatal(err)
	}
	id, _ := m.Enqueue(ctx, transfer(sink, 1, "x"))
	miner(t, chain, 50*time.Millisecond)
	tx := waitTx(t, m, id, 30*time.Second)
	if *tx.Nonce != 1 {
		t.Fatalf("nonce %d, want 1", *tx.Nonce)
	}
	if r, err := chain.Client.TransactionReceipt(ctx, foreign.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("foreign transaction replaced: %v", err)
	}
}

// A transaction offering less than the miner's minimum tip sits in the pool until bumps
// raise it; the replacement is mined.
func TestStuckTransactionBumped(t *testing.T) {
	key, err := hdwallet.Account(hdwallet.TestMnemonic, 0)
	if err != nil {
		t.Fatal(err)
	}
	alloc := types.GenesisAlloc{addrOf(key): {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}}
	backend := simulated.NewBackend(alloc, simulated.WithMinerMinTip(big.NewInt(20e9)))
	t.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	pool := pgtest.Empty(t).Pool
	cfg := testConfig()
	cfg.ChainID = 0 // read it
	cfg.MinTip = big.NewInt(1e9)
	cfg.BumpAfterBlocks = 2
	cfg.BumpPercent = 100
	cfg.Confirmations = 1
	cfg.MaxFeeCap = big.NewInt(1000e9)
	m, reg := newManager(t, cfg, client, pool, key)
	ctx := context.Background()

	id, _ := m.Enqueue(ctx, transfer(sink, 1, "stuck"))
	waitfor.Until(t, "sent", 10*time.Second, func() bool {
		tx, _ := m.Status(ctx, id)
		return tx.State == StateUnconfirmed
	})
	stop := mineEvery(40*time.Millisecond, func() { backend.Commit() })
	tx := waitTx(t, m, id, 60*time.Second)
	stop()
	if tx.Attempts < 2 {
		t.Fatalf("%d attempts", tx.Attempts)
	}
	mined, _, err := client.TransactionByHash(ctx, tx.Hash)
	if err != nil || mined.GasTipCap().Cmp(big.NewInt(20e9)) < 0 {
		t.Fatalf("mined attempt tip %v (%v)", mined.GasTipCap(), err)
	}
	if got := metrictest.Metric(t, reg, "streamr_txm_bumps_total"); got < 2 {
		t.Fatalf("bumps_total = %v", got)
	}
	n, _ := client.NonceAt(ctx, addrOf(key), nil)
	if n != 1 {
		t.Fatalf("chain nonce %d", n)
	}
}

// A reorg removes the block holding the transaction (and the pool forgets it): the manager
// sees the receipt vanish, re-sends the saved transaction and confirms it in the new chain.
func TestReorgResends(t *testing.T) {
	chain, fc, m, reg := faultyManager(t, 3)
	ctx := context.Background()

	id, first := enqueueMined(t, chain, m, "reorged")
	parent, err := chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(first.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	sendsBefore := fc.sends.Load()
	if err := chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let the pool re-inject the dropped transaction
	chain.Backend.Rollback()           // and forget it, as a node that never saw it would
	chain.Commit()                     // the new chain: same height, without the transaction
	if r, _ := chain.Client.TransactionReceipt(ctx, first.Hash); r != nil && r.BlockHash == first.BlockHash {
		t.Fatal("reorg did not happen")
	}
	waitfor.Until(t, "re-sent", 10*time.Second, func() bool {
		n, _ := chain.Client.PendingTransactionCount(ctx)
		return n == 1 && fc.sends.Load() > sendsBefore
	})
	miner(t, chain, 50*time.Millisecond)
	tx := waitTx(t, m, id, 30*time.Second)
	if tx.BlockHash == first.BlockHash {
		t.Fatal("confirmed in the reorged block")
	}
	if metrictest.Metric(t, reg, "streamr_txm_reorged_total") < 1 {
		t.Fatal("reorg not counted")
	}
	if n, _ := chain.Client.NonceAt(ctx, addrOf(chain.Keys[1]), nil); n != 1 {
		t.Fatalf("chain nonce %d", n)
	}
}

// Receipt lookups of a mined transaction fail for several heads (a node still indexing
// transactions, an endpoint's hiccup) while its nonce is visibly used: the manager takes that
// for neither a reorg nor a nonce taken by another sender, so it sends nothing again and the
// transaction confirms with its one nonce.
func TestReceiptLookupErrorsAreNotMissingReceipts(t *testing.T) {
	chain, fc, m, reg := faultyManager(t, 4)
	ctx := context.Background()

	id, _ := enqueueMined(t, chain, m, "once")
	fc.failReceipts.Store(true)
	for range 3 { // three new heads, each looked at by rounds that cannot read receipts
		chain.Commit()
		n := fc.receiptFailures.Load()
		waitfor.Until(t, "rounds on the new head", 10*time.Second, func() bool { return fc.receiptFailures.Load() >= n+3 })
	}
	fc.failReceipts.Store(false)
	miner(t, chain, 50*time.Millisecond)
	tx := waitTx(t, m, id, 30*time.Second)
	if *tx.Nonce != 0 || tx.Attempts != 1 {
		t.Fatalf("confirmed with nonce %d after %d attempts, want nonce 0 and 1 attempt", *tx.Nonce, tx.Attempts)
	}
	if n, _ := chain.Client.NonceAt(ctx, addrOf(chain.Keys[1]), nil); n != 1 {
		t.Fatalf("chain nonce %d: the transaction was sent twice", n)
	}
	for _, name := range []string{"streamr_txm_reorged_total", "streamr_txm_nonce_resyncs_total"} {
		if got := metrictest.Metric(t, reg, name); got != 0 {
			t.Errorf("%s = %v", name, got)
		}
	}
}

// Sends fail before reaching the node, or reach it and lose the answer; an endpoint dies and
// the next one takes over. Everything is confirmed exactly once.
func TestRPCFaults(t *testing.T) {
	chain := newChain(t, 100*time.Millisecond)
	ctx := context.Background()

	t.Run("lost responses", func(t *testing.T) {
		pool := pgtest.Empty(t).Pool
		fc := &faultClient{Client: chain.Client, failBefore: 2, failAfter: 3}
		m, reg := newManager(t, testConfig(), fc, pool, chain.Keys[1])
		var ids []int64
		for i := range 4 {
			id, err := m.Enqueue(ctx, transfer(sink, 1, fmt.Sprint(i)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		for _, id := range ids {
			waitTx(t, m, id, 30*time.Second)
		}
		if n, _ := chain.Client.NonceAt(ctx, addrOf(chain.Keys[1]), nil); n != 4 {
			t.Fatalf("chain nonce %d, want 4", n)
		}
		if metrictest.Metric(t, reg, "streamr_txm_send_errors_total") < 5 {
			t.Fatal("send errors not counted")
		}
	})
	t.Run("failover", func(t *testing.T) {
		pool := pgtest.Empty(t).Pool
		dead := &faultClient{Client: chain.Client}
		dead.down.Store(true)
		m, _ := newManager(t, testConfig(), Failover(dead, chain.Client), pool, chain.Keys[2])
		id, _ := m.Enqueue(ctx, transfer(sink, 1, "f"))
		waitTx(t, m, id, 30*time.Second)
	})
}

func TestEnqueueValidation(t *testing.T) {
	chain := newChain(t, 0)
	pool := pgtest.Empty(t).Pool
	cfg := testConfig()
	cfg.MaxQueued = 1
	cfg.MaxInFlight = 1
	m, err := New(cfg, Deps{Client: chain.Client, Pool: pool}, chain.Keys[1], nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := m.Enqueue(ctx, transfer(sink, 1, "")); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("before Start: %v", err)
	}
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Enqueue(ctx, Request{}); !errors.Is(err, ErrInvalidRequest) {
		t.Fatalf("empty request: %v", err)
	}
	if _, err := m.Enqueue(ctx, Request{To: &sink, Value: big.NewInt(-1)}); !errors.Is(err, ErrInvalidRequest) {
		t.Fatalf("negative value: %v", err)
	}
	// One in flight (never mined), one queued, the next refused.
	if _, err := m.Enqueue(ctx, transfer(sink, 1, "1")); err != nil {
		t.Fatal(err)
	}
	waitfor.Until(t, "sent", 5*time.Second, func() bool {
		n, _ := chain.Client.PendingTransactionCount(ctx)
		return n == 1
	})
	if _, err := m.Enqueue(ctx, transfer(sink, 1, "2")); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Enqueue(ctx, transfer(sink, 1, "3")); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("want ErrQueueFull, got %v", err)
	}
	if _, err := New(Config{BumpPercent: 5}, Deps{Client: chain.Client, Pool: pool}, chain.Keys[1], nil, nil); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("bump 5%%: %v", err)
	}
	if _, err := New(Config{GasLimitPercent: 80}, Deps{Client: chain.Client, Pool: pool}, chain.Keys[1], nil, nil); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("gas limit 80%% of the estimate: %v", err)
	}
}
