package market

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/ipfs"
	"github.com/streamr-go/streamr/market/siwe"
)

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// env is a market under test: real Postgres, a real IPFS node, a dev chain with the DATA
// token deployed.
type env struct {
	t      testing.TB
	svc    *Service
	pool   *pgxpool.Pool
	chain  *devchain.Chain
	dep    *deploy.Deployment
	srv    *httptest.Server
	client *http.Client
	block  atomic.Int64
}

type envOpt func(*Config, *Deps)

func newEnv(t testing.TB, opts ...envOpt) *env {
	t.Helper()
	pool := pgtest.New(t).Pool
	ch, err := devchain.New(devchain.DefaultConfig(), testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ctx := context.Background()
	dep := deployOnce(t, ch)
	node, err := ipfs.New(ipfs.Config{Dir: t.TempDir(), NoSync: true}, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	cfg := DefaultConfig()
	cfg.Domain = "market.test"
	cfg.RateLimit = 0
	deps := Deps{Pool: pool, IPFS: node, Chain: ch.Client, Contracts: Contracts{
		ChainID: devchain.ChainID, Token: dep.Token, License: common.HexToAddress("0x00000000000000000000000000000000000a11ce"),
	}}
	for _, o := range opts {
		o(&cfg, &deps)
	}
	svc, err := New(cfg, deps, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	e := &env{t: t, svc: svc, pool: pool, chain: ch, dep: dep, srv: srv, client: srv.Client()}
	e.block.Store(100)
	return e
}

// deployOnce deploys the DATA token (the only contract these tests call) and mints DATA to
// the first dev accounts. It does not use internal/deploy, so that these tests do not depend
// on the rest of the contract suite.
func deployOnce(t testing.TB, ch *devchain.Chain) *deploy.Deployment {
	t.Helper()
	ch.Start(context.Background()) // stopped by ch.Close
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	opts := chainutil.Transactor(ch.Key(0), devchain.ChainID)
	opts.Context = ctx
	addr, tx, tok, err := datatoken.DeployDATAToken(opts, ch.Client, ch.Addrs[0])
	if err != nil {
		t.Fatalf("deploying DATA: %v", err)
	}
	if _, err := chainutil.WaitOK(ctx, ch.Client, tx); err != nil {
		t.Fatalf("deploying DATA: %v", err)
	}
	for _, to := range ch.Addrs[:4] {
		tx, err := tok.Mint(opts, to, ether(1_000_000))
		if err != nil {
			t.Fatalf("minting: %v", err)
		}
		if _, err := chainutil.WaitOK(ctx, ch.Client, tx); err != nil {
			t.Fatalf("minting: %v", err)
		}
	}
	return &deploy.Deployment{ChainID: devchain.ChainID, Token: addr}
}

// ---- HTTP ----

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decoding %s: %v", r.body, err)
	}
}

func (r resp) problem(t testing.TB) Problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("content type %q, body %s", ct, r.body)
	}
	var p Problem
	r.json(t, &p)
	if p.Status != r.status || p.Type == "" || p.Title == "" {
		t.Fatalf("malformed problem %s (status %d)", r.body, r.status)
	}
	return p
}

type reqOpt func(*http.Request)

func withToken(tok string) reqOpt {
	return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+tok) }
}

func withHeader(k, v string) reqOpt { return func(r *http.Request) { r.Header.Set(k, v) } }

func (e *env) do(method, path string, body any, opts ...reqOpt) resp {
	e.t.Helper()
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case string:
		rd, ctype = strings.NewReader(b), "application/json"
	case []byte:
		rd, ctype = bytes.NewReader(b), "application/json"
	default:
		js, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd, ctype = bytes.NewReader(js), "application/json"
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Host = "market.test"
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for _, o := range opts {
		o(req)
	}
	res, err := e.client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp{status: res.StatusCode, header: res.Header, body: b}
}

func (e *env) must(status int, r resp) resp {
	e.t.Helper()
	if r.status != status {
		e.t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	return r
}

// signIn runs the SIWE flow for key and returns the session token.
func (e *env) signIn(key *ecdsa.PrivateKey) string {
	e.t.Helper()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var n nonceResponse
	e.must(200, e.do("GET", "/api/v1/auth/nonce?address="+addr.Hex(), nil)).json(e.t, &n)
	sig, err := siwe.Sign(n.Message, key)
	if err != nil {
		e.t.Fatal(err)
	}
	var s sessionResponse
	e.must(200, e.do("POST", "/api/v1/auth/verify", map[string]string{"message": n.Message, "signature": hexBytes(sig)})).json(e.t, &s)
	if s.Address != addr || s.Token == "" {
		e.t.Fatalf("session %+v", s)
	}
	return s.Token
}

func hexBytes(b []byte) string { return "0x" + hex.EncodeToString(b) }

// ---- rows as the indexer writes them ----

func (e *env) nextBlock() int64 { return e.block.Add(1) }

func blockHash(n int64, salt string) []byte {
	return crypto.Keccak256([]byte(fmt.Sprintf("block-%d-%s", n, salt)))
}

type productRow struct {
	id         int64
	owner      common.Address
	streams    []common.Address
	price      *big.Int
	minSeconds uint64
	terms      string
	attester   common.Address
	metadata   string
	block      int64
	kind       string
}

func (e *env) insertProduct(p productRow) {
	e.t.Helper()
	if p.block == 0 {
		p.block = e.nextBlock()
	}
	if p.kind == "" {
		p.kind = "created"
	}
	if p.price == nil {
		p.price = big.NewInt(0)
	}
	if p.terms == "" {
		p.terms = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	}
	streams := make([][]byte, len(p.streams))
	for i, s := range p.streams {
		streams[i] = s.Bytes()
	}
	var attester []byte
	if p.attester != (common.Address{}) {
		attester = p.attester.Bytes()
	}
	_, err := e.pool.Exec(context.Background(), `INSERT INTO product_events (product_id, kind, owner, beneficiary, streams,
		price_per_second, min_seconds, terms_cid, required_attester, metadata, block_time, block_number, block_hash, log_index, tx_hash)
		VALUES ($1, $2, $3, $3, $4, $5::numeric, $6, $7, $8, $9, now(), $10, $11, 0, $12)`,
		p.id, p.kind, p.owner.Bytes(), streams, p.price.String(), p.minSeconds, p.terms, attester, p.metadata,
		p.block, blockHash(p.block, fmt.Sprint("p", p.id)), crypto.Keccak256([]byte(fmt.Sprint("tx", p.id, p.block))))
	if err != nil {
		e.t.Fatalf("inserting product %d: %v", p.id, err)
	}
}

func (e *env) insertPurchase(productID int64, buyer common.Address, seconds int64, price *big.Int, expiry int64, txHash []byte, block int64) {
	e.t.Helper()
	if block == 0 {
		block = e.nextBlock()
	}
	if txHash == nil {
		txHash = crypto.Keccak256([]byte(fmt.Sprint("purchase", productID, buyer, block)))
	}
	fee := new(big.Int).Div(price, big.NewInt(100))
	_, err := e.pool.Exec(context.Background(), `INSERT INTO purchases (product_id, buyer, payer, seconds, price, fee, new_expiry,
		block_time, block_number, block_hash, log_index, tx_hash) VALUES ($1, $2, $2, $3, $4::numeric, $5::numeric, $6, now(), $7, $8, 1, $9)`,
		productID, buyer.Bytes(), seconds, price.String(), fee.String(), expiry, block, blockHash(block, fmt.Sprint("pu", productID, buyer)), txHash)
	if err != nil {
		e.t.Fatalf("inserting purchase: %v", err)
	}
}

func (e *env) insertFlag(productID int64, buyer common.Address, reason string) {
	e.t.Helper()
	b := e.nextBlock()
	_, err := e.pool.Exec(context.Background(), `INSERT INTO flags (product_id, buyer, reason, block_time, block_number, block_hash,
		log_index, tx_hash) VALUES ($1, $2, $3, now(), $4, $5, 2, $6)`, productID, buyer.Bytes(), reason, b,
		blockHash(b, "flag"), crypto.Keccak256([]byte(fmt.Sprint("flag", b))))
	if err != nil {
		e.t.Fatalf("inserting flag: %v", err)
	}
}

func (e *env) insertKarma(addr common.Address, amount *big.Int, at time.Time) {
	e.t.Helper()
	b := e.nextBlock()
	_, err := e.pool.Exec(context.Background(), `INSERT INTO karma_ledger (address, amount, at, kind, block_number, block_hash,
		log_index, tx_hash) VALUES ($1, $2::numeric, $3, 'sale', $4, $5, 0, $6)`, addr.Bytes(), amount.String(), at, b,
		blockHash(b, "karma"+addr.Hex()), crypto.Keccak256([]byte(fmt.Sprint("karma", b))))
	if err != nil {
		e.t.Fatalf("inserting karma: %v", err)
	}
}

func (e *env) insertStream(id, owner common.Address, path string) {
	e.t.Helper()
	b := e.nextBlock()
	_, err := e.pool.Exec(context.Background(), `INSERT INTO stream_created (stream, owner, path, metadata, partitions, stream_index,
		block_time, block_number, block_hash, log_index, tx_hash) VALUES ($1, $2, $3, '{}', 3, 1, now(), $4, $5, 0, $6)`,
		id.Bytes(), owner.Bytes(), path, b, blockHash(b, "stream"+id.Hex()), crypto.Keccak256([]byte(fmt.Sprint("stream", b))))
	if err != nil {
		e.t.Fatalf("inserting stream: %v", err)
	}
}

func addrN(n int) common.Address {
	return common.BigToAddress(big.NewInt(int64(0x5000 + n)))
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
