package private

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/groupkey"
	"github.com/streamr-go/streamr/broker/protocol"
)

// Publisher defaults.
const (
	DefaultPollInterval   = 5 * time.Second
	DefaultResyncInterval = time.Hour
	DefaultPageSize       = 500
	// DefaultMaxEventsPerKey rotates a key long before the 2^32 random-nonce bound of GCM.
	DefaultMaxEventsPerKey = 1 << 30
)

// PublisherConfig configures a Publisher. Only Stream is required.
type PublisherConfig struct {
	// Stream is the stream id (its Stream contract address).
	Stream common.Address
	// PollInterval is how often the background loop (Start) follows the chain; zero means
	// DefaultPollInterval.
	PollInterval time.Duration
	// ResyncInterval is how often every key holder is re-read instead of only those named by
	// contract events; zero means DefaultResyncInterval, negative never.
	ResyncInterval time.Duration
	// RotateEvery rekeys on a schedule even when nobody lost access; zero disables it.
	RotateEvery time.Duration
	// MaxEventsPerKey rekeys after this many data events under one key; zero means
	// DefaultMaxEventsPerKey.
	MaxEventsPerKey uint64
	// PageSize is how many key holders one keyHolders call reads; zero means DefaultPageSize.
	PageSize int
	// Announce bounds the size of each announce.
	Announce groupkey.AnnounceLimits
}

// PublisherDeps are a Publisher's collaborators. Signer, Transport and Chain are required.
type PublisherDeps struct {
	// Signer numbers and signs events (its key must hold publish permission on the stream).
	Signer *protocol.Publisher
	// Transport publishes the events.
	Transport Transport
	// Chain reads the Stream contract.
	Chain ChainReader
	// Logger; nil discards.
	Logger *slog.Logger
	// Now is the clock for rotation; nil means time.Now.
	Now func() time.Time
}

// keyState is the group key in use and what has been announced of it.
type keyState struct {
	gk      groupkey.GroupKey
	cipher  *groupkey.Cipher
	created time.Time
	events  uint64
	// contents are every announce of gk so far (the initial seal and each later addition);
	// a partition that starts using gk gets all of them.
	contents [][]byte
}

// Publisher publishes encrypted events to one private stream. Create with NewPublisher; call
// Start for the background chain follower (or Refresh yourself) and Close when done. It is
// safe for concurrent use.
type Publisher struct {
	cfg    PublisherConfig
	signer *protocol.Publisher
	tr     Transport
	log    *slog.Logger
	now    func() time.Time

	syncMu     sync.Mutex // serialises chain refreshes
	members    *membership
	lastResync time.Time

	// mu guards the fields below and orders announces before data. Lock order: syncMu
	// before mu; never syncMu while holding mu.
	mu         sync.Mutex
	recipients []groupkey.Recipient // members as of the last refresh
	key        *keyState
	needRekey  bool                             // someone lost access; rekey before any data
	used       map[uint32]bool                  // partitions published to
	announced  map[uint32][groupkey.IDSize]byte // partition → key fully announced there
	closed     bool

	startOnce sync.Once
	cancel    context.CancelFunc
	done      chan struct{}
}

// NewPublisher returns a publisher for cfg.Stream.
func NewPublisher(cfg PublisherConfig, deps PublisherDeps) (*Publisher, error) {
	if deps.Signer == nil || deps.Transport == nil || deps.Chain == nil {
		return nil, errors.New("private: publisher needs a signer, a transport and a chain reader")
	}
	if cfg.Stream == (common.Address{}) {
		return nil, errors.New("private: publisher needs a stream")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.ResyncInterval == 0 {
		cfg.ResyncInterval = DefaultResyncInterval
	}
	if cfg.MaxEventsPerKey == 0 {
		cfg.MaxEventsPerKey = DefaultMaxEventsPerKey
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = DefaultPageSize
	}
	log := deps.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "private-publisher", "stream", cfg.Stream)
	now := deps.Now
	if now == nil {
		now = time.Now
	}
	mem, err := newMembership(deps.Chain, cfg.Stream, cfg.PageSize, log)
	if err != nil {
		return nil, err
	}
	return &Publisher{
		cfg: cfg, signer: deps.Signer, tr: deps.Transport, log: log, now: now,
		members: mem, used: map[uint32]bool{}, announced: map[uint32][groupkey.IDSize]byte{},
	}, nil
}

// Start follows the chain in the background every PollInterval until Close or ctx ends. It
// returns at once; the first refresh runs immediately.
func (p *Publisher) Start(ctx context.Context) error {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return ErrClosed
	}
	started := false
	p.startOnce.Do(func() {
		ctx, p.cancel = context.WithCancel(ctx)
		p.done = make(chan struct{})
		go p.loop(ctx)
		started = true
	})
	if !started {
		return errors.New("private: publisher already started")
	}
	return nil
}

func (p *Publisher) loop(ctx context.Context) {
	defer close(p.done)
	t := time.NewTicker(p.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := p.Refresh(ctx); err != nil && ctx.Err() == nil && !errors.Is(err, ErrClosed) {
			p.log.Warn("following the stream's subscribers", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Close stops the background loop; later Publish calls fail with ErrClosed.
func (p *Publisher) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.startOnce.Do(func() {}) // a later Start must not run
	if p.cancel != nil {
		p.cancel()
		<-p.done
	}
	return nil
}

// Refresh reads the subscribers from the chain now and acts on what changed: new key
// holders get the current group key in a new announce; if anyone lost access the publisher
// rekeys. It also performs a due scheduled rotation.
func (p *Publisher) Refresh(ctx context.Context) error {
	p.syncMu.Lock()
	defer p.syncMu.Unlock()
	full := p.cfg.ResyncInterval > 0 && p.now().Sub(p.lastResync) >= p.cfg.ResyncInterval
	diff, err := p.members.refresh(ctx, full)
	if err != nil {
		return err
	}
	if full {
		p.lastResync = p.now()
	}
	recipients := p.members.recipients()

	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	p.recipients = recipients
	switch {
	case p.key == nil:
		return nil // no key yet: the first Publish creates one for the current members
	case len(diff.removed) > 0 || p.needRekey:
		p.needRekey = true
		p.log.Info("subscribers lost access: rekeying", "removed", len(diff.removed), "block", diff.block)
		return p.rekeyLocked(ctx, recipients)
	case p.rotationDueLocked():
		p.log.Info("scheduled key rotation")
		return p.rekeyLocked(ctx, recipients)
	case len(diff.added) > 0:
		p.log.Info("announcing the group key to new subscribers", "added", len(diff.added), "block", diff.block)
		return p.announceAddedLocked(ctx, diff.added)
	}
	return nil
}

// Rekey replaces the group key now, sealed to the current subscribers (as read by the last
// refresh).
func (p *Publisher) Rekey(ctx context.Context) error {
	if err := p.ensureSynced(ctx); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	return p.rekeyLocked(ctx, p.recipients)
}

// Publish encrypts plaintext with the current group key and publishes it as a data event
// of partition, announcing the key in that partition first if it has not been yet.
// contentType describes the plaintext (protocol.ContentJSON or protocol.ContentBinary).
func (p *Publisher) Publish(ctx context.Context, partition uint32, contentType uint8, plaintext []byte) (*protocol.Event, error) {
	if err := p.ensureSynced(ctx); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, ErrClosed
	}
	p.used[partition] = true
	if p.key == nil || p.needRekey || p.rotationDueLocked() {
		if err := p.rekeyLocked(ctx, p.recipients); err != nil {
			if p.key == nil || p.needRekey {
				return nil, err // never publish under a key a former subscriber holds
			}
			p.log.Warn("rekeying", "err", err)
		}
	}
	k := p.key
	if p.announced[partition] != k.gk.ID {
		for i, c := range k.contents {
			if err := p.publishAnnounce(ctx, partition, k.gk.ID, c); err != nil {
				return nil, fmt.Errorf("private: announcing key %x in partition %d (%d/%d): %w", k.gk.ID[:4], partition, i+1, len(k.contents), err)
			}
		}
		p.announced[partition] = k.gk.ID
	}
	ct := k.cipher.Encrypt(plaintext, groupkey.AAD(p.cfg.Stream, partition, k.gk.ID))
	ev, err := p.signer.Publish(p.cfg.Stream, partition, protocol.Message{
		MessageType:    protocol.MessageData,
		ContentType:    contentType,
		EncryptionType: protocol.EncryptionAES256GCM,
		GroupKeyID:     k.gk.ID,
		Content:        ct,
	})
	if err != nil {
		return nil, fmt.Errorf("private: signing: %w", err)
	}
	if err := p.tr.Publish(ctx, ev); err != nil {
		return nil, fmt.Errorf("private: publishing: %w", err)
	}
	k.events++
	return ev, nil
}

// CurrentKeyID returns the id of the group key in use (zero before the first Publish).
func (p *Publisher) CurrentKeyID() [groupkey.IDSize]byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.key == nil {
		return [groupkey.IDSize]byte{}
	}
	return p.key.gk.ID
}

// Recipients returns the subscribers the publisher currently seals to, sorted.
func (p *Publisher) Recipients() []common.Address {
	p.mu.Lock()
	out := make([]common.Address, len(p.recipients))
	for i, r := range p.recipients {
		out[i] = r.Address
	}
	p.mu.Unlock()
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

func (p *Publisher) ensureSynced(ctx context.Context) error {
	p.syncMu.Lock()
	synced := p.members.synced
	p.syncMu.Unlock()
	if synced {
		return nil
	}
	return p.Refresh(ctx)
}

func (p *Publisher) rotationDueLocked() bool {
	if p.key == nil {
		return false
	}
	if p.key.events >= p.cfg.MaxEventsPerKey {
		return true
	}
	return p.cfg.RotateEvery > 0 && p.now().Sub(p.key.created) >= p.cfg.RotateEvery
}

// rekeyLocked creates a new group key sealed to recipients and announces it in every
// partition in use. The new key is used from now on even if an announce fails: a partition
// whose announce failed is announced again before its next data event. Callers hold mu.
func (p *Publisher) rekeyLocked(ctx context.Context, recipients []groupkey.Recipient) error {
	gk := groupkey.New()
	contents, err := groupkey.SealAnnounce(p.cfg.Stream, gk, recipients, p.cfg.Announce)
	if err != nil {
		return fmt.Errorf("private: sealing a new group key: %w", err)
	}
	p.key = &keyState{gk: gk, cipher: groupkey.NewCipher(gk), created: p.now(), contents: contents}
	p.needRekey = false
	p.log.Info("new group key", "id", gk.IDHex(), "recipients", len(recipients), "announces", len(contents))
	var errs []error
	for _, part := range p.partitionsLocked() {
		delete(p.announced, part)
		if err := p.announceAllLocked(ctx, part, contents); err != nil {
			errs = append(errs, err)
			continue
		}
		p.announced[part] = gk.ID
	}
	return errors.Join(errs...)
}

// announceAddedLocked seals the current key to added recipients and announces it in every
// partition in use.
func (p *Publisher) announceAddedLocked(ctx context.Context, added []groupkey.Recipient) error {
	contents, err := groupkey.SealAnnounce(p.cfg.Stream, p.key.gk, added, p.cfg.Announce)
	if err != nil {
		return fmt.Errorf("private: sealing the group key to new subscribers: %w", err)
	}
	p.key.contents = append(p.key.contents, contents...)
	var errs []error
	for _, part := range p.partitionsLocked() {
		if p.announced[part] != p.key.gk.ID {
			continue // announced in full before its next data event
		}
		if err := p.announceAllLocked(ctx, part, contents); err != nil {
			delete(p.announced, part) // re-announce everything there next time
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (p *Publisher) announceAllLocked(ctx context.Context, partition uint32, contents [][]byte) error {
	for _, c := range contents {
		if err := p.publishAnnounce(ctx, partition, p.key.gk.ID, c); err != nil {
			return fmt.Errorf("private: announcing key %x in partition %d: %w", p.key.gk.ID[:4], partition, err)
		}
	}
	return nil
}

// partitionsLocked returns the partitions this publisher has published to.
func (p *Publisher) partitionsLocked() []uint32 {
	parts := make([]uint32, 0, len(p.used))
	for part := range p.used {
		parts = append(parts, part)
	}
	slices.Sort(parts)
	return parts
}

func (p *Publisher) publishAnnounce(ctx context.Context, partition uint32, id [groupkey.IDSize]byte, content []byte) error {
	ev, err := p.signer.Publish(p.cfg.Stream, partition, protocol.Message{
		MessageType:    protocol.MessageGroupKeyAnnounce,
		ContentType:    protocol.ContentBinary,
		EncryptionType: protocol.EncryptionNone,
		GroupKeyID:     id,
		Content:        content,
	})
	if err != nil {
		return fmt.Errorf("signing: %w", err)
	}
	return p.tr.Publish(ctx, ev)
}
