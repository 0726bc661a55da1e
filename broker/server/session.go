package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/api"
)

// HTTP sign-in: POST /api/v1/auth/challenge returns a challenge (its nonce kept in Redis,
// so any broker can complete it); POST /api/v1/auth/login with {address, nonce, signature}
// consumes the nonce once and returns a bearer token, also kept in Redis.

// LoginRequest is the body of POST /api/v1/auth/login.
type LoginRequest struct {
	Address   common.Address `json:"address"`
	Nonce     string         `json:"nonce"`
	Signature string         `json:"signature"`
}

// LoginReply carries the session token for "Authorization: Bearer <token>".
type LoginReply struct {
	Token     string         `json:"token"`
	Address   common.Address `json:"address"`
	ExpiresAt time.Time      `json:"expiresAt"`
}

func (s *Server) redisKey(kind, id string) string {
	return s.deps.Store.Config().Prefix + ":auth:" + kind + ":" + id
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *Server) httpChallenge(w http.ResponseWriter, r *http.Request) {
	now := time.Now().UTC()
	c := &api.Control{Type: api.TypeChallenge, Nonce: randomHex(16), Domain: s.cfg.AuthDomain, URI: s.cfg.AuthURI,
		ChainID: s.deps.Domain.ChainID(), IssuedAt: now.Format(time.RFC3339),
		ExpiresAt: now.Add(s.cfg.ChallengeTTL).Format(time.RFC3339)}
	b, _ := json.Marshal(c)
	if err := s.deps.Store.Client().Set(r.Context(), s.redisKey("nonce", c.Nonce), b, s.cfg.ChallengeTTL).Err(); err != nil {
		s.problem(w, r, fmt.Errorf("%w: %w", ErrUnavailable, err))
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) httpLogin(w http.ResponseWriter, r *http.Request) {
	var req LoginRequest
	if err := s.decodeJSON(w, r, &req); err != nil {
		s.problem(w, r, err)
		return
	}
	if req.Nonce == "" || len(req.Nonce) > 64 {
		s.problem(w, r, badRequest("nonce is required"))
		return
	}
	raw, err := s.deps.Store.Client().GetDel(r.Context(), s.redisKey("nonce", req.Nonce)).Bytes()
	if errors.Is(err, redis.Nil) {
		s.problem(w, r, fmt.Errorf("%w: unknown, used or expired nonce", ErrUnauthorized))
		return
	}
	if err != nil {
		s.problem(w, r, fmt.Errorf("%w: %w", ErrUnavailable, err))
		return
	}
	var c api.Control
	if err := json.Unmarshal(raw, &c); err != nil {
		s.problem(w, r, err)
		return
	}
	addr, err := api.RecoverSignIn(api.SignInMessage(&c, req.Address), req.Signature)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	if addr != req.Address {
		s.problem(w, r, fmt.Errorf("%w: signed by %s", ErrUnauthorized, addr.Hex()))
		return
	}
	token := randomHex(32)
	if err := s.deps.Store.Client().Set(r.Context(), s.redisKey("session", token), addr.Hex(), s.cfg.SessionTTL).Err(); err != nil {
		s.problem(w, r, fmt.Errorf("%w: %w", ErrUnavailable, err))
		return
	}
	writeJSON(w, http.StatusOK, LoginReply{Token: token, Address: addr, ExpiresAt: time.Now().Add(s.cfg.SessionTTL).UTC()})
}

// sessionUser returns the signed-in address of a request (zero when anonymous).
func (s *Server) sessionUser(r *http.Request) (common.Address, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return common.Address{}, nil
	}
	token, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || len(token) != 64 {
		return common.Address{}, fmt.Errorf("%w: expected a bearer token", ErrUnauthorized)
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	v, err := s.deps.Store.Client().Get(ctx, s.redisKey("session", token)).Result()
	if errors.Is(err, redis.Nil) {
		return common.Address{}, fmt.Errorf("%w: unknown or expired session", ErrUnauthorized)
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return common.HexToAddress(v), nil
}
