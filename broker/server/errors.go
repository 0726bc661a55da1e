package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/perms"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// Sentinel errors of the server's own checks.
var (
	// ErrShuttingDown: the broker is draining and takes no new publishes.
	ErrShuttingDown = errors.New("server: shutting down")
	// ErrUnavailable: a dependency (Redis, the chain) failed; retry later.
	ErrUnavailable = errors.New("server: unavailable")
	// ErrForbidden: the publisher or subscriber lacks the permission.
	ErrForbidden = errors.New("server: forbidden")
	// ErrBadPartition: the partition is not below the stream's partition count.
	ErrBadPartition = errors.New("server: no such partition")
	// ErrFrameTooLarge: a frame or body exceeds the configured size.
	ErrFrameTooLarge = errors.New("server: frame too large")
	// ErrBadRequest: a malformed request.
	ErrBadRequest = errors.New("server: bad request")
	// ErrUnauthorized: authentication missing or failed.
	ErrUnauthorized = errors.New("server: unauthorized")
	// ErrNoRelayer: relaying was asked for but no relayer key is configured.
	ErrNoRelayer = errors.New("server: no relayer configured")
	// ErrAddressBusy: the client's address holds the most connections one address may.
	ErrAddressBusy = errors.New("server: too many connections from one address")
)

// classify maps an error to its stable code and HTTP status.
func classify(err error) (api.Code, int) {
	switch {
	case err == nil:
		return "", http.StatusOK
	case errors.Is(err, ErrShuttingDown), errors.Is(err, ErrUnavailable), errors.Is(err, store.ErrUnavailable), errors.Is(err, perms.ErrChain),
		errors.Is(err, context.DeadlineExceeded), errors.Is(err, directory.ErrSyncing):
		return api.CodeUnavailable, http.StatusServiceUnavailable
	case errors.Is(err, store.ErrDuplicate):
		return api.CodeDuplicate, http.StatusConflict
	case errors.Is(err, store.ErrOutOfOrder):
		return api.CodeOutOfOrder, http.StatusConflict
	case errors.Is(err, ErrFrameTooLarge), errors.Is(err, protocol.ErrTooLarge):
		return api.CodeTooLarge, http.StatusRequestEntityTooLarge
	case errors.Is(err, protocol.ErrTimestampSkew):
		return api.CodeStale, http.StatusUnprocessableEntity
	case errors.Is(err, protocol.ErrBadSignature):
		return api.CodeBadSignature, http.StatusUnauthorized
	case errors.Is(err, ErrUnauthorized), errors.Is(err, api.ErrBadAuth):
		return api.CodeUnauthorized, http.StatusUnauthorized
	case errors.Is(err, ErrForbidden), errors.Is(err, fanout.ErrRevoked):
		return api.CodeForbidden, http.StatusForbidden
	case errors.Is(err, perms.ErrUnknownStream), errors.Is(err, ErrBadPartition):
		return api.CodeNotFound, http.StatusNotFound
	case errors.Is(err, fanout.ErrSlowConsumer):
		return api.CodeSlowConsumer, http.StatusTooManyRequests
	case errors.Is(err, ErrAddressBusy):
		return api.CodeUnavailable, http.StatusTooManyRequests
	case errors.Is(err, ErrNoRelayer):
		return api.CodeBadRequest, http.StatusNotImplemented
	case errors.Is(err, ErrBadRequest), errors.Is(err, api.ErrBadControl), errors.Is(err, api.ErrBadFrame),
		errors.Is(err, store.ErrBadOffset), errors.Is(err, fanout.ErrBadResend), errors.Is(err, directory.ErrBadQuery),
		errors.Is(err, protocol.ErrTruncated), errors.Is(err, protocol.ErrBadMagic),
		errors.Is(err, protocol.ErrUnknownVersion), errors.Is(err, protocol.ErrTrailingData),
		errors.Is(err, protocol.ErrNonCanonical), errors.Is(err, protocol.ErrInvalidJSON),
		errors.Is(err, protocol.ErrUnknownEnum), errors.Is(err, protocol.ErrBadPrevRef),
		errors.Is(err, protocol.ErrMissingGroupKey), errors.Is(err, protocol.ErrMissingField),
		errors.Is(err, protocol.ErrInvalidContent):
		return api.CodeBadRequest, http.StatusBadRequest
	}
	return api.CodeInternal, http.StatusInternalServerError
}

func badRequest(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadRequest, fmt.Sprintf(format, args...))
}

// Code returns the stable error code of err (empty for nil).
func Code(err error) api.Code {
	c, _ := classify(err)
	return c
}
