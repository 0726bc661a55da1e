package server

import (
	"net/http"
	"net/netip"
	"testing"
)

// TestClientAddr: a connection counts against its peer's address unless the peer is a
// trusted proxy; then against the nearest X-Forwarded-For address that is not a trusted
// proxy, so that addresses a client writes into the header itself are never believed.
func TestClientAddr(t *testing.T) {
	s := &Server{cfg: Config{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:ff::/48")}}}
	for _, c := range []struct {
		name, remote string
		xff          []string
		want         string // "" : invalid
	}{
		{"untrusted peer, header ignored", "203.0.113.1:5", []string{"198.51.100.7"}, "203.0.113.1"},
		{"trusted peer names the client", "10.0.0.2:5", []string{"198.51.100.7"}, "198.51.100.7"},
		{"a chain of trusted proxies is skipped", "10.0.0.2:5", []string{"198.51.100.7, 10.0.0.9"}, "198.51.100.7"},
		{"what the client wrote is not reached", "10.0.0.2:5", []string{"6.6.6.6, 198.51.100.7"}, "198.51.100.7"},
		{"several header lines read as one list", "10.0.0.2:5", []string{"6.6.6.6", "198.51.100.7, 10.1.2.3"}, "198.51.100.7"},
		{"only trusted hops: the farthest", "10.0.0.2:5", []string{"10.1.1.1"}, "10.1.1.1"},
		{"garbled hop: the nearest proxy", "10.0.0.2:5", []string{"198.51.100.7, not-an-ip"}, "10.0.0.2"},
		{"no header: the proxy", "10.0.0.2:5", nil, "10.0.0.2"},
		{"IPv4 written as IPv6 is trusted", "[::ffff:10.0.0.2]:5", []string{"2001:db8::5"}, "2001:db8::5"},
		{"IPv6 proxy, IPv4 client written as IPv6", "[2001:db8:ff::1]:443", []string{"::ffff:198.51.100.7"}, "198.51.100.7"},
		{"unparsable peer", "pipe", []string{"198.51.100.7"}, ""},
	} {
		r := &http.Request{RemoteAddr: c.remote, Header: http.Header{}}
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		got := s.clientAddr(r)
		if (c.want == "" && got.IsValid()) || (c.want != "" && got != netip.MustParseAddr(c.want)) {
			t.Errorf("%s: %v, want %q", c.name, got, c.want)
		}
	}
}
