package market

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// seed100k writes 100,000 products as the indexer would (product_events), each tied to a
// listing with a title, tags and a category, plus purchases for popularity.
func seed100k(b *testing.B, e *env) {
	b.Helper()
	ctx := context.Background()
	start := time.Now()
	words := `'{weather,traffic,energy,air,quality,stock,price,sensor,gps,fleet,parking,solar,wind,water,noise,crypto,market,health,social,rail}'`
	_, err := e.pool.Exec(ctx, `
		INSERT INTO market_listings (listing_id, seller, title, description, category, tags, streams, price_per_second,
			min_seconds, terms_cid, beneficiary, metadata)
		SELECT lpad(to_hex(i), 32, '0'), decode(lpad(to_hex(i % 500), 40, '0'), 'hex'),
		       (`+words+`::text[])[1 + i % 20] || ' ' || (`+words+`::text[])[1 + (i / 20) % 20] || ' feed ' || i,
		       'Real-time ' || (`+words+`::text[])[1 + (i / 7) % 20] || ' data from city ' || (i % 97),
		       (ARRAY['environment','transportation','finance','energy','iot','social','health','industry','other'])[1 + i % 9],
		       ARRAY[(`+words+`::text[])[1 + i % 20], (`+words+`::text[])[1 + (i / 3) % 20]],
		       ARRAY[decode(lpad(to_hex(i), 40, '0'), 'hex')], (i % 50) * 1000, 0, 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
		       decode(lpad(to_hex(i % 500), 40, '0'), 'hex'), '{"listing":"' || lpad(to_hex(i), 32, '0') || '"}'
		FROM generate_series(1, 100000) AS i`)
	if err != nil {
		b.Fatal(err)
	}
	_, err = e.pool.Exec(ctx, `
		INSERT INTO product_events (product_id, kind, owner, beneficiary, streams, price_per_second, min_seconds, terms_cid,
			metadata, block_time, block_number, block_hash, log_index, tx_hash)
		SELECT i, 'created', seller, beneficiary, streams, price_per_second, 0, terms_cid, metadata,
		       now() - (100000 - i) * interval '1 second', 1000 + i / 10, sha256(int8send(i)), i % 10, sha256(int8send(-i))
		FROM (SELECT ('x' || right(listing_id, 16))::bit(64)::bigint AS i, * FROM market_listings) l`)
	if err != nil {
		b.Fatal(err)
	}
	_, err = e.pool.Exec(ctx, `
		INSERT INTO purchases (product_id, buyer, payer, seconds, price, fee, new_expiry, block_time, block_number, block_hash,
			log_index, tx_hash)
		SELECT (i * 7919) % 100000 + 1, decode(lpad(to_hex(i), 40, 'f'), 'hex'), decode(lpad(to_hex(i), 40, 'f'), 'hex'),
		       3600, 1000, 10, 2000000000, now(), 200000 + i, sha256(int8send(i + 1000000)), 0, sha256(int8send(i + 2000000))
		FROM generate_series(1, 20000) AS i`)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := e.pool.Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	var n int
	if err := e.pool.QueryRow(ctx, `SELECT count(*) FROM market_products WHERE listing_id IS NOT NULL`).Scan(&n); err != nil || n != 100000 {
		b.Fatalf("seeded %d products: %v", n, err)
	}
	b.Logf("seeded 100k products in %s", time.Since(start).Round(time.Millisecond))
}

// benchQueries is the mix of searches both benchmarks run.
var benchQueries = []string{
	"",
	"q=weather",
	"q=solar+wind&sort=price_asc",
	"category=energy&sort=popular",
	"tag=traffic&pricing=paid",
	"seller=0x00000000000000000000000000000000000000" + "2a",
	"minPrice=10000&maxPrice=20000&sort=price_desc",
	"sort=popular",
	"q=parking+feed&category=finance",
	"pricing=free&sort=newest",
}

func runSearchBench(b *testing.B, h http.Handler) {
	// One warm-up round, also checking every query succeeds.
	for _, q := range benchQueries {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/api/v1/products?"+q, nil)
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%s: %d %s", q, rec.Code, rec.Body)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := benchQueries[i%len(benchQueries)]
		req := httptest.NewRequest("GET", "/api/v1/products?"+q, nil)
		req.RemoteAddr = fmt.Sprintf("10.0.%d.%d:1234", i/250%250, i%250)
		rec := httptest.NewRecorder()
		t0 := time.Now()
		h.ServeHTTP(rec, req)
		lat = append(lat, time.Since(t0))
		if rec.Code != 200 {
			b.Fatalf("%s: %d", q, rec.Code)
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[int(float64(len(lat)-1)*p)].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkProductSearch100k runs searches through the full market handler (OpenAPI
// validation, rate limiting, sessions, metrics, problem errors) over 100,000 products.
func BenchmarkProductSearch100k(b *testing.B) {
	e := newEnv(b, func(c *Config, _ *Deps) { c.RateLimit = 1e9 })
	seed100k(b, e)
	runSearchBench(b, e.svc.Handler())
}

// BenchmarkBareEcho runs the same searches (same SQL, same JSON) from a bare Echo handler
// with no middleware: the ceiling the market handler is compared with.
func BenchmarkBareEcho(b *testing.B) {
	e := newEnv(b)
	seed100k(b, e)
	bare := echo.New()
	bare.GET("/api/v1/products", func(c echo.Context) error {
		p, err := parseSearch(c.QueryParams(), 20, 100)
		if err != nil {
			return err
		}
		page, err := e.svc.search(c.Request().Context(), p)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, page)
	})
	runSearchBench(b, bare)
}
