package reporter

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/broker/checksum"
	"github.com/streamr-go/streamr/broker/internal/redistest"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
)

// A registered broker reports the root of a closed epoch holding stored events, and the
// coordinator agrees on it (one assigned broker is its own two-thirds).
func TestReportsClosedEpoch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := devchain.DefaultConfig()
	cfg.BlockInterval = 200 * time.Millisecond
	chain, err := devchain.New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	chain.Start(ctx)
	defer chain.Close()
	d, err := deploy.Deploy(ctx, chain.Client, chain.Keys[0], deploy.Options{EpochLength: 2})
	if err != nil {
		t.Fatal(err)
	}
	coord, err := networkcoordinator.NewNetworkCoordinator(d.Coordinator, chain.Client)
	if err != nil {
		t.Fatal(err)
	}
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
