package ipfs

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

func TestGateway(t *testing.T) {
	n, _ := newNode(t, nil)
	srv := httptest.NewServer(n.Handler())
	t.Cleanup(srv.Close)
	t.Cleanup(srv.Client().CloseIdleConnections)

	jsonDoc := []byte(`{"title": "Terms", "license": "CC-BY-4.0", "days": 30}`)
	mdDoc := []byte("# Terms of use\n\nYou may not resell the data.\n")
	textDoc := []byte("These are plain terms without any markup.\n")
	bigDoc := patternBytes(2*ChunkSize + 100)
	jsonCID := mustAdd(t, n, jsonDoc)
	mdCID := mustAdd(t, n, mdDoc)
	textCID := mustAdd(t, n, textDoc)
	bigCID := mustAdd(t, n, bigDoc)
	missing := "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" // empty file, never added
	md5CID, err := cid.NewPrefixV1(cid.Raw, mh.MD5).Sum(textDoc)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name        string
		method      string
		path        string
		header      map[string]string
		wantStatus  int
		wantType    string
		wantBody    []byte // nil: not checked
		wantHeaders map[string]string
	}{
		{
			name: "json sniffed", path: "/ipfs/" + jsonCID.String(),
			wantStatus: 200, wantType: "application/json", wantBody: jsonDoc,
			wantHeaders: map[string]string{
				"ETag":           `"` + jsonCID.String() + `"`,
				"Cache-Control":  "public, max-age=29030400, immutable",
				"Content-Length": "54",
				"X-Ipfs-Path":    "/ipfs/" + jsonCID.String(),
			},
		},
		{
			name: "markdown sniffed", path: "/ipfs/" + mdCID.String(),
			wantStatus: 200, wantType: "text/markdown; charset=utf-8", wantBody: mdDoc,
		},
		{
			name: "plain text sniffed", path: "/ipfs/" + textCID.String(),
			wantStatus: 200, wantType: "text/plain; charset=utf-8", wantBody: textDoc,
		},
		{
			name: "markdown by filename", path: "/ipfs/" + textCID.String() + "?filename=terms.md",
			wantStatus: 200, wantType: "text/markdown; charset=utf-8", wantBody: textDoc,
			wantHeaders: map[string]string{"Content-Disposition": `inline; filename=terms.md`},
		},
		{
			name: "download", path: "/ipfs/" + jsonCID.String() + "?filename=Nutzungsbedingungen%20%C3%BC.json&download=true",
			wantStatus: 200, wantType: "application/json",
			wantHeaders: map[string]string{"Content-Disposition": `attachment; filename*=utf-8''Nutzungsbedingungen%20%C3%BC.json`},
		},
		{
			name: "html is sandboxed", path: "/ipfs/" + textCID.String() + "?filename=x.html",
			wantStatus: 200, wantType: "text/html; charset=utf-8",
			wantHeaders: map[string]string{"Content-Security-Policy": "sandbox"},
		},
		{
			name: "unknown extension sniffs", path: "/ipfs/" + jsonCID.String() + "?filename=terms",
			wantStatus: 200, wantType: "application/json",
		},
		{
			name: "binary", path: "/ipfs/" + bigCID.String(),
			wantStatus: 200, wantType: "application/octet-stream", wantBody: bigDoc,
		},
		{
			name: "range across chunks", path: "/ipfs/" + bigCID.String(),
			header:     map[string]string{"Range": "bytes=262140-262149"},
			wantStatus: 206, wantBody: bigDoc[262140:262150],
			wantHeaders: map[string]string{
				"Content-Range":  "bytes 262140-262149/524388",
				"Content-Length": "10",
			},
		},
		{
			name: "suffix range", path: "/ipfs/" + mdCID.String(),
			header:     map[string]string{"Range": "bytes=-5"},
			wantStatus: 206, wantBody: mdDoc[len(mdDoc)-5:],
		},
		{
			name: "unsatisfiable range", path: "/ipfs/" + mdCID.String(),
			header:     map[string]string{"Range": "bytes=1000-"},
			wantStatus: 416,
		},
		{
			name: "if-none-match", path: "/ipfs/" + mdCID.String(),
			header:     map[string]string{"If-None-Match": `"` + mdCID.String() + `"`},
			wantStatus: 304, wantBody: []byte{},
		},
		{
			name: "head", method: http.MethodHead, path: "/ipfs/" + bigCID.String(),
			wantStatus: 200, wantType: "application/octet-stream", wantBody: []byte{},
			wantHeaders: map[string]string{"Content-Length": "524388", "ETag": `"` + bigCID.String() + `"`},
		},
		{
			name: "bad cid", path: "/ipfs/not-a-cid",
			wantStatus: 400, wantType: "application/problem+json",
		},
		{
			name: "insecure hash", path: "/ipfs/" + md5CID.String(),
			wantStatus: 400, wantType: "application/problem+json",
		},
		{
			name: "not local", path: "/ipfs/" + missing,
			wantStatus: 404, wantType: "application/problem+json",
		},
		{
			name: "path inside dag", path: "/ipfs/" + mdCID.String() + "/file.md",
			wantStatus: 404, wantType: "application/problem+json",
		},
		{
			name: "post", method: http.MethodPost, path: "/ipfs/" + mdCID.String(),
			wantStatus: 405, wantType: "application/problem+json",
			wantHeaders: map[string]string{"Allow": "GET, HEAD"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := tc.method
			if method == "" {
				method = http.MethodGet
			}
			req, err := http.NewRequest(method, srv.URL+tc.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tc.wantStatus {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tc.wantStatus, body)
			}
			if tc.wantType != "" {
				if got := resp.Header.Get("Content-Type"); got != tc.wantType {
					t.Errorf("Content-Type %q, want %q", got, tc.wantType)
				}
			}
			for k, want := range tc.wantHeaders {
				if got := resp.Header.Get(k); got != want {
					t.Errorf("%s: %q, want %q", k, got, want)
				}
			}
			if tc.wantBody != nil && !bytes.Equal(body, tc.wantBody) {
				t.Errorf("body: %d bytes, want %d (%q)", len(body), len(tc.wantBody), truncate(body))
			}
			if tc.wantType == "application/problem+json" && method != http.MethodHead {
				var p problem
				if err := json.Unmarshal(body, &p); err != nil {
					t.Fatalf("problem body %q: %v", body, err)
				}
				if p.Status != tc.wantStatus || p.Title != http.StatusText(tc.wantStatus) || p.Type != "about:blank" {
					t.Errorf("problem %+v", p)
				}
			}
		})
	}
}

// TestGatewaySandboxesXML: every type a browser renders as an XML document, where XHTML
// script runs, is sent with Content-Security-Policy: sandbox, not only XHTML and SVG.
func TestGatewaySandboxesXML(t *testing.T) {
	// Fix the types of the extensions used here, whatever the host's MIME table says.
	for ext, typ := range map[string]string{".rss": "application/rss+xml", ".atom": "application/atom+xml",
		".rdf": "application/rdf+xml", ".xslt": "application/xslt+xml", ".mml": "application/mathml+xml",
		".xhtml": "application/xhtml+xml"} {
		if err := mime.AddExtensionType(ext, typ); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := newNode(t, nil)
	doc := []byte(`<rss xmlns:x="http://www.w3.org/1999/xhtml"><x:script>alert(document.domain)</x:script></rss>`)
	c := mustAdd(t, n, doc)
	for _, name := range []string{"feed.rss", "feed.atom", "data.rdf", "style.xslt", "formula.mml", "image.svg", "page.xhtml", "doc.xml"} {
		t.Run(name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			n.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ipfs/"+c.String()+"?filename="+name, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Security-Policy"); got != "sandbox" {
				t.Errorf("%s served as %q with Content-Security-Policy %q", name, rec.Header().Get("Content-Type"), got)
			}
		})
	}
	for _, ct := range []string{"text/plain; charset=utf-8", "application/json", "text/markdown; charset=utf-8", "application/pdf"} {
		if scriptable(ct) {
			t.Errorf("%s is sandboxed", ct)
		}
	}
}

func truncate(b []byte) string {
	if len(b) > 64 {
		return string(b[:64]) + "…"
	}
	return string(b)
}

func TestGatewayCustomPath(t *testing.T) {
	n, _ := newNode(t, func(c *Config) { c.GatewayPath = "/api/v1/ipfs/" })
	c := mustAdd(t, n, []byte("hello"))
	rec := httptest.NewRecorder()
	n.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/ipfs/"+c.String(), nil))
	if rec.Code != 200 || rec.Body.String() != "hello" {
		t.Fatalf("status %d body %q", rec.Code, rec.Body)
	}
}

func TestSniffContentType(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		complete bool
		want     string
	}{
		{"empty", "", true, "text/plain; charset=utf-8"},
		{"json object", ` {"a": [1, 2, {"b": null}]}`, true, "application/json"},
		{"json array", "[1,2,3]\n", true, "application/json"},
		{"json with BOM", "\xEF\xBB\xBF{\"a\":1}", true, "application/json"},
		{"truncated json", `{"a": "some long str`, false, "application/json"},
		{"broken json", `{"a": 1,,}`, true, "text/plain; charset=utf-8"},
		{"json scalar", `"just a string"`, true, "text/plain; charset=utf-8"},
		{"two json values", `{} {}`, true, "text/plain; charset=utf-8"},
		{"atx heading", "Intro\n\n## Licence\nText", true, "text/markdown; charset=utf-8"},
		{"setext heading", "Terms\n=====\n\nText", true, "text/markdown; charset=utf-8"},
		{"fence", "text\n```go\ncode\n```\n", true, "text/markdown; charset=utf-8"},
		{"link", "See [the licence](https://example.org/l).", true, "text/markdown; charset=utf-8"},
		{"hashtag is not a heading", "#streamr rocks\n", true, "text/plain; charset=utf-8"},
		{"plain", "Just words.\nMore words.", true, "text/plain; charset=utf-8"},
		{"html", "<!DOCTYPE html><html><body>x</body></html>", true, "text/html; charset=utf-8"},
		{"pdf", "%PDF-1.7\n", true, "application/pdf"},
		{"binary", "\x00\x01\x02\x03", true, "application/octet-stream"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sniffContentType([]byte(tc.in), tc.complete); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzSniffContentType(f *testing.F) {
	for _, s := range []string{"", "{}", `{"a":`, "# x", "```", "[a](b)", "\xEF\xBB\xBF[", "x\n---"} {
		f.Add([]byte(s), true)
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, b []byte, complete bool) {
		ct := sniffContentType(b, complete)
		if ct == "" {
			t.Fatal("empty content type")
		}
		if complete && ct == "application/json" && !json.Valid(bytes.TrimPrefix(b, utf8BOM)) {
			t.Fatalf("%q called JSON but is not valid JSON", b)
		}
		if ct == "text/markdown; charset=utf-8" && !strings.HasPrefix(http.DetectContentType(b), "text/plain") {
			t.Fatalf("%q called Markdown but is not text", b)
		}
	})
}
