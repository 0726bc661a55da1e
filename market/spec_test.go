package market

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
)

// checkSpec validates a response against the operation "METHOD /path/{param}" of the OpenAPI
// document: kin-openapi's response validation, and no JSON field the schema does not declare
// (the document does not forbid extra fields, so validation alone would not notice them).
func checkSpec(t testing.TB, op string, r resp) {
	t.Helper()
	a, err := loadOpenAPI()
	if err != nil {
		t.Fatal(err)
	}
	route := a.routes[op]
	if route == nil {
		t.Fatalf("no operation %s in openapi.yaml", op)
	}
	method, path, _ := strings.Cut(op, " ")
	req, _ := http.NewRequest(method, path, nil)
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}},
		Status: r.status, Header: r.header, Body: io.NopCloser(bytes.NewReader(r.body)),
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Errorf("%s: response %d does not match openapi.yaml: %v", op, r.status, err)
		return
	}
	resp := route.Operation.Responses.Status(r.status)
	if resp == nil {
		resp = route.Operation.Responses.Default()
	}
	mt := resp.Value.Content.Get(strings.Split(r.header.Get("Content-Type"), ";")[0])
	if mt == nil || mt.Schema == nil {
		return
	}
	var v any
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("%s: %v", op, err)
	}
	var undeclared []string
	undeclaredFields(mt.Schema.Value, v, "", &undeclared)
	sort.Strings(undeclared)
	if len(undeclared) > 0 {
		t.Errorf("%s: fields missing from openapi.yaml: %s", op, strings.Join(undeclared, ", "))
	}
}

func undeclaredFields(s *openapi3.Schema, v any, at string, out *[]string) {
	if s == nil {
		return
	}
	props := map[string]*openapi3.SchemaRef{}
	for k, p := range s.Properties {
		props[k] = p
	}
	for _, sub := range s.AllOf {
		for k, p := range sub.Value.Properties {
			props[k] = p
		}
		if sub.Value.Items != nil && s.Items == nil {
			s = &openapi3.Schema{Items: sub.Value.Items}
		}
	}
	switch v := v.(type) {
	case map[string]any:
		if len(props) == 0 {
			return // a free-form object
		}
		for k, val := range v {
			p, ok := props[k]
			if !ok {
				*out = append(*out, at+k)
				continue
			}
			undeclaredFields(p.Value, val, at+k+".", out)
		}
	case []any:
		if s.Items == nil {
			return
		}
		for _, item := range v {
			undeclaredFields(s.Items.Value, item, at+"[].", out)
		}
	}
}

// TestResponsesMatchSpec: what the handlers answer is what openapi.yaml describes.
func TestResponsesMatchSpec(t *testing.T) {
	e := newEnv(t)
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	stream := addrN(1)
	e.insertStream(stream, me, "spec/stream")

	var n nonceResponse
	r := e.must(200, e.do("GET", "/api/v1/auth/nonce?address="+me.Hex(), nil))
	checkSpec(t, "GET /api/v1/auth/nonce", r)
	r.json(t, &n)
	tok := e.signIn(key)
	auth := withToken(tok)
	checkSpec(t, "GET /api/v1/auth/session", e.must(200, e.do("GET", "/api/v1/auth/session", nil, auth)))

	r = e.must(201, e.do("POST", "/api/v1/terms", []byte("# Terms\n"), auth, withHeader("Content-Type", "text/markdown")))
	checkSpec(t, "POST /api/v1/terms", r)
	var terms Terms
	r.json(t, &terms)
	r = e.must(201, e.do("POST", "/api/v1/listings", map[string]any{"title": "Spec", "category": "energy",
		"streams": []string{stream.Hex()}, "pricePerSecond": "7", "termsCid": terms.CID}, auth))
	checkSpec(t, "POST /api/v1/listings", r)
	var lr ListingResponse
	r.json(t, &lr)
	e.insertProduct(productRow{id: 1, owner: me, streams: []common.Address{stream}, price: big.NewInt(7),
		terms: terms.CID, metadata: lr.Listing.Metadata})
	checkSpec(t, "GET /api/v1/listings/{listingId}", e.must(200, e.do("GET", "/api/v1/listings/"+lr.Listing.ListingID, nil)))
	checkSpec(t, "PATCH /api/v1/listings/{listingId}", e.must(200, e.do("PATCH", "/api/v1/listings/"+lr.Listing.ListingID,
		map[string]any{"pricePerSecond": "8"}, auth)))

	tx := crypto.Keccak256([]byte("spec purchase"))
	e.insertPurchase(1, me, 60, big.NewInt(420), time.Now().Unix()+3600, tx, 0)
	e.insertFlag(1, me, "late")
	e.insertKarma(me, ether(1), time.Now())
	checkSpec(t, "GET /api/v1/products", e.must(200, e.do("GET", "/api/v1/products?limit=1", nil)))
	checkSpec(t, "GET /api/v1/products/{id}", e.must(200, e.do("GET", "/api/v1/products/1", nil)))
	checkSpec(t, "GET /api/v1/products/{id}/flags", e.must(200, e.do("GET", "/api/v1/products/1/flags", nil)))
	checkSpec(t, "GET /api/v1/me/licenses", e.must(200, e.do("GET", "/api/v1/me/licenses", nil, auth)))
	checkSpec(t, "GET /api/v1/me/purchases", e.must(200, e.do("GET", "/api/v1/me/purchases", nil, auth)))
	checkSpec(t, "GET /api/v1/sellers/{address}", e.must(200, e.do("GET", "/api/v1/sellers/"+me.Hex(), nil)))
	checkSpec(t, "GET /api/v1/karma/leaderboard", e.must(200, e.do("GET", "/api/v1/karma/leaderboard", nil)))
	checkSpec(t, "GET /api/v1/categories", e.must(200, e.do("GET", "/api/v1/categories", nil)))
	checkSpec(t, "GET /api/v1/products/{id}", e.must(404, e.do("GET", "/api/v1/products/2", nil)))
}

// TestSpecSecurity: the operations that need a session say so in openapi.yaml, and those
// that do not need one answer without it.
func TestSpecSecurity(t *testing.T) {
	e := newEnv(t)
	a := e.svc.api
	needs := map[string]bool{}
	for _, r := range []struct {
		op, path, ctype, body string
	}{
		{"GET /api/v1/auth/session", "/api/v1/auth/session", "", ""},
		{"POST /api/v1/terms", "/api/v1/terms", "text/markdown", "# Terms\n"},
		{"POST /api/v1/listings", "/api/v1/listings", "application/json", `{"title":"t","category":"energy","streams":["0x0000000000000000000000000000000000005001"],"pricePerSecond":"1","termsCid":"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}`},
		{"PATCH /api/v1/listings/{listingId}", "/api/v1/listings/" + strings.Repeat("a", 32), "application/json", `{"title":"t"}`},
		{"GET /api/v1/me/licenses", "/api/v1/me/licenses", "", ""},
		{"GET /api/v1/me/purchases", "/api/v1/me/purchases", "", ""},
	} {
		method, _, _ := strings.Cut(r.op, " ")
		var body any
		if r.body != "" {
			body = []byte(r.body)
		}
		var opts []reqOpt
		if r.ctype != "" {
			opts = append(opts, withHeader("Content-Type", r.ctype))
		}
		e.must(401, e.do(method, r.path, body, opts...)).problem(t)
		needs[r.op] = true
	}
	for op, route := range a.routes {
		sec := route.Operation.Security
		if sec == nil {
			sec = &a.doc.Security
		}
		declared := len(*sec) > 0
		if needs[op] && !declared {
			t.Errorf("%s needs a session; openapi.yaml has no security for it", op)
		}
		if declared && !needs[op] && op != "POST /api/v1/auth/logout" {
			t.Errorf("%s declares security but works without a session", op)
		}
	}
}
