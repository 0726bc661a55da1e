// Package reporter sends a broker's epoch checksums to the NetworkCoordinator: for every
// network partition the coordinator assigns to the broker, once an epoch has closed on both
// the chain's clock and the store's, it computes the Merkle root of the epoch's per-stream
// counts and rolling hashes (broker/checksum) and calls reportEpoch. DataLicense releases
// sellers' escrow against the roots the brokers agree on.
package reporter

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/broker/checksum"
)

// Chain is what reporting needs of a chain client.
type Chain interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Config of a reporter.
type Config struct {
	Coordinator common.Address
	ChainID     uint64
	// Interval between checks for closed, unreported epochs.
	Interval time.Duration
	// NetworkPartitions is the store's network partition count (the hash tag space); only
	// partitions below it are reported.
	NetworkPartitions uint32
	// Lookback is how many of the latest closed epochs are checked for missing reports, so a
	// broker that was briefly down catches up (default 3).
	Lookback uint64
}

// Reporter reports epochs for one broker account.
type Reporter struct {
	cfg   Config
	chain Chain
	key   *ecdsa.PrivateKey
	me    common.Address
	coord *networkcoordinator.NetworkCoordinator
	sums  *checksum.Computer
	log   *slog.Logger

	reported prometheus.Counter
	failures prometheus.Counter

	epochLen uint64
	mu       sync.Mutex
	cancel   context.CancelFunc
	done     chan struct{}
}

// New builds a reporter; sums must use the coordinator's epoch length (see EpochLength).
func New(cfg Config, chain Chain, key *ecdsa.PrivateKey, sums *checksum.Computer, logger *slog.Logger, reg prometheus.Registerer) (*Reporter, error) {
	if cfg.Interval <= 0 {
		cfg.Interval = 5 * time.Second
	}
	if cfg.Lookback == 0 {
		cfg.Lookback = 3
	}
	if key == nil || chain == nil || sums == nil {
		return nil, errors.New("reporter: chain, key and checksum computer are required")
	}
	coord, err := networkcoordinator.NewNetworkCoordinator(cfg.Coordinator, chain)
	if err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	r := &Reporter{cfg: cfg, chain: chain, key: key, me: crypto.PubkeyToAddress(key.PublicKey), coord: coord, sums: sums,
		log:      logger.With("component", "reporter"),
		reported: prometheus.NewCounter(prometheus.CounterOpts{Name: "broker_epoch_reports_total", Help: "Epoch roots reported to the coordinator."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Name: "broker_epoch_report_failures_total", Help: "Failed epoch reports."}),
	}
	if reg != nil {
		reg.MustRegister(r.reported, r.failures)
	}
	return r, nil
}

// EpochLength reads the coordinator's epoch length.
func EpochLength(ctx context.Context, chain bind.ContractBackend, coordinator common.Address) (time.Duration, error) {
	c, err := networkcoordinator.NewNetworkCoordinator(coordinator, chain)
	if err != nil {
		return 0, err
	}
	s, err := c.EpochLength(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reporter: reading the epoch length: %w", err)
	}
	return time.Duration(s) * time.Second, nil
}

// Register registers the broker with the coordinator (no stake) when it is not yet, and
// rebalances so that it gets partitions.
func (r *Reporter) Register(ctx context.Context, endpoint string) error {
	id, err := r.coord.BrokerIdOf(&bind.CallOpts{Context: ctx}, r.me)
	if err != nil {
		return fmt.Errorf("reporter: reading registration: %w", err)
	}
	if id != 0 {
		return nil
	}
	opts := r.opts(ctx)
	tx, err := r.coord.Register(opts, endpoint, new(big.Int))
	if err != nil {
		return fmt.Errorf("reporter: register: %w", err)
	}
	if err := r.wait(ctx, tx); err != nil {
		return fmt.Errorf("reporter: register: %w", err)
	}
	tx, err = r.coord.Rebalance(r.opts(ctx), big.NewInt(64))
	if err != nil {
		return fmt.Errorf("reporter: rebalance: %w", err)
	}
	return r.wait(ctx, tx)
}

// Start reports in the background until Close.
func (r *Reporter) Start(ctx context.Context) error {
	l, err := r.coord.EpochLength(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("reporter: reading the epoch length: %w", err)
	}
	r.epochLen = l
	r.mu.Lock()
	defer r.mu.Unlock()
	ctx, r.cancel = context.WithCancel(context.WithoutCancel(ctx))
	r.done = make(chan struct{})
	go r.loop(ctx)
	return nil
}

// Close stops reporting.
func (r *Reporter) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cancel != nil {
		r.cancel()
		<-r.done
		r.cancel = nil
	}
	return nil
}

func (r *Reporter) loop(ctx context.Context) {
	defer close(r.done)
	t := time.NewTicker(r.cfg.Interval)
	defer t.Stop()
	for {
		if _, err := r.ReportClosed(ctx); err != nil && ctx.Err() == nil {
			r.failures.Inc()
			r.log.Warn("epoch report failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// ReportClosed reports the latest closed epochs (Config.Lookback of them) for every assigned
// partition not reported yet and returns how many reports it sent.
func (r *Reporter) ReportClosed(ctx context.Context) (int, error) {
	if r.epochLen == 0 {
		l, err := r.coord.EpochLength(&bind.CallOpts{Context: ctx})
		if err != nil {
			return 0, err
		}
		r.epochLen = l
	}
	head, err := r.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	// The epoch must be closed on the chain (reportEpoch checks block time) and in the
	// store (events are filed by their arrival time): take the earlier clock.
	now := min(head.Time, uint64(time.Now().Unix()))
	if now < r.epochLen {
		return 0, nil
	}
	last := now/r.epochLen - 1
	first := last - min(last, r.cfg.Lookback-1)
	sent := 0
	for epoch := first; epoch <= last; epoch++ {
		n, err := r.reportEpoch(ctx, epoch, now)
		sent += n
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

func (r *Reporter) reportEpoch(ctx context.Context, epoch, now uint64) (int, error) {
	call := &bind.CallOpts{Context: ctx}
	sent := 0
	for np := uint32(0); np < r.cfg.NetworkPartitions; np++ {
		ok, err := r.coord.IsAssigned(call, np, r.me)
		if err != nil {
			return sent, err
		}
		if !ok {
			continue
		}
		prev, err := r.coord.ReportOf(call, np, epoch, r.me)
		if err != nil {
			return sent, err
		}
		if prev != ([32]byte{}) {
			continue
		}
		rep, err := r.sums.Epoch(ctx, epoch, []uint32{np}, time.Unix(int64(now), 0))
		if err != nil {
			return sent, err
		}
		if rep.Root == (common.Hash{}) {
			continue // no events in this partition and epoch: nothing to attest
		}
		tx, err := r.coord.ReportEpoch(r.opts(ctx), np, epoch, rep.Root)
		if err != nil {
			return sent, fmt.Errorf("reporter: reportEpoch(%d, %d): %w", np, epoch, err)
		}
		if err := r.wait(ctx, tx); err != nil {
			return sent, fmt.Errorf("reporter: reportEpoch(%d, %d): %w", np, epoch, err)
		}
		r.reported.Inc()
		sent++
		r.log.Info("epoch reported", "network_partition", np, "epoch", epoch, "root", rep.Root, "streams", len(rep.Leaves))
	}
	return sent, nil
}

func (r *Reporter) opts(ctx context.Context) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(r.key, new(big.Int).SetUint64(r.cfg.ChainID))
	o.Context = ctx
	return o
}

func (r *Reporter) wait(ctx context.Context, tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		rc, err := r.chain.TransactionReceipt(ctx, tx.Hash())
		if err == nil && rc != nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("transaction %s reverted", tx.Hash())
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
