package market

import (
	"errors"
	"fmt"
	"net/http"
)

// Sentinel errors of the service.
var (
	// ErrNotReady is returned by Start when the indexer's tables are missing.
	ErrNotReady = errors.New("market: database not migrated (run `streamr migrate`)")
	// ErrClosed is returned by Start after Close.
	ErrClosed = errors.New("market: closed")
)

// problemBase is the prefix of the problem type URIs.
const problemBase = "https://streamr-go.github.io/problems/"

// Problem is an RFC 7807 problem document; handlers return it as an error.
type Problem struct {
	Type     string       `json:"type"`
	Title    string       `json:"title"`
	Status   int          `json:"status"`
	Detail   string       `json:"detail,omitempty"`
	Instance string       `json:"instance,omitempty"`
	Errors   []FieldError `json:"errors,omitempty"`

	retryAfter int // seconds, for 429 / 503
}

// FieldError names one invalid part of a request.
type FieldError struct {
	In     string `json:"in"` // query, path, body, header
	Name   string `json:"name,omitempty"`
	Reason string `json:"reason"`
}

func (p *Problem) Error() string {
	if p.Detail != "" {
		return fmt.Sprintf("%d %s: %s", p.Status, p.Title, p.Detail)
	}
	return fmt.Sprintf("%d %s", p.Status, p.Title)
}

func problem(status int, kind, detail string, args ...any) *Problem {
	if len(args) > 0 {
		detail = fmt.Sprintf(detail, args...)
	}
	return &Problem{Type: problemBase + kind, Title: http.StatusText(status), Status: status, Detail: detail}
}

func badRequest(detail string, args ...any) *Problem {
	return problem(http.StatusBadRequest, "bad-request", detail, args...)
}

func invalidParam(in, name, reason string) *Problem {
	p := problem(http.StatusBadRequest, "invalid-parameter", "%s parameter %q: %s", in, name, reason)
	p.Errors = []FieldError{{In: in, Name: name, Reason: reason}}
	return p
}

func notFound(detail string, args ...any) *Problem {
	return problem(http.StatusNotFound, "not-found", detail, args...)
}

func unauthorized(detail string, args ...any) *Problem {
	return problem(http.StatusUnauthorized, "unauthorized", detail, args...)
}

func forbidden(detail string, args ...any) *Problem {
	return problem(http.StatusForbidden, "forbidden", detail, args...)
}

func conflict(detail string, args ...any) *Problem {
	return problem(http.StatusConflict, "conflict", detail, args...)
}

func unprocessable(detail string, args ...any) *Problem {
	return problem(http.StatusUnprocessableEntity, "unprocessable", detail, args...)
}

func unavailable(detail string, args ...any) *Problem {
	p := problem(http.StatusServiceUnavailable, "unavailable", detail, args...)
	p.retryAfter = 5
	return p
}
