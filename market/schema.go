package market

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed schema.sql
var schemaSQL string

// schemaLock is the advisory lock key serialising concurrent schema application.
const schemaLock = 0x6d61726b6574 // "market"

// ApplySchema creates (or updates) the market's own tables, functions and triggers. It needs
// the indexer's migrations applied first.
func ApplySchema(ctx context.Context, pool *pgxpool.Pool) error {
	var ok bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('product_events') IS NOT NULL AND to_regclass('purchases') IS NOT NULL
		AND to_regclass('karma_ledger') IS NOT NULL AND to_regclass('flags') IS NOT NULL`).Scan(&ok); err != nil {
		return fmt.Errorf("market: checking the schema: %w", err)
	}
	if !ok {
		return ErrNotReady
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("market: applying the schema: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // after Commit it is a no-op
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(schemaLock)); err != nil {
		return fmt.Errorf("market: applying the schema: %w", err)
	}
	if _, err := tx.Exec(ctx, schemaSQL); err != nil {
		return fmt.Errorf("market: applying the schema: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("market: applying the schema: %w", err)
	}
	return nil
}
