package protocol

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Chain numbers the events of one message chain (one stream partition of one publisher
// session). Timestamps never go backwards even if the clock does; events in the same
// millisecond get increasing sequence numbers; each event references the previous one. The
// zero value is an empty chain, ready to use; it is safe for concurrent use.
type Chain struct {
	mu      sync.Mutex
	started bool
	lastTS  uint64
	lastSeq uint32
}

// Position is the place of an event in its chain.
type Position struct {
	Timestamp     uint64
	Sequence      uint32
	PrevTimestamp uint64 // zero with PrevSequence for the first event
	PrevSequence  uint32
}

// Next reserves the position of the next event published at nowMs (Unix milliseconds):
//
//   - first event: (max(nowMs, 1), 0), no previous reference;
//   - nowMs after the last timestamp: (nowMs, 0);
//   - otherwise (same millisecond or clock went back): (last, lastSeq+1), moving to
//     (last+1, 0) if the sequence would overflow.
func (c *Chain) Next(nowMs uint64) Position {
	c.mu.Lock()
	defer c.mu.Unlock()
	var p Position
	switch {
	case !c.started:
		p.Timestamp = max(nowMs, 1)
	case nowMs > c.lastTS:
		p.Timestamp = nowMs
	case c.lastSeq == math.MaxUint32:
		p.Timestamp = c.lastTS + 1
	default:
		p.Timestamp, p.Sequence = c.lastTS, c.lastSeq+1
	}
	if c.started {
		p.PrevTimestamp, p.PrevSequence = c.lastTS, c.lastSeq
	}
	c.started, c.lastTS, c.lastSeq = true, p.Timestamp, p.Sequence
	return p
}

// Message is what a publisher supplies for one event; the Publisher fills in the rest.
type Message struct {
	MessageType    uint8 // MessageData unless announcing keys or reporting an error
	ContentType    uint8
	EncryptionType uint8
	GroupKeyID     [32]byte // required when EncryptionType is not EncryptionNone
	Content        []byte
}

// PublisherConfig configures a Publisher. The zero value is an EOA publisher on the system
// clock with a random message chain id.
type PublisherConfig struct {
	// OriginType of the events (OriginEOA by default).
	OriginType uint8
	// MsgChainID of this session; zero means a random one.
	MsgChainID [32]byte
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

type chainKey struct {
	stream    common.Address
	partition uint32
}

// Publisher builds and signs the events of one publisher session, keeping a Chain per
// (stream, partition). It is safe for concurrent use; events of one chain are numbered in
// the order Publish is called, and signing happens outside any lock.
type Publisher struct {
	key        *ecdsa.PrivateKey
	addr       common.Address
	domain     *Domain
	origin     uint8
	msgChainID [32]byte
	now        func() time.Time

	mu     sync.Mutex
	chains map[chainKey]*Chain
}

// NewPublisher returns a publisher that signs with key in domain.
func NewPublisher(key *ecdsa.PrivateKey, domain *Domain, cfg PublisherConfig) (*Publisher, error) {
	if key == nil || domain == nil {
		return nil, fmt.Errorf("protocol: publisher needs a key and a domain")
	}
	if cfg.OriginType > OriginDevice {
		return nil, fmt.Errorf("%w: originType %d", ErrUnknownEnum, cfg.OriginType)
	}
	p := &Publisher{
		key:        key,
		addr:       crypto.PubkeyToAddress(key.PublicKey),
		domain:     domain,
		origin:     cfg.OriginType,
		msgChainID: cfg.MsgChainID,
		now:        cfg.Now,
		chains:     make(map[chainKey]*Chain),
	}
	if p.now == nil {
		p.now = time.Now
	}
	if p.msgChainID == ([32]byte{}) {
		if _, err := rand.Read(p.msgChainID[:]); err != nil {
			return nil, fmt.Errorf("protocol: message chain id: %w", err)
		}
	}
	return p, nil
}

// Address returns the publisher address.
func (p *Publisher) Address() common.Address { return p.addr }

// MsgChainID returns the session's message chain id.
func (p *Publisher) MsgChainID() [32]byte { return p.msgChainID }

// Chain returns the chain of (stream, partition), creating it if needed.
func (p *Publisher) Chain(stream common.Address, partition uint32) *Chain {
	k := chainKey{stream, partition}
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.chains[k]
	if !ok {
		c = new(Chain)
		p.chains[k] = c
	}
	return c
}

// Publish builds the next event of (stream, partition) with m's content and signs it. The
// content is copied.
func (p *Publisher) Publish(stream common.Address, partition uint32, m Message) (*Event, error) {
	if err := checkEnums(p.origin, m.MessageType, m.ContentType, m.EncryptionType); err != nil {
		return nil, err
	}
	if m.EncryptionType != EncryptionNone && m.GroupKeyID == ([32]byte{}) {
		return nil, ErrMissingGroupKey
	}
	if len(m.Content) > HardMaxContentSize {
		return nil, fmt.Errorf("%w: content is %d bytes, limit %d", ErrTooLarge, len(m.Content), HardMaxContentSize)
	}
	nowMs := max(p.now().UnixMilli(), 0)
	pos := p.Chain(stream, partition).Next(uint64(nowMs))
	e := &Event{
		Version:        Version,
		Stream:         stream,
		Partition:      partition,
		Timestamp:      pos.Timestamp,
		Sequence:       pos.Sequence,
		Publisher:      p.addr,
		OriginType:     p.origin,
		MsgChainID:     p.msgChainID,
		PrevTimestamp:  pos.PrevTimestamp,
		PrevSequence:   pos.PrevSequence,
		MessageType:    m.MessageType,
		ContentType:    m.ContentType,
		EncryptionType: m.EncryptionType,
		GroupKeyID:     m.GroupKeyID,
		Content:        bytes.Clone(m.Content),
	}
	if err := p.domain.Sign(e, p.key); err != nil {
		return nil, err
	}
	return e, nil
}
