package private

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/groupkey"
	"github.com/streamr-go/streamr/broker/protocol"
)

// GroupKeyStore keeps the group keys a subscriber has learned, scoped by stream and by the
// publisher that announced them. broker/groupkey/keystore.Store (on disk) and MemoryStore
// satisfy it.
type GroupKeyStore interface {
	GroupKey(stream, publisher common.Address, id [groupkey.IDSize]byte) (groupkey.GroupKey, bool)
	AddGroupKey(stream, publisher common.Address, gk groupkey.GroupKey) error
}

// DefaultLookupBackoff is how long a Decrypter waits before searching the history again
// for a group key it did not find.
const DefaultLookupBackoff = 10 * time.Second

// lookupOverlap is how far before the end of the previous scan of a partition the next
// history scan starts, for events that arrived late or out of order.
const lookupOverlap = time.Minute

// DecrypterConfig configures a Decrypter.
type DecrypterConfig struct {
	// Address is the subscriber's account: the address whose encryption key is registered
	// in the Stream contract and under which announces list it. Required.
	Address common.Address
	// Key is the encryption private key (keystore.Store.EncryptionKey). Required.
	Key *ecdsa.PrivateKey
	// Domain verifies event signatures. Required: announces from unverified events are
	// never trusted.
	Domain *protocol.Domain
	// Store keeps learned group keys; nil keeps them in memory only.
	Store GroupKeyStore
	// History, when set, is searched for announces when a data event's key is unknown
	// (a late joiner, a subscriber back after weeks).
	History History
	// LookupBackoff is the minimum time between two history searches for the same missing
	// key; zero means DefaultLookupBackoff.
	LookupBackoff time.Duration
	// Logger; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Message is a decrypted event.
type Message struct {
	Event   *protocol.Event // the event as received (content still encrypted)
	Content []byte          // the plaintext content
}

// Result is one event of a history read: the message or why it could not be read.
type Result struct {
	Message
	Err error
}

type keyRef struct {
	stream, publisher common.Address
	id                [groupkey.IDSize]byte
}

type streamPartition struct {
	stream    common.Address
	partition uint32
}

// Decrypter reads a private stream as one subscriber. It is safe for concurrent use.
type Decrypter struct {
	cfg   DecrypterConfig
	store GroupKeyStore
	log   *slog.Logger
	now   func() time.Time

	mu       sync.Mutex
	ciphers  map[keyRef]*groupkey.Cipher
	misses   map[keyRef]time.Time       // last failed history search per key
	scanned  map[streamPartition]uint64 // end (ms) of the last history scan per partition
	lookupMu sync.Mutex                 // one history search at a time
}

// NewDecrypter returns a decrypter for cfg.Address.
func NewDecrypter(cfg DecrypterConfig) (*Decrypter, error) {
	if cfg.Address == (common.Address{}) || cfg.Key == nil || cfg.Domain == nil {
		return nil, errors.New("private: decrypter needs an address, an encryption key and a signing domain")
	}
	if cfg.LookupBackoff <= 0 {
		cfg.LookupBackoff = DefaultLookupBackoff
	}
	d := &Decrypter{
		cfg: cfg, store: cfg.Store, log: cfg.Logger, now: cfg.Now,
		ciphers: map[keyRef]*groupkey.Cipher{}, misses: map[keyRef]time.Time{}, scanned: map[streamPartition]uint64{},
	}
	if d.store == nil {
		d.store = NewMemoryStore()
	}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	d.log = d.log.With("component", "private-decrypter", "subscriber", cfg.Address)
	if d.now == nil {
		d.now = time.Now
	}
	return d, nil
}

// Handle processes one received event. An announce is absorbed: the key sealed to this
// subscriber, if any, is stored, and Handle returns (nil, nil). A data (or error) event
// returns its plaintext. Errors:
//
//   - protocol.ErrBadSignature (and the other protocol errors): the event is malformed or
//     not signed by its publisher — it was tampered with;
//   - ErrNoGroupKey: encrypted with a key not (yet) announced to this subscriber, even after
//     searching History;
//   - groupkey.ErrDecrypt: the key is known but the ciphertext does not authenticate;
//   - groupkey.ErrBadAnnounce, groupkey.ErrSealedKey, ErrAnnounceMismatch: a bad announce.
func (d *Decrypter) Handle(ctx context.Context, e *protocol.Event) (*Message, error) {
	if err := d.verify(e); err != nil {
		return nil, err
	}
	if e.MessageType == protocol.MessageGroupKeyAnnounce {
		_, err := d.absorb(e)
		return nil, err
	}
	return d.decrypt(ctx, e, true)
}

// Announce absorbs a verified-or-not announce event (it is verified here) and reports
// whether it carried a key for this subscriber.
func (d *Decrypter) Announce(e *protocol.Event) (bool, error) {
	if err := d.verify(e); err != nil {
		return false, err
	}
	return d.absorb(e)
}

// History reads (stream, partition) in [fromMs, toMs] from cfg.History. Announces are
// absorbed first — including those published after toMs, since a subscriber that joined
// late receives the keys of earlier events in later announces — and then every data event
// of the range is returned, decrypted or with its error.
func (d *Decrypter) History(ctx context.Context, stream common.Address, partition uint32, fromMs, toMs uint64) ([]Result, error) {
	if d.cfg.History == nil {
		return nil, errors.New("private: decrypter has no history")
	}
	nowMs := uint64(max(d.now().UnixMilli(), 0))
	events, err := d.cfg.History.Resend(ctx, stream, partition, fromMs, max(toMs, nowMs))
	if err != nil {
		return nil, fmt.Errorf("private: reading history of %s/%d: %w", stream, partition, err)
	}
	var out []Result
	for _, e := range events {
		if e.MessageType != protocol.MessageGroupKeyAnnounce || e.Stream != stream || e.Partition != partition {
			continue
		}
		if err := d.verify(e); err != nil {
			d.log.Warn("skipping an invalid announce in history", "event", e.String(), "err", err)
			continue
		}
		if _, err := d.absorb(e); err != nil {
			d.log.Warn("skipping an unreadable announce in history", "event", e.String(), "err", err)
		}
	}
	for _, e := range events {
		if e.MessageType == protocol.MessageGroupKeyAnnounce || e.Timestamp < fromMs || e.Timestamp > toMs ||
			e.Stream != stream || e.Partition != partition {
			continue
		}
		r := Result{Message: Message{Event: e}}
		if r.Err = d.verify(e); r.Err == nil {
			var m *Message
			if m, r.Err = d.decrypt(ctx, e, false); m != nil {
				r.Message = *m
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func (d *Decrypter) verify(e *protocol.Event) error {
	if err := protocol.Validate(e, protocol.Limits{MaxContentSize: protocol.HardMaxContentSize}); err != nil {
		return fmt.Errorf("private: invalid event %s: %w", e, err)
	}
	if err := d.cfg.Domain.Verify(e); err != nil {
		return fmt.Errorf("private: event %s: %w", e, err)
	}
	return nil
}

// absorb opens a verified announce and stores the key it holds for this subscriber.
func (d *Decrypter) absorb(e *protocol.Event) (bool, error) {
	if e.MessageType != protocol.MessageGroupKeyAnnounce {
		return false, ErrNotAnnounce
	}
	a, err := groupkey.DecodeAnnounce(e.Content)
	if err != nil {
		return false, fmt.Errorf("private: announce %s: %w", e, err)
	}
	if a.Stream != e.Stream || a.KeyID != e.GroupKeyID {
		return false, fmt.Errorf("%w: %s", ErrAnnounceMismatch, e)
	}
	ref := keyRef{e.Stream, e.Publisher, a.KeyID}
	if d.cipher(ref) != nil {
		return true, nil // already known: skip the ECIES work
	}
	gk, found, err := a.Open(d.cfg.Key, d.cfg.Address)
	if err != nil || !found {
		return found, err
	}
	if err := d.store.AddGroupKey(e.Stream, e.Publisher, gk); err != nil {
		return true, fmt.Errorf("private: storing group key %s: %w", gk.IDHex(), err)
	}
	d.mu.Lock()
	d.ciphers[ref] = groupkey.NewCipher(gk)
	delete(d.misses, ref)
	d.mu.Unlock()
	d.log.Debug("learned a group key", "stream", e.Stream, "publisher", e.Publisher, "id", gk.IDHex())
	return true, nil
}

// cipher returns the cipher of ref from memory or the store, or nil.
func (d *Decrypter) cipher(ref keyRef) *groupkey.Cipher {
	d.mu.Lock()
	c := d.ciphers[ref]
	d.mu.Unlock()
	if c != nil {
		return c
	}
	gk, ok := d.store.GroupKey(ref.stream, ref.publisher, ref.id)
	if !ok {
		return nil
	}
	c = groupkey.NewCipher(gk)
	d.mu.Lock()
	d.ciphers[ref] = c
	d.mu.Unlock()
	return c
}

func (d *Decrypter) decrypt(ctx context.Context, e *protocol.Event, lookup bool) (*Message, error) {
	switch e.EncryptionType {
	case protocol.EncryptionNone:
		return &Message{Event: e, Content: e.Content}, nil
	case protocol.EncryptionAES256GCM:
	default:
		return nil, fmt.Errorf("%w: %d", ErrUnsupportedEncryption, e.EncryptionType)
	}
	ref := keyRef{e.Stream, e.Publisher, e.GroupKeyID}
	c := d.cipher(ref)
	if c == nil && lookup && d.cfg.History != nil {
		if err := d.lookup(ctx, ref, e.Partition); err != nil {
			return nil, err
		}
		c = d.cipher(ref)
	}
	if c == nil {
		return nil, fmt.Errorf("%w (key %x from %s in %s)", ErrNoGroupKey, e.GroupKeyID[:4], e.Publisher, e.Stream)
	}
	pt, err := c.Decrypt(e.Content, groupkey.AAD(e.Stream, e.Partition, e.GroupKeyID))
	if err != nil {
		return nil, fmt.Errorf("private: event %s: %w", e, err)
	}
	return &Message{Event: e, Content: pt}, nil
}

// lookup searches the partition's history for announces, from where the last search
// ended (or the beginning) to now, at most once per LookupBackoff for the same key.
func (d *Decrypter) lookup(ctx context.Context, ref keyRef, partition uint32) error {
	d.lookupMu.Lock()
	defer d.lookupMu.Unlock()
	if d.cipher(ref) != nil {
		return nil // found by a concurrent search
	}
	now := d.now()
	d.mu.Lock()
	last, missed := d.misses[ref]
	sp := streamPartition{ref.stream, partition}
	from := d.scanned[sp]
	d.mu.Unlock()
	if missed && now.Sub(last) < d.cfg.LookupBackoff {
		return nil
	}
	if from > uint64(lookupOverlap.Milliseconds()) {
		from -= uint64(lookupOverlap.Milliseconds())
	} else {
		from = 0
	}
	toMs := uint64(max(now.UnixMilli(), 0))
	events, err := d.cfg.History.Resend(ctx, ref.stream, partition, from, toMs)
	if err != nil {
		return fmt.Errorf("private: searching the history of %s/%d for group keys: %w", ref.stream, partition, err)
	}
	for _, e := range events {
		if e.MessageType != protocol.MessageGroupKeyAnnounce || e.Stream != ref.stream {
			continue
		}
		if err := d.verify(e); err != nil {
			continue
		}
		if _, err := d.absorb(e); err != nil {
			d.log.Debug("unreadable announce in history", "event", e.String(), "err", err)
		}
	}
	d.mu.Lock()
	d.scanned[sp] = max(d.scanned[sp], toMs)
	if d.ciphers[ref] == nil {
		d.misses[ref] = now
	}
	d.mu.Unlock()
	return nil
}

// MemoryStore is a GroupKeyStore in memory.
type MemoryStore struct {
	mu   sync.Mutex
	keys map[keyRef]groupkey.GroupKey
}

// NewMemoryStore returns an empty store.
func NewMemoryStore() *MemoryStore { return &MemoryStore{keys: map[keyRef]groupkey.GroupKey{}} }

// GroupKey implements GroupKeyStore.
func (s *MemoryStore) GroupKey(stream, publisher common.Address, id [groupkey.IDSize]byte) (groupkey.GroupKey, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k, ok := s.keys[keyRef{stream, publisher, id}]
	return k, ok
}

// AddGroupKey implements GroupKeyStore.
func (s *MemoryStore) AddGroupKey(stream, publisher common.Address, gk groupkey.GroupKey) error {
	if gk.ID == ([groupkey.IDSize]byte{}) {
		return groupkey.ErrZeroID
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[keyRef{stream, publisher, gk.ID}] = gk
	return nil
}
