package txm

import (
	"context"
	"fmt"
	"math/big"
	"slices"
)

// Fees of one EIP-1559 attempt.
type Fees struct {
	TipCap *big.Int // max priority fee per gas
	FeeCap *big.Int // max fee per gas
}

func (f Fees) String() string { return fmt.Sprintf("tip=%s cap=%s", f.TipCap, f.FeeCap) }

// marketFees asks the fee market: the configured percentile of recent priority fees (at
// least MinTip) and BaseFeeMultiplier × the next block's base fee + tip, capped by MaxFeeCap.
func (m *Manager) marketFees(ctx context.Context) (Fees, error) {
	var tip, baseFee *big.Int
	ctx2, cancel := m.rpc(ctx)
	defer cancel()
	h, err := m.client.FeeHistory(ctx2, m.cfg.FeeHistoryBlocks, nil, []float64{m.cfg.TipPercentile})
	if err == nil && len(h.BaseFee) > 0 {
		baseFee = h.BaseFee[len(h.BaseFee)-1] // the block after the newest one
		var rewards []*big.Int
		for i, r := range h.Reward {
			// Empty blocks report a zero reward; they say nothing about the market.
			if len(r) > 0 && i < len(h.GasUsedRatio) && h.GasUsedRatio[i] > 0 {
				rewards = append(rewards, r[0])
			}
		}
		if len(rewards) > 0 {
			slices.SortFunc(rewards, func(a, b *big.Int) int { return a.Cmp(b) })
			tip = rewards[len(rewards)/2]
		}
	} else {
		// Endpoints without eth_feeHistory: the node's tip suggestion and the head's base fee.
		hd, herr := m.client.HeaderByNumber(ctx2, nil)
		if herr != nil {
			return Fees{}, fmt.Errorf("fee history: %w; head: %w", err, herr)
		}
		baseFee = hd.BaseFee
		if t, terr := m.client.SuggestGasTipCap(ctx2); terr == nil {
			tip = t
		}
	}
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	if tip == nil || tip.Cmp(m.cfg.MinTip) < 0 {
		tip = new(big.Int).Set(m.cfg.MinTip)
	}
	feeCap := new(big.Int).Mul(baseFee, big.NewInt(m.cfg.BaseFeeMultiplier))
	feeCap.Add(feeCap, tip)
	return m.capFees(Fees{TipCap: tip, FeeCap: feeCap}), nil
}

func (m *Manager) capFees(f Fees) Fees {
	if f.FeeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		f.FeeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if f.TipCap.Cmp(f.FeeCap) > 0 {
		f.TipCap = new(big.Int).Set(f.FeeCap)
	}
	return f
}

// bumpFees returns fees for a replacement of an attempt paying old: at least BumpPercent more
// on both tip and fee cap (nodes require 10% on both), and at least what the market asks
// now. ok is false when MaxFeeCap leaves no room for a valid replacement.
func (m *Manager) bumpFees(old, market Fees) (Fees, bool) {
	tip := bumpBy(old.TipCap, m.cfg.BumpPercent)
	feeCap := bumpBy(old.FeeCap, m.cfg.BumpPercent)
	if market.TipCap != nil && market.TipCap.Cmp(tip) > 0 {
		tip = new(big.Int).Set(market.TipCap)
	}
	if market.FeeCap != nil && market.FeeCap.Cmp(feeCap) > 0 {
		feeCap = new(big.Int).Set(market.FeeCap)
	}
	if feeCap.Cmp(tip) < 0 {
		feeCap = new(big.Int).Set(tip)
	}
	f := m.capFees(Fees{TipCap: tip, FeeCap: feeCap})
	minTip, minCap := bumpBy(old.TipCap, 10), bumpBy(old.FeeCap, 10)
	if f.TipCap.Cmp(minTip) < 0 || f.FeeCap.Cmp(minCap) < 0 {
		return old, false
	}
	return f, true
}

// bumpBy returns x × (100 + pct) / 100, rounded up, and at least x + 1.
func bumpBy(x *big.Int, pct int64) *big.Int {
	r := new(big.Int).Mul(x, big.NewInt(100+pct))
	r.Add(r, big.NewInt(99))
	r.Div(r, big.NewInt(100))
	if r.Cmp(x) <= 0 {
		r.Add(x, big.NewInt(1))
	}
	return r
}
