package oracle

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/protocol"
)

type dataErr struct{ data string }

func (d dataErr) Error() string  { return "execution reverted" }
func (d dataErr) ErrorData() any { return d.data }

func TestClassifyRevert(t *testing.T) {
	id := hub.Errors["AlreadyDelivered"].ID
	if err := classifyRevert(dataErr{"0x" + id.Hex()[2:10] + "00"}); !errors.Is(err, ErrAlreadyDelivered) {
		t.Fatalf("AlreadyDelivered: %v", err)
	}
	id = hub.Errors["InvalidSignature"].ID
	if err := classifyRevert(dataErr{id.Hex()[:10]}); !errors.Is(err, ErrHubRejected) {
		t.Fatalf("InvalidSignature: %v", err)
	}
	if err := classifyRevert(errors.New("boom")); !errors.Is(err, ErrHubRejected) {
		t.Fatalf("plain: %v", err)
	}
}

func TestPricing(t *testing.T) {
	p := Pricing{DATAPerETH: 10, Margin: 0.5}
	gwei := big.NewInt(1e9)
	// 100k gas × 1 gwei = 1e14 wei = 1e15 DATA wei; × 1.5 = 1.5e15.
	for _, tc := range []struct {
		bounty int64
		want   bool
	}{{1.5e15, true}, {1.4e15, false}, {1e18, true}} {
		if ok, need := p.Profitable(big.NewInt(tc.bounty), 100_000, gwei); ok != tc.want {
			t.Errorf("bounty %d: %v (need %v)", tc.bounty, ok, need)
		}
	}
}

func TestLedger(t *testing.T) {
	l := newLedger()
	s := l.apply(&hubEvent{Name: "Subscribed", SubscriptionID: 1, Bounty: big.NewInt(10), Deposit: big.NewInt(25)})
	if s == nil || !s.Active {
		t.Fatal("not active")
	}
	l.apply(&hubEvent{Name: "Delivered", SubscriptionID: 1, Bounty: big.NewInt(10), Position: position{100, 2}})
	got, _ := l.subscription(1)
	if got.Deposit.Int64() != 15 || got.affordable(5) != 1 {
		t.Fatalf("deposit %v affordable %d", got.Deposit, got.affordable(5))
	}
	for _, tc := range []struct {
		ts   uint64
		seq  uint32
		done bool
	}{{100, 2, true}, {100, 1, true}, {99, 9, true}, {100, 3, false}, {101, 0, false}} {
		e := &protocol.Event{Timestamp: tc.ts, Sequence: tc.seq}
		if d := l.delivered(1, e); d != tc.done {
			t.Errorf("(%d,%d) delivered=%v", tc.ts, tc.seq, d)
		}
	}
	l.apply(&hubEvent{Name: "ToppedUp", SubscriptionID: 1, Deposit: big.NewInt(100)})
	l.apply(&hubEvent{Name: "Cancelled", SubscriptionID: 1})
	if got, _ := l.subscription(1); got.Active || got.Deposit.Sign() != 0 {
		t.Fatal("cancel not applied")
	}
}

// Prices that make every delivery look profitable, or a gas limit below the estimate, are
// refused by New with an error naming the setting.
func TestNewRejectsBadConfig(t *testing.T) {
	deps := Deps{Chain: nil, Sender: nil, Source: NewMemSource(), Domain: &protocol.Domain{}}
	for _, tc := range []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"zero DATA price", func(c *Config) { c.Pricing.DATAPerETH = 0 }, "DATAPerETH"},
		{"negative DATA price", func(c *Config) { c.Pricing.DATAPerETH = -5 }, "DATAPerETH"},
		{"NaN DATA price", func(c *Config) { c.Pricing.DATAPerETH = math.NaN() }, "DATAPerETH"},
		{"negative margin", func(c *Config) { c.Pricing.Margin = -2 }, "Margin"},
		{"gas limit under the estimate", func(c *Config) { c.GasLimitPercent = 90 }, "GasLimitPercent"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Hub = common.HexToAddress("0x1")
			tc.mutate(&cfg)
			if _, err := New(cfg, deps, nil, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("New: %v, want an error naming %s", err, tc.want)
			}
		})
	}
}
