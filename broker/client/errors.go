package client

import (
	"errors"
	"fmt"

	"github.com/streamr-go/streamr/broker/api"
)

// Sentinel errors.
var (
	// ErrClosed: the client was closed.
	ErrClosed = errors.New("client: closed")
	// ErrNoURL: no broker URL was configured.
	ErrNoURL = errors.New("client: no broker URL")
	// ErrTooLarge: the event is larger than the client's frame limit.
	ErrTooLarge = errors.New("client: event too large")
	// ErrProtocol: the broker does not speak this client's version of the WebSocket
	// protocol (api.Subprotocol).
	ErrProtocol = errors.New("client: WebSocket protocol version mismatch")
)

// BrokerError is an error reported by the broker, with its stable code.
type BrokerError struct {
	Code    api.Code
	Message string
}

func (e *BrokerError) Error() string { return fmt.Sprintf("broker: %s: %s", e.Code, e.Message) }

// Is matches another *BrokerError with the same code, so errors.Is(err,
// &client.BrokerError{Code: api.CodeForbidden}) works.
func (e *BrokerError) Is(target error) bool {
	t, ok := target.(*BrokerError)
	return ok && t.Code == e.Code
}

// retryable reports whether a broker error is transient: the client keeps the publish and
// sends it again on the next connection.
func retryable(code api.Code) bool {
	return code == api.CodeUnavailable
}
