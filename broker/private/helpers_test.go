package private_test

import (
	"context"
	"crypto/ecdsa"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/groupkey"
	"github.com/streamr-go/streamr/broker/groupkey/keystore"
	"github.com/streamr-go/streamr/broker/internal/chaintest"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/devchain"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m, chaintest.LeakOptions()...) }

// Compile-time checks: the on-disk keystore is a GroupKeyStore.
var _ private.GroupKeyStore = (*keystore.Store)(nil)

const forever = chaintest.Forever

// Dev accounts by role.
const (
	ownerAcct = 1 // creates the stream and publishes
	subA      = 2
	subB      = 3
	outsider  = 4
	lateAcct  = 5
	tempAcct  = 6
)

// env is a dev chain with the contracts and one private stream owned by ownerAcct.
type env struct {
	*chaintest.Env
	t      *testing.T
	domain *protocol.Domain
	id     common.Address
	stream *stream.Stream
	log    *memLog
}

func newEnv(t *testing.T, subscribers ...int) *env {
	t.Helper()
	c := chaintest.New(t)
	e := &env{Env: c, t: t, domain: protocol.NewDomain(devchain.ChainID, c.Deploy.Registry), log: &memLog{}}
	users := []common.Address{}
	perms := []stream.Permission{}
	for _, s := range subscribers {
		users = append(users, c.Addr(s))
		perms = append(perms, stream.Permission{SubscribeExpiry: forever})
	}
	e.id, e.stream = c.CreateStream(ownerAcct, "/private/feed", 2, users, perms)
	return e
}

func (e *env) publisher(cfg private.PublisherConfig, now func() time.Time) *private.Publisher {
	e.t.Helper()
	signer, err := protocol.NewPublisher(e.Chain.Keys[ownerAcct], e.domain, protocol.PublisherConfig{})
	if err != nil {
		e.t.Fatal(err)
	}
	cfg.Stream = e.id
	p, err := private.NewPublisher(cfg, private.PublisherDeps{Signer: signer, Transport: e.log, Chain: e.Chain.Client, Now: now})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = p.Close() })
	return p
}

// subscriber is a dev account with an on-disk keystore whose key is registered in the stream.
type subscriber struct {
	acct  int
	addr  common.Address
	dir   string
	store *keystore.Store
	dec   *private.Decrypter
}

// subscriber creates account i's keystore, registers its encryption key in the stream and
// returns it with a decrypter that searches the log's history.
func (e *env) subscriber(i int) *subscriber {
	e.t.Helper()
	dir := e.t.TempDir()
	st, err := keystore.New(dir)
	if err != nil {
		e.t.Fatal(err)
	}
	e.Mined(e.stream.SetEncryptionKey(e.Auth(i), st.PublicKeyCompressed()))
	s := &subscriber{acct: i, addr: e.Addr(i), dir: dir, store: st}
	s.dec = e.decrypter(s.addr, st.EncryptionKey(), st, e.log)
	return s
}

func (e *env) decrypter(addr common.Address, key *ecdsa.PrivateKey, store private.GroupKeyStore, h private.History) *private.Decrypter {
	e.t.Helper()
	d, err := private.NewDecrypter(private.DecrypterConfig{Address: addr, Key: key, Domain: e.domain, Store: store, History: h})
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

// read hands every event of the log to d (in order) and returns the plaintexts of the data
// events, with the error of each event that failed ("" for none).
func read(t *testing.T, d *private.Decrypter, events []*protocol.Event) (plain []string, errs []error) {
	t.Helper()
	for _, ev := range events {
		m, err := d.Handle(context.Background(), ev)
		if ev.MessageType == protocol.MessageGroupKeyAnnounce {
			if err != nil {
				t.Fatalf("announce %s: %v", ev, err)
			}
			continue
		}
		errs = append(errs, err)
		if m != nil {
			plain = append(plain, string(m.Content))
		} else {
			plain = append(plain, "")
		}
	}
	return plain, errs
}

func publish(t *testing.T, p *private.Publisher, partition uint32, content string) *protocol.Event {
	t.Helper()
	ev, err := p.Publish(context.Background(), partition, protocol.ContentJSON, []byte(content))
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func announceRecipients(t *testing.T, ev *protocol.Event) []common.Address {
	t.Helper()
	a, err := groupkey.DecodeAnnounce(ev.Content)
	if err != nil {
		t.Fatal(err)
	}
	return a.Recipients()
}

func sorted(as ...common.Address) []common.Address {
	out := slices.Clone(as)
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// memLog is an in-memory broker stand-in: a Transport and History over an ordered slice.
type memLog struct {
	mu     sync.Mutex
	events []*protocol.Event
	fail   error // returned by Publish when set
}

func (l *memLog) Publish(_ context.Context, e *protocol.Event) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.fail != nil {
		return l.fail
	}
	l.events = append(l.events, e.Clone())
	return nil
}

func (l *memLog) Resend(_ context.Context, s common.Address, partition uint32, fromMs, toMs uint64) ([]*protocol.Event, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []*protocol.Event
	for _, e := range l.events {
		if e.Stream == s && e.Partition == partition && e.Timestamp >= fromMs && e.Timestamp <= toMs {
			out = append(out, e.Clone())
		}
	}
	return out, nil
}

// since returns the events published after the first n.
func (l *memLog) since(n int) []*protocol.Event {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]*protocol.Event, 0, len(l.events)-n)
	for _, e := range l.events[n:] {
		out = append(out, e.Clone())
	}
	return out
}

func (l *memLog) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.events)
}

func (l *memLog) setFail(err error) {
	l.mu.Lock()
	l.fail = err
	l.mu.Unlock()
}

func ofType(events []*protocol.Event, mt uint8) []*protocol.Event {
	var out []*protocol.Event
	for _, e := range events {
		if e.MessageType == mt {
			out = append(out, e)
		}
	}
	return out
}
