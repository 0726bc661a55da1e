package market

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/jackc/pgx/v5"
	"github.com/labstack/echo/v4"

	"github.com/streamr-go/streamr/market/siwe"
)

const (
	ctxAddress = "market.address"
	ctxToken   = "market.tokenHash"
	// signInStatement is the statement of the messages the API prepares.
	signInStatement = "Sign in to the Streamr marketplace."
)

// sessionAddress is the signed-in address of the request, if any.
func sessionAddress(c echo.Context) (common.Address, bool) {
	a, ok := c.Get(ctxAddress).(common.Address)
	return a, ok
}

func sessionToken(c echo.Context) string {
	if h := c.Request().Header.Get(echo.HeaderAuthorization); h != "" {
		// The auth scheme is case-insensitive (RFC 9110 section 11.1).
		const scheme = "Bearer "
		if len(h) > len(scheme) && strings.EqualFold(h[:len(scheme)], scheme) {
			return strings.TrimSpace(h[len(scheme):])
		}
		return ""
	}
	if ck, err := c.Cookie(cookieName(c)); err == nil {
		return ck.Value
	}
	return ""
}

func cookieName(c echo.Context) string {
	if n, ok := c.Get("market.cookie").(string); ok {
		return n
	}
	return "streamr_session"
}

func hashToken(t string) []byte {
	h := sha256.Sum256([]byte(t))
	return h[:]
}

// session loads the request's session, when it has a valid one, into the context.
func (s *Service) session(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Set("market.cookie", s.cfg.CookieName)
		tok := sessionToken(c)
		if tok == "" {
			return next(c)
		}
		if len(tok) > 128 {
			return unauthorized("malformed session token")
		}
		h := hashToken(tok)
		var addr []byte
		err := s.deps.Pool.QueryRow(c.Request().Context(),
			`SELECT address FROM market_sessions WHERE token_hash = $1 AND expires_at > now()`, h).Scan(&addr)
		if errors.Is(err, pgx.ErrNoRows) {
			// A stale token is no sign-in; routes that need one will say so.
			return next(c)
		}
		if err != nil {
			return fmt.Errorf("market: loading the session: %w", err)
		}
		c.Set(ctxAddress, common.BytesToAddress(addr))
		c.Set(ctxToken, h)
		return next(c)
	}
}

// requireAuth refuses requests without a session.
func requireAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, ok := sessionAddress(c); !ok {
			return unauthorized("sign in with Ethereum first (POST /api/v1/auth/verify)")
		}
		return next(c)
	}
}

// siweDomain is the domain SIWE messages must name.
func (s *Service) siweDomain(c echo.Context) string {
	if s.cfg.Domain != "" {
		return s.cfg.Domain
	}
	return c.Request().Host
}

func (s *Service) siweURI(c echo.Context) string {
	scheme := s.cfg.Scheme
	if scheme == "" {
		scheme = c.Scheme()
	}
	return scheme + "://" + s.siweDomain(c)
}

type nonceResponse struct {
	Nonce     string    `json:"nonce"`
	ExpiresAt time.Time `json:"expiresAt"`
	Domain    string    `json:"domain"`
	URI       string    `json:"uri"`
	ChainID   uint64    `json:"chainId"`
	Message   string    `json:"message,omitempty"`
}

func (s *Service) handleNonce(c echo.Context) error {
	nonce, err := siwe.NewNonce(24)
	if err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Second)
	exp := now.Add(s.cfg.NonceTTL)
	// The prepared message expires when the session it starts would: a session ends no later
	// than its message's Expiration Time, so the nonce's few minutes must not go there.
	sessionEnd := now.Add(s.cfg.SessionTTL)
	if _, err := s.deps.Pool.Exec(c.Request().Context(),
		`INSERT INTO market_nonces (nonce, expires_at) VALUES ($1, $2)`, nonce, exp); err != nil {
		return fmt.Errorf("market: storing a nonce: %w", err)
	}
	resp := nonceResponse{Nonce: nonce, ExpiresAt: exp, Domain: s.siweDomain(c), URI: s.siweURI(c), ChainID: s.deps.Contracts.ChainID}
	if a := c.QueryParam("address"); a != "" {
		addr, err := parseAddress(a)
		if err != nil {
			return invalidParam("query", "address", err.Error())
		}
		m := &siwe.Message{Scheme: s.cfg.Scheme, Domain: resp.Domain, Address: addr, Statement: signInStatement,
			URI: resp.URI, Version: siwe.Version, ChainID: resp.ChainID, Nonce: nonce, IssuedAt: now, ExpirationTime: sessionEnd}
		if err := m.Validate(); err != nil {
			// The Host header may not be a valid authority.
			return badRequest("cannot build a sign-in message for this host: %v", err)
		}
		resp.Message = m.String()
	}
	return c.JSON(http.StatusOK, resp)
}

type verifyRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"`
}

type sessionResponse struct {
	Address   common.Address `json:"address"`
	Token     string         `json:"token,omitempty"`
	ExpiresAt time.Time      `json:"expiresAt"`
}

func (s *Service) handleVerify(c echo.Context) error {
	var req verifyRequest
	if err := bindJSON(c, &req); err != nil {
		return err
	}
	result := "invalid"
	defer func() { s.metrics.sessions.WithLabelValues(result).Inc() }()
	msg, err := siwe.Parse(req.Message)
	if err != nil {
		return badRequest("%v", err)
	}
	now := time.Now()
	if err := msg.Check(siwe.CheckOptions{
		Domain: s.siweDomain(c), Scheme: s.cfg.Scheme, ChainID: s.deps.Contracts.ChainID,
		Now: now, MaxAge: s.cfg.NonceTTL, Skew: s.cfg.ClockSkew,
	}); err != nil {
		return unauthorized("%v", err)
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil {
		return invalidParam("body", "signature", "not hex")
	}
	if err := siwe.VerifySignature(c.Request().Context(), s.deps.Chain, req.Message, msg.Address, sig); err != nil {
		if errors.Is(err, siwe.ErrBadSignature) {
			result = "bad_signature"
			return unauthorized("the signature is not %s's", msg.Address.Hex())
		}
		return unavailable("cannot verify a contract signature now: %v", err)
	}
	tag, err := s.deps.Pool.Exec(c.Request().Context(),
		`DELETE FROM market_nonces WHERE nonce = $1 AND expires_at > now()`, msg.Nonce)
	if err != nil {
		return fmt.Errorf("market: consuming a nonce: %w", err)
	}
	if tag.RowsAffected() == 0 {
		result = "bad_nonce"
		return unauthorized("unknown, used or expired nonce; get a new one from /api/v1/auth/nonce")
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return fmt.Errorf("market: session token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(raw)
	exp := now.Add(s.cfg.SessionTTL)
	if !msg.ExpirationTime.IsZero() && msg.ExpirationTime.Before(exp) {
		exp = msg.ExpirationTime
	}
	exp = exp.UTC().Truncate(time.Second)
	if !exp.After(now) {
		// Check tolerates clock skew on the expiration time; a session must still outlive its start.
		return unauthorized("the message's expiration time has passed")
	}
	if _, err := s.deps.Pool.Exec(c.Request().Context(),
		`INSERT INTO market_sessions (token_hash, address, expires_at) VALUES ($1, $2, $3)`,
		hashToken(token), msg.Address.Bytes(), exp); err != nil {
		return fmt.Errorf("market: storing the session: %w", err)
	}
	c.SetCookie(&http.Cookie{
		Name: s.cfg.CookieName, Value: token, Path: "/", Expires: exp, HttpOnly: true,
		Secure: s.cfg.CookieSecure, SameSite: http.SameSiteLaxMode,
	})
	result = "ok"
	s.log.Info("signed in", "address", msg.Address.Hex())
	return c.JSON(http.StatusOK, sessionResponse{Address: msg.Address, Token: token, ExpiresAt: exp})
}

func (s *Service) handleLogout(c echo.Context) error {
	if h, ok := c.Get(ctxToken).([]byte); ok {
		if _, err := s.deps.Pool.Exec(c.Request().Context(), `DELETE FROM market_sessions WHERE token_hash = $1`, h); err != nil {
			return fmt.Errorf("market: ending the session: %w", err)
		}
	}
	c.SetCookie(&http.Cookie{Name: s.cfg.CookieName, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.cfg.CookieSecure, SameSite: http.SameSiteLaxMode})
	return c.NoContent(http.StatusNoContent)
}

func (s *Service) handleSession(c echo.Context) error {
	addr, _ := sessionAddress(c)
	var exp time.Time
	h, _ := c.Get(ctxToken).([]byte)
	if err := s.deps.Pool.QueryRow(c.Request().Context(),
		`SELECT expires_at FROM market_sessions WHERE token_hash = $1`, h).Scan(&exp); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return unauthorized("session ended")
		}
		return fmt.Errorf("market: reading the session: %w", err)
	}
	return c.JSON(http.StatusOK, sessionResponse{Address: addr, ExpiresAt: exp.UTC()})
}
