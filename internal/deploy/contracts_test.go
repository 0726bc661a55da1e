package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/bindings/forwarder"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/metatx"
)

const forever = ^uint64(0)

func newChain(t *testing.T) (*devchain.Chain, *deploy.Deployment) {
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
	d, err := deploy.Deploy(ctx, c.Client, c.Keys[0], deploy.Options{Mint: big.NewInt(1e18), MintTo: c.Addrs})
	if err != nil {
		t.Fatal(err)
	}
	return c, d
}

func auth(t *testing.T, c *devchain.Chain, i int) *bind.TransactOpts {
	t.Helper()
	a, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], big.NewInt(devchain.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func mined(t *testing.T, c *devchain.Chain) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		return waitOK(t, c, tx, err)
	}
}

func waitOK(t *testing.T, c *devchain.Chain, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := chainutil.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

func TestStreamLifecycle(t *testing.T) {
	c, d := newChain(t)
	reg, err := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	owner, sub, pub := c.Addrs[1], c.Addrs[2], c.Addrs[3]

	mined(t, c)(reg.CreateStream(auth(t, c, 1), "/demo/feed", `{"description":"demo"}`, 3,
		[]common.Address{sub}, []streamregistry.Permission{{SubscribeExpiry: forever}}))
	id, err := reg.StreamOf(nil, owner, "demo/feed")
	if err != nil || id == (common.Address{}) {
		t.Fatalf("StreamOf = %s, %v", id, err)
	}
	name, _ := reg.NameOf(nil, owner, "demo/feed")
	if got, _ := reg.Resolve(nil, name); got != id {
		t.Fatalf("Resolve(%q) = %s, want %s", name, got, id)
	}
	if got, _ := reg.StreamAt(nil, big.NewInt(0)); got != id {
		t.Fatalf("StreamAt(0) = %s, want %s", got, id)
	}
	s, err := stream.NewStream(id, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, f func(*bind.CallOpts, common.Address) (bool, error), who common.Address, want bool) {
		t.Helper()
		got, err := f(nil, who)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s(%s) = %v, want %v", what, who, got, want)
		}
	}
	check("canSubscribe", s.CanSubscribe, sub, true)
	check("canPublish", s.CanPublish, sub, false)
	check("canPublish", s.CanPublish, owner, true)
	if p, _ := s.Partitions(nil); p != 3 {
		t.Errorf("partitions = %d, want 3", p)
	}

	// Grant publish for 100 s, then move time past it.
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	mined(t, c)(s.GrantPublish(auth(t, c, 1), pub, head.Time+100))
	check("canPublish", s.CanPublish, pub, true)
	if err := c.Backend.AdjustTime(200 * time.Second); err != nil {
		t.Fatal(err)
	}
	check("canPublish after expiry", s.CanPublish, pub, false)

	// Only the owner or a canGrant holder changes permissions.
	if _, err := s.GrantPublish(auth(t, c, 2), c.Addrs[2], forever); err == nil {
		t.Fatal("a subscriber granted itself publish")
	}
	mined(t, c)(s.RevokeAll(auth(t, c, 1), sub))
	check("canSubscribe after revoke", s.CanSubscribe, sub, false)

	// Deletion frees the name and closes every right.
	mined(t, c)(reg.DeleteStream(auth(t, c, 1), owner, "demo/feed"))
	if got, _ := reg.StreamOf(nil, owner, "demo/feed"); got != (common.Address{}) {
		t.Errorf("StreamOf after delete = %s", got)
	}
	check("canPublish after delete", s.CanPublish, owner, false)
}

// A user holding no ETH signs a request in Go; account 0 relays it through the forwarder.
func TestCreateStreamThroughForwarder(t *testing.T) {
	c, d := newChain(t)
	user, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(user.PublicKey)
	regABI, err := streamregistry.StreamRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := regABI.Pack("createStream", "relayed", "", uint32(1), []common.Address{}, []streamregistry.Permission{})
	if err != nil {
		t.Fatal(err)
	}
	fwd, err := forwarder.NewStreamrForwarder(d.Forwarder, c.Client)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := fwd.Nonces(nil, from)
	if err != nil {
		t.Fatal(err)
	}
	req, err := metatx.Sign(user, devchain.ChainID, d.Forwarder, metatx.Request{
		From: from, To: d.Registry, Gas: 500_000, Nonce: nonce,
		Deadline: uint64(time.Now().Add(time.Hour).Unix()), Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := fwd.Verify(nil, req); err != nil || !ok {
		t.Fatalf("forwarder.verify = %v, %v", ok, err)
	}
	mined(t, c)(fwd.Execute(auth(t, c, 0), req))

	reg, _ := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	id, err := reg.StreamOf(nil, from, "relayed")
	if err != nil || id == (common.Address{}) {
		t.Fatalf("relayed stream not created: %s %v", id, err)
	}
	s, _ := stream.NewStream(id, c.Client)
	if o, _ := s.Owner(nil); o != from {
		t.Fatalf("owner = %s, want the signer %s", o, from)
	}
	// A replayed request is refused (nonce used).
	if _, err := fwd.Execute(auth(t, c, 0), req); err == nil {
		t.Fatal("replayed forward request accepted")
	}
}
