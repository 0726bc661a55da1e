package market

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"
	"golang.org/x/time/rate"
)

// errorHandler renders every error as an RFC 7807 problem document.
func (s *Service) errorHandler(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	p := s.toProblem(err, c)
	p.Instance = c.Request().URL.Path
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, "application/problem+json")
	if p.retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(p.retryAfter))
	}
	if p.Status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="streamr-market"`)
	}
	c.Response().WriteHeader(p.Status)
	if c.Request().Method == http.MethodHead {
		return
	}
	if err := json.NewEncoder(c.Response()).Encode(p); err != nil {
		s.log.Debug("writing a problem document", "err", err)
	}
}

func (s *Service) toProblem(err error, c echo.Context) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		cp := *p
		return &cp
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		detail := ""
		if m, ok := he.Message.(string); ok {
			detail = m
		}
		switch he.Code {
		case http.StatusNotFound:
			return notFound("no such resource: %s", c.Request().URL.Path)
		case http.StatusMethodNotAllowed:
			return problem(http.StatusMethodNotAllowed, "method-not-allowed", "method %s not allowed", c.Request().Method)
		case http.StatusRequestEntityTooLarge:
			return problem(http.StatusRequestEntityTooLarge, "too-large", "request body exceeds %d bytes", s.cfg.MaxBodyBytes)
		case http.StatusUnsupportedMediaType:
			return problem(http.StatusUnsupportedMediaType, "unsupported-media-type", "%s", detail)
		}
		if he.Code >= 400 && he.Code < 500 {
			return problem(he.Code, "http-error", "%s", detail)
		}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return problem(http.StatusGatewayTimeout, "timeout", "the request took too long")
	}
	if errors.Is(err, context.Canceled) {
		// The client went away; nobody reads this.
		return problem(499, "canceled", "request canceled")
	}
	s.log.Error("request failed", "method", c.Request().Method, "path", c.Path(), "err", err)
	return problem(http.StatusInternalServerError, "internal", "internal error")
}

// observe records metrics and logs slow or failed requests.
func (s *Service) observe(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			c.Error(err)
		}
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		status := c.Response().Status
		elapsed := time.Since(start)
		s.metrics.requests.WithLabelValues(route, c.Request().Method, strconv.Itoa(status)).Inc()
		s.metrics.duration.WithLabelValues(route, c.Request().Method).Observe(elapsed.Seconds())
		if status >= 500 || elapsed > time.Second {
			s.log.Warn("request", "method", c.Request().Method, "route", route, "status", status, "elapsed", elapsed)
		}
		return nil
	}
}

// timeout bounds each request's work.
func (s *Service) timeout(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx, cancel := context.WithTimeout(c.Request().Context(), s.cfg.RequestTimeout)
		defer cancel()
		c.SetRequest(c.Request().WithContext(ctx))
		return next(c)
	}
}

// securityHeaders sets headers every response should carry.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-store")
		return next(c)
	}
}

// ---- CORS ----

func (s *Service) cors(next echo.HandlerFunc) echo.HandlerFunc {
	any := false
	allowed := map[string]bool{}
	for _, o := range s.cfg.AllowedOrigins {
		if o == "*" {
			any = true
		} else {
			allowed[strings.TrimSuffix(o, "/")] = true
		}
	}
	return func(c echo.Context) error {
		req := c.Request()
		origin := req.Header.Get(echo.HeaderOrigin)
		h := c.Response().Header()
		h.Add(echo.HeaderVary, echo.HeaderOrigin)
		if origin == "" {
			return next(c)
		}
		switch {
		case allowed[origin]:
			h.Set(echo.HeaderAccessControlAllowOrigin, origin)
			h.Set(echo.HeaderAccessControlAllowCredentials, "true")
		case any:
			h.Set(echo.HeaderAccessControlAllowOrigin, "*")
		default:
			if req.Method == http.MethodOptions {
				return c.NoContent(http.StatusNoContent) // no CORS headers: the browser refuses
			}
			return next(c)
		}
		h.Set(echo.HeaderAccessControlExposeHeaders, "Retry-After, Idempotency-Replayed")
		if req.Method == http.MethodOptions && req.Header.Get(echo.HeaderAccessControlRequestMethod) != "" {
			h.Set(echo.HeaderAccessControlAllowMethods, "GET, POST, PATCH, OPTIONS")
			h.Set(echo.HeaderAccessControlAllowHeaders, "Authorization, Content-Type, Idempotency-Key")
			h.Set(echo.HeaderAccessControlMaxAge, "600")
			return c.NoContent(http.StatusNoContent)
		}
		return next(c)
	}
}

// ---- rate limiting ----

type limiterEntry struct {
	lim  *rate.Limiter
	seen time.Time
}

// ipLimiter is a token bucket per client IP.
type ipLimiter struct {
	r     rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*limiterEntry
	swept time.Time
}

const maxLimiterEntries = 100_000

func newIPLimiter(perSecond float64, burst int) (*ipLimiter, error) {
	if perSecond < 0 || math.IsNaN(perSecond) {
		return nil, fmt.Errorf("market: rate limit %v", perSecond)
	}
	return &ipLimiter{r: rate.Limit(perSecond), burst: burst, m: map[string]*limiterEntry{}}, nil
}

// allow takes a token from ip's bucket; it returns how long to wait when there is none.
func (l *ipLimiter) allow(ip string, now time.Time) (bool, time.Duration) {
	if l.r == 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.m) >= maxLimiterEntries || now.Sub(l.swept) > time.Minute {
		l.sweepLocked(now)
	}
	e := l.m[ip]
	if e == nil {
		e = &limiterEntry{lim: rate.NewLimiter(l.r, l.burst)}
		l.m[ip] = e
	}
	e.seen = now
	r := e.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (l *ipLimiter) sweep(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweepLocked(now)
}

func (l *ipLimiter) sweepLocked(now time.Time) {
	l.swept = now
	// An idle bucket refills within burst/r seconds; entries idle longer are equivalent to new.
	idle := time.Duration(float64(l.burst)/float64(l.r)*float64(time.Second)) + time.Second
	for ip, e := range l.m {
		if now.Sub(e.seen) > idle {
			delete(l.m, ip)
		}
	}
	if len(l.m) >= maxLimiterEntries { // under a flood of addresses, forget everyone
		clear(l.m)
	}
}

func (s *Service) rateLimit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		ok, wait := s.limiter.allow(c.RealIP(), time.Now())
		if !ok {
			s.metrics.rateLimited.Inc()
			p := problem(http.StatusTooManyRequests, "rate-limited", "too many requests; retry in %s", wait.Round(time.Millisecond))
			p.retryAfter = int(math.Ceil(wait.Seconds()))
			return p
		}
		return next(c)
	}
}

// ipExtractor returns the client IP: the connection's address, or X-Forwarded-For's
// right-most untrusted hop when the connection comes from a trusted proxy.
func ipExtractor(trusted []string) echo.IPExtractor {
	if len(trusted) == 0 {
		return echo.ExtractIPDirect()
	}
	var opts []echo.TrustOption
	opts = append(opts, echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false))
	for _, cidr := range trusted {
		_, n, err := net.ParseCIDR(cidr)
		if err == nil {
			opts = append(opts, echo.TrustIPRange(n))
		}
	}
	return echo.ExtractIPFromXFFHeader(opts...)
}

// ---- idempotency ----

const idempotencyHeader = "Idempotency-Key"

type captureWriter struct {
	http.ResponseWriter
	buf    bytes.Buffer
	status int
}

func (w *captureWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *captureWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if w.buf.Len() < 1<<20 {
		w.buf.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// idempotent replays the stored response of an earlier request with the same
// Idempotency-Key (and the same body); a retry with another body is refused.
func (s *Service) idempotent(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		key := c.Request().Header.Get(idempotencyHeader)
		if key == "" {
			return next(c)
		}
		if len(key) < 8 || len(key) > 128 {
			return invalidParam("header", idempotencyHeader, "must be 8 to 128 characters")
		}
		body, err := io.ReadAll(c.Request().Body)
		if err != nil {
			return badRequest("reading the request body: %v", err)
		}
		c.Request().Body = io.NopCloser(bytes.NewReader(body))
		h := sha256.New()
		h.Write([]byte(c.Request().Header.Get(echo.HeaderContentType)))
		h.Write([]byte{0})
		h.Write(body)
		hash := h.Sum(nil)
		scope := "ip:" + c.RealIP()
		if addr, ok := sessionAddress(c); ok {
			scope = "addr:" + strings.ToLower(addr.Hex())
		}
		route := c.Request().Method + " " + c.Path()
		ctx := c.Request().Context()
		pool := s.deps.Pool

		tag, err := pool.Exec(ctx, `INSERT INTO idempotency_keys (scope, key, route, request_hash) VALUES ($1, $2, $3, $4)
			ON CONFLICT (scope, key) DO NOTHING`, scope, key, route, hash)
		if err != nil {
			return fmt.Errorf("market: idempotency key: %w", err)
		}
		if tag.RowsAffected() == 0 {
			var (
				storedRoute string
				storedHash  []byte
				status      *int
				ctype       *string
				stored      []byte
			)
			err := pool.QueryRow(ctx, `SELECT route, request_hash, status, content_type, body FROM idempotency_keys
				WHERE scope = $1 AND key = $2`, scope, key).Scan(&storedRoute, &storedHash, &status, &ctype, &stored)
			if errors.Is(err, pgx.ErrNoRows) {
				return conflict("the request with this Idempotency-Key was just cleaned up; retry")
			}
			if err != nil {
				return fmt.Errorf("market: idempotency key: %w", err)
			}
			if storedRoute != route || !bytes.Equal(storedHash, hash) {
				return unprocessable("Idempotency-Key %q was used for a different request", key)
			}
			if status == nil {
				p := conflict("a request with this Idempotency-Key is still being processed")
				p.retryAfter = 1
				return p
			}
			c.Response().Header().Set("Idempotency-Replayed", "true")
			ct := "application/json"
			if ctype != nil {
				ct = *ctype
			}
			return c.Blob(*status, ct, stored)
		}

		cw := &captureWriter{ResponseWriter: c.Response().Writer}
		c.Response().Writer = cw
		herr := next(c)
		c.Response().Writer = cw.ResponseWriter
		if herr != nil {
			// c.Error writes through c.Response(), which no longer captures: errors are not
			// stored, so that a retry can succeed.
			if _, err := pool.Exec(context.WithoutCancel(ctx), `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2`, scope, key); err != nil {
				s.log.Warn("releasing an idempotency key", "err", err)
			}
			return herr
		}
		status := cw.status
		if status == 0 {
			status = c.Response().Status
		}
		if status >= 500 {
			_, _ = pool.Exec(context.WithoutCancel(ctx), `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2`, scope, key)
			return nil
		}
		if _, err := pool.Exec(context.WithoutCancel(ctx), `UPDATE idempotency_keys SET status = $3, content_type = $4, body = $5
			WHERE scope = $1 AND key = $2`, scope, key, status, c.Response().Header().Get(echo.HeaderContentType), cw.buf.Bytes()); err != nil {
			s.log.Warn("storing an idempotent response", "err", err)
		}
		return nil
	}
}
