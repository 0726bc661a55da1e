// Package devchain runs an in-process Ethereum chain (go-ethereum's simulated backend, a real
// EVM) with funded accounts from the test mnemonic, automatic block production and, when asked,
// a JSON-RPC endpoint that wallets, cast and ethers can talk to. Chain id 1337.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/streamr-go/streamr/internal/hdwallet"
)

// ChainID is the chain id of every simulated chain.
const ChainID = 1337

// Config of a dev chain.
type Config struct {
	// HTTPAddr serves JSON-RPC when not empty (host:port, e.g. 127.0.0.1:8545).
	HTTPHost string
	HTTPPort int
	// BlockInterval seals a block on this interval even when nothing is pending (0: only when
	// transactions arrive).
	BlockInterval time.Duration
	// PollInterval is how often pending transactions are looked for when the chain serves
	// JSON-RPC (those sent through Client wake the miner at once; without JSON-RPC the pool
	// is polled every PollInterval or 500 ms, whichever is longer, as a safety net).
	PollInterval time.Duration
	// Accounts is how many accounts of Mnemonic get ETH at genesis.
	Accounts int
	Mnemonic string
	// ETH per account, in wei.
	Balance *big.Int
}

// DefaultConfig: no RPC server, a block every second and whenever transactions wait, ten
// accounts holding 10,000 ETH each.
func DefaultConfig() Config {
	return Config{
		BlockInterval: time.Second,
		PollInterval:  20 * time.Millisecond,
		Accounts:      10,
		Mnemonic:      hdwallet.TestMnemonic,
		Balance:       new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18)),
	}
}

// Chain is a running dev chain.
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	Keys    []*ecdsa.PrivateKey
	Addrs   []common.Address

	cfg    Config
	log    *slog.Logger
	mu     sync.Mutex // serialises Commit
	sent   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

// New creates the chain; Start begins block production.
func New(cfg Config, logger *slog.Logger) (*Chain, error) {
	if cfg.Accounts <= 0 {
		cfg.Accounts = 10
	}
	if cfg.Mnemonic == "" {
		cfg.Mnemonic = hdwallet.TestMnemonic
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultConfig().Balance
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := &Chain{cfg: cfg, log: logger.With("component", "devchain")}
	alloc := types.GenesisAlloc{}
	for i := 0; i < cfg.Accounts; i++ {
		k, err := hdwallet.Account(cfg.Mnemonic, uint32(i))
		if err != nil {
			return nil, fmt.Errorf("devchain: account %d: %w", i, err)
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Keys = append(c.Keys, k)
		c.Addrs = append(c.Addrs, a)
		alloc[a] = types.Account{Balance: cfg.Balance}
	}
	opts := []func(*node.Config, *ethconfig.Config){
		simulated.WithBlockGasLimit(60_000_000),
		simulated.WithCallGasLimit(60_000_000),
		// Prague, the fork public chains run and the contracts are built and gas-measured for
		// (the simulated default also turns on unreleased forks that reprice storage).
		func(_ *node.Config, e *ethconfig.Config) {
			cc := *e.Genesis.Config
			cc.OsakaTime, cc.BogotaTime = nil, nil
			e.Genesis.Config = &cc
		},
	}
	if cfg.HTTPHost != "" {
		opts = append(opts, func(n *node.Config, _ *ethconfig.Config) {
			n.HTTPHost = cfg.HTTPHost
			n.HTTPPort = cfg.HTTPPort
			n.HTTPModules = []string{"eth", "net", "web3", "txpool"}
			n.HTTPVirtualHosts = []string{"*"}
			n.HTTPCors = []string{"*"}
			n.WSHost = cfg.HTTPHost
			n.WSPort = cfg.HTTPPort + 1
			n.WSModules = []string{"eth", "net", "web3"}
			n.WSOrigins = []string{"*"}
		})
	}
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("devchain: starting the simulated chain: %v", r)
			}
		}()
		c.Backend = simulated.NewBackend(alloc, opts...)
	}()
	if err != nil {
		return nil, err
	}
	c.sent = make(chan struct{}, 1)
	c.Client = notifyingClient{Client: c.Backend.Client(), sent: c.sent}
	return c, nil
}

// Start produces blocks in the background until ctx ends or Close is called.
func (c *Chain) Start(ctx context.Context) {
	ctx, c.cancel = context.WithCancel(ctx)
	c.done = make(chan struct{})
	go c.mine(ctx)
}

// Pause stops block production until Start is called again; transactions wait in the pool.
func (c *Chain) Pause() {
	if c.cancel != nil {
		c.cancel()
		<-c.done
		c.cancel = nil
	}
}

// Commit seals a block now with whatever is pending.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Backend.Commit()
}

// Key of dev account i.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.Keys[i] }

// Close stops block production and the chain.
func (c *Chain) Close() error {
	if c.cancel != nil {
		c.cancel()
		<-c.done
	}
	return c.Backend.Close()
}

// pendingCount asks the transaction pool (txpool_status), which sees a transaction the moment
// it arrives; the "pending" block the miner rebuilds only every few seconds would not.
func (c *Chain) pendingCount(ctx context.Context) (uint, error) {
	rc := c.rpcClient()
	if rc == nil {
		return c.Client.PendingTransactionCount(ctx)
	}
	var status struct {
		Pending hexutil.Uint `json:"pending"`
		Queued  hexutil.Uint `json:"queued"`
	}
	if err := rc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 0, err
	}
	return uint(status.Pending), nil
}

// rpcClient digs the in-process RPC client out of the simulated backend's client, whose
// embedded *ethclient.Client field hides ethclient's Client() method.
func (c *Chain) rpcClient() *rpc.Client {
	v := reflect.ValueOf(c.Backend.Client())
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("Client")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
		return ec.Client()
	}
	return nil
}

func (c *Chain) mine(ctx context.Context) {
	defer close(c.done)
	// A transaction sent through Client wakes the miner at once; the pool is polled too,
	// for transactions that come over JSON-RPC (every PollInterval when the chain serves
	// it, else only as a slow safety net: an idle chain then costs next to nothing).
	every := c.cfg.PollInterval
	if c.cfg.HTTPHost == "" {
		every = max(every, safetyPoll)
	}
	poll := time.NewTicker(every)
	defer poll.Stop()
	var interval <-chan time.Time
	if c.cfg.BlockInterval > 0 {
		t := time.NewTicker(c.cfg.BlockInterval)
		defer t.Stop()
		interval = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-interval:
			c.Commit()
			continue
		case <-c.sent:
			// Sealing syncs the pool first: the transaction may not count as pending yet.
			c.Commit()
			continue
		case <-poll.C:
		}
		n, err := c.pendingCount(ctx)
		if err != nil {
			if ctx.Err() == nil {
				c.log.Warn("pending transaction count", "err", err)
			}
			continue
		}
		if n > 0 {
			c.Commit()
		}
	}
}

// safetyPoll is how often pending transactions are looked for when the chain serves no
// JSON-RPC.
const safetyPoll = 500 * time.Millisecond

// notifyingClient is the backend's client; a transaction it sends wakes the miner. (A
// newPendingTransactions subscription would see every transaction, but go-ethereum's
// filter system can leave its goroutine behind when the chain closes.)
type notifyingClient struct {
	simulated.Client
	sent chan<- struct{}
}

func (c notifyingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := c.Client.SendTransaction(ctx, tx)
	if err == nil {
		select {
		case c.sent <- struct{}{}:
		default: // the miner is already due to look
		}
	}
	return err
}
