package indexer

import (
	"context"
	"math/big"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/internal/pgtest"
)

// grants sends one setPermissions transaction giving every user in users the same permission
// (after the first time a no-op write, so each costs little gas yet still emits an event).
func (e *env) grants(s *testStream, users []common.Address, expiry uint64) *types.Transaction {
	e.tb.Helper()
	perms := make([]stream.Permission, len(users))
	for i := range perms {
		perms[i] = stream.Permission{SubscribeExpiry: expiry}
	}
	a := e.auth(1)
	a.GasLimit = 12_000_000
	return e.sent(s.SetPermissions(a, users, perms))
}

// genEvents fills the chain with at least n project events: permission grants in batches of
// 500 users per transaction, 4 transactions per block, and 2,000 DATA transfers.
func genEvents(b testing.TB, e *env, n int) int {
	b.Helper()
	s := e.createStream(1, "bench", nil, nil)
	users := randomAddrs(500)
	total := 0
	var txs []*types.Transaction
	for batch := range slices.Chunk(users, 100) { // first grants write storage: smaller transactions
		perms := make([]stream.Permission, len(batch))
		for i := range perms {
			perms[i] = stream.Permission{SubscribeExpiry: forever}
		}
		e.mined(s.SetPermissions(e.auth(1), batch, perms))
		total += len(batch)
	}
	for total < n-2000 {
		for range 4 {
			txs = append(txs, e.grants(s, users, forever))
			total += len(users)
		}
		e.c.Commit()
	}
	for i := range 2000 {
		txs = append(txs, e.sent(e.token.Transfer(e.auth(2+i%6), users[i%len(users)], big.NewInt(int64(i+1)))))
		total++
		if i%200 == 199 {
			e.c.Commit()
		}
	}
	e.c.Commit()
	e.waitAll(txs)
	return total
}

// BenchmarkColdIndex indexes a chain holding over 200,000 project events into an empty
// database and reports events/s.
func BenchmarkColdIndex(b *testing.B) {
	e := newEnv(b)
	start := time.Now()
	want := 200_000
	if v, err := strconv.Atoi(os.Getenv("BENCH_EVENTS")); err == nil && v > 0 {
		want = v // a quicker run while profiling
	}
	generated := genEvents(b, e, want)
	head := e.head().Number.Uint64()
	b.Logf("generated %d events in %d blocks in %s", generated, head, time.Since(start).Round(time.Millisecond))
	if d, err := time.ParseDuration(os.Getenv("BENCH_SETTLE")); err == nil {
		time.Sleep(d) // let the node finish its own background work (log index) first
	}
	var events, seconds float64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db := pgtest.New(b)
		cfg := testConfig()
		if v, err := strconv.Atoi(os.Getenv("BENCH_READERS")); err == nil {
			cfg.ReadConcurrency = v
		}
		ix := indexerFor(b, e, db, nil, cfg)
		stopProfile := profileIndexing(b)
		b.StartTimer()
		t0 := time.Now()
		if err := ix.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		waitIndexed(b, e, ix, head)
		seconds += time.Since(t0).Seconds()
		b.StopTimer()
		stopProfile()
		n := 0
		for _, t := range allEventTables {
			n += count(b, db, `SELECT count(*) FROM `+t.name)
		}
		events += float64(n)
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		if os.Getenv("BENCH_CHECK") != "" {
			checkPerBlock(b, e, db, head)
		}
	}
	b.ReportMetric(events/seconds, "events/s")
	b.ReportMetric(events/float64(b.N), "events/op")
}

// BenchmarkLiveLag measures the time from sealing a block of 1,000 events to its rows being
// committed, with the indexer following the head (new-heads subscription, no confirmations).
func BenchmarkLiveLag(b *testing.B) {
	e := newEnv(b)
	s := e.createStream(1, "live", nil, nil)
	users := randomAddrs(500)
	for batch := range slices.Chunk(users, 100) { // first grants write storage: smaller transactions
		perms := make([]stream.Permission, len(batch))
		for i := range perms {
			perms[i] = stream.Permission{SubscribeExpiry: 1}
		}
		e.mined(s.SetPermissions(e.auth(1), batch, perms))
	}
	db := pgtest.New(b)
	ix := indexerFor(b, e, db, nil, testConfig())
	if err := ix.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(b, e, ix, e.head().Number.Uint64())
	var lag time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		tx1 := e.grants(s, users, uint64(i+2))
		tx2 := e.grants(s, users, uint64(i+2))
		b.StartTimer()
		t0 := time.Now()
		e.c.Commit()
		n := e.head().Number.Uint64()
		waitIndexed(b, e, ix, n)
		lag += time.Since(t0)
		b.StopTimer()
		e.waitAll([]*types.Transaction{tx1, tx2})
	}
	b.ReportMetric(float64(lag.Milliseconds())/float64(b.N), "ms-lag/block")
}

// profileIndexing writes a CPU profile of the indexing alone (not of generating the chain) to
// $BENCH_CPUPROFILE when set; the returned function stops it.
func profileIndexing(b *testing.B) func() {
	path := os.Getenv("BENCH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func checkPerBlock(b *testing.B, e *env, db *pgtest.DB, head uint64) {
	for n := e.d.Block; n <= head; n++ {
		logs, err := e.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(n), ToBlock: new(big.Int).SetUint64(n)})
		if err != nil {
			b.Fatal(err)
		}
		got := count(b, db, `SELECT (SELECT count(*) FROM stream_permission_events WHERE block_number = $1) + (SELECT count(*) FROM token_transfers WHERE block_number = $1) + (SELECT count(*) FROM stream_created WHERE block_number = $1)`, int64(n))
		if got != len(logs) {
			b.Errorf("block %d: %d logs, %d rows", n, len(logs), got)
		}
	}
}
