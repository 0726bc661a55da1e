package market

import (
	"net/url"
	"testing"
)

func TestOpenAPILoads(t *testing.T) {
	a, err := loadOpenAPI()
	if err != nil {
		t.Fatal(err)
	}
	// Every API route has an operation.
	for _, r := range []string{"GET /api/v1/products", "GET /api/v1/products/{id}", "POST /api/v1/products/{id}/quote",
		"POST /api/v1/listings", "PATCH /api/v1/listings/{listingId}", "POST /api/v1/terms", "GET /api/v1/purchases/{txHash}"} {
		if a.routes[r] == nil {
			t.Errorf("no operation for %s", r)
		}
	}
}

func FuzzSearchParams(f *testing.F) {
	f.Add("q=weather&category=environment&tag=finland&sort=price_asc&limit=10")
	f.Add("seller=0x0000000000000000000000000000000000005001&minPrice=1&maxPrice=99&pricing=paid")
	f.Add("cursor=eyJzIjoibmV3ZXN0IiwiaSI6IjEifQ&sort=newest")
	f.Add("limit=-1&q=%00")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		p, err := parseSearch(q, 20, 100)
		if err != nil {
			if _, ok := err.(*Problem); !ok {
				t.Fatalf("error is not a problem: %T %v", err, err)
			}
			if err.(*Problem).Status != 400 {
				t.Fatalf("status %d", err.(*Problem).Status)
			}
			return
		}
		if p.Limit < 1 || p.Limit > 100 || !sorts[p.Sort] {
			t.Fatalf("accepted %+v", p)
		}
		sql, args := searchSQL(p)
		if len(args) == 0 || sql == "" {
			t.Fatal("no query")
		}
	})
}

func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(cursor{Sort: "newest", Block: 5, ID: "12"}))
	f.Add(encodeCursor(cursor{Sort: "price_asc", Num: "100", ID: "1"}))
	f.Add("!!!")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decodeCursor(s)
		if err != nil {
			return
		}
		if c.Block < 0 || c.Count < 0 || c.Log < 0 {
			t.Fatalf("accepted %+v", c)
		}
		if c.ID != "" {
			if _, err := parseUint256(c.ID); err != nil {
				t.Fatal(err)
			}
		}
	})
}
