package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/streamr-go/streamr/indexer"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/ipfs"
	"github.com/streamr-go/streamr/market"
	"github.com/streamr-go/streamr/migrations"
)

// closers stops what was started, last first.
type closers []func() error

func (c *closers) add(f func() error) { *c = append(*c, f) }

func (c closers) Close() error {
	var errs []error
	for i := len(c) - 1; i >= 0; i-- {
		if err := c[i](); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// newRegistry is a Prometheus registry with the Go and process collectors.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// serveHTTP serves h on addr until the returned function is called; the listener is open
// when serveHTTP returns, so a bad or busy address is reported at once.
func serveHTTP(addr string, h http.Handler, log *slog.Logger) (func() error, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http server stopped", "addr", addr, "err", err)
		}
	}()
	return func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(ctx)
	}, nil
}

// openDB creates the database when missing, migrates it and opens a pool.
func openDB(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	if err := migrations.EnsureDatabase(ctx, dsn); err != nil {
		return nil, fmt.Errorf("postgres (%s): %w", redactDSN(dsn), err)
	}
	if err := migrations.Up(ctx, dsn); err != nil {
		return nil, fmt.Errorf("migrating %s: %w", redactDSN(dsn), err)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres (%s): %w", redactDSN(dsn), err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres (%s): %w", redactDSN(dsn), err)
	}
	return pool, nil
}

// resetDB drops and recreates the database of dsn (dev only: its chain is new every run).
func resetDB(ctx context.Context, dsn string) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("bad postgres DSN: %w", err)
	}
	name := cfg.Database
	cfg.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("cannot reach PostgreSQL at %s:%d (run 'make services'): %w", cfg.Host, cfg.Port, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)")
	return err
}

func redactDSN(dsn string) string {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return "(unparsable DSN)"
	}
	return fmt.Sprintf("%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// chainDeps dials the configured chain and loads its deployment.
func (a *app) chainDeps(ctx context.Context) (*ethclient.Client, *deploy.Deployment, error) {
	client, chainID, err := chainutil.Dial(ctx, a.cfg.Chain.RPC, a.cfg.Chain.ChainID)
	if err != nil {
		return nil, nil, err
	}
	d, err := deploy.Load(a.cfg.Chain.DeploymentsDir, chainID)
	if err != nil {
		client.Close()
		return nil, nil, err
	}
	return client, d, nil
}

// startIndexer runs the indexer and its ops endpoint.
func startIndexer(ctx context.Context, a *app, chain indexer.Chain, d *deploy.Deployment, pool *pgxpool.Pool, cs *closers) (*indexer.Indexer, error) {
	cfg := indexer.ConfigFrom(d)
	cfg.Confirmations = a.cfg.Indexer.Confirmations
	cfg.PollInterval = a.cfg.Indexer.PollInterval
	reg := newRegistry()
	ix, err := indexer.New(cfg, indexer.Deps{Chain: chain, DB: pool}, a.log, reg)
	if err != nil {
		return nil, err
	}
	if err := ix.Start(ctx); err != nil {
		return nil, err
	}
	cs.add(ix.Close)
	stop, err := serveHTTP(a.cfg.Indexer.Addr, ix.Handler(), a.log)
	if err != nil {
		return nil, err
	}
	cs.add(stop)
	return ix, nil
}

// startMarket runs the IPFS node with its gateway and the market API.
func startMarket(ctx context.Context, a *app, chain market.Chain, d *deploy.Deployment, pool *pgxpool.Pool, cs *closers) error {
	icfg := ipfs.DefaultConfig()
	icfg.Dir = expandHome(a.cfg.IPFS.Dir)
	icfg.RemotePins = a.cfg.IPFS.RemotePins
	node, err := ipfs.New(icfg, a.log, newRegistry())
	if err != nil {
		return err
	}
	cs.add(node.Close)
	stop, err := serveHTTP(a.cfg.IPFS.GatewayAddr, node.Handler(), a.log)
	if err != nil {
		return err
	}
	cs.add(stop)

	mcfg := market.DefaultConfig()
	mcfg.Domain = a.cfg.Market.Domain
	mcfg.AllowedOrigins = a.cfg.Market.AllowedOrigins
	mcfg.GatewayURL = a.cfg.Market.GatewayURL
	mcfg.KarmaHalfLife = a.cfg.Market.KarmaHalfLife
	svc, err := market.New(mcfg, market.Deps{
		Pool: pool, IPFS: node, Chain: chain,
		Contracts: market.Contracts{ChainID: d.ChainID, Token: d.Token, License: d.License},
	}, a.log, newRegistry())
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	cs.add(svc.Close)
	stop, err = serveHTTP(a.cfg.Market.Addr, svc.Handler(), a.log)
	if err != nil {
		return err
	}
	cs.add(stop)
	return nil
}

// runWithDB is the body of the services that need the chain and Postgres: dial, load the
// deployment, migrate, start, log where it runs, and stop everything when ctx ends.
func runWithDB(ctx context.Context, a *app, start func(context.Context, *ethclient.Client, *deploy.Deployment, *pgxpool.Pool, *closers) error, running string, attrs ...any) error {
	client, d, err := a.chainDeps(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	pool, err := openDB(ctx, a.cfg.Postgres.DSN)
	if err != nil {
		return err
	}
	defer pool.Close()
	var cs closers
	defer cs.Close()
	if err := start(ctx, client, d, pool, &cs); err != nil {
		return err
	}
	a.log.Info(running, attrs...)
	<-ctx.Done()
	return nil
}
