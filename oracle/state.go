package oracle

import (
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/protocol"
)

// position orders the events of one message chain, as the hub does (timestamp, sequence).
type position struct {
	Timestamp uint64
	Sequence  uint32
}

func (p position) after(q position) bool {
	return p.Timestamp > q.Timestamp || (p.Timestamp == q.Timestamp && p.Sequence > q.Sequence)
}

func positionOf(e *protocol.Event) position { return position{e.Timestamp, e.Sequence} }

type chainKey struct {
	Publisher common.Address
	MsgChain  [32]byte
}

// Subscription is a DeliveryHub subscription as the agent knows it from the hub's events.
type Subscription struct {
	ID        uint64
	Owner     common.Address
	Stream    common.Address
	Partition uint32
	Consumer  common.Address
	Bounty    *big.Int // DATA wei per event
	Deposit   *big.Int // DATA wei left
	Active    bool
}

// ledger is the agent's view of the hub: subscriptions and, per subscription and message
// chain, the last delivered position (from Delivered events and from the agent's own
// deliveries once mined).
type ledger struct {
	mu   sync.Mutex
	subs map[uint64]*Subscription
	last map[uint64]map[chainKey]position
}

func newLedger() *ledger {
	return &ledger{subs: map[uint64]*Subscription{}, last: map[uint64]map[chainKey]position{}}
}

// apply folds a hub event in; it returns the subscription when it became active.
func (l *ledger) apply(ev *hubEvent) *Subscription {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev.Name {
	case "Subscribed":
		s := &Subscription{ID: ev.SubscriptionID, Owner: ev.Owner, Stream: ev.Stream, Partition: ev.Partition,
			Consumer: ev.Consumer, Bounty: ev.Bounty, Deposit: new(big.Int).Set(ev.Deposit), Active: true}
		l.subs[s.ID] = s
		c := *s
		return &c
	case "ToppedUp":
		if s := l.subs[ev.SubscriptionID]; s != nil {
			s.Deposit = new(big.Int).Set(ev.Deposit)
		}
	case "Cancelled":
		if s := l.subs[ev.SubscriptionID]; s != nil {
			s.Active = false
			s.Deposit = new(big.Int)
		}
	case "Delivered":
		if s := l.subs[ev.SubscriptionID]; s != nil && ev.Bounty != nil {
			s.Deposit = new(big.Int).Sub(s.Deposit, ev.Bounty)
			if s.Deposit.Sign() < 0 {
				s.Deposit.SetInt64(0)
			}
		}
		l.markDeliveredLocked(ev.SubscriptionID, chainKey{ev.Publisher, ev.MsgChainID}, ev.Position)
	}
	return nil
}

func (l *ledger) markDeliveredLocked(sub uint64, k chainKey, p position) {
	m := l.last[sub]
	if m == nil {
		m = map[chainKey]position{}
		l.last[sub] = m
	}
	if p.after(m[k]) {
		m[k] = p
	}
}

func (l *ledger) markDelivered(sub uint64, events []*protocol.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range events {
		l.markDeliveredLocked(sub, chainKey{e.Publisher, e.MsgChainID}, positionOf(e))
	}
}

// delivered reports whether the hub would reject e as already delivered.
func (l *ledger) delivered(sub uint64, e *protocol.Event) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	last, ok := l.last[sub][chainKey{e.Publisher, e.MsgChainID}]
	return ok && !positionOf(e).after(last)
}

// subscription returns a copy of a subscription's state.
func (l *ledger) subscription(id uint64) (Subscription, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s, ok := l.subs[id]
	if !ok {
		return Subscription{}, false
	}
	c := *s
	c.Deposit = new(big.Int).Set(s.Deposit)
	return c, true
}

// affordable is how many events the deposit still pays for (capped at n).
func (s Subscription) affordable(n int) int {
	if s.Bounty == nil || s.Bounty.Sign() == 0 {
		return n
	}
	k := new(big.Int).Div(s.Deposit, s.Bounty)
	if k.IsInt64() && k.Int64() < int64(n) {
		return int(k.Int64())
	}
	return n
}
