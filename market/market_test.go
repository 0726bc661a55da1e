package market

import (
	"context"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/market/siwe"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// go-ethereum's simulated node and leveldb keep a few process-wide goroutines.
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/metrics.(*meterTicker).loop"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
		goleak.IgnoreAnyFunction("github.com/ipfs/go-log/v2/writer.(*MirrorWriter).logRoutine"),
		goleak.IgnoreTopFunction("internal/poll.runtime_pollWait"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		// The node ends a new-heads subscription asynchronously after its client closed.
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/eth/filters.(*Subscription).Unsubscribe.func1"),
	)
}

func TestAuth(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)

	tok := e.signIn(key)
	var s sessionResponse
	e.must(200, e.do("GET", "/api/v1/auth/session", nil, withToken(tok))).json(t, &s)
	if s.Address != addr {
		t.Fatalf("session address %s", s.Address.Hex())
	}

	// A message is single use.
	var n nonceResponse
	e.must(200, e.do("GET", "/api/v1/auth/nonce?address="+addr.Hex(), nil)).json(t, &n)
	sig, _ := siwe.Sign(n.Message, key)
	body := map[string]string{"message": n.Message, "signature": hexBytes(sig)}
	e.must(200, e.do("POST", "/api/v1/auth/verify", body))
	p := e.must(401, e.do("POST", "/api/v1/auth/verify", body)).problem(t)
	if !strings.Contains(p.Detail, "nonce") {
		t.Fatalf("replay: %+v", p)
	}

	// Wrong domain, wrong chain, unknown nonce, bad signature, malformed message.
	mk := func(edit func(*siwe.Message)) string {
		var n nonceResponse
		e.must(200, e.do("GET", "/api/v1/auth/nonce", nil)).json(t, &n)
		m := &siwe.Message{Domain: "market.test", Address: addr, URI: "http://market.test", Version: "1",
			ChainID: 1337, Nonce: n.Nonce, IssuedAt: time.Now().UTC().Truncate(time.Second)}
		edit(m)
		return m.String()
	}
	other, _ := crypto.GenerateKey()
	cases := []struct {
		name   string
		msg    string
		key    any
		status int
	}{
		{"domain", mk(func(m *siwe.Message) { m.Domain = "evil.test" }), key, 401},
		{"chain", mk(func(m *siwe.Message) { m.ChainID = 1 }), key, 401},
		{"nonce", mk(func(m *siwe.Message) { m.Nonce = "unknownNonce123" }), key, 401},
		{"expired", mk(func(m *siwe.Message) { m.ExpirationTime = time.Now().Add(-time.Hour).UTC() }), key, 401},
		{"old", mk(func(m *siwe.Message) { m.IssuedAt = time.Now().Add(-time.Hour).UTC() }), key, 401},
		{"signer", mk(func(*siwe.Message) {}), other, 401},
		{"malformed", "hello", key, 400},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := key
			if c.key == other {
				k = other
			}
			sig, _ := siwe.Sign(c.msg, k)
			e.must(c.status, e.do("POST", "/api/v1/auth/verify", map[string]string{"message": c.msg, "signature": hexBytes(sig)})).problem(t)
		})
	}

	// Logout ends the session.
	e.must(204, e.do("POST", "/api/v1/auth/logout", nil, withToken(tok)))
	e.must(401, e.do("GET", "/api/v1/auth/session", nil, withToken(tok))).problem(t)
}

func TestTermsAndIdempotency(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	tok := e.signIn(key)
	md := "# Terms\n\nUse the data for research only.\n"
	r := e.must(201, e.do("POST", "/api/v1/terms", []byte(md), withToken(tok), withHeader("Content-Type", "text/markdown; charset=utf-8")))
	var terms Terms
	r.json(t, &terms)
	if !strings.HasPrefix(terms.CID, "bafk") || terms.ContentType != "text/markdown" || terms.Size != len(md) {
		t.Fatalf("terms %+v", terms)
	}
	// JSON terms with an Idempotency-Key: the retry replays the response.
	js := `{"license":"CC-BY-4.0","attribution":true}`
	r1 := e.must(201, e.do("POST", "/api/v1/terms", js, withToken(tok), withHeader("Idempotency-Key", "key-00000001")))
	r2 := e.must(201, e.do("POST", "/api/v1/terms", js, withToken(tok), withHeader("Idempotency-Key", "key-00000001")))
	if string(r1.body) != string(r2.body) || r2.header.Get("Idempotency-Replayed") != "true" {
		t.Fatalf("not replayed: %s / %s %v", r1.body, r2.body, r2.header)
	}
	e.must(422, e.do("POST", "/api/v1/terms", `{"other":1}`, withToken(tok), withHeader("Idempotency-Key", "key-00000001"))).problem(t)

	e.must(401, e.do("POST", "/api/v1/terms", js)).problem(t)
	e.must(400, e.do("POST", "/api/v1/terms", `{"broken":`, withToken(tok))).problem(t)
	e.must(415, e.do("POST", "/api/v1/terms", []byte("x"), withToken(tok), withHeader("Content-Type", "text/html"))).problem(t)
	big := `"` + strings.Repeat("a", 70<<10) + `"`
	e.must(413, e.do("POST", "/api/v1/terms", big, withToken(tok))).problem(t)
	e.must(400, e.do("POST", "/api/v1/terms", []byte("  \n"), withToken(tok), withHeader("Content-Type", "text/markdown"))).problem(t)
}

func TestListingLifecycle(t *testing.T) {
	e := newEnv(t)
	sellerKey, _ := crypto.GenerateKey()
	seller := crypto.PubkeyToAddress(sellerKey.PublicKey)
	tok := e.signIn(sellerKey)
	stream := addrN(1)
	e.insertStream(stream, seller, "weather/helsinki")

	req := map[string]any{
		"title": "Helsinki weather", "description": "Temperature and wind every minute", "category": "environment",
		"tags": []string{"weather", "finland"}, "streams": []string{stream.Hex()}, "pricePerSecond": "1000000000",
		"minSeconds": 3600, "termsCid": "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
	}
	var lr ListingResponse
	e.must(201, e.do("POST", "/api/v1/listings", req, withToken(tok), withHeader("Idempotency-Key", "listing-0001"))).json(t, &lr)
	// The retry does not create a second listing.
	var lr2 ListingResponse
	e.must(201, e.do("POST", "/api/v1/listings", req, withToken(tok), withHeader("Idempotency-Key", "listing-0001"))).json(t, &lr2)
	if lr2.Listing.ListingID != lr.Listing.ListingID {
		t.Fatalf("idempotent retry created %s and %s", lr.Listing.ListingID, lr2.Listing.ListingID)
	}
	tx := lr.Transaction
	if tx == nil || tx.To != e.svc.deps.Contracts.License || tx.ChainID != 1337 {
		t.Fatalf("transaction %+v", tx)
	}
	m, err := licenseABI.MethodById(tx.Data[:4])
	if err != nil || m.Name != "createProduct" {
		t.Fatalf("calldata method %v %v", m, err)
	}
	args, err := m.Inputs.Unpack(tx.Data[4:])
	if err != nil {
		t.Fatal(err)
	}
	if args[0].(common.Address) != seller || args[1].([]common.Address)[0] != stream || args[2].(*big.Int).String() != "1000000000" ||
		args[3].(uint64) != 3600 || args[6].(string) != lr.Listing.Metadata {
		t.Fatalf("createProduct args %v", args)
	}

	// Not indexed yet: no product; the listing exists.
	var l Listing
	e.must(200, e.do("GET", "/api/v1/listings/"+lr.Listing.ListingID, nil)).json(t, &l)
	if l.ProductID != nil {
		t.Fatalf("product id before indexing: %v", *l.ProductID)
	}
	// The indexer sees ProductCreated.
	e.insertProduct(productRow{id: 7, owner: seller, streams: []common.Address{stream}, price: big.NewInt(1e9),
		minSeconds: 3600, metadata: lr.Listing.Metadata})
	e.must(200, e.do("GET", "/api/v1/listings/"+lr.Listing.ListingID, nil)).json(t, &l)
	if l.ProductID == nil || *l.ProductID != "7" {
		t.Fatalf("listing not tied to product 7: %+v", l)
	}
	var d ProductDetail
	e.must(200, e.do("GET", "/api/v1/products/7", nil)).json(t, &d)
	if d.Title != "Helsinki weather" || d.Category == nil || *d.Category != "environment" || len(d.StreamDetails) != 1 ||
		!d.StreamDetails[0].Indexed || d.Terms.URL == "" || d.PricePerSecond != "1000000000" {
		t.Fatalf("detail %+v", d)
	}
	var page ProductPage
	e.must(200, e.do("GET", "/api/v1/products?q=helsinki+wind", nil)).json(t, &page)
	if len(page.Items) != 1 || page.Items[0].ID != "7" {
		t.Fatalf("full-text search: %+v", page)
	}

	// Only the seller may patch; off-chain changes show in search at once.
	otherKey, _ := crypto.GenerateKey()
	otherTok := e.signIn(otherKey)
	e.must(403, e.do("PATCH", "/api/v1/listings/"+l.ListingID, map[string]any{"title": "Mine"}, withToken(otherTok))).problem(t)
	var pr ListingResponse
	e.must(200, e.do("PATCH", "/api/v1/listings/"+l.ListingID, map[string]any{"title": "Espoo weather"}, withToken(tok))).json(t, &pr)
	if pr.Transaction != nil || pr.Listing.Title != "Espoo weather" {
		t.Fatalf("patch %+v", pr)
	}
	e.must(200, e.do("GET", "/api/v1/products?q=espoo", nil)).json(t, &page)
	if len(page.Items) != 1 {
		t.Fatalf("search after patch: %+v", page)
	}
	// On-chain changes come back as an updateProduct transaction.
	e.must(200, e.do("PATCH", "/api/v1/listings/"+l.ListingID, map[string]any{"pricePerSecond": "5"}, withToken(tok))).json(t, &pr)
	if pr.Transaction == nil {
		t.Fatal("no updateProduct transaction")
	}
	if m, _ := licenseABI.MethodById(pr.Transaction.Data[:4]); m == nil || m.Name != "updateProduct" {
		t.Fatalf("patch calldata %x", pr.Transaction.Data[:4])
	}
	e.must(422, e.do("PATCH", "/api/v1/listings/"+l.ListingID, map[string]any{"category": "nope"}, withToken(tok))).problem(t)

	// A reorg that removes the product unties the listing and removes it from search.
	if _, err := e.pool.Exec(context.Background(), `DELETE FROM product_events WHERE product_id = 7`); err != nil {
		t.Fatal(err)
	}
	e.must(404, e.do("GET", "/api/v1/products/7", nil)).problem(t)
	e.must(200, e.do("GET", "/api/v1/listings/"+l.ListingID, nil)).json(t, &l)
	if l.ProductID != nil {
		t.Fatal("listing still tied after rollback")
	}
}

func TestSearch(t *testing.T) {
	e := newEnv(t)
	owners := []common.Address{addrN(100), addrN(101), addrN(102)}
	stream := addrN(200)
	const n = 57
	for i := 1; i <= n; i++ {
		p := productRow{id: int64(i), owner: owners[i%3], streams: []common.Address{addrN(300 + i)},
			price: big.NewInt(int64((i % 7) * 1000)), metadata: fmt.Sprintf(`{"name":"product %d"}`, i)}
		if i%10 == 0 {
			p.streams = append(p.streams, stream)
		}
		e.insertProduct(p)
	}
	// Popularity: product 5 sold 3 times, product 9 twice.
	for i := 0; i < 3; i++ {
		e.insertPurchase(5, addrN(400+i), 60, big.NewInt(1), time.Now().Add(time.Hour).Unix(), nil, 0)
	}
	e.insertPurchase(9, addrN(410), 60, big.NewInt(1), time.Now().Add(time.Hour).Unix(), nil, 0)
	e.insertPurchase(9, addrN(411), 60, big.NewInt(1), time.Now().Add(time.Hour).Unix(), nil, 0)
	// Product 57 is deactivated.
	e.insertProduct(productRow{id: 57, kind: "deactivated", owner: owners[0]})

	all := func(query string) []Product {
		var out []Product
		next := ""
		for pages := 0; ; pages++ {
			q := query + "&limit=7"
			if next != "" {
				q += "&cursor=" + url.QueryEscape(next)
			}
			var page ProductPage
			e.must(200, e.do("GET", "/api/v1/products?"+q, nil)).json(t, &page)
			out = append(out, page.Items...)
			if page.NextCursor == nil {
				return out
			}
			if pages > 20 {
				t.Fatal("too many pages")
			}
			next = *page.NextCursor
		}
	}
	newest := all("sort=newest")
	if len(newest) != n-1 {
		t.Fatalf("got %d products, want %d", len(newest), n-1)
	}
	seen := map[string]bool{}
	for i, p := range newest {
		if seen[p.ID] {
			t.Fatalf("duplicate %s", p.ID)
		}
		seen[p.ID] = true
		if i > 0 && newest[i-1].CreatedBlock < p.CreatedBlock {
			t.Fatal("not newest first")
		}
	}
	asc := all("sort=price_asc")
	for i := 1; i < len(asc); i++ {
		if priceOf(asc[i-1]).Cmp(priceOf(asc[i])) > 0 {
			t.Fatal("not sorted by price")
		}
	}
	if len(asc) != n-1 {
		t.Fatalf("price_asc: %d", len(asc))
	}
	desc := all("sort=price_desc")
	if len(desc) != n-1 || priceOf(desc[0]).Cmp(priceOf(desc[len(desc)-1])) < 0 {
		t.Fatal("price_desc")
	}
	pop := all("sort=popular")
	if len(pop) != n-1 || pop[0].ID != "5" || pop[0].PurchaseCount != 3 || pop[1].ID != "9" {
		t.Fatalf("popular: %+v %+v", pop[0], pop[1])
	}
	if free := all("pricing=free"); len(free) != 8 { // i%7 == 0 for i in 1..56
		t.Fatalf("free: %d", len(free))
	}
	for _, p := range all("pricing=paid&minPrice=3000&maxPrice=4000") {
		if priceOf(p).Cmp(big.NewInt(3000)) < 0 || priceOf(p).Cmp(big.NewInt(4000)) > 0 {
			t.Fatalf("price range: %s", p.PricePerSecond)
		}
	}
	if s := all("seller=" + owners[1].Hex()); len(s) != 19 {
		t.Fatalf("seller filter: %d", len(s))
	}
	if s := all("stream=" + stream.Hex()); len(s) != 5 {
		t.Fatalf("stream filter: %d", len(s))
	}
	if s := all("q=product"); len(s) != n-1 {
		t.Fatalf("text on metadata: %d", len(s))
	}
	// A cursor from one query is refused by another.
	var page ProductPage
	e.must(200, e.do("GET", "/api/v1/products?limit=2&sort=newest", nil)).json(t, &page)
	e.must(400, e.do("GET", "/api/v1/products?limit=2&sort=price_asc&cursor="+*page.NextCursor, nil)).problem(t)
	e.must(400, e.do("GET", "/api/v1/products?limit=2&pricing=free&cursor="+*page.NextCursor, nil)).problem(t)
}

func TestViews(t *testing.T) {
	e := newEnv(t)
	buyerKey, _ := crypto.GenerateKey()
	buyer := crypto.PubkeyToAddress(buyerKey.PublicKey)
	seller := addrN(1)
	e.insertProduct(productRow{id: 1, owner: seller, streams: []common.Address{addrN(2)}, price: big.NewInt(10)})
	e.insertProduct(productRow{id: 2, owner: seller, streams: []common.Address{addrN(3)}, price: big.NewInt(20)})
	now := time.Now().Unix()
	e.insertPurchase(1, buyer, 100, big.NewInt(1000), now+3600, nil, 0)
	e.insertPurchase(2, buyer, 100, big.NewInt(2000), now-3600, nil, 0)
	e.insertPurchase(2, addrN(9), 100, big.NewInt(2000), now+3600, nil, 0)
	e.insertFlag(1, buyer, "stale data")
	e.insertFlag(1, addrN(9), "gaps")
	e.insertFlag(1, addrN(10), "wrong units")
	e.insertKarma(seller, ether(10), time.Now())
	e.insertKarma(buyer, ether(5), time.Now().Add(-30*24*time.Hour)) // one half-life ago

	tok := e.signIn(buyerKey)
	var lic struct{ Items []LicenseView }
	e.must(200, e.do("GET", "/api/v1/me/licenses?status=active", nil, withToken(tok))).json(t, &lic)
	if len(lic.Items) != 1 || lic.Items[0].ProductID != "1" || !lic.Items[0].Active {
		t.Fatalf("active licenses %+v", lic)
	}
	e.must(200, e.do("GET", "/api/v1/me/licenses?status=expired", nil, withToken(tok))).json(t, &lic)
	if len(lic.Items) != 1 || lic.Items[0].ProductID != "2" {
		t.Fatalf("expired licenses %+v", lic)
	}
	var pur struct {
		Items      []Purchase
		NextCursor *string
	}
	e.must(200, e.do("GET", "/api/v1/me/purchases?limit=1", nil, withToken(tok))).json(t, &pur)
	if len(pur.Items) != 1 || pur.NextCursor == nil || pur.Items[0].ProductID != "2" {
		t.Fatalf("purchases page 1 %+v", pur)
	}
	e.must(200, e.do("GET", "/api/v1/me/purchases?limit=1&cursor="+*pur.NextCursor, nil, withToken(tok))).json(t, &pur)
	if len(pur.Items) != 1 || pur.NextCursor != nil || pur.Items[0].ProductID != "1" {
		t.Fatalf("purchases page 2 %+v", pur)
	}
	e.must(401, e.do("GET", "/api/v1/me/licenses", nil)).problem(t)

	var sp Seller
	e.must(200, e.do("GET", "/api/v1/sellers/"+seller.Hex(), nil)).json(t, &sp)
	if sp.ProductCount != 2 || sp.SalesCount != 3 || sp.SalesVolume != "5000" || sp.FlagCount != 3 || sp.Karma < 9.99 || len(sp.Products) != 2 {
		t.Fatalf("seller %+v", sp)
	}
	var board struct{ Items []leaderboardEntry }
	e.must(200, e.do("GET", "/api/v1/karma/leaderboard?limit=5", nil)).json(t, &board)
	if len(board.Items) != 2 || board.Items[0].Address != seller || board.Items[1].Karma > 2.6 || board.Items[1].Karma < 2.4 {
		t.Fatalf("leaderboard %+v", board)
	}
	var d ProductDetail
	e.must(200, e.do("GET", "/api/v1/products/1", nil)).json(t, &d)
	if d.FlagCount != 3 || d.PurchaseCount != 1 || d.Seller.Karma < 9.99 {
		t.Fatalf("detail %+v", d)
	}
	var flags struct {
		Items      []Flag
		NextCursor *string
	}
	e.must(200, e.do("GET", "/api/v1/products/1/flags?limit=2", nil)).json(t, &flags)
	if len(flags.Items) != 2 || flags.NextCursor == nil || flags.Items[0].Reason != "wrong units" {
		t.Fatalf("flags %+v", flags)
	}
	e.must(200, e.do("GET", "/api/v1/products/1/flags?limit=2&cursor="+*flags.NextCursor, nil)).json(t, &flags)
	if len(flags.Items) != 1 || flags.Items[0].Reason != "stale data" {
		t.Fatalf("flags page 2 %+v", flags)
	}
	var cats struct {
		Items []struct {
			ID           string
			ProductCount int64
		}
	}
	e.must(200, e.do("GET", "/api/v1/categories", nil)).json(t, &cats)
	if len(cats.Items) != len(DefaultCategories) {
		t.Fatalf("categories %+v", cats)
	}
	e.must(200, e.do("GET", "/healthz", nil))
	e.must(200, e.do("GET", "/readyz", nil))
	if r := e.must(200, e.do("GET", "/metrics", nil)); !strings.Contains(string(r.body), "streamr_market_requests_total") {
		t.Fatal("metrics missing")
	}
	if r := e.must(200, e.do("GET", "/openapi.json", nil)); !strings.Contains(string(r.body), `"openapi":"3.0.3"`) {
		t.Fatalf("openapi: %.100s", r.body)
	}
}

func TestPurchaseStatus(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.must(404, e.do("GET", "/api/v1/purchases/0x"+strings.Repeat("ab", 32), nil)).problem(t)
	// A real transaction on the dev chain (a DATA transfer stands in for a purchase).
	tx := sendTokenTransfer(t, e, 0)
	var st PurchaseStatus
	deadline := time.Now().Add(10 * time.Second)
	for {
		e.must(200, e.do("GET", "/api/v1/purchases/"+tx.Hex(), nil)).json(t, &st)
		if st.Status == "confirmed" || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if st.Status != "confirmed" || st.BlockNumber == nil {
		t.Fatalf("status %+v", st)
	}
	// The indexer writes the purchase row of that transaction.
	e.insertProduct(productRow{id: 3, owner: addrN(1), streams: []common.Address{addrN(2)}})
	e.insertPurchase(3, addrN(5), 60, big.NewInt(60), time.Now().Unix()+60, tx.Bytes(), int64(*st.BlockNumber))
	e.must(200, e.do("GET", "/api/v1/purchases/"+tx.Hex(), nil)).json(t, &st)
	if st.Status != "indexed" || len(st.Purchases) != 1 || st.Purchases[0].ProductID != "3" {
		t.Fatalf("status %+v", st)
	}
	_ = ctx
}

func TestRateLimitAndCORS(t *testing.T) {
	e := newEnv(t, func(c *Config, _ *Deps) {
		c.RateLimit, c.RateBurst = 1, 3
		c.AllowedOrigins = []string{"https://dapp.example"}
	})
	for i := 0; i < 3; i++ {
		e.must(200, e.do("GET", "/healthz", nil))
	}
	r := e.must(429, e.do("GET", "/healthz", nil))
	r.problem(t)
	if r.header.Get("Retry-After") == "" {
		t.Fatal("no Retry-After")
	}
	time.Sleep(1100 * time.Millisecond)
	r = e.must(204, e.do("OPTIONS", "/api/v1/products", nil, withHeader("Origin", "https://dapp.example"),
		withHeader("Access-Control-Request-Method", "GET")))
	if r.header.Get("Access-Control-Allow-Origin") != "https://dapp.example" || r.header.Get("Access-Control-Allow-Credentials") != "true" {
		t.Fatalf("CORS headers %v", r.header)
	}
	r = e.do("OPTIONS", "/api/v1/products", nil, withHeader("Origin", "https://evil.example"), withHeader("Access-Control-Request-Method", "GET"))
	if r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("CORS allowed an unknown origin: %v", r.header)
	}
}

func priceOf(p Product) *big.Int {
	v, _ := new(big.Int).SetString(p.PricePerSecond, 10)
	return v
}

// TestSessionLifetime: a session started with the message the API prepares lasts SessionTTL,
// not the few minutes a nonce lives; a message whose expiration time has passed (within the
// tolerated clock skew) starts no session; the Bearer scheme is case-insensitive.
func TestSessionLifetime(t *testing.T) {
	e := newEnv(t, func(c *Config, _ *Deps) { c.SessionTTL = 2 * time.Hour })
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)

	var n nonceResponse
	e.must(200, e.do("GET", "/api/v1/auth/nonce?address="+addr.Hex(), nil)).json(t, &n)
	sig, _ := siwe.Sign(n.Message, key)
	var s sessionResponse
	e.must(200, e.do("POST", "/api/v1/auth/verify", map[string]string{"message": n.Message, "signature": hexBytes(sig)})).json(t, &s)
	if s.ExpiresAt.Sub(n.ExpiresAt) < time.Hour {
		t.Fatalf("session ends at %s, with the nonce (%s); SessionTTL is 2h", s.ExpiresAt, n.ExpiresAt)
	}
	var got sessionResponse
	e.must(200, e.do("GET", "/api/v1/auth/session", nil, withHeader("Authorization", "bearer "+s.Token))).json(t, &got)
	if got.Address != addr || !got.ExpiresAt.Equal(s.ExpiresAt) {
		t.Fatalf("session %+v, signed in %+v", got, s)
	}

	// Expired a few seconds ago: within ClockSkew for Check, but no session can start.
	e.must(200, e.do("GET", "/api/v1/auth/nonce", nil)).json(t, &n)
	now := time.Now().UTC().Truncate(time.Second)
	m := &siwe.Message{Domain: "market.test", Address: addr, URI: "http://market.test", Version: "1", ChainID: 1337,
		Nonce: n.Nonce, IssuedAt: now.Add(-time.Minute), ExpirationTime: now.Add(-5 * time.Second)}
	sig, _ = siwe.Sign(m.String(), key)
	e.must(401, e.do("POST", "/api/v1/auth/verify", map[string]string{"message": m.String(), "signature": hexBytes(sig)})).problem(t)
}
