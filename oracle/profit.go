package oracle

import (
	"fmt"
	"math"
	"math/big"
)

// Pricing decides whether a delivery pays: the bounty (DATA wei) against the gas cost (wei)
// converted at DATAPerETH, with a margin.
type Pricing struct {
	// DATAPerETH: how many DATA one ETH is worth (e.g. 25000).
	DATAPerETH float64
	// Margin: the bounty must exceed cost × (1 + Margin) (0.1 = 10%).
	Margin float64
}

// Profitable reports whether bounty pays for gas × gasPrice, and the cost in DATA wei.
func (p Pricing) Profitable(bounty *big.Int, gas uint64, gasPrice *big.Int) (bool, *big.Int) {
	costWei := new(big.Float).SetInt(new(big.Int).Mul(new(big.Int).SetUint64(gas), gasPrice))
	costData := new(big.Float).Mul(costWei, big.NewFloat(p.DATAPerETH*(1+p.Margin)))
	need, _ := costData.Int(nil)
	return bounty.Cmp(need) >= 0, need
}

// validate refuses prices that would make every delivery look profitable (a zero, negative
// or missing DATA price, a negative margin) or that cannot be computed with.
func (p Pricing) validate() error {
	if math.IsNaN(p.DATAPerETH) || math.IsInf(p.DATAPerETH, 0) || p.DATAPerETH <= 0 {
		return fmt.Errorf("oracle: Pricing.DATAPerETH must be a positive number, got %v", p.DATAPerETH)
	}
	if math.IsNaN(p.Margin) || math.IsInf(p.Margin, 0) || p.Margin < 0 {
		return fmt.Errorf("oracle: Pricing.Margin must be 0 or more, got %v", p.Margin)
	}
	return nil
}
