package txm

import (
	"context"
	"errors"
	"net"
	"strings"
)

// Sentinel errors callers branch on.
var (
	// ErrNotStarted: the manager has not been started (or was closed).
	ErrNotStarted = errors.New("txm: not started")
	// ErrNotFound: no transaction with that id for this sender.
	ErrNotFound = errors.New("txm: transaction not found")
	// ErrQueueFull: Config.MaxQueued transactions are already waiting.
	ErrQueueFull = errors.New("txm: queue full")
	// ErrFatal: the transaction can never be sent (see Tx.Error).
	ErrFatal = errors.New("txm: transaction failed permanently")
	// ErrReverted: the transaction was mined and confirmed, but reverted.
	ErrReverted = errors.New("txm: transaction reverted")
	// ErrInvalidConfig: a Config New refuses.
	ErrInvalidConfig = errors.New("txm: invalid config")
	// ErrInvalidRequest: a Request that cannot be queued.
	ErrInvalidRequest = errors.New("txm: invalid request")
)

// ErrorClass sorts the errors an RPC node returns for eth_sendRawTransaction (and transport
// failures) into what the manager does about them.
type ErrorClass int

const (
	// ClassOK: no error.
	ClassOK ErrorClass = iota
	// ClassAlreadyKnown: the node has the transaction already; treated as sent.
	ClassAlreadyKnown
	// ClassRetryable: transport failures, timeouts, node hiccups; try again (another endpoint).
	ClassRetryable
	// ClassUnderpriced: fees too low for the pool or for replacing the nonce's transaction.
	ClassUnderpriced
	// ClassReplacementUnderpriced: another transaction holds the nonce in the pool and the new
	// one does not pay 10% more.
	ClassReplacementUnderpriced
	// ClassNonceTooLow: the nonce is already used on chain.
	ClassNonceTooLow
	// ClassNonceTooHigh: a gap before the nonce (retry after resync).
	ClassNonceTooHigh
	// ClassInsufficientFunds: the key cannot pay gas × fee cap + value now.
	ClassInsufficientFunds
	// ClassFatal: the transaction itself is invalid and will never be accepted.
	ClassFatal
)

var classNames = [...]string{"ok", "already_known", "retryable", "underpriced", "replacement_underpriced",
	"nonce_too_low", "nonce_too_high", "insufficient_funds", "fatal"}

func (c ErrorClass) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "unknown"
}

// Message fragments of geth, erigon, nethermind, besu and anvil, lower case.
var (
	alreadyKnownMsgs = []string{"already known", "known transaction", "already imported",
		"transaction already exists", "alreadyknown", "tx already in mempool"}
	replacementMsgs = []string{"replacement transaction underpriced", "replacement fee too low",
		"replacementnotallowed", "replacement underpriced"}
	underpricedMsgs = []string{"transaction underpriced", "underpriced", "gas price below minimum",
		"max fee per gas less than block base fee", "fee cap less than block base fee",
		"gas tip cap below minimum", "feetoolow", "fee too low", "gas price too low",
		"max priority fee per gas below"}
	nonceLowMsgs = []string{"nonce too low", "nonce has already been used", "oldnonce",
		"invalid transaction nonce", "nonce is too low", "transaction nonce is too low"}
	nonceHighMsgs    = []string{"nonce too high", "nonce gap", "nonce is too high"}
	insufficientMsgs = []string{"insufficient funds", "insufficient balance", "sender doesn't have enough funds"}
	fatalMsgs        = []string{"exceeds block gas limit", "intrinsic gas too low", "invalid sender",
		"max priority fee per gas higher than max fee per gas", "tip higher than fee cap",
		"oversized data", "exceeds the configured cap", "invalid chain id", "chain id mismatch",
		"gas limit reached", "transaction type not supported", "only replay-protected",
		"max fee per gas higher than", "invalid signature", "execution reverted"}
)

// Classify sorts an error from sending a transaction. Unrecognised errors are retryable: a
// wrong guess costs a retry, never a lost transaction.
func Classify(err error) ErrorClass {
	if err == nil {
		return ClassOK
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return ClassRetryable
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return ClassRetryable
	}
	msg := strings.ToLower(err.Error())
	switch {
	case containsAny(msg, alreadyKnownMsgs):
		return ClassAlreadyKnown
	case containsAny(msg, nonceLowMsgs):
		return ClassNonceTooLow
	case containsAny(msg, nonceHighMsgs):
		return ClassNonceTooHigh
	case containsAny(msg, replacementMsgs):
		return ClassReplacementUnderpriced
	case containsAny(msg, insufficientMsgs):
		return ClassInsufficientFunds
	case containsAny(msg, fatalMsgs):
		return ClassFatal
	case containsAny(msg, underpricedMsgs):
		return ClassUnderpriced
	}
	return ClassRetryable
}

// isNodeAnswer reports whether err is a verdict of a node on the transaction (not a transport
// failure): failing over to another endpoint would not change it.
func isNodeAnswer(err error) bool {
	c := Classify(err)
	return c != ClassRetryable && c != ClassOK
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
