package reporter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/broker/checksum"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/metrictest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

// A registered broker reports the root of a closed epoch holding stored events, and the
// coordinator agrees on it (one assigned broker is its own two-thirds).
func TestReportsClosedEpoch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, d, coord := deployed(t, ctx, 200*time.Millisecond)
	nps, err := coord.PartitionCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}

	prefix := redistest.Prefix(t)
	rc := redistest.Shared(t, prefix)
	scfg := store.DefaultConfig()
	scfg.Prefix = prefix
	scfg.NetworkPartitions = nps
	st := store.New(rc, scfg, nil)
	epochLen, err := EpochLength(ctx, chain.Client, d.Coordinator)
	if err != nil || epochLen != 2*time.Second {
		t.Fatalf("epoch length %v, %v", epochLen, err)
	}
	sums := checksum.New(st, epochLen)

	brokerKey := chain.Keys[5]
	r, err := New(Config{Coordinator: d.Coordinator, ChainID: d.ChainID, NetworkPartitions: nps}, chain.Client, brokerKey, sums, nil, prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Register(ctx, "ws://127.0.0.1:7170/ws"); err != nil {
		t.Fatal(err)
	}
	if err := r.Register(ctx, "ws://127.0.0.1:7170/ws"); err != nil {
		t.Fatalf("registering twice: %v", err)
	}

	// Events in several streams, stored as the broker stores them.
	dom := protocol.NewDomain(d.ChainID, d.Registry)
	pub, err := protocol.NewPublisher(chain.Keys[1], dom, protocol.PublisherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	streams := []common.Address{common.HexToAddress("0x1000000000000000000000000000000000000001"), common.HexToAddress("0x2000000000000000000000000000000000000002")}
	var firstOffset store.Offset
	for i := 0; i < 20; i++ {
		e, err := pub.Publish(streams[i%2], 0, protocol.Message{ContentType: protocol.ContentBinary, Content: []byte{byte(i)}})
		if err != nil {
			t.Fatal(err)
		}
		data, err := protocol.Encode(e)
		if err != nil {
			t.Fatal(err)
		}
		off, err := st.Append(ctx, e, data)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			firstOffset = off
		}
	}
	epoch := sums.EpochOf(firstOffset)

	// Wait until that epoch has closed on both clocks, then report.
	var sent int
	deadline := time.Now().Add(30 * time.Second)
	for {
		head, err := chain.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		closedOnChain := head.Time/2 > epoch
		if closedOnChain && uint64(time.Now().Unix())/2 > epoch {
			n, err := r.ReportClosed(ctx)
			if err != nil {
				t.Fatal(err)
			}
			sent += n
			if sent > 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("no epoch was reported")
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Each partition holding events of the reported epoch is agreed on the root we compute.
	agreed := 0
	for np := uint32(0); np < nps; np++ {
		want, err := sums.Epoch(ctx, epoch, []uint32{np}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		got, err := coord.AgreedRoot(&bind.CallOpts{Context: ctx}, np, epoch)
		if err != nil {
			t.Fatal(err)
		}
		if want.Root == (common.Hash{}) {
			continue
		}
		if common.Hash(got) != want.Root {
			t.Errorf("partition %d epoch %d: agreed root %x, computed %x", np, epoch, got, want.Root)
		}
		agreed++
	}
	if agreed == 0 {
		t.Fatal("no partition agreed")
	}
	// Nothing is reported twice.
	if n, err := r.ReportClosed(ctx); err != nil || n != 0 {
		t.Fatalf("second ReportClosed sent %d, %v", n, err)
	}
}

// deployed starts a dev chain that seals a block every interval (and whenever transactions
// arrive), stopped at cleanup, and deploys the contracts with 2 s epochs.
func deployed(t *testing.T, ctx context.Context, interval time.Duration) (*devchain.Chain, *deploy.Deployment, *networkcoordinator.NetworkCoordinator) {
	t.Helper()
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = interval
	chain, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = chain.Close() })
	chain.Start(ctx)
	d, err := deploy.Deploy(ctx, chain.Client, chain.Keys[0], deploy.Options{EpochLength: 2})
	if err != nil {
		t.Fatal(err)
	}
	coord, err := networkcoordinator.NewNetworkCoordinator(d.Coordinator, chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	return chain, d, coord
}

// replaceEnv is a dev chain with the contracts and a reporter for an unregistered account.
type replaceEnv struct {
	chain *devchain.Chain
	coord *networkcoordinator.NetworkCoordinator
	r     *Reporter
	key   *ecdsa.PrivateKey
	reg   *prometheus.Registry
}

func newReplaceEnv(t *testing.T, ctx context.Context, mineTimeout time.Duration) *replaceEnv {
	t.Helper()
	chain, d, coord := deployed(t, ctx, 100*time.Millisecond)
	prefix := redistest.Prefix(t)
	scfg := store.DefaultConfig()
	scfg.Prefix = prefix
	st := store.New(redistest.Shared(t, prefix), scfg, nil)
	key, reg := chain.Keys[6], prometheus.NewRegistry()
	r, err := New(Config{Coordinator: d.Coordinator, ChainID: d.ChainID, NetworkPartitions: 1, MineTimeout: mineTimeout},
		chain.Client, key, checksum.New(st, 2*time.Second), nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	return &replaceEnv{chain: chain, coord: coord, r: r, key: key, reg: reg}
}

// registeredInsteadOf fails the test unless the account is registered, replaced was never
// mined, and the replacement was counted.
func (e *replaceEnv) registeredInsteadOf(t *testing.T, ctx context.Context, replaced *types.Transaction) {
	t.Helper()
	id, err := e.coord.BrokerIdOf(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(e.key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	if id == 0 {
		t.Fatal("not registered")
	}
	if _, err := e.chain.Client.TransactionReceipt(ctx, replaced.Hash()); err == nil {
		t.Fatalf("transaction %s was mined, not replaced", replaced.Hash())
	}
	if n := metrictest.Metric(t, e.reg, "streamr_broker_epoch_report_replacements_total"); n < 1 {
		t.Fatalf("%v replacements counted", n)
	}
}

// A transaction of the account stuck in the pool (a fee cap under any base fee the chain
// can reach, as a restarted broker might leave one) does not hold up the reporter: its
// transactions take that nonce, paying more.
func TestStuckTransactionIsReplaced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	e := newReplaceEnv(t, ctx, 20*time.Second)
	me := crypto.PubkeyToAddress(e.key.PublicKey)
	stuck, err := types.SignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(devchain.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(devchain.ChainID), Nonce: 0, To: &me, Gas: params.TxGas,
		GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1), // the base fee never falls below 7 wei
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Client.SendTransaction(ctx, stuck); err != nil {
		t.Fatal(err)
	}
	// The pool takes a sent transaction in the background: wait until it counts it.
	waitfor.Until(t, "the stuck transaction pending in the pool", 10*time.Second, func() bool {
		n, err := e.chain.Client.PendingNonceAt(ctx, me)
		return err == nil && n == 1
	})
	if err := e.r.Register(ctx, "ws://127.0.0.1:7170/ws"); err != nil {
		t.Fatal(err)
	}
	e.registeredInsteadOf(t, ctx, stuck)
}

// A transaction the chain does not mine in time fails the attempt; the next attempt takes
// its nonce, paying at least 1/8 more, and only the replacement is mined.
func TestUnminedTransactionIsOutbid(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	e := newReplaceEnv(t, ctx, 300*time.Millisecond)
	e.chain.Pause()
	err := e.r.Register(ctx, "ws://127.0.0.1:7170/ws")
	if err == nil || !strings.Contains(err.Error(), "not mined within") {
		t.Fatalf("registering on a chain that mines nothing: %v", err)
	}
	first := e.r.last
	if first == nil {
		t.Fatal("nothing was sent")
	}
	// The next attempt takes the first one's place in the pool before the chain mines.
	e.r.cfg.MineTimeout = 20 * time.Second
	done := make(chan error, 1)
	go func() { done <- e.r.Register(ctx, "ws://127.0.0.1:7170/ws") }()
	waitfor.Until(t, "the first transaction replaced in the pool", 10*time.Second, func() bool {
		_, _, err := e.chain.Client.TransactionByHash(ctx, first.Hash())
		return errors.Is(err, ethereum.NotFound)
	})
	e.chain.Start(ctx)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	e.registeredInsteadOf(t, ctx, first)
}

// A replacement outbids what it replaces by at least 1/8 on both tip and fee cap.
func TestRaise(t *testing.T) {
	for _, c := range []struct{ in, want int64 }{{0, 1}, {1, 2}, {8, 10}, {1_000_000_000, 1_125_000_001}} {
		if got := raise(big.NewInt(c.in)); got.Int64() != c.want {
			t.Errorf("raise(%d) = %d, want %d", c.in, got, c.want)
		}
	}
}
