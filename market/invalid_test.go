package market

import (
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestInvalidInput: every kind of bad request gets a 4xx problem document, never a 500.
func TestInvalidInput(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	tok := e.signIn(key)
	e.insertProduct(productRow{id: 1, owner: addrN(1), streams: []common.Address{addrN(2)}})
	auth := withToken(tok)
	validListing := `{"title":"t","category":"energy","streams":["0x0000000000000000000000000000000000005001"],"pricePerSecond":"1","termsCid":"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}`
	cases := []struct {
		name, method, path, body string
		opts                     []reqOpt
		status                   int
	}{
		{"unknown route", "GET", "/api/v1/nothing", "", nil, 404},
		{"unknown root", "GET", "/foo", "", nil, 404},
		{"method", "DELETE", "/api/v1/products", "", nil, 405},
		{"product id letters", "GET", "/api/v1/products/abc", "", nil, 400},
		{"product id negative", "GET", "/api/v1/products/-1", "", nil, 400},
		{"product id huge", "GET", "/api/v1/products/" + strings.Repeat("9", 80), "", nil, 400},
		{"product missing", "GET", "/api/v1/products/999", "", nil, 404},
		{"limit zero", "GET", "/api/v1/products?limit=0", "", nil, 400},
		{"limit huge", "GET", "/api/v1/products?limit=1000", "", nil, 400},
		{"limit text", "GET", "/api/v1/products?limit=ten", "", nil, 400},
		{"sort", "GET", "/api/v1/products?sort=random", "", nil, 400},
		{"cursor junk", "GET", "/api/v1/products?cursor=zzz", "", nil, 400},
		{"cursor chars", "GET", "/api/v1/products?cursor=%00%01", "", nil, 400},
		{"seller", "GET", "/api/v1/products?seller=0x123", "", nil, 400},
		{"stream", "GET", "/api/v1/products?stream=nothex", "", nil, 400},
		{"price", "GET", "/api/v1/products?minPrice=1.5", "", nil, 400},
		{"price range", "GET", "/api/v1/products?minPrice=10&maxPrice=1", "", nil, 400},
		{"pricing", "GET", "/api/v1/products?pricing=cheap", "", nil, 400},
		{"category", "GET", "/api/v1/products?category=NOT%20OK", "", nil, 400},
		{"q too long", "GET", "/api/v1/products?q=" + strings.Repeat("a", 300), "", nil, 400},
		{"q twice", "GET", "/api/v1/products?q=a&q=b", "", nil, 400},
		{"seller path", "GET", "/api/v1/sellers/0xzz", "", nil, 400},
		{"tx hash", "GET", "/api/v1/purchases/0x1234", "", nil, 400},
		{"listing id", "GET", "/api/v1/listings/XYZ", "", nil, 400},
		{"listing missing", "GET", "/api/v1/listings/" + strings.Repeat("a", 32), "", nil, 404},
		{"leaderboard limit", "GET", "/api/v1/karma/leaderboard?limit=-1", "", nil, 400},
		{"licenses status", "GET", "/api/v1/me/licenses?status=soon", "", []reqOpt{auth}, 400},
		{"flags cursor", "GET", "/api/v1/products/1/flags?cursor=abc", "", nil, 400},
		{"nonce address", "GET", "/api/v1/auth/nonce?address=0x12", "", nil, 400},
		{"verify empty", "POST", "/api/v1/auth/verify", `{}`, nil, 400},
		{"verify not json", "POST", "/api/v1/auth/verify", `hello`, nil, 400},
		{"verify sig", "POST", "/api/v1/auth/verify", `{"message":"x","signature":"nothex"}`, nil, 400},
		{"verify extra", "POST", "/api/v1/auth/verify", `{"message":"x","signature":"0x00","x":1}`, nil, 400},
		{"verify array", "POST", "/api/v1/auth/verify", `[]`, nil, 400},
		{"listing no auth", "POST", "/api/v1/listings", validListing, nil, 401},
		{"listing bad token", "POST", "/api/v1/listings", validListing, []reqOpt{withToken("nope")}, 401},
		{"listing missing fields", "POST", "/api/v1/listings", `{"title":"t"}`, []reqOpt{auth}, 400},
		{"listing unknown field", "POST", "/api/v1/listings", strings.Replace(validListing, `"title"`, `"foo":1,"title"`, 1), []reqOpt{auth}, 400},
		{"listing bad stream", "POST", "/api/v1/listings", strings.Replace(validListing, "0x0000000000000000000000000000000000005001", "0x1", 1), []reqOpt{auth}, 400},
		{"listing dup streams", "POST", "/api/v1/listings", strings.Replace(validListing, `["0x0000000000000000000000000000000000005001"]`, `["0x0000000000000000000000000000000000005001","0x0000000000000000000000000000000000005001"]`, 1), []reqOpt{auth}, 422},
		{"listing category", "POST", "/api/v1/listings", strings.Replace(validListing, "energy", "unknown", 1), []reqOpt{auth}, 422},
		{"listing price too big", "POST", "/api/v1/listings", strings.Replace(validListing, `"pricePerSecond":"1"`, `"pricePerSecond":"99999999999999999999999999999999"`, 1), []reqOpt{auth}, 422},
		{"listing bad cid", "POST", "/api/v1/listings", strings.Replace(validListing, "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", "notacid1", 1), []reqOpt{auth}, 422},
		{"listing minSeconds unbuyable", "POST", "/api/v1/listings", strings.Replace(validListing, `"pricePerSecond":"1"`, `"pricePerSecond":"1","minSeconds":3153600001`, 1), []reqOpt{auth}, 400},
		{"patch minSeconds unbuyable", "PATCH", "/api/v1/listings/" + strings.Repeat("a", 32), `{"minSeconds":3153600001}`, []reqOpt{auth}, 400},
		{"listing wrong type", "POST", "/api/v1/listings", strings.Replace(validListing, `"pricePerSecond":"1"`, `"pricePerSecond":1`, 1), []reqOpt{auth}, 400},
		{"listing content type", "POST", "/api/v1/listings", validListing, []reqOpt{auth, withHeader("Content-Type", "text/plain")}, 415},
		{"listing short idem key", "POST", "/api/v1/listings", validListing, []reqOpt{auth, withHeader("Idempotency-Key", "x")}, 400},
		{"patch empty", "PATCH", "/api/v1/listings/" + strings.Repeat("a", 32), `{}`, []reqOpt{auth}, 400},
		{"patch streams", "PATCH", "/api/v1/listings/" + strings.Repeat("a", 32), `{"streams":[]}`, []reqOpt{auth}, 400},
		{"quote missing", "POST", "/api/v1/products/1/quote", `{}`, nil, 400},
		{"quote method", "POST", "/api/v1/products/1/quote", `{"buyer":"0x0000000000000000000000000000000000005001","seconds":60,"method":"cash"}`, nil, 400},
		{"quote seconds", "POST", "/api/v1/products/1/quote", `{"buyer":"0x0000000000000000000000000000000000005001","seconds":0,"method":"approve"}`, nil, 400},
		{"quote buyer zero", "POST", "/api/v1/products/1/quote", `{"buyer":"0x0000000000000000000000000000000000000000","seconds":60,"method":"approve"}`, nil, 422},
		{"quote key", "POST", "/api/v1/products/1/quote", `{"buyer":"0x0000000000000000000000000000000000005001","seconds":60,"method":"approve","encryptionKey":"0x02` + strings.Repeat("ff", 32) + `"}`, nil, 422},
		{"quote unknown product", "POST", "/api/v1/products/404/quote", `{"buyer":"0x0000000000000000000000000000000000005001","seconds":60,"method":"approve"}`, nil, 404},
		{"body too large", "POST", "/api/v1/auth/verify", `{"message":"` + strings.Repeat("a", 2<<20) + `","signature":"0x00"}`, nil, 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var body any
			if c.body != "" {
				body = c.body
			}
			r := e.do(c.method, c.path, body, c.opts...)
			if r.status != c.status {
				t.Fatalf("status %d, want %d: %s", r.status, c.status, r.body)
			}
			r.problem(t)
		})
	}
}

// TestInvalidInputReasons: a mistyped address is refused for its EIP-55 checksum, not as
// something it is not; a search text is limited in characters, as openapi.yaml says, not bytes.
func TestInvalidInputReasons(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	auth := withToken(e.signIn(key))
	e.insertProduct(productRow{id: 1, owner: addrN(1), streams: []common.Address{addrN(2)}})
	good := "0x52908400098527886E0F7030069857D2E4169EE7" // EIP-55
	bad := "0x52908400098527886e0F7030069857D2E4169EE7"  // one letter's case changed
	listing := func(field, value string) string {
		streams := `["0x0000000000000000000000000000000000005001"]`
		extra := ""
		if field == "streams" {
			streams = `["` + value + `"]`
		} else {
			extra = `,"` + field + `":"` + value + `"`
		}
		return `{"title":"t","category":"energy","streams":` + streams + `,"pricePerSecond":"1",` +
			`"termsCid":"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"` + extra + `}`
	}
	for _, c := range []struct {
		name, method, path, body, field string
	}{
		{"stream", "POST", "/api/v1/listings", listing("streams", bad), "streams"},
		{"beneficiary", "POST", "/api/v1/listings", listing("beneficiary", bad), "beneficiary"},
		{"attester", "POST", "/api/v1/listings", listing("requiredAttester", bad), "requiredAttester"},
		{"buyer", "POST", "/api/v1/products/1/quote", `{"buyer":"` + bad + `","seconds":60,"method":"approve"}`, "buyer"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := e.must(422, e.do(c.method, c.path, c.body, auth)).problem(t)
			if len(p.Errors) != 1 || p.Errors[0].Name != c.field || !strings.Contains(p.Errors[0].Reason, "checksum") {
				t.Fatalf("problem %+v", p)
			}
		})
	}
	e.must(201, e.do("POST", "/api/v1/listings", listing("streams", good), auth))

	cyrillic := strings.Repeat("д", 150) // 150 characters, 300 bytes
	e.must(200, e.do("GET", "/api/v1/products?q="+url.QueryEscape(cyrillic), nil))
	e.must(400, e.do("GET", "/api/v1/products?q="+url.QueryEscape(strings.Repeat("д", 201)), nil)).problem(t)
}
