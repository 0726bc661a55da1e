package indexer

import (
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/internal/deploy"
)

// Contracts are the project contracts followed. Zero addresses are not followed (a contract not
// deployed on this chain yet). Stream clones are discovered from the registry's StreamCreated.
type Contracts struct {
	Token       common.Address `json:"token"`
	Registry    common.Address `json:"registry"`
	DataLicense common.Address `json:"dataLicense,omitzero"`
	Coordinator common.Address `json:"coordinator,omitzero"`
	DeliveryHub common.Address `json:"deliveryHub,omitzero"`
}

// ContractsFrom returns the contracts of a deployment: token, registry, DataLicense,
// NetworkCoordinator and DeliveryHub. Index from d.Block (Config.StartBlock).
func ContractsFrom(d *deploy.Deployment) Contracts {
	return Contracts{Token: d.Token, Registry: d.Registry, DataLicense: d.License, Coordinator: d.Coordinator, DeliveryHub: d.Hub}
}

// ConfigFrom returns DefaultConfig for a deployment: its contracts, from its first block.
func ConfigFrom(d *deploy.Deployment) Config {
	c := DefaultConfig()
	c.Contracts = ContractsFrom(d)
	c.StartBlock = d.Block
	return c
}

func (c Contracts) list() []common.Address {
	var out []common.Address
	for _, a := range []common.Address{c.Token, c.Registry, c.DataLicense, c.Coordinator, c.DeliveryHub} {
		if a != (common.Address{}) {
			out = append(out, a)
		}
	}
	return out
}

// Config of the indexer.
type Config struct {
	Contracts Contracts
	// StartBlock is the first block read (the deployment block).
	StartBlock uint64
	// Confirmations: blocks younger than head − Confirmations are not indexed yet.
	Confirmations uint64
	// PollInterval between head checks when caught up (a new-heads subscription wakes the
	// indexer sooner when the client offers one).
	PollInterval time.Duration
	// InitialRange, MinRange, MaxRange bound the eth_getLogs block range; the range doubles
	// after a success and halves on "too many results", limit and timeout errors.
	InitialRange uint64
	MinRange     uint64
	MaxRange     uint64
	// TargetLogs per range: the range stops growing above it and shrinks above twice it.
	TargetLogs int
	// ReadConcurrency: eth_getLogs calls in flight for one range (split by blocks). Against a
	// remote node, 2..8 hides network latency; against an in-process node on 2 cores, 2 is
	// fastest (JSON encoding on both ends is CPU-bound and writing overlaps with reading).
	ReadConcurrency int
	// RPCTimeout bounds each RPC call; a timed-out eth_getLogs halves the range.
	RPCTimeout time.Duration
	// RetryMin and RetryMax bound the exponential backoff after errors.
	RetryMin time.Duration
	RetryMax time.Duration
	// ProgressInterval between progress log lines while catching up.
	ProgressInterval time.Duration
	// ProgressBar draws a terminal progress bar on stderr while catching up (only when stderr
	// is a terminal).
	ProgressBar bool
}

// DefaultConfig: 5 confirmations, 2 s polling, ranges of 1..5000 blocks starting at 10,
// about 20,000 logs per range, two eth_getLogs calls in flight.
func DefaultConfig() Config {
	return Config{
		Confirmations:    5,
		PollInterval:     2 * time.Second,
		InitialRange:     10,
		MinRange:         1,
		MaxRange:         5000,
		TargetLogs:       20_000,
		ReadConcurrency:  2,
		RPCTimeout:       30 * time.Second,
		RetryMin:         250 * time.Millisecond,
		RetryMax:         30 * time.Second,
		ProgressInterval: 5 * time.Second,
	}
}

func (c *Config) fill() error {
	d := DefaultConfig()
	if c.Contracts.Registry == (common.Address{}) && c.Contracts.Token == (common.Address{}) {
		return errors.New("indexer: no contracts configured")
	}
	if c.PollInterval <= 0 {
		c.PollInterval = d.PollInterval
	}
	if c.MinRange == 0 {
		c.MinRange = d.MinRange
	}
	if c.MaxRange == 0 {
		c.MaxRange = d.MaxRange
	}
	if c.InitialRange == 0 {
		c.InitialRange = d.InitialRange
	}
	if c.MaxRange < c.MinRange {
		return errors.New("indexer: MaxRange < MinRange")
	}
	c.InitialRange = min(max(c.InitialRange, c.MinRange), c.MaxRange)
	if c.TargetLogs <= 0 {
		c.TargetLogs = d.TargetLogs
	}
	if c.ReadConcurrency <= 0 {
		c.ReadConcurrency = d.ReadConcurrency
	}
	if c.RPCTimeout <= 0 {
		c.RPCTimeout = d.RPCTimeout
	}
	if c.RetryMin <= 0 {
		c.RetryMin = d.RetryMin
	}
	if c.RetryMax < c.RetryMin {
		c.RetryMax = max(d.RetryMax, c.RetryMin)
	}
	if c.ProgressInterval <= 0 {
		c.ProgressInterval = d.ProgressInterval
	}
	return nil
}
