package indexer

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/indexer/store"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// go-ethereum's process-wide background goroutines (metrics, caches, signal handling).
		// go-ethereum's new-heads subscription ends asynchronously after Unsubscribe.
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*Subscription).Unsubscribe.func1"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/metrics.(*meterTicker).loop"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/consensus/ethash.(*remoteSealer).loop"),
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/core/state/snapshot.(*diskLayer).generate"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/log.(*TerminalHandler).Handle"),
		goleak.IgnoreTopFunction("os/signal.signal_recv"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	)
}

func TestIndexStreamsPermissionsTransfers(t *testing.T) {
	e := newEnv(t)
	a := e.c.Addrs
	sub := a[2]
	u1, u2 := a[6], a[7]
	perm := streamregistry.Permission{SubscribeExpiry: forever}
	s1 := e.createStream(1, "a/feed", []common.Address{sub}, []streamregistry.Permission{perm})
	e.mined(s1.SetPermissions(e.auth(1), []common.Address{u1, u2, {}}, []stream.Permission{
		{PublishExpiry: 1000, SubscribeExpiry: 2000, CanGrant: true},
		{PublishExpiry: 5},
		{SubscribeExpiry: forever}, // public
	}))
	e.mined(s1.SetMetadata(e.auth(1), `{"v":2}`))
	e.mined(s1.SetPartitions(e.auth(1), 5))
	subKey := keyBytes(e.c.Keys[2])
	e.mined(s1.SetEncryptionKey(e.auth(2), subKey))
	e.mined(s1.SetEncryptionKey(e.auth(7), keyBytes(e.c.Keys[7])))
	e.mined(s1.RemoveEncryptionKey(e.auth(7)))
	e.mined(s1.RevokeAll(e.auth(1), u2))
	s2 := e.createStream(1, "b", nil, nil)
	e.mined(e.reg.DeleteStream(e.auth(1), a[1], "b"))
	s3 := e.createStream(3, "c", nil, nil)
	e.mined(s3.TransferOwnership(e.auth(3), a[4]))
	e.mined(e.token.Transfer(e.auth(1), a[5], big.NewInt(123)))

	// A log of an unknown contract with a Stream event signature is ignored: a stream clone
	// created outside the registry is not one.
	db := pgtest.New(t)
	ix := indexerFor(t, e, db, nil, testConfig())
	if err := ix.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(t, e, ix, e.head().Number.Uint64())

	ctx := context.Background()
	st := store.New(db.Pool, store.Options{})
	got, err := st.Stream(ctx, s1.addr)
	if err != nil {
		t.Fatal(err)
	}
	if got.Owner != a[1] || got.Metadata != `{"v":2}` || got.Partitions != 5 || got.Deleted || got.Path != "a/feed" {
		t.Errorf("stream 1 = %+v", got)
	}
	if want := strings.ToLower(a[1].Hex()) + "/a/feed"; got.Name() != want {
		t.Errorf("name = %q, want %q", got.Name(), want)
	}
	perms, err := st.Permissions(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[common.Address]store.Permission{
		{}:  {SubscribeExpiry: forever},
		sub: {SubscribeExpiry: forever},
		u1:  {PublishExpiry: 1000, SubscribeExpiry: 2000, CanGrant: true},
	}
	if len(perms) != len(want) {
		t.Errorf("permissions = %+v, want %d", perms, len(want))
	}
	for _, p := range perms {
		w, ok := want[p.User]
		if !ok || p.PublishExpiry != w.PublishExpiry || p.SubscribeExpiry != w.SubscribeExpiry || p.CanGrant != w.CanGrant ||
			p.CanEdit != w.CanEdit || p.CanDelete != w.CanDelete {
			t.Errorf("permission of %s = %+v, want %+v", p.User, p, w)
		}
	}
	if _, err := st.Permission(ctx, got.ID, u2); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("revoked permission: err = %v, want ErrNotFound", err)
	}
	keys, err := st.SubscriberKeys(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0].User != sub || string(keys[0].Key) != string(subKey) {
		t.Errorf("keys = %+v", keys)
	}
	if s, err := st.Stream(ctx, s2.addr); err != nil || !s.Deleted {
		t.Errorf("deleted stream = %+v, %v", s, err)
	}
	if l, err := st.StreamsByOwner(ctx, a[4]); err != nil || len(l) != 1 || l[0].ID != s3.addr || l[0].Creator != a[3] {
		t.Errorf("streams of the new owner = %+v, %v", l, err)
	}
	if l, err := st.StreamsByOwner(ctx, a[1]); err != nil || len(l) != 1 || l[0].ID != got.ID {
		t.Errorf("live streams of owner 1 = %+v, %v", l, err)
	}
	if _, err := st.Stream(ctx, common.HexToAddress("0x1234")); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown stream: %v", err)
	}
	tr, err := st.Transfers(ctx, a[5], 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr) != 2 || tr[0].From != a[1] || tr[0].Value.Int64() != 123 || tr[1].From != (common.Address{}) {
		t.Errorf("transfers of %s = %+v", a[5], tr)
	}
	if n := count(t, db, `SELECT count(*) FROM token_transfers`); n != len(e.c.Addrs)+1 {
		t.Errorf("%d transfers, want %d", n, len(e.c.Addrs)+1)
	}
	status, err := st.Status(ctx)
	if err != nil || status.ChainID != 1337 || status.IndexedBlock != int64(e.head().Number.Uint64()) {
		t.Errorf("status = %+v, %v", status, err)
	}

	// Ops endpoints.
	srv := httptest.NewServer(ix.Handler())
	defer srv.Close()
	for path, want := range map[string]string{
		"/status": `"chainId":1337`, "/healthz": "ok", "/readyz": "ready", "/metrics": "streamr_indexer_events_total",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %s, want %q", path, resp.StatusCode, body, want)
		}
	}

	// Live: a new grant shows up.
	u3 := randomAddrs(1)[0]
	r := e.mined(s1.GrantPublish(e.auth(1), u3, 77))
	waitIndexed(t, e, ix, r.BlockNumber.Uint64())
	if p, err := st.Permission(ctx, got.ID, u3); err != nil || p.PublishExpiry != 77 {
		t.Errorf("live permission = %+v, %v", p, err)
	}
	if !ix.Ready() {
		t.Error("not ready after catching up")
	}
}

// Reorganisations of depth 1..64 under a running indexer leave exactly what a fresh index of
// the canonical chain holds.
func TestReorg(t *testing.T) {
	for _, depth := range []int{1, 2, 8, 64} {
		t.Run(itoa(depth), func(t *testing.T) { testReorg(t, depth) })
	}
}

func testReorg(t *testing.T, depth int) {
	e := newEnv(t)
	sA := e.createStream(1, "old", nil, nil)
	sB := e.createStream(7, "new", nil, nil)

	// Before the fork point: some events.
	block := func(owner int, s *testStream, payer int, n int) {
		users := randomAddrs(n)
		perms := make([]stream.Permission, n)
		for i := range perms {
			perms[i] = stream.Permission{SubscribeExpiry: uint64(1000 + i)}
		}
		e.sent(s.SetPermissions(e.auth(owner), users, perms))
		e.sent(e.token.Transfer(e.auth(payer), users[0], big.NewInt(int64(n))))
		e.c.Commit()
	}
	for range 3 {
		block(1, sA, 2, 3)
	}
	fork := e.head()
	for range depth {
		block(1, sA, 2, 3)
	}
	oldHead := e.head().Number.Uint64()

	db := pgtest.New(t)
	ix := indexerFor(t, e, db, nil, testConfig())
	if err := ix.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(t, e, ix, oldHead)

	if err := e.c.Backend.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	e.resetNonces()
	for range depth + 1 {
		block(7, sB, 5, 2)
	}
	newHead := e.head()
	if newHead.Number.Uint64() <= oldHead {
		t.Fatalf("fork head %d not above the old head %d", newHead.Number, oldHead)
	}
	waitIndexed(t, e, ix, newHead.Number.Uint64())
	if n := testutil.ToFloat64(ix.m.reorgs); n < 1 {
		t.Errorf("%v reorganisations seen", n)
	}
	// Every stored block hash is canonical.
	rows, err := db.Pool.Query(context.Background(), `SELECT number, hash FROM blocks`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var (
			n    int64
			hash []byte
		)
		if err := rows.Scan(&n, &hash); err != nil {
			t.Fatal(err)
		}
		h, err := e.c.Client.HeaderByNumber(context.Background(), big.NewInt(n))
		if err != nil || h.Hash() != common.BytesToHash(hash) {
			t.Errorf("stored block %d %x is not canonical", n, hash)
		}
	}
	rows.Close()
	fresh := indexFresh(t, e)
	equalDumps(t, dump(t, db), dump(t, fresh))
	if n := count(t, db, `SELECT count(*) FROM stream_permission_events WHERE stream = $1`, sB.addr.Bytes()); n != 2*(depth+1) {
		t.Errorf("%d permission events on the fork's stream, want %d", n, 2*(depth+1))
	}
}

// An indexer closed in the middle of catching up resumes with no gap and no duplicate.
func TestCrashRestartResumes(t *testing.T) {
	e := newEnv(t)
	s := e.createStream(1, "crash", nil, nil)
	const blocks, perBlock = 40, 20
	for range blocks {
		users := randomAddrs(perBlock)
		perms := make([]stream.Permission, perBlock)
		for i := range perms {
			perms[i] = stream.Permission{PublishExpiry: uint64(i + 1)}
		}
		e.mined(s.SetPermissions(e.auth(1), users, perms))
	}
	head := e.head().Number.Uint64()

	db := pgtest.New(t)
	cfg := testConfig()
	cfg.InitialRange, cfg.MaxRange = 1, 2
	for round := 0; ; round++ {
		ix := indexerFor(t, e, db, nil, cfg)
		if err := ix.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+round*3) * time.Millisecond)
		if err := ix.Close(); err != nil {
			t.Fatal(err)
		}
		st, err := store.New(db.Pool, store.Options{}).Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.IndexedBlock >= int64(head) {
			if round < 2 {
				t.Logf("caught up after only %d restarts", round)
			}
			break
		}
		if round > 500 {
			t.Fatal("no progress")
		}
	}
	if n := count(t, db, `SELECT count(*) FROM stream_permission_events`); n != blocks*perBlock {
		t.Errorf("%d permission events, want %d", n, blocks*perBlock)
	}
	equalDumps(t, dump(t, db), dump(t, indexFresh(t, e)))
}

func TestRefusesOtherChainAndContracts(t *testing.T) {
	e := newEnv(t)
	e.createStream(1, "x", nil, nil)
	db := indexFresh(t, e)

	other := &faultyChain{Chain: e.c.Client, chainID: big.NewInt(1338)}
	ix := indexerFor(t, e, db, other, testConfig())
	err := ix.Start(context.Background())
	if !errors.Is(err, ErrChainIDMismatch) {
		t.Fatalf("Start on another chain's database: %v, want ErrChainIDMismatch", err)
	}
	if !strings.Contains(err.Error(), "1337") || !strings.Contains(err.Error(), "1338") {
		t.Errorf("error does not name both chains: %v", err)
	}
	_ = ix.Close()

	ix2, err := New(Config{Contracts: Contracts{Token: e.d.Token, Registry: common.HexToAddress("0xbeef")}, StartBlock: e.d.Block},
		Deps{Chain: e.c.Client, DB: db.Pool}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix2.Start(context.Background()); !errors.Is(err, ErrContractsChanged) {
		t.Fatalf("Start with other contracts: %v, want ErrContractsChanged", err)
	}
	_ = ix2.Close()
}

// A provider limiting eth_getLogs results (and dropping connections) gets ever smaller ranges
// and every range is retried, never skipped.
func TestAdaptiveRangeAndRetries(t *testing.T) {
	e := newEnv(t)
	s := e.createStream(1, "adaptive", nil, nil)
	for i := range 30 {
		users := randomAddrs(2)
		e.mined(s.SetPermissions(e.auth(1), users, []stream.Permission{{PublishExpiry: uint64(i)}, {SubscribeExpiry: uint64(i)}}))
	}
	db := pgtest.New(t)
	faulty := &faultyChain{Chain: e.c.Client, maxRange: 3, failEvery: 7}
	cfg := testConfig()
	cfg.InitialRange, cfg.MaxRange = 64, 1000
	ix := indexerFor(t, e, db, faulty, cfg)
	if err := ix.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(t, e, ix, e.head().Number.Uint64())
	if n := testutil.ToFloat64(ix.m.rangeHalved); n == 0 {
		t.Error("range never halved")
	}
	if m := faulty.maxSeen.Load(); m > 3 {
		t.Errorf("a range of %d blocks was answered", m)
	}
	equalDumps(t, dump(t, db), dump(t, indexFresh(t, e)))
}

// A result-limit error on a range already at MinRange (here a 2-block range up to the
// confirmed head, with MinRange 4) is retried as it is: the range is never widened past the
// confirmed head, so blocks inside the confirmation window are not indexed.
func TestRangeErrorAtMinRangeStaysConfirmed(t *testing.T) {
	e := newEnv(t)
	e.createStream(1, "minrange", nil, nil)
	for range 6 {
		e.c.Commit()
	}
	db := pgtest.New(t)
	faulty := &faultyChain{Chain: e.c.Client}
	cfg := testConfig()
	cfg.Confirmations = 3
	cfg.MinRange, cfg.InitialRange, cfg.MaxRange = 4, 4, 8
	ix := indexerFor(t, e, db, faulty, cfg)
	if err := ix.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	target := e.head().Number.Uint64() - cfg.Confirmations
	waitIndexed(t, e, ix, target)

	faulty.rangeErrors.Store(1)
	e.c.Commit() // two more confirmed blocks; the first read of them fails
	e.c.Commit()
	waitfor.Until(t, "the new blocks indexed", 30*time.Second, func() bool { return ix.Status().Indexed >= int64(target+2) })
	if got := ix.Status().Indexed; got != int64(target+2) {
		t.Fatalf("indexed to block %d; the confirmed head is %d (head %d)", got, target+2, e.head().Number.Uint64())
	}
	if faulty.rangeErrors.Load() >= 0 {
		t.Fatal("the range error was not injected")
	}
}

func TestStartClose(t *testing.T) {
	e := newEnv(t)
	db := pgtest.New(t)
	ix := indexerFor(t, e, db, nil, testConfig())
	if err := ix.Close(); err != nil { // before Start
		t.Fatal(err)
	}
	if err := ix.Start(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("Start after Close: %v", err)
	}
	ix = indexerFor(t, e, db, nil, testConfig())
	if err := ix.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := ix.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
		t.Fatalf("second Start: %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
