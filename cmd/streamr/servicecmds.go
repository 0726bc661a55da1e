package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/migrations"
)

func addDBFlag(cmd *cobra.Command) {
	cmd.Flags().String("dsn", "", "PostgreSQL connection string (default postgres://postgres@127.0.0.1:5432/streamr)")
	configKey(cmd.Flags(), "dsn", "postgres.dsn")
}

func newMigrateCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Apply or inspect the database migrations (embedded in the binary)",
	}
	up := &cobra.Command{
		Use:     "up",
		Short:   "Create the database if missing and apply every migration",
		Example: "  streamr migrate up --dsn postgres://postgres@127.0.0.1:5432/streamr",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dsn := a.cfg.Postgres.DSN
			if err := migrations.EnsureDatabase(cmd.Context(), dsn); err != nil {
				return err
			}
			if err := migrations.Up(cmd.Context(), dsn); err != nil {
				return err
			}
			v, _, err := migrations.Version(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is at migration %d\n", redactDSN(dsn), v)
			return nil
		},
	}
	var steps int
	down := &cobra.Command{
		Use:     "down",
		Short:   "Roll back the last --steps migrations",
		Example: "  streamr migrate down --steps 1",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if steps <= 0 {
				return fmt.Errorf("--steps must be at least 1")
			}
			return migrations.Down(cmd.Context(), a.cfg.Postgres.DSN, steps)
		},
	}
	down.Flags().IntVar(&steps, "steps", 1, "how many migrations to roll back")
	version := &cobra.Command{
		Use:     "version",
		Short:   "Print the database's migration version",
		Example: "  streamr migrate version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, dirty, err := migrations.Version(cmd.Context(), a.cfg.Postgres.DSN)
			if err != nil {
				return err
			}
			latest, err := migrations.Latest()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "version %d (latest %d)", v, latest)
			if dirty {
				fmt.Fprint(cmd.OutOrStdout(), ", DIRTY: a migration failed half-way; fix it and force the version")
			}
			fmt.Fprintln(cmd.OutOrStdout())
			return nil
		},
	}
	for _, c := range []*cobra.Command{up, down, version} {
		addDBFlag(c)
		cmd.AddCommand(c)
	}
	return cmd
}

func newIndexerCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "indexer",
		Short: "Follow the chain into PostgreSQL: streams, permissions, products, licenses, karma",
		Example: `  streamr indexer --rpc http://127.0.0.1:8545 --dsn postgres://postgres@127.0.0.1:5432/streamr
  curl -s 127.0.0.1:7090/status`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWithDB(cmd.Context(), a, func(ctx context.Context, client *ethclient.Client, d *deploy.Deployment, pool *pgxpool.Pool, cs *closers) error {
				_, err := startIndexer(ctx, a, client, d, pool, cs)
				return err
			}, "indexer running", "status", "http://"+a.cfg.Indexer.Addr+"/status")
		},
	}
	addChainFlags(cmd)
	addDBFlag(cmd)
	cmd.Flags().String("addr", "", "host:port of the ops endpoints (default 127.0.0.1:7090)")
	configKey(cmd.Flags(), "addr", "indexer.addr")
	return cmd
}

func newMarketCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Serve the marketplace API and the IPFS gateway for terms of use",
		Example: `  streamr market --rpc http://127.0.0.1:8545 --dsn postgres://postgres@127.0.0.1:5432/streamr
  curl -s '127.0.0.1:7080/api/v1/products?sort=newest'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runWithDB(cmd.Context(), a, func(ctx context.Context, client *ethclient.Client, d *deploy.Deployment, pool *pgxpool.Pool, cs *closers) error {
				return startMarket(ctx, a, client, d, pool, cs)
			}, "market running", "api", "http://"+a.cfg.Market.Addr+"/api/v1", "gateway", "http://"+a.cfg.IPFS.GatewayAddr+"/ipfs/")
		},
	}
	addChainFlags(cmd)
	addDBFlag(cmd)
	cmd.Flags().String("addr", "", "host:port of the API (default 127.0.0.1:7080)")
	configKey(cmd.Flags(), "addr", "market.addr")
	return cmd
}
