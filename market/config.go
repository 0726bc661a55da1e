package market

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
)

// Category is one product category listings may use.
type Category struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// DefaultCategories are the categories of a market with none configured.
var DefaultCategories = []Category{
	{"environment", "Environment"},
	{"transportation", "Transportation"},
	{"finance", "Finance"},
	{"energy", "Energy"},
	{"iot", "IoT & Sensors"},
	{"social", "Social"},
	{"health", "Health"},
	{"industry", "Industry"},
	{"other", "Other"},
}

// Config configures the market API.
type Config struct {
	// Addr, when set, is where Start serves the API (host:port). Leave it empty to mount
	// Handler in a server of your own.
	Addr string

	// Domain is the SIWE domain (host[:port]) messages must name. Empty: the request's Host.
	Domain string
	// Scheme, when set, is the scheme SIWE messages that name one must name ("https").
	Scheme string

	// AllowedOrigins for CORS; "*" allows any origin (without credentials).
	AllowedOrigins []string
	// TrustedProxies (CIDRs) may set X-Forwarded-For; the client IP of anyone else is the
	// connection's address.
	TrustedProxies []string

	SessionTTL   time.Duration
	NonceTTL     time.Duration
	CookieName   string
	CookieSecure bool
	// ClockSkew tolerated on SIWE issued-at / expiration times.
	ClockSkew time.Duration

	// RateLimit is requests per second per client IP (token bucket of RateBurst); 0 disables.
	RateLimit float64
	RateBurst int

	MaxBodyBytes  int64
	MaxTermsBytes int64
	// RequestTimeout bounds each request's database and chain work.
	RequestTimeout time.Duration

	// GatewayURL is the public IPFS gateway prefix for terms links, ending in "/ipfs/".
	GatewayURL string

	KarmaHalfLife time.Duration
	// QuoteTTL is how long a quote (and a permit it asks to sign) stays valid.
	QuoteTTL time.Duration
	// IdempotencyTTL is how long a stored Idempotency-Key response is replayed.
	IdempotencyTTL time.Duration
	// LeaderboardCacheTTL caches the karma leaderboard.
	LeaderboardCacheTTL time.Duration

	PageSize    int
	MaxPageSize int

	Categories []Category
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		AllowedOrigins:      []string{"*"},
		SessionTTL:          24 * time.Hour,
		NonceTTL:            5 * time.Minute,
		CookieName:          "streamr_session",
		ClockSkew:           time.Minute,
		RateLimit:           50,
		RateBurst:           100,
		MaxBodyBytes:        1 << 20,
		MaxTermsBytes:       64 << 10,
		RequestTimeout:      10 * time.Second,
		GatewayURL:          "http://127.0.0.1:8080/ipfs/",
		KarmaHalfLife:       30 * 24 * time.Hour,
		QuoteTTL:            15 * time.Minute,
		IdempotencyTTL:      24 * time.Hour,
		LeaderboardCacheTTL: 30 * time.Second,
		PageSize:            20,
		MaxPageSize:         100,
		Categories:          DefaultCategories,
	}
}

func (c Config) withDefaults() (Config, error) {
	d := DefaultConfig()
	if len(c.AllowedOrigins) == 0 {
		c.AllowedOrigins = d.AllowedOrigins
	}
	setDur := func(v *time.Duration, def time.Duration, name string) error {
		if *v == 0 {
			*v = def
		}
		if *v < 0 {
			return fmt.Errorf("market: config: %s is negative", name)
		}
		return nil
	}
	for _, f := range []struct {
		v    *time.Duration
		def  time.Duration
		name string
	}{
		{&c.SessionTTL, d.SessionTTL, "SessionTTL"}, {&c.NonceTTL, d.NonceTTL, "NonceTTL"},
		{&c.ClockSkew, d.ClockSkew, "ClockSkew"}, {&c.RequestTimeout, d.RequestTimeout, "RequestTimeout"},
		{&c.KarmaHalfLife, d.KarmaHalfLife, "KarmaHalfLife"}, {&c.QuoteTTL, d.QuoteTTL, "QuoteTTL"},
		{&c.IdempotencyTTL, d.IdempotencyTTL, "IdempotencyTTL"},
		{&c.LeaderboardCacheTTL, d.LeaderboardCacheTTL, "LeaderboardCacheTTL"},
	} {
		if err := setDur(f.v, f.def, f.name); err != nil {
			return c, err
		}
	}
	if c.CookieName == "" {
		c.CookieName = d.CookieName
	}
	if c.RateLimit < 0 {
		return c, errors.New("market: config: RateLimit is negative")
	}
	if c.RateBurst <= 0 {
		c.RateBurst = max(1, int(c.RateLimit*2))
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxTermsBytes <= 0 {
		c.MaxTermsBytes = d.MaxTermsBytes
	}
	if c.MaxTermsBytes > c.MaxBodyBytes {
		c.MaxBodyBytes = c.MaxTermsBytes
	}
	if c.GatewayURL == "" {
		c.GatewayURL = d.GatewayURL
	}
	if u, err := url.Parse(c.GatewayURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return c, fmt.Errorf("market: config: GatewayURL %q is not an http(s) URL", c.GatewayURL)
	}
	if !strings.HasSuffix(c.GatewayURL, "/") {
		c.GatewayURL += "/"
	}
	if c.PageSize <= 0 {
		c.PageSize = d.PageSize
	}
	if c.MaxPageSize <= 0 {
		c.MaxPageSize = d.MaxPageSize
	}
	if c.PageSize > c.MaxPageSize {
		return c, errors.New("market: config: PageSize exceeds MaxPageSize")
	}
	if len(c.Categories) == 0 {
		c.Categories = d.Categories
	}
	for _, p := range c.TrustedProxies {
		if _, _, err := net.ParseCIDR(p); err != nil {
			return c, fmt.Errorf("market: config: TrustedProxies entry %q: %w", p, err)
		}
	}
	return c, nil
}
