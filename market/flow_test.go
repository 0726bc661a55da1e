package market

import (
	"context"
	"crypto/ecdsa"
	"math"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/indexer"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/pgtest"
	"github.com/streamr-go/streamr/internal/waitfor"
	"github.com/streamr-go/streamr/ipfs"
)

// newFlowEnv is a market over the real contracts: a dev chain mining on demand with every
// contract deployed, the indexer following it into the market's database, and an IPFS node.
func newFlowEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	pool := pgtest.New(t).Pool
	ccfg := devchain.DefaultConfig()
	ccfg.BlockInterval = 0 // a block as soon as a transaction waits
	ch, err := devchain.New(ccfg, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	ch.Start(ctx)
	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	dep, err := deploy.Deploy(dctx, ch.Client, ch.Keys[0], deploy.Options{Mint: ether(1_000_000), MintTo: ch.Addrs[:4]})
	if err != nil {
		t.Fatal(err)
	}

	icfg := indexer.ConfigFrom(dep)
	icfg.Confirmations = 0
	icfg.PollInterval = 20 * time.Millisecond
	icfg.RetryMin, icfg.RetryMax = 10*time.Millisecond, 200*time.Millisecond
	ix, err := indexer.New(icfg, indexer.Deps{Chain: ch.Client, DB: pool}, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })

	icfg2 := ipfs.DefaultConfig()
	icfg2.Dir, icfg2.NoSync = t.TempDir(), true
	node, err := ipfs.New(icfg2, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })

	cfg := DefaultConfig()
	cfg.Domain = "market.test"
	cfg.RateLimit = 0
	svc, err := New(cfg, Deps{Pool: pool, IPFS: node, Chain: ch.Client, Contracts: Contracts{
		ChainID: devchain.ChainID, Token: dep.Token, License: dep.License,
	}}, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, svc: svc, pool: pool, chain: ch, dep: dep, srv: srv, client: srv.Client()}
}

// sendTx signs and sends a transaction the API returned, as a wallet would, and waits for it
// to succeed.
func (e *env) sendTx(key *ecdsa.PrivateKey, tx Tx) *types.Receipt {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if tx.From != nil && *tx.From != from {
		e.t.Fatalf("transaction is for %s, the wallet is %s", tx.From, from)
	}
	if tx.ChainID != devchain.ChainID {
		e.t.Fatalf("transaction for chain %d", tx.ChainID)
	}
	value, err := hexutil.DecodeBig(tx.Value)
	if err != nil {
		e.t.Fatalf("value %q: %v", tx.Value, err)
	}
	c := e.chain.Client
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		e.t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &tx.To, Data: tx.Data, Value: value})
	if err != nil {
		e.t.Fatalf("estimating %s: %v", tx.Description, err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signed, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(tx.ChainID)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(tx.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas * 6 / 5, To: &tx.To, Value: value, Data: tx.Data,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, signed); err != nil {
		e.t.Fatal(err)
	}
	r, err := chainutil.WaitOK(ctx, c, signed)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// The whole market flow against the real contracts and a running indexer: a seller signs in,
// uploads terms, lists a product and sends the returned createProduct transaction from its
// wallet; the product becomes searchable; a buyer gets a transferAndCall quote and sends exactly
// that; the purchase is indexed, the buyer holds the license and the seller has karma.
func TestMarketFlowOnChain(t *testing.T) {
	e := newFlowEnv(t)
	ctx := context.Background()
	sellerKey, buyerKey := e.chain.Keys[1], e.chain.Keys[2]
	seller, buyer := e.chain.Addrs[1], e.chain.Addrs[2]

	// The seller's stream, which the license contract may grant subscriptions on.
	reg, err := streamregistry.NewStreamRegistry(e.dep.Registry, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	opts := chainutil.Transactor(sellerKey, devchain.ChainID)
	opts.Context = ctx
	tx, err := reg.CreateStream(opts, "flow/helsinki-weather", `{"description":"weather"}`, 1,
		[]common.Address{}, []streamregistry.Permission{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chainutil.WaitOK(ctx, e.chain.Client, tx); err != nil {
		t.Fatal(err)
	}
	streamID, err := reg.StreamOf(nil, seller, "flow/helsinki-weather")
	if err != nil {
		t.Fatal(err)
	}
	st, err := stream.NewStream(streamID, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	tx, err = st.SetPermissions(opts, []common.Address{e.dep.License}, []stream.Permission{{CanGrant: true}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chainutil.WaitOK(ctx, e.chain.Client, tx); err != nil {
		t.Fatal(err)
	}

	// Sign in, upload the terms, create the listing.
	sellerTok := e.signIn(sellerKey)
	var terms Terms
	e.must(201, e.do("POST", "/api/v1/terms", "# Terms\n\nPersonal use only.\n", withToken(sellerTok),
		withHeader("Content-Type", "text/markdown"))).json(t, &terms)
	if !strings.HasPrefix(terms.CID, "bafk") {
		t.Fatalf("terms %+v", terms)
	}
	price := big.NewInt(1_000_000_000) // wei per second
	var lr ListingResponse
	e.must(201, e.do("POST", "/api/v1/listings", map[string]any{
		"title": "Helsinki weather", "description": "Temperature and wind every minute", "category": "environment",
		"tags": []string{"weather", "finland"}, "streams": []string{streamID.Hex()}, "pricePerSecond": price.String(),
		"minSeconds": 60, "termsCid": terms.CID,
	}, withToken(sellerTok))).json(t, &lr)
	if lr.Transaction == nil || lr.Transaction.To != e.dep.License {
		t.Fatalf("listing transaction %+v", lr.Transaction)
	}
	e.sendTx(sellerKey, *lr.Transaction)

	// The indexer sees the product; the listing and search find it.
	var listing Listing
	waitfor.Until(e.t, "the listing's product", 30*time.Second, func() bool {
		e.must(200, e.do("GET", "/api/v1/listings/"+lr.Listing.ListingID, nil)).json(t, &listing)
		return listing.ProductID != nil
	})
	productID := *listing.ProductID
	var found struct{ Items []Product }
	e.must(200, e.do("GET", "/api/v1/products?q=helsinki+weather&category=environment", nil)).json(t, &found)
	if len(found.Items) != 1 || found.Items[0].ID != productID || found.Items[0].Owner != seller ||
		found.Items[0].PricePerSecond != price.String() {
		t.Fatalf("search found %+v", found.Items)
	}
	var detail ProductDetail
	e.must(200, e.do("GET", "/api/v1/products/"+productID, nil)).json(t, &detail)
	if detail.Title != "Helsinki weather" || detail.Terms.CID != terms.CID || len(detail.Streams) != 1 ||
		detail.Streams[0] != streamID || !detail.Active {
		t.Fatalf("product detail %+v", detail)
	}

	// The buyer's quote, sent exactly as returned.
	var q Quote
	r := e.must(200, e.do("POST", "/api/v1/products/"+productID+"/quote", map[string]any{
		"buyer": buyer.Hex(), "seconds": 3600, "method": "transferAndCall",
	}))
	checkSpec(t, "POST /api/v1/products/{id}/quote", r)
	r.json(t, &q)
	checkSpec(t, "POST /api/v1/products/{id}/quote", e.must(200, e.do("POST", "/api/v1/products/"+productID+"/quote",
		map[string]any{"buyer": buyer.Hex(), "seconds": 3600, "method": "permit"})))
	wantPrice := new(big.Int).Mul(price, big.NewInt(3600))
	if q.Price != wantPrice.String() || len(q.Transactions) != 1 || q.Transactions[0].To != e.dep.Token || !q.SufficientBalance {
		t.Fatalf("quote %+v", q)
	}
	receipt := e.sendTx(buyerKey, q.Transactions[0])
	hash := receipt.TxHash.Hex()
	var ps PurchaseStatus
	waitfor.Until(e.t, "the purchase indexed", 30*time.Second, func() bool {
		r = e.must(200, e.do("GET", "/api/v1/purchases/"+hash, nil))
		r.json(t, &ps)
		return ps.Status == "indexed"
	})
	checkSpec(t, "GET /api/v1/purchases/{txHash}", r)
	if len(ps.Purchases) != 1 || ps.Purchases[0].ProductID != productID || ps.Purchases[0].Buyer != buyer ||
		ps.Purchases[0].Price != q.Price || ps.Purchases[0].Fee != q.Fee ||
		// The quote's expiry assumes the head's time; the purchase's block comes a little later.
		ps.Purchases[0].NewExpiry < q.NewExpiry || ps.Purchases[0].NewExpiry > q.NewExpiry+60 {
		t.Fatalf("purchase status %+v, quote %+v", ps, q)
	}

	// The buyer holds the license; the seller has sales and karma.
	buyerTok := e.signIn(buyerKey)
	var lic struct{ Items []LicenseView }
	e.must(200, e.do("GET", "/api/v1/me/licenses?status=active", nil, withToken(buyerTok))).json(t, &lic)
	if len(lic.Items) != 1 || lic.Items[0].ProductID != productID || !lic.Items[0].Active ||
		lic.Items[0].Expiry != ps.Purchases[0].NewExpiry || lic.Items[0].Title != "Helsinki weather" {
		t.Fatalf("buyer licenses %+v", lic)
	}
	var sp Seller
	e.must(200, e.do("GET", "/api/v1/sellers/"+seller.Hex(), nil)).json(t, &sp)
	if sp.Karma <= 0 || sp.SalesCount != 1 || sp.SalesVolume != q.Price || len(sp.Products) != 1 {
		t.Fatalf("seller %+v", sp)
	}
	e.must(200, e.do("GET", "/api/v1/products/"+productID, nil)).json(t, &detail)
	if detail.PurchaseCount != 1 || math.Abs(detail.Seller.Karma-sp.Karma) > 1e-9*sp.Karma {
		t.Errorf("after the purchase: purchase count %d, seller karma %v (profile %v)", detail.PurchaseCount, detail.Seller.Karma, sp.Karma)
	}
}
