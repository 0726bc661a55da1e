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
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
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
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
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
	// MineTimeout is how long a transaction may stay unmined (default 1 min). Then the
	// report counts as failed, and the next round sends the report again in its place,
	// paying more (see send).
	MineTimeout time.Duration
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
	replaced prometheus.Counter

	epochLen uint64
	last     *types.Transaction // the latest transaction sent; its fees are the floor of a replacement
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
	if cfg.MineTimeout <= 0 {
		cfg.MineTimeout = time.Minute
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
		log: logger.With("component", "reporter"),
		reported: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker",
			Name: "epoch_reports_total", Help: "Epoch roots reported to the coordinator."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker",
			Name: "epoch_report_failures_total", Help: "Failed epoch reports (chain errors, transactions not mined in time)."}),
		replaced: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker",
			Name: "epoch_report_replacements_total", Help: "Transactions sent in the place of an unmined one of the account, paying more."}),
	}
	if reg != nil {
		reg.MustRegister(r.reported, r.failures, r.replaced)
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
	err = r.transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.coord.Register(o, endpoint, new(big.Int))
	})
	if errors.Is(err, errDisplaced) {
		// What this transaction replaced was mined instead: an earlier attempt's register?
		if id, err2 := r.coord.BrokerIdOf(&bind.CallOpts{Context: ctx}, r.me); err2 == nil && id != 0 {
			err = nil
		}
	}
	if err != nil {
		return fmt.Errorf("reporter: register: %w", err)
	}
	rebalance := func(o *bind.TransactOpts) (*types.Transaction, error) { return r.coord.Rebalance(o, big.NewInt(64)) }
	err = r.transact(ctx, rebalance)
	if errors.Is(err, errDisplaced) {
		err = r.transact(ctx, rebalance) // at the next nonce
	}
	if err != nil {
		return fmt.Errorf("reporter: rebalance: %w", err)
	}
	return nil
}

// errDisplaced: another transaction of the account was mined at a transaction's nonce.
var errDisplaced = errors.New("displaced: another transaction of the account was mined at its nonce")

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
// partition not reported yet and returns how many reports it sent. It must not run while
// the background loop (Start) does: the account sends one transaction at a time.
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
		if err := r.transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.coord.ReportEpoch(o, np, epoch, rep.Root)
		}); err != nil {
			return sent, fmt.Errorf("reporter: reportEpoch(%d, %d): %w", np, epoch, err)
		}
		r.reported.Inc()
		sent++
		r.log.Info("epoch reported", "network_partition", np, "epoch", epoch, "root", rep.Root, "streams", len(rep.Leaves))
	}
	return sent, nil
}

// transact sends the transaction call builds (see send) and waits until it is mined.
func (r *Reporter) transact(ctx context.Context, call func(*bind.TransactOpts) (*types.Transaction, error)) error {
	tx, err := r.send(ctx, call)
	if err != nil {
		return err
	}
	return r.wait(ctx, tx)
}

// send signs and sends the transaction call builds as the account's next transaction on
// the chain: its nonce is the count of the account's mined transactions, not of those in
// the pool. So a transaction stuck in the pool (its fee cap fell below a rising base fee,
// or a broker that restarted left it there) is replaced by the next one instead of holding
// up every later report; the reporter must be its account's only sender. On an EIP-1559
// chain a replacement pays the market's fees and at least 1/8 more than the transaction
// sent before at that nonce (nodes refuse a replacement that pays less than 10 % more), and
// 1/8 more again each time a node still calls it underpriced (it replaces a transaction
// left by an earlier run, whose fees this one does not know).
func (r *Reporter) send(ctx context.Context, call func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	const tries = 8
	var floor *types.Transaction // what the next attempt must outbid
	for try := 1; ; try++ {
		nonce, err := r.chain.NonceAt(ctx, r.me, nil)
		if err != nil {
			return nil, fmt.Errorf("reading the account's nonce: %w", err)
		}
		if floor != nil && floor.Nonce() != nonce {
			floor = nil // what it priced was mined meanwhile
		}
		if floor == nil && r.last != nil && r.last.Nonce() == nonce {
			floor = r.last
		}
		// A transaction of the account waits in the pool at this nonce: this one replaces it.
		pending, perr := r.chain.PendingNonceAt(ctx, r.me)
		replacing := floor != nil || perr == nil && pending > nonce
		o := r.opts(ctx)
		o.Nonce = new(big.Int).SetUint64(nonce)
		if floor != nil {
			if o.GasTipCap, o.GasFeeCap, err = r.outbid(ctx, floor); err != nil {
				return nil, err
			}
		}
		tx, err := call(o)
		if err == nil {
			if replacing {
				r.replaced.Inc()
				r.log.Warn("transaction sent in the place of an unmined one", "nonce", nonce, "tx", tx.Hash(),
					"tip", tx.GasTipCap(), "fee_cap", tx.GasFeeCap())
			}
			r.last = tx
			return tx, nil
		}
		underpriced := strings.Contains(err.Error(), "underpriced")
		if try == tries || !underpriced && !strings.Contains(err.Error(), "nonce too low") {
			return nil, err
		}
		if underpriced {
			if o.GasTipCap == nil {
				if o.GasTipCap, o.GasFeeCap, err = r.marketFees(ctx); err != nil {
					return nil, err
				}
				if o.GasTipCap == nil {
					return nil, errors.New("a transaction of the account waits in the pool with higher fees, and this chain has no base fee to outbid it by")
				}
			}
			floor = types.NewTx(&types.DynamicFeeTx{Nonce: nonce, GasTipCap: o.GasTipCap, GasFeeCap: o.GasFeeCap})
			continue
		}
		// "nonce too low": a transaction was mined since the nonce was read (or the node
		// answering lags behind); read it again after a pause.
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Duration(try) * 100 * time.Millisecond):
		}
	}
}

// outbid is the market's tip and fee cap, each at least 1/8 above prev's; nil for both on
// a chain without a base fee (bind then prices the transaction).
func (r *Reporter) outbid(ctx context.Context, prev *types.Transaction) (tip, feeCap *big.Int, err error) {
	tip, feeCap, err = r.marketFees(ctx)
	if err != nil || tip == nil {
		return nil, nil, err
	}
	tip, feeCap = bigMax(tip, raise(prev.GasTipCap())), bigMax(feeCap, raise(prev.GasFeeCap()))
	return tip, bigMax(feeCap, tip), nil
}

// marketFees is what bind would pay: the node's suggested tip, and a fee cap of twice the
// latest base fee plus the tip; nil for both on a chain without a base fee.
func (r *Reporter) marketFees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := r.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, nil
	}
	if tip, err = r.chain.SuggestGasTipCap(ctx); err != nil {
		return nil, nil, fmt.Errorf("suggested tip: %w", err)
	}
	feeCap = new(big.Int).Mul(head.BaseFee, big.NewInt(2))
	return tip, feeCap.Add(feeCap, tip), nil
}

// raise is x + x/8 + 1.
func raise(x *big.Int) *big.Int {
	y := new(big.Int).Rsh(x, 3)
	return y.Add(y, x).Add(y, big.NewInt(1))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func (r *Reporter) opts(ctx context.Context) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(r.key, new(big.Int).SetUint64(r.cfg.ChainID))
	o.Context = ctx
	return o
}

// wait waits for tx to be mined, for at most Config.MineTimeout. It watches the account's
// mined nonce (one call per poll) and reads the receipt once the nonce has moved past tx's:
// then tx was mined, or another transaction of the account took its nonce (one that tx was
// to replace, mined after all) — displaced, when the receipt is still missing a poll later.
func (r *Reporter) wait(ctx context.Context, tx *types.Transaction) error {
	wctx, cancel := context.WithTimeout(ctx, r.cfg.MineTimeout)
	defer cancel()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	missing := 0 // polls since the nonce moved past tx's without its receipt
	for {
		if n, err := r.chain.NonceAt(wctx, r.me, nil); err == nil && n > tx.Nonce() {
			rc, err := r.chain.TransactionReceipt(wctx, tx.Hash())
			switch {
			case err == nil && rc != nil && rc.Status != types.ReceiptStatusSuccessful:
				return fmt.Errorf("transaction %s reverted", tx.Hash())
			case err == nil && rc != nil:
				return nil
			case errors.Is(err, ethereum.NotFound):
				if missing++; missing > 1 {
					return fmt.Errorf("transaction %s (nonce %d) %w", tx.Hash(), tx.Nonce(), errDisplaced)
				}
			}
		}
		select {
		case <-wctx.Done():
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("transaction %s not mined within %s (the next attempt takes its place, paying more)", tx.Hash(), r.cfg.MineTimeout)
		case <-t.C:
		}
	}
}
