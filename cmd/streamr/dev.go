package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
)

func newDevCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run the whole system on this machine: dev chain, contracts and services",
		Long: `dev starts an in-process Ethereum chain (chain id 1337) with JSON-RPC on 127.0.0.1:8545
(WebSocket on 8546), funds ten accounts of the test mnemonic with ETH and DATA, deploys every
contract and prints the endpoints, accounts and addresses. Ctrl-C stops it cleanly.`,
		Example: `  streamr dev
  streamr dev --rpc-addr 127.0.0.1:9545 --block-interval 2s`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			env, err := startDev(cmd.Context(), a, cmd.OutOrStdout())
			if err != nil {
				return err
			}
			<-cmd.Context().Done()
			fmt.Fprintln(cmd.ErrOrStderr(), "\nstopping ...")
			return env.Close()
		},
	}
	fs := cmd.Flags()
	fs.String("rpc-addr", "", "host:port of the chain's JSON-RPC (default 127.0.0.1:8545)")
	fs.Duration("block-interval", 0, "seal a block on this interval as well as when transactions wait (default 1s)")
	fs.String("data-dir", "", "directory for dev files (default .data/dev)")
	configKey(fs, "rpc-addr", "dev.rpc_addr")
	configKey(fs, "block-interval", "dev.block_interval")
	configKey(fs, "data-dir", "dev.data_dir")
	return cmd
}

// devEnv is everything 'streamr dev' runs; Close stops it in reverse order.
type devEnv struct {
	Chain      *devchain.Chain
	Deployment *deploy.Deployment
	RPCURL     string
	closers    []func() error
	Demo       *demo
	app        *app
}

func (e *devEnv) Close() error {
	var first error
	for i := len(e.closers) - 1; i >= 0; i-- {
		if err := e.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func startDev(ctx context.Context, a *app, out io.Writer) (*devEnv, error) {
	cfg := a.cfg.Dev
	host, portStr, err := net.SplitHostPort(cfg.RPCAddr)
	if err != nil {
		return nil, fmt.Errorf("bad dev.rpc_addr %q: want host:port", cfg.RPCAddr)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("bad dev.rpc_addr port %q", portStr)
	}
	if l, err := net.Listen("tcp", cfg.RPCAddr); err != nil {
		return nil, fmt.Errorf("cannot serve the dev chain on %s (is another 'streamr dev' or a node running?): %w", cfg.RPCAddr, err)
	} else {
		_ = l.Close()
	}
	chainCfg := devchain.DefaultConfig()
	chainCfg.HTTPHost, chainCfg.HTTPPort = host, port
	chainCfg.BlockInterval = cfg.BlockInterval
	chainCfg.Accounts = cfg.Accounts
	chain, err := devchain.New(chainCfg, a.log)
	if err != nil {
		return nil, err
	}
	env := &devEnv{Chain: chain, RPCURL: "http://" + cfg.RPCAddr}
	env.closers = append(env.closers, chain.Close)
	chain.Start(context.WithoutCancel(ctx))

	dctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	dataPerAccount := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	d, err := deploy.Deploy(dctx, chain.Client, chain.Keys[0], deploy.Options{
		Mint: dataPerAccount, MintTo: chain.Addrs, EpochLength: cfg.EpochLength, RefundGrace: 60,
	})
	if err != nil {
		_ = env.Close()
		return nil, err
	}
	env.Deployment = d
	depDir := filepath.Join(cfg.DataDir, "deployments")
	if err := d.Save(depDir); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("writing the dev deployment: %w", err)
	}

	// Services: a fresh database (the chain is new), indexer, IPFS + market.
	if err := resetDB(ctx, cfg.DSN); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("resetting the dev database: %w", err)
	}
	pool, err := openDB(ctx, cfg.DSN)
	if err != nil {
		_ = env.Close()
		return nil, err
	}
	env.closers = append(env.closers, func() error { pool.Close(); return nil })
	// env.Close stops these before the pool, also when a later step fails. (A cs.Close method
	// value would copy the still empty list.)
	var cs closers
	env.closers = append(env.closers, func() error { _ = cs.Close(); return nil })
	svcCtx := context.WithoutCancel(ctx)
	devApp := *a
	devApp.cfg.Indexer.Confirmations = 0
	devApp.cfg.Indexer.PollInterval = 250 * time.Millisecond
	devApp.cfg.IPFS.Dir = filepath.Join(cfg.DataDir, "ipfs")
	if _, err := startIndexer(svcCtx, &devApp, chain.Client, d, pool, &cs); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("indexer: %w", err)
	}
	if err := startMarket(svcCtx, &devApp, chain.Client, d, pool, &cs); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("market: %w", err)
	}

	// Broker on the local Redis, under a prefix of its own that starts empty.
	devApp.cfg.Redis.Prefix = a.cfg.Redis.Prefix + "-dev"
	rc, err := devApp.redisClient(ctx)
	if err != nil {
		_ = env.Close()
		return nil, err
	}
	cs.add(rc.Close)
	if err := clearPrefix(ctx, rc, devApp.cfg.Redis.Prefix); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("clearing the dev broker's Redis keys: %w", err)
	}
	devApp.cfg.Broker.Key = hexutil.Encode(crypto.FromECDSA(chain.Keys[demoBroker]))
	if _, err := startBroker(svcCtx, &devApp, chain.Client, d, rc, &cs); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("broker: %w", err)
	}
	devApp.cfg.Broker.Key = "" // brokers started later (tests) do not report for this account
	devApp.cfg.Client.BrokerURLs = []string{"ws://" + devApp.cfg.Broker.Addr + "/ws"}

	// The demo: a public feed, its publisher, a consumer contract fed by the oracle.
	dm, err := setupDemo(ctx, chain, d)
	if err != nil {
		_ = env.Close()
		return nil, err
	}
	env.Demo = dm
	if err := setupPrivateDemo(ctx, chain, d, devApp.cfg.Market.Addr, dm); err != nil {
		_ = env.Close()
		return nil, err
	}
	devApp.cfg.Oracle.Own = []string{chain.Addrs[demoConsumer].Hex()}
	oracleKey := hexutil.Encode(crypto.FromECDSA(chain.Keys[demoOracle]))
	if _, err := startOracle(svcCtx, &devApp, chain.Client, d, pool, oracleKey, &cs); err != nil {
		_ = env.Close()
		return nil, fmt.Errorf("oracle: %w", err)
	}
	pubClient, err := dialBroker(ctx, &devApp, chain.Keys[demoPublisher], d)
	if err != nil {
		_ = env.Close()
		return nil, err
	}
	pubCtx, stopPub := context.WithCancel(svcCtx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		runDemoPublisher(pubCtx, pubClient, dm.PublicStream, time.Second, a.log)
	}()
	// The private feed: encrypted through private.Publisher over the same connection, following
	// the stream's key holders every second so buyers get the group key within seconds.
	privPub, err := newStreamPublisher(pubCtx, pubClient, chain.Client, d, chain.Keys[demoPublisher], dm.PrivateStream, time.Second, &devApp)
	if err != nil {
		stopPub()
		<-done
		_ = pubClient.Close()
		_ = env.Close()
		return nil, fmt.Errorf("demo: private publisher: %w", err)
	}
	privDone := make(chan struct{})
	go func() {
		defer close(privDone)
		runPrivateDemoPublisher(pubCtx, privPub, time.Second, a.log)
	}()
	cs.add(func() error {
		stopPub()
		<-done
		<-privDone
		_ = privPub.Close()
		return pubClient.Close()
	})

	env.app = &devApp
	printTour(out, env, depDir, &devApp)
	return env, nil
}

func printTour(w io.Writer, env *devEnv, depDir string, a *app) {
	fmt.Fprintf(w, "\nstreamr dev is running (Ctrl-C stops it)\n\n")
	fmt.Fprintf(w, "Chain      %s  (chain id %d, WebSocket ws://%s)\n", env.RPCURL, devchain.ChainID, wsAddr(env.RPCURL))
	fmt.Fprintf(w, "Broker     ws://%s/ws  http://%s/api/v1  (OpenAPI http://%s/openapi.yaml)\n", a.cfg.Broker.Addr, a.cfg.Broker.Addr, a.cfg.Broker.Addr)
	fmt.Fprintf(w, "Market     http://%s/api/v1  (OpenAPI http://%s/openapi.json)\n", a.cfg.Market.Addr, a.cfg.Market.Addr)
	fmt.Fprintf(w, "IPFS       http://%s/ipfs/<cid>\n", a.cfg.IPFS.GatewayAddr)
	fmt.Fprintf(w, "Indexer    http://%s/status\n", a.cfg.Indexer.Addr)
	fmt.Fprintf(w, "Oracle     http://%s/metrics  (delivers as account %d; the broker reports epoch checksums as account %d)\n", a.cfg.Oracle.Addr, demoOracle, demoBroker)
	fmt.Fprintf(w, "Metrics    http://%s/metrics  http://%s/metrics  http://%s/metrics\n", a.cfg.Broker.Addr, a.cfg.Market.Addr, a.cfg.Indexer.Addr)
	fmt.Fprintf(w, "Postgres   %s\n", redactDSN(a.cfg.Dev.DSN))
	fmt.Fprintf(w, "Deployment %s\n", deploy.Path(depDir, env.Deployment.ChainID))
	printDeployment(w, env.Deployment)
	fmt.Fprintf(w, "\nAccounts (test mnemonic; 10,000 ETH and 1,000,000 DATA each; keys are public, never use them elsewhere)\n")
	for i, k := range env.Chain.Keys {
		fmt.Fprintf(w, "  %d  %s  %s\n", i, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)))
	}
	if dm := env.Demo; dm != nil {
		fmt.Fprintf(w, "\nDemo\n")
		fmt.Fprintf(w, "  public stream   %s  (id %s; account %d publishes a price every second)\n", dm.PublicName, dm.PublicStream, demoPublisher)
		fmt.Fprintf(w, "  consumer        %s  (FeedConsumer, DeliveryHub subscription %s)\n", dm.Consumer, dm.Subscription)
		if dm.ProductID != "" {
			fmt.Fprintf(w, "  private stream  %s  (id %s; encrypted quotes every second, sealed to license holders)\n", dm.PrivateName, dm.PrivateStream)
			fmt.Fprintf(w, "  product         %s  %q  (DataLicense; %s DATA/s, at least %d s; terms ipfs %s)\n",
				dm.ProductID, demoProductTitle, formatDATA(demoPricePerSecond), demoMinSeconds, dm.TermsCID)
		}
	}
	fmt.Fprintf(w, "\nTry (from another shell):\n")
	if dm := env.Demo; dm != nil {
		fmt.Fprintf(w, "  bin/streamr subscribe %s --last 5 --deployments %s\n", dm.PublicStream, depDir)
		fmt.Fprintf(w, "  curl -s 'http://%s/api/v1/streams?q=demo/'   # stream search (streamr stream search demo/)\n", a.cfg.Broker.Addr)
		fmt.Fprintf(w, "  node_modules/.bin/cast call %s 'latestValue()(uint256)' --rpc-url %s\n", dm.Consumer, env.RPCURL)
		fmt.Fprintf(w, "  node_modules/.bin/cast call %s 'owed(address)(uint256)' %s --rpc-url %s\n", env.Deployment.Hub, env.Chain.Addrs[demoOracle], env.RPCURL)
		if dm.ProductID != "" && len(env.Chain.Keys) > demoBuyer {
			buyerKey := hexutil.Encode(crypto.FromECDSA(env.Chain.Keys[demoBuyer]))
			buyerDir := filepath.Join(a.cfg.Dev.DataDir, "buyer")
			flags := fmt.Sprintf("--key %s --data-dir %s --deployments %s --rpc %s", buyerKey, buyerDir, depDir, env.RPCURL)
			fmt.Fprintf(w, "  # buy an hour of the private product as account %d, then read the plaintext:\n", demoBuyer)
			fmt.Fprintf(w, "  bin/streamr buy %s --seconds 3600 %s\n", dm.ProductID, flags)
			fmt.Fprintf(w, "  bin/streamr subscribe %s %s --broker ws://%s/ws\n", dm.PrivateStream, flags, a.cfg.Broker.Addr)
		}
	}
	fmt.Fprintf(w, "  curl -s 'http://%s/api/v1/products?sort=newest'\n\n", a.cfg.Market.Addr)
	if f, ok := w.(*os.File); ok {
		_ = f.Sync()
	}
}

func wsAddr(httpURL string) string {
	host, port, err := net.SplitHostPort(httpURL[len("http://"):])
	if err != nil {
		return ""
	}
	p, _ := strconv.Atoi(port)
	return net.JoinHostPort(host, strconv.Itoa(p+1))
}

func printDeployment(w io.Writer, d *deploy.Deployment) {
	fmt.Fprintf(w, "Contracts\n")
	fmt.Fprintf(w, "  DATAToken          %s\n", d.Token)
	fmt.Fprintf(w, "  StreamRegistry     %s\n", d.Registry)
	fmt.Fprintf(w, "  StreamrForwarder   %s\n", d.Forwarder)
	fmt.Fprintf(w, "  NetworkCoordinator %s  (epochs of %d s)\n", d.Coordinator, d.EpochLength)
	fmt.Fprintf(w, "  DataLicense        %s  (protocol fee %d bps)\n", d.License, d.FeeBps)
	fmt.Fprintf(w, "  DeliveryHub        %s\n", d.Hub)
}
