// Package chaintest runs an in-process dev chain with the project's contracts for broker
// tests and creates streams on it.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
)

// Forever is a permission expiry that never comes.
const Forever = ^uint64(0)

// Env is a running chain with deployed contracts.
type Env struct {
	T        testing.TB
	Chain    *devchain.Chain
	Deploy   *deploy.Deployment
	Registry *streamregistry.StreamRegistry
}

// New starts a chain (stopped at cleanup) and deploys the contracts.
func New(t testing.TB) *Env {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = 0
	c, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Start(context.Background())
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	return &Env{T: t, Chain: c, Deploy: d, Registry: reg}
}

// Auth returns a transactor of dev account i.
func (e *Env) Auth(i int) *bind.TransactOpts {
	a, err := bind.NewKeyedTransactorWithChainID(e.Chain.Keys[i], big.NewInt(devchain.ChainID))
	if err != nil {
		e.T.Fatal(err)
	}
	return a
}

// Key of dev account i.
func (e *Env) Key(i int) *ecdsa.PrivateKey { return e.Chain.Keys[i] }

// Addr of dev account i.
func (e *Env) Addr(i int) common.Address { return e.Chain.Addrs[i] }

// Mined waits for tx and fails the test if it failed.
func (e *Env) Mined(tx *types.Transaction, err error) *types.Receipt {
	e.T.Helper()
	if err != nil {
		e.T.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chainutil.WaitOK(ctx, e.Chain.Client, tx)
	if err != nil {
		e.T.Fatal(err)
	}
	return r
}

// CreateStream creates stream path owned by account owner with the given permissions and
// returns its address and binding.
func (e *Env) CreateStream(owner int, path string, partitions uint32, users []common.Address, perms []stream.Permission) (common.Address, *stream.Stream) {
	e.T.Helper()
	rp := make([]streamregistry.Permission, len(perms))
	for i, p := range perms {
		rp[i] = streamregistry.Permission(p)
	}
	if users == nil {
		users = []common.Address{}
	}
	e.Mined(e.Registry.CreateStream(e.Auth(owner), path, "{}", partitions, users, rp))
	id, err := e.Registry.StreamOf(nil, e.Addr(owner), trimSlash(path))
	if err != nil || id == (common.Address{}) {
		e.T.Fatalf("stream %s not created: %v", path, err)
	}
	s, err := stream.NewStream(id, e.Chain.Client)
	if err != nil {
		e.T.Fatal(err)
	}
	return id, s
}

// Branch commits n empty blocks and returns the head they were built on: the base from which
// Reorg replaces them.
func (e *Env) Branch(n int) *types.Header {
	e.T.Helper()
	base, err := e.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.T.Fatal(err)
	}
	for range n {
		e.Chain.Commit()
	}
	return base
}

// Reorg replaces the blocks after base with a longer branch whose first block holds the
// transaction send makes (nil: none), and returns its receipt once that branch is canonical.
// It fails the test unless the transaction landed at a height that was replaced. (The
// transactions of the replaced blocks return to the pool and may be mined again.)
func (e *Env) Reorg(base *types.Header, send func() (*types.Transaction, error)) *types.Receipt {
	e.T.Helper()
	head, err := e.Chain.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.T.Fatal(err)
	}
	if err := e.Chain.Backend.Fork(base.Hash()); err != nil {
		e.T.Fatal(err)
	}
	var tx *types.Transaction
	if send != nil {
		if tx, err = send(); err != nil {
			e.T.Fatal(err)
		}
	}
	for range head.Number.Uint64() - base.Number.Uint64() + 2 {
		e.Chain.Commit()
	}
	if tx == nil {
		return nil
	}
	r := e.Mined(tx, nil)
	if r.BlockNumber.Uint64() > head.Number.Uint64() {
		e.T.Fatalf("the transaction is in block %d, above the replaced ones (to %d)", r.BlockNumber, head.Number)
	}
	return r
}

func trimSlash(p string) string {
	for len(p) > 0 && p[0] == '/' {
		p = p[1:]
	}
	return p
}

// LeakOptions are the goleak options for packages whose tests run a dev chain: go-ethereum
// and goleveldb leave background goroutines that end on their own after Close.
func LeakOptions() []goleak.Option {
	return []goleak.Option{
		goleak.IgnoreAnyFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/metrics.(*meterTicker).loop"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	}
}
