package txm

import (
	"fmt"
	"math/big"
	"time"
)

// Config of a transaction manager. Zero fields take DefaultConfig's values in New.
type Config struct {
	// ChainID of the chain; 0 reads eth_chainId at Start.
	ChainID uint64
	// PollInterval: how often the head is read and the queue worked when nothing wakes the
	// manager earlier.
	PollInterval time.Duration
	// Confirmations: a receipt this many blocks deep (1 = in the head block) is final.
	Confirmations uint64
	// MaxInFlight bounds the transactions holding a nonce and not yet confirmed.
	MaxInFlight int
	// MaxQueued bounds the unstarted transactions Enqueue accepts (0: unbounded).
	MaxQueued int
	// FeeHistoryBlocks and TipPercentile: the tip is this percentile of the priority fees paid
	// in the last blocks (eth_feeHistory), at least MinTip.
	FeeHistoryBlocks uint64
	TipPercentile    float64
	// MinTip is the lowest priority fee offered (wei).
	MinTip *big.Int
	// MaxFeeCap caps the fee cap (wei per gas) of any attempt, bumps included.
	MaxFeeCap *big.Int
	// BaseFeeMultiplier: fee cap = BaseFeeMultiplier × next base fee + tip.
	BaseFeeMultiplier int64
	// BumpAfterBlocks: an attempt not mined this many blocks after it was sent is replaced by
	// one paying BumpPercent more (at least 10, what nodes require to replace).
	BumpAfterBlocks uint64
	BumpPercent     int64
	// GasLimitMultiplier pads estimates when a Request has no GasLimit (percent, e.g. 125).
	GasLimitPercent uint64
	// RPCTimeout bounds every RPC call.
	RPCTimeout time.Duration
}

// DefaultConfig: 1 s polling, 3 confirmations, 16 in flight, the 60th percentile tip over 10
// blocks (at least 1 gwei), fee cap 2 × base fee + tip up to 500 gwei, bump 20% after 3 blocks.
func DefaultConfig() Config {
	return Config{
		PollInterval:      time.Second,
		Confirmations:     3,
		MaxInFlight:       16,
		FeeHistoryBlocks:  10,
		TipPercentile:     60,
		MinTip:            big.NewInt(1_000_000_000),
		MaxFeeCap:         new(big.Int).Mul(big.NewInt(500), big.NewInt(1_000_000_000)),
		BaseFeeMultiplier: 2,
		BumpAfterBlocks:   3,
		BumpPercent:       20,
		GasLimitPercent:   125,
		RPCTimeout:        10 * time.Second,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.PollInterval <= 0 {
		c.PollInterval = d.PollInterval
	}
	if c.Confirmations == 0 {
		c.Confirmations = d.Confirmations
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = d.MaxInFlight
	}
	if c.FeeHistoryBlocks == 0 {
		c.FeeHistoryBlocks = d.FeeHistoryBlocks
	}
	if c.TipPercentile <= 0 {
		c.TipPercentile = d.TipPercentile
	}
	if c.MinTip == nil {
		c.MinTip = d.MinTip
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = d.MaxFeeCap
	}
	if c.BaseFeeMultiplier <= 0 {
		c.BaseFeeMultiplier = d.BaseFeeMultiplier
	}
	if c.BumpAfterBlocks == 0 {
		c.BumpAfterBlocks = d.BumpAfterBlocks
	}
	if c.BumpPercent == 0 {
		c.BumpPercent = d.BumpPercent
	}
	if c.GasLimitPercent == 0 {
		c.GasLimitPercent = d.GasLimitPercent
	}
	if c.RPCTimeout <= 0 {
		c.RPCTimeout = d.RPCTimeout
	}
	return c
}

func (c Config) validate() error {
	if c.BumpPercent < 10 {
		return fmt.Errorf("%w: BumpPercent %d is below the 10%% nodes require for a replacement", ErrInvalidConfig, c.BumpPercent)
	}
	if c.GasLimitPercent < 100 {
		return fmt.Errorf("%w: GasLimitPercent %d is below 100: estimated transactions would run out of gas", ErrInvalidConfig, c.GasLimitPercent)
	}
	if c.TipPercentile > 100 {
		return fmt.Errorf("%w: TipPercentile %v above 100", ErrInvalidConfig, c.TipPercentile)
	}
	if c.MaxFeeCap.Sign() <= 0 || c.MinTip.Sign() < 0 || c.MinTip.Cmp(c.MaxFeeCap) > 0 {
		return fmt.Errorf("%w: need 0 <= MinTip <= MaxFeeCap and MaxFeeCap > 0", ErrInvalidConfig)
	}
	return nil
}
