package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/bench"
	"github.com/streamr-go/streamr/broker/checksum"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/reporter"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/oracle"
	"github.com/streamr-go/streamr/oracle/txm"
)

// redisClient connects to one Redis server, or to a Redis Cluster when several addresses are
// configured, and checks that it answers.
func (a *app) redisClient(ctx context.Context) (redis.UniversalClient, error) {
	rc := redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:    a.cfg.Redis.Addrs,
		Password: a.cfg.Redis.Password,
		DB:       a.cfg.Redis.DB,
	})
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := rc.Ping(pctx).Err(); err != nil {
		_ = rc.Close()
		return nil, fmt.Errorf("cannot reach Redis at %s (run 'make services'): %w", strings.Join(a.cfg.Redis.Addrs, ","), err)
	}
	return rc, nil
}

// startBroker runs one broker on rc with the deployment's contracts.
func startBroker(ctx context.Context, a *app, chain broker.Chain, d *deploy.Deployment, rc redis.UniversalClient, cs *closers) (*broker.Broker, error) {
	cfg := broker.DefaultConfig()
	if err := a.cfg.Broker.apply(&cfg); err != nil {
		return nil, err
	}
	cfg.ChainID, cfg.Registry, cfg.Forwarder = d.ChainID, d.Registry, d.Forwarder
	cfg.Directory.FromBlock = d.Block // the stream directory reads the registry from its deployment
	cfg.Store.Prefix = a.cfg.Redis.Prefix
	// The store's hash-tag space is the coordinator's network partitioning.
	coord, err := networkcoordinator.NewNetworkCoordinator(d.Coordinator, chain)
	if err != nil {
		return nil, err
	}
	nps, err := coord.PartitionCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("reading the coordinator's partition count: %w", err)
	}
	cfg.Store.NetworkPartitions = nps
	if a.cfg.Broker.RelayerKey != "" {
		k, err := chainutil.ParseKey(a.cfg.Broker.RelayerKey)
		if err != nil {
			return nil, fmt.Errorf("broker.relayer_key: %w", err)
		}
		cfg.RelayerKey = k
	}
	b, err := broker.New(cfg, broker.Deps{Redis: rc, Chain: chain}, a.log, newRegistry())
	if err != nil {
		return nil, err
	}
	if err := b.Start(ctx); err != nil {
		return nil, err
	}
	cs.add(b.Close)
	if a.cfg.Broker.Key != "" {
		if err := startReporter(ctx, a, chain, d, b, nps, cs); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// reporterKey is broker.key, which must not be broker.relayer_key's account: the reporter
// numbers its transactions by the account's mined count, so it replaces whatever else of
// the account's is still in the pool.
func reporterKey(c BrokerConfig) (*ecdsa.PrivateKey, error) {
	key, err := chainutil.ParseKey(c.Key)
	if err != nil {
		return nil, fmt.Errorf("broker.key: %w", err)
	}
	if c.RelayerKey != "" {
		if rk, err := chainutil.ParseKey(c.RelayerKey); err == nil && rk.Equal(key) {
			return nil, errors.New("broker.key and broker.relayer_key name the same account: epoch reports need an account of their own")
		}
	}
	return key, nil
}

// startReporter registers the broker's account with the NetworkCoordinator and reports its
// epoch checksums.
func startReporter(ctx context.Context, a *app, chain broker.Chain, d *deploy.Deployment, b *broker.Broker, nps uint32, cs *closers) error {
	key, err := reporterKey(a.cfg.Broker)
	if err != nil {
		return err
	}
	rchain, ok := chain.(reporter.Chain)
	if !ok {
		return errors.New("the chain client cannot report epochs")
	}
	epochLen, err := reporter.EpochLength(ctx, chain, d.Coordinator)
	if err != nil {
		return err
	}
	r, err := reporter.New(reporter.Config{Coordinator: d.Coordinator, ChainID: d.ChainID, NetworkPartitions: nps},
		rchain, key, checksum.New(b.Store, epochLen), a.log, newRegistry())
	if err != nil {
		return err
	}
	if err := r.Register(ctx, "ws://"+a.cfg.Broker.Addr+"/ws"); err != nil {
		return err
	}
	if err := r.Start(ctx); err != nil {
		return err
	}
	cs.add(r.Close)
	return nil
}

func newBrokerCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "broker",
		Short: "Run a broker: verify, store (Redis) and fan out signed events over WebSocket and HTTP",
		Example: `  streamr broker --rpc http://127.0.0.1:8545 --addr 127.0.0.1:7170
  STREAMR_REDIS_ADDRS=10.0.0.1:7000,10.0.0.2:7000,10.0.0.3:7000 streamr broker   # Redis Cluster`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			client, d, err := a.chainDeps(ctx)
			if err != nil {
				return err
			}
			defer client.Close()
			rc, err := a.redisClient(ctx)
			if err != nil {
				return err
			}
			defer rc.Close()
			var cs closers
			defer cs.Close()
			if _, err := startBroker(ctx, a, client, d, rc, &cs); err != nil {
				return err
			}
			a.log.Info("broker running", "ws", "ws://"+a.cfg.Broker.Addr+"/ws", "http", "http://"+a.cfg.Broker.Addr+"/api/v1")
			<-ctx.Done()
			return nil
		},
	}
	addChainFlags(cmd)
	cmd.Flags().String("addr", "", "host:port of /ws, /api/v1 and the ops endpoints (default 127.0.0.1:7170)")
	configKey(cmd.Flags(), "addr", "broker.addr")
	return cmd
}

// oracleChain is what the agent and its transaction manager need of a chain client.
type oracleChain interface {
	oracle.Chain
	txm.Client
}

// startOracle runs the delivery agent with its transaction manager on key's account.
func startOracle(ctx context.Context, a *app, chain oracleChain, d *deploy.Deployment, pool *pgxpool.Pool, key string, cs *closers) (*oracle.Agent, error) {
	k, err := chainutil.ParseKey(key)
	if err != nil {
		return nil, fmt.Errorf("oracle key: %w", err)
	}
	tcfg := txm.DefaultConfig()
	tcfg.ChainID = d.ChainID
	tm, err := txm.New(tcfg, txm.Deps{Client: chain, Pool: pool}, k, a.log, newRegistry())
	if err != nil {
		return nil, err
	}
	if err := tm.Start(ctx); err != nil {
		return nil, err
	}
	cs.add(tm.Close)
	bc, err := dialBroker(ctx, a, k, d)
	if err != nil {
		return nil, err
	}
	cs.add(bc.Close)
	ocfg := oracle.DefaultConfig()
	ocfg.Hub = d.Hub
	ocfg.StartBlock = d.Block
	ocfg.Pricing.DATAPerETH = a.cfg.Oracle.DATAPerETH
	ocfg.Pricing.Margin = a.cfg.Oracle.Margin
	ocfg.Own = a.cfg.Oracle.ownAddresses()
	ocfg.ResendFromMs = uint64(time.Now().Add(-a.cfg.Oracle.Backfill).UnixMilli())
	reg := newRegistry()
	agent, err := oracle.New(ocfg, oracle.Deps{
		Chain: chain, Sender: tm, Source: oracle.BrokerSource{Client: bc},
		Domain: protocol.NewDomain(d.ChainID, d.Registry),
	}, a.log, reg)
	if err != nil {
		return nil, err
	}
	if err := agent.Start(ctx); err != nil {
		return nil, err
	}
	cs.add(agent.Close)
	stop, err := serveHTTP(a.cfg.Oracle.Addr, oracle.OpsHandler(reg, agent.Ready), a.log)
	if err != nil {
		return nil, err
	}
	cs.add(stop)
	return agent, nil
}

func newOracleCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "oracle",
		Short: "Deliver events into smart contracts subscribed through DeliveryHub and earn their bounties",
		Example: `  STREAMR_CHAIN_KEY=0x... streamr oracle --rpc http://127.0.0.1:8545 --broker ws://127.0.0.1:7170/ws
  curl -s 127.0.0.1:7091/metrics | grep oracle_`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWithDB(cmd.Context(), a, func(ctx context.Context, client *ethclient.Client, d *deploy.Deployment, pool *pgxpool.Pool, cs *closers) error {
				_, err := startOracle(ctx, a, client, d, pool, a.cfg.Chain.Key, cs)
				return err
			}, "oracle running", "metrics", "http://"+a.cfg.Oracle.Addr+"/metrics")
		},
	}
	addChainFlags(cmd)
	addDBFlag(cmd)
	addBrokerFlag(cmd)
	cmd.Flags().String("addr", "", "host:port of /healthz, /readyz, /metrics (default 127.0.0.1:7091)")
	configKey(cmd.Flags(), "addr", "oracle.addr")
	return cmd
}

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Load tools that measure this machine"}
	var cfg bench.Config
	var jsonPath string
	b := &cobra.Command{
		Use:   "broker",
		Short: "Measure the broker: ecrecover rate L, host stalls, sustained throughput, latency at 0.5×L, fan-out, Redis and NATS baselines",
		Long: `bench broker starts an in-process chain and broker on the local Redis, signs events in advance
and measures publish → store → deliver. It first measures L (the cores' ecrecover rate) and
the host's stalls (a thread per core spinning on the clock: pauses over 1 ms are time the
machine took away, which every latency figure includes). It compares with raw Redis
XADD/XREAD and NATS JetStream (127.0.0.1:4222) on the same payloads, flooded and paced at
0.5×L. Each paced phase ends with a tail line: the share of events slower than 10 ms, and
how many of those were due around one of the Go garbage collector's cycles (the broker and
the load tool share this process). Its keys are deleted at the end.`,
		Example: "  streamr bench broker --duration 5s\n  streamr bench broker --phases latency --rates 5000,20000\n  streamr bench broker --json figures.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Logger = a.log
			cfg.Out = cmd.OutOrStdout()
			if jsonPath == "-" {
				cfg.Out = cmd.ErrOrStderr() // stdout carries the JSON
			}
			if len(a.cfg.Redis.Addrs) > 0 && cfg.RedisAddr == "" {
				cfg.RedisAddr = a.cfg.Redis.Addrs[0]
			}
			res, err := bench.Run(cmd.Context(), cfg)
			if err != nil || jsonPath == "" {
				return err
			}
			j, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				return err
			}
			j = append(j, '\n')
			if jsonPath == "-" {
				_, err = cmd.OutOrStdout().Write(j)
				return err
			}
			if err := os.WriteFile(jsonPath, j, 0o644); err != nil {
				return fmt.Errorf("bench: writing the figures: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "figures written to %s\n", jsonPath)
			return nil
		},
	}
	b.Flags().StringVar(&jsonPath, "json", "", `also write the figures as JSON to this file ("-": stdout, the report then goes to stderr)`)
	b.Flags().DurationVar(&cfg.Duration, "duration", 5*time.Second, "length of each phase")
	b.Flags().IntVar(&cfg.Publishers, "publishers", 4, "concurrent publishers")
	b.Flags().IntVar(&cfg.PayloadSize, "payload", 200, "content bytes per event")
	b.Flags().IntVar(&cfg.FanoutSubscribers, "subscribers", 1000, "WebSocket subscribers in the fan-out phase")
	b.Flags().IntVar(&cfg.FanoutRate, "fanout-rate", 0, "events/s of the fan-out phase (0: as fast as every subscriber receives them)")
	b.Flags().Float64SliceVar(&cfg.Rates, "rates", nil, "further rates (events/s) at which to measure latency, e.g. 1000,5000")
	b.Flags().StringVar(&cfg.NATSURL, "nats", "nats://127.0.0.1:4222", `NATS URL for the JetStream baseline ("-" skips it)`)
	b.Flags().StringSliceVar(&cfg.Phases, "phases", nil, "run only these phases besides L: "+strings.Join(bench.PhaseNames, ", ")+" (default all)")
	cmd.AddCommand(b)
	return cmd
}
