package ipfs

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/ipfs/boxo/verifcid"
	"github.com/ipfs/go-cid"
)

// cacheControlImmutable is sent with every file: content under a CID never
// changes. max-age is 48 weeks, as kubo's gateway sends.
const cacheControlImmutable = "public, max-age=29030400, immutable"

// sniffLen is how much of a file is read to guess its type.
const sniffLen = 3072

// Handler returns an http.Handler serving stored files as a read-only path
// gateway at Config.GatewayPath + "{cid}" (default /ipfs/{cid}), for GET
// and HEAD, with Range requests. An optional ?filename= names the file: it
// picks the Content-Type by extension and is sent in Content-Disposition
// (attachment with &download=true, inline otherwise). Errors are RFC 7807
// problem+json: 400 for a malformed CID, 404 for content not stored here.
func (n *Node) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(n.cfg.GatewayPath+"{cid}", n.serveFile)
	mux.HandleFunc(n.cfg.GatewayPath, func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, http.StatusNotFound, "expected "+n.cfg.GatewayPath+"{cid}; paths inside a DAG are not served")
	})
	return mux
}

func (n *Node) serveFile(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeProblem(w, r, http.StatusMethodNotAllowed, "")
		return
	}
	c, err := cid.Decode(r.PathValue("cid"))
	if err != nil {
		writeProblem(w, r, http.StatusBadRequest, "invalid CID: "+err.Error())
		return
	}
	if err := verifcid.ValidateCid(verifcid.DefaultAllowlist, c); err != nil {
		writeProblem(w, r, http.StatusBadRequest, "unsupported CID: "+err.Error())
		return
	}
	f, err := n.Get(r.Context(), c)
	switch {
	case err == nil:
	case errors.Is(err, ErrNotFound):
		writeProblem(w, r, http.StatusNotFound, "no content with CID "+c.String()+" is stored on this node")
		return
	case errors.Is(err, ErrNotFile):
		writeProblem(w, r, http.StatusNotImplemented, "CID "+c.String()+" is not a UnixFS file; only files are served")
		return
	case errors.Is(err, ErrClosed):
		writeProblem(w, r, http.StatusServiceUnavailable, "")
		return
	default:
		n.log.Error("gateway: open file", "cid", c, "err", err)
		writeProblem(w, r, http.StatusInternalServerError, "")
		return
	}
	defer f.Close()

	filename := r.URL.Query().Get("filename")
	contentType, err := fileContentType(filename, f)
	if err != nil {
		n.log.Error("gateway: read file", "cid", c, "err", err)
		writeProblem(w, r, http.StatusInternalServerError, "")
		return
	}

	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("ETag", `"`+c.String()+`"`)
	h.Set("Cache-Control", cacheControlImmutable)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Ipfs-Path", "/ipfs/"+c.String())
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Expose-Headers", "Content-Range, Content-Length, ETag, X-Ipfs-Path")
	if scriptable(contentType) {
		// The gateway may share an origin with the market API: never let a
		// stored document run script there.
		h.Set("Content-Security-Policy", "sandbox")
	}
	if filename != "" {
		disposition := "inline"
		if r.URL.Query().Get("download") == "true" {
			disposition = "attachment"
		}
		if v := mime.FormatMediaType(disposition, map[string]string{"filename": filename}); v != "" {
			h.Set("Content-Disposition", v)
		}
	}
	// ServeContent answers Range, If-Range and If-None-Match (against the
	// ETag above) and HEAD.
	http.ServeContent(w, r, "", time.Time{}, f)
}

// fileContentType picks the Content-Type of f, by the extension of filename
// if it has a known one, else by sniffing f's first bytes. It leaves f at
// offset 0.
func fileContentType(filename string, f *File) (string, error) {
	if filename != "" {
		if ct := typeByExtension(path.Ext(filename)); ct != "" {
			return ct, nil
		}
	}
	head := make([]byte, min(int64(sniffLen), f.Size()))
	if _, err := io.ReadFull(f, head); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	return sniffContentType(head, int64(len(head)) == f.Size()), nil
}

// extensionTypes overrides the system MIME table for the documents the
// marketplace expects, so that the answer does not depend on the host.
var extensionTypes = map[string]string{
	".md":       "text/markdown; charset=utf-8",
	".markdown": "text/markdown; charset=utf-8",
	".txt":      "text/plain; charset=utf-8",
	".json":     "application/json",
	".html":     "text/html; charset=utf-8",
	".htm":      "text/html; charset=utf-8",
	".pdf":      "application/pdf",
	".csv":      "text/csv; charset=utf-8",
}

func typeByExtension(ext string) string {
	ext = strings.ToLower(ext)
	if ext == "" {
		return ""
	}
	if ct, ok := extensionTypes[ext]; ok {
		return ct
	}
	return mime.TypeByExtension(ext)
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// sniffContentType guesses a Content-Type from the first bytes of a file;
// complete tells whether head is the whole file. On top of
// http.DetectContentType it recognises JSON documents (an object or array)
// and Markdown (headings, fenced code, links).
func sniffContentType(head []byte, complete bool) string {
	body := bytes.TrimPrefix(head, utf8BOM)
	if looksLikeJSON(body, complete) {
		return "application/json"
	}
	ct := http.DetectContentType(head)
	if ct == "text/plain; charset=utf-8" && looksLikeMarkdown(body) {
		return "text/markdown; charset=utf-8"
	}
	return ct
}

// looksLikeJSON reports whether b is a JSON object or array, or, when b is
// only the start of the file, a valid beginning of one.
func looksLikeJSON(b []byte, complete bool) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || (b[0] != '{' && b[0] != '[') {
		return false
	}
	if complete {
		return json.Valid(b)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		switch {
		case err == nil:
			continue
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			// The prefix ran out without a syntax error.
			return true
		default:
			return false
		}
	}
}

var (
	mdHeading = regexp.MustCompile(`^ {0,3}#{1,6}[ \t]+\S`)
	mdFence   = regexp.MustCompile("^ {0,3}(?:```|~~~)")
	mdSetext  = regexp.MustCompile(`^ {0,3}(?:={3,}|-{3,})[ \t]*$`)
	mdLink    = regexp.MustCompile(`\[[^\]\n]+\]\([^)\s]+\)`)
)

// looksLikeMarkdown reports whether text has Markdown structure: an ATX or
// setext heading, a code fence or an inline link.
func looksLikeMarkdown(text []byte) bool {
	prevText := false
	for line := range bytes.Lines(text) {
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case mdHeading.Match(line):
			return true
		case mdFence.Match(line):
			return true
		case prevText && mdSetext.Match(line):
			return true
		case mdLink.Match(line):
			return true
		}
		prevText = len(bytes.TrimSpace(line)) > 0
	}
	return false
}

// scriptable reports whether a browser may run script from a document of
// this type.
func scriptable(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "text/xml", "application/xml", "text/xsl":
		return true
	}
	// Browsers render every */*+xml type as an XML document (XHTML, SVG, but also RSS, Atom,
	// RDF, XSLT, MathML, ...), where an element in the XHTML namespace runs script.
	return strings.HasSuffix(mt, "+xml")
}

// problem is an RFC 7807 problem details object.
type problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

func writeProblem(w http.ResponseWriter, r *http.Request, status int, detail string) {
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	_ = json.NewEncoder(w).Encode(problem{
		Type:     "about:blank",
		Title:    http.StatusText(status),
		Status:   status,
		Detail:   detail,
		Instance: r.URL.Path,
	})
}
