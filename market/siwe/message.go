// Package siwe implements Sign-In with Ethereum (EIP-4361): building, parsing and checking
// messages, and verifying their signatures (EIP-191 personal_sign by an externally owned
// account, or ERC-1271 isValidSignature by a contract account).
//
// Parse follows the EIP's ABNF strictly: a message that does not match it is rejected, and a
// message that Parse accepts renders back byte for byte with String.
package siwe

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Version is the only message version EIP-4361 defines.
const Version = "1"

const (
	headerSuffix   = " wants you to sign in with your Ethereum account:"
	tagURI         = "URI: "
	tagVersion     = "Version: "
	tagChainID     = "Chain ID: "
	tagNonce       = "Nonce: "
	tagIssuedAt    = "Issued At: "
	tagExpiration  = "Expiration Time: "
	tagNotBefore   = "Not Before: "
	tagRequestID   = "Request ID: "
	tagResources   = "Resources:"
	resourcePrefix = "- "

	// MaxMessageSize bounds what Parse looks at; real messages are a few hundred bytes.
	MaxMessageSize = 16 << 10
	// MinNonceLength is the shortest nonce the ABNF allows.
	MinNonceLength = 8
)

// Sentinel errors; every error Parse and Check return wraps one of them.
var (
	// ErrMalformed: the text is not an EIP-4361 message.
	ErrMalformed = errors.New("siwe: malformed message")
	// ErrInvalid: the message is well formed but does not satisfy the relying party's
	// expectations (domain, chain, nonce, validity window).
	ErrInvalid = errors.New("siwe: message not valid")
	// ErrExpired: the expiration time has passed.
	ErrExpired = errors.New("siwe: message expired")
	// ErrNotYetValid: the not-before time has not come.
	ErrNotYetValid = errors.New("siwe: message not yet valid")
	// ErrBadSignature: the signature is not the address's.
	ErrBadSignature = errors.New("siwe: invalid signature")
)

// Message is one EIP-4361 message. Optional fields are empty (or zero times) when absent.
type Message struct {
	Scheme         string // optional, e.g. "https"
	Domain         string // RFC 3986 authority
	Address        common.Address
	Statement      string // optional, one line
	URI            string
	Version        string
	ChainID        uint64
	Nonce          string
	IssuedAt       time.Time
	ExpirationTime time.Time // optional
	NotBefore      time.Time // optional
	RequestID      string    // optional
	Resources      []string  // optional

	// The date-time texts as they appeared in a parsed message, so that String reproduces
	// the signed bytes exactly (RFC 3339 allows several spellings of one instant).
	issuedAtText, expirationText, notBeforeText string
}

// String renders the message in the EIP-4361 format (the bytes the wallet signs).
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme)
		b.WriteString("://")
	}
	b.WriteString(m.Domain)
	b.WriteString(headerSuffix)
	b.WriteByte('\n')
	b.WriteString(m.Address.Hex())
	b.WriteString("\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(tagURI + m.URI + "\n")
	b.WriteString(tagVersion + m.Version + "\n")
	b.WriteString(tagChainID + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString(tagNonce + m.Nonce + "\n")
	b.WriteString(tagIssuedAt + timeText(m.IssuedAt, m.issuedAtText))
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\n" + tagExpiration + timeText(m.ExpirationTime, m.expirationText))
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\n" + tagNotBefore + timeText(m.NotBefore, m.notBeforeText))
	}
	if m.RequestID != "" {
		b.WriteString("\n" + tagRequestID + m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\n" + tagResources)
		for _, r := range m.Resources {
			b.WriteString("\n" + resourcePrefix + r)
		}
	}
	return b.String()
}

func timeText(t time.Time, parsed string) string {
	if parsed != "" {
		if p, err := time.Parse(time.RFC3339Nano, parsed); err == nil && p.Equal(t) {
			return parsed
		}
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// Validate checks every field against the ABNF, as Parse would.
func (m *Message) Validate() error {
	if m.Scheme != "" && !isScheme(m.Scheme) {
		return malformed("scheme %q", m.Scheme)
	}
	if !isAuthority(m.Domain) {
		return malformed("domain %q", m.Domain)
	}
	if !isStatement(m.Statement) {
		return malformed("statement contains characters the ABNF does not allow")
	}
	if !isURI(m.URI) {
		return malformed("URI %q", m.URI)
	}
	if m.Version != Version {
		return malformed("version %q (want %q)", m.Version, Version)
	}
	if !isNonce(m.Nonce) {
		return malformed("nonce must be at least %d letters or digits", MinNonceLength)
	}
	if m.IssuedAt.IsZero() {
		return malformed("issued-at is required")
	}
	if !isPchars(m.RequestID) {
		return malformed("request id %q", m.RequestID)
	}
	for _, r := range m.Resources {
		if !isURI(r) {
			return malformed("resource %q", r)
		}
	}
	return nil
}

// Parse reads an EIP-4361 message, strictly per the ABNF: line endings are LF only, fields
// appear in order, the address is EIP-55 checksummed, and nothing follows the last field.
func Parse(s string) (*Message, error) {
	if len(s) > MaxMessageSize {
		return nil, malformed("longer than %d bytes", MaxMessageSize)
	}
	if strings.ContainsRune(s, '\r') {
		return nil, malformed("contains CR (lines must end with LF)")
	}
	lines := strings.Split(s, "\n")
	p := &lineReader{lines: lines}
	m := &Message{}

	header, ok := p.next()
	if !ok || !strings.HasSuffix(header, headerSuffix) {
		return nil, malformed("first line must end with %q", headerSuffix)
	}
	origin := strings.TrimSuffix(header, headerSuffix)
	if i := strings.Index(origin, "://"); i >= 0 {
		m.Scheme, origin = origin[:i], origin[i+3:]
		if !isScheme(m.Scheme) {
			return nil, malformed("scheme %q", m.Scheme)
		}
	}
	if !isAuthority(origin) {
		return nil, malformed("domain %q", origin)
	}
	m.Domain = origin

	addr, ok := p.next()
	if !ok {
		return nil, malformed("missing address")
	}
	if !isChecksummedAddress(addr) {
		return nil, malformed("address %q is not an EIP-55 checksummed address", addr)
	}
	m.Address = common.HexToAddress(addr)

	if l, ok := p.next(); !ok || l != "" {
		return nil, malformed("expected an empty line after the address")
	}
	// Either "statement LF LF" or just "LF" before the URI line.
	l, ok := p.next()
	if !ok {
		return nil, malformed("missing URI")
	}
	if l != "" {
		if !isStatement(l) {
			return nil, malformed("statement contains characters the ABNF does not allow")
		}
		m.Statement = l
		if l2, ok := p.next(); !ok || l2 != "" {
			return nil, malformed("expected an empty line after the statement")
		}
	}

	var err error
	if m.URI, err = p.field(tagURI, true); err != nil {
		return nil, err
	}
	if !isURI(m.URI) {
		return nil, malformed("URI %q", m.URI)
	}
	if m.Version, err = p.field(tagVersion, true); err != nil {
		return nil, err
	}
	if m.Version != Version {
		return nil, malformed("version %q (want %q)", m.Version, Version)
	}
	chain, err := p.field(tagChainID, true)
	if err != nil {
		return nil, err
	}
	if !isDigits(chain) {
		return nil, malformed("chain id %q", chain)
	}
	if m.ChainID, err = strconv.ParseUint(chain, 10, 64); err != nil {
		return nil, malformed("chain id %q out of range", chain)
	}
	if m.Nonce, err = p.field(tagNonce, true); err != nil {
		return nil, err
	}
	if !isNonce(m.Nonce) {
		return nil, malformed("nonce must be at least %d letters or digits", MinNonceLength)
	}
	if m.issuedAtText, err = p.field(tagIssuedAt, true); err != nil {
		return nil, err
	}
	if m.IssuedAt, err = parseDateTime(m.issuedAtText); err != nil {
		return nil, malformed("issued-at: %v", err)
	}
	if m.expirationText, err = p.field(tagExpiration, false); err != nil {
		return nil, err
	}
	if m.expirationText != "" {
		if m.ExpirationTime, err = parseDateTime(m.expirationText); err != nil {
			return nil, malformed("expiration time: %v", err)
		}
	}
	if m.notBeforeText, err = p.field(tagNotBefore, false); err != nil {
		return nil, err
	}
	if m.notBeforeText != "" {
		if m.NotBefore, err = parseDateTime(m.notBeforeText); err != nil {
			return nil, malformed("not before: %v", err)
		}
	}
	if m.RequestID, err = p.field(tagRequestID, false); err != nil {
		return nil, err
	}
	if m.RequestID != "" && !isPchars(m.RequestID) {
		return nil, malformed("request id %q", m.RequestID)
	}
	if l, ok := p.peek(); ok && l == tagResources {
		p.next()
		for {
			r, ok := p.next()
			if !ok {
				break
			}
			if !strings.HasPrefix(r, resourcePrefix) || !isURI(r[len(resourcePrefix):]) {
				return nil, malformed("resource line %q", r)
			}
			m.Resources = append(m.Resources, r[len(resourcePrefix):])
		}
	}
	if l, ok := p.next(); ok {
		return nil, malformed("unexpected line %q", truncate(l))
	}
	// Render-back check: guards against anything the line reader let through twice over
	// (e.g. an empty optional field).
	if m.String() != s {
		return nil, malformed("not in canonical EIP-4361 form")
	}
	return m, nil
}

// CheckOptions are the relying party's expectations of a message.
type CheckOptions struct {
	Domain  string // required: the message's domain must equal it
	Scheme  string // when set, a message that names a scheme must name this one
	ChainID uint64 // when non-zero, the message's chain id must equal it
	Nonce   string // when set, the message's nonce must equal it
	Now     time.Time
	// MaxAge bounds how long ago the message may have been issued (0: no bound).
	MaxAge time.Duration
	// Skew tolerated between the wallet's clock and ours.
	Skew time.Duration
}

// Check verifies the message's content (not its signature) against opts.
func (m *Message) Check(opts CheckOptions) error {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	if opts.Domain == "" || !strings.EqualFold(m.Domain, opts.Domain) {
		return fmt.Errorf("%w: domain %q is not %q", ErrInvalid, m.Domain, opts.Domain)
	}
	if opts.Scheme != "" && m.Scheme != "" && !strings.EqualFold(m.Scheme, opts.Scheme) {
		return fmt.Errorf("%w: scheme %q is not %q", ErrInvalid, m.Scheme, opts.Scheme)
	}
	if opts.ChainID != 0 && m.ChainID != opts.ChainID {
		return fmt.Errorf("%w: chain id %d is not %d", ErrInvalid, m.ChainID, opts.ChainID)
	}
	if opts.Nonce != "" && m.Nonce != opts.Nonce {
		return fmt.Errorf("%w: unexpected nonce", ErrInvalid)
	}
	if m.IssuedAt.After(now.Add(opts.Skew)) {
		return fmt.Errorf("%w: issued in the future (%s)", ErrInvalid, m.IssuedAt.Format(time.RFC3339))
	}
	if opts.MaxAge > 0 && now.Sub(m.IssuedAt) > opts.MaxAge+opts.Skew {
		return fmt.Errorf("%w: issued more than %s ago", ErrExpired, opts.MaxAge)
	}
	if !m.ExpirationTime.IsZero() && !now.Before(m.ExpirationTime.Add(opts.Skew)) {
		return fmt.Errorf("%w at %s", ErrExpired, m.ExpirationTime.Format(time.RFC3339))
	}
	if !m.NotBefore.IsZero() && now.Add(opts.Skew).Before(m.NotBefore) {
		return fmt.Errorf("%w until %s", ErrNotYetValid, m.NotBefore.Format(time.RFC3339))
	}
	return nil
}

type lineReader struct {
	lines []string
	i     int
}

func (r *lineReader) next() (string, bool) {
	if r.i >= len(r.lines) {
		return "", false
	}
	r.i++
	return r.lines[r.i-1], true
}

func (r *lineReader) peek() (string, bool) {
	if r.i >= len(r.lines) {
		return "", false
	}
	return r.lines[r.i], true
}

// field reads "tag value"; an optional field that is absent yields "".
func (r *lineReader) field(tag string, required bool) (string, error) {
	l, ok := r.peek()
	if !ok || !strings.HasPrefix(l, tag) {
		if required {
			return "", malformed("missing %q line", strings.TrimSpace(tag))
		}
		return "", nil
	}
	r.i++
	v := l[len(tag):]
	if v == "" {
		return "", malformed("empty %q", strings.TrimSpace(tag))
	}
	return v, nil
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

func truncate(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}

// parseDateTime parses an RFC 3339 date-time (the ABNF's date-time).
func parseDateTime(s string) (time.Time, error) {
	// time.Parse accepts a few things RFC 3339 does not (e.g. a lower-case 't' is fine in
	// both, but a missing zone is not); check the shape first.
	if len(s) < len("2006-01-02T15:04:05Z") || len(s) > 64 {
		return time.Time{}, errors.New("not an RFC 3339 date-time")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 't' || c == 'Z' || c == 'z') {
			return time.Time{}, errors.New("not an RFC 3339 date-time")
		}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, errors.New("not an RFC 3339 date-time")
	}
	return t, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isHex(c byte) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isNonce(s string) bool {
	if len(s) < MinNonceLength {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isScheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

const (
	subDelims  = "!$&'()*+,;="
	genDelims  = ":/?#[]@"
	unreserved = "-._~"
)

func isUnreserved(c byte) bool {
	return isAlpha(c) || isDigit(c) || strings.IndexByte(unreserved, c) >= 0
}

// isStatement: *( reserved / unreserved / " " ).
func isStatement(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && c != ' ' && strings.IndexByte(genDelims, c) < 0 && strings.IndexByte(subDelims, c) < 0 {
			return false
		}
	}
	return true
}

// isPchars: *pchar, pchar = unreserved / pct-encoded / sub-delims / ":" / "@".
func isPchars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isUnreserved(c), strings.IndexByte(subDelims, c) >= 0, c == ':', c == '@':
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return true
}

// isAuthority: [ userinfo "@" ] host [ ":" port ] (RFC 3986).
func isAuthority(s string) bool {
	if s == "" || len(s) > 255 {
		return false
	}
	host := s
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		ui := host[:i]
		for j := 0; j < len(ui); j++ {
			c := ui[j]
			if !isUnreserved(c) && strings.IndexByte(subDelims, c) < 0 && c != ':' && c != '%' {
				return false
			}
		}
		host = host[i+1:]
	}
	if strings.HasPrefix(host, "[") {
		end := strings.IndexByte(host, ']')
		if end < 0 {
			return false
		}
		for j := 1; j < end; j++ {
			c := host[j]
			if !isHex(c) && c != ':' && c != '.' {
				return false
			}
		}
		if end == 1 {
			return false
		}
		host = host[end+1:]
		if host == "" {
			return true
		}
		return host[0] == ':' && (len(host) == 1 || isDigits(host[1:]))
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		if port := host[i+1:]; port != "" && !isDigits(port) {
			return false
		}
		host = host[:i]
	}
	if host == "" {
		return false
	}
	for j := 0; j < len(host); j++ {
		c := host[j]
		switch {
		case isUnreserved(c), strings.IndexByte(subDelims, c) >= 0:
		case c == '%':
			if j+2 >= len(host) || !isHex(host[j+1]) || !isHex(host[j+2]) {
				return false
			}
			j += 2
		default:
			return false
		}
	}
	return true
}

// isURI: an absolute RFC 3986 URI (scheme ":" hier-part ...), printable ASCII without spaces.
func isURI(s string) bool {
	if s == "" || len(s) > 2048 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f || strings.IndexByte(`"<>\^`+"`{|}", s[i]) >= 0 {
			return false
		}
	}
	i := strings.IndexByte(s, ':')
	if i <= 0 || !isScheme(s[:i]) {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme != ""
}

func isChecksummedAddress(s string) bool {
	if len(s) != 42 || s[0] != '0' || s[1] != 'x' {
		return false
	}
	for i := 2; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return common.HexToAddress(s).Hex() == s
}
