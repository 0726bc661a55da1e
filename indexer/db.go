package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/streamr-go/streamr/migrations"
)

// checkpoint is where indexing resumes: next is the first block not indexed yet and hash the
// hash of block next−1 (zero before the first range).
type checkpoint struct {
	next uint64
	hash common.Hash
}

func (c checkpoint) indexed() int64 { return int64(c.next) - 1 }

// checkSchema fails with ErrSchemaOutdated unless every embedded migration is applied.
func (ix *Indexer) checkSchema(ctx context.Context) error {
	want, err := migrations.Latest()
	if err != nil {
		return fmt.Errorf("indexer: reading the embedded migrations: %w", err)
	}
	var (
		have  int64
		dirty bool
	)
	err = ix.db.QueryRow(ctx, `SELECT version, dirty FROM schema_migrations LIMIT 1`).Scan(&have, &dirty)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) || isUndefinedTable(err) {
			return fmt.Errorf("%w: no migrations applied", ErrSchemaOutdated)
		}
		return fmt.Errorf("indexer: reading the schema version: %w", err)
	}
	if dirty || have < int64(want) {
		return fmt.Errorf("%w: version %d (dirty %v), need %d", ErrSchemaOutdated, have, dirty, want)
	}
	return nil
}

// claimCheckpoint loads this chain's checkpoint, creating it on first use. A database holding
// another chain's checkpoint, or this chain's for other contracts, is refused.
func (ix *Indexer) claimCheckpoint(ctx context.Context) (checkpoint, error) {
	contracts, err := json.Marshal(ix.cfg.Contracts)
	if err != nil {
		return checkpoint{}, err
	}
	tx, err := ix.db.Begin(ctx)
	if err != nil {
		return checkpoint{}, fmt.Errorf("indexer: %w", err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // no-op after commit
	// One indexer per database: lock the table so two starting indexers cannot both claim it.
	if _, err := tx.Exec(ctx, `LOCK TABLE checkpoints IN SHARE ROW EXCLUSIVE MODE`); err != nil {
		return checkpoint{}, fmt.Errorf("indexer: locking checkpoints: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT chain_id, contracts, start_block, block_number, block_hash FROM checkpoints`)
	if err != nil {
		return checkpoint{}, fmt.Errorf("indexer: reading checkpoints: %w", err)
	}
	var (
		found bool
		cp    checkpoint
	)
	for rows.Next() {
		var (
			chainID, start, number int64
			stored                 Contracts
			hash                   []byte
		)
		if err := rows.Scan(&chainID, &stored, &start, &number, &hash); err != nil {
			rows.Close()
			return checkpoint{}, fmt.Errorf("indexer: reading checkpoints: %w", err)
		}
		if uint64(chainID) != ix.chainID {
			rows.Close()
			return checkpoint{}, fmt.Errorf("%w: the database holds chain %d (indexed to block %d), the RPC serves chain %d; use another database",
				ErrChainIDMismatch, chainID, number, ix.chainID)
		}
		if stored != ix.cfg.Contracts || uint64(start) != ix.cfg.StartBlock {
			rows.Close()
			return checkpoint{}, fmt.Errorf("%w: stored %+v from block %d, configured %+v from block %d; use a fresh database",
				ErrContractsChanged, stored, start, ix.cfg.Contracts, ix.cfg.StartBlock)
		}
		found = true
		cp = checkpoint{next: uint64(number + 1), hash: common.BytesToHash(hash)}
		if len(hash) == 0 {
			cp.hash = common.Hash{}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return checkpoint{}, fmt.Errorf("indexer: reading checkpoints: %w", err)
	}
	if !found {
		cp = checkpoint{next: ix.cfg.StartBlock}
		_, err := tx.Exec(ctx, `INSERT INTO checkpoints (chain_id, contracts, start_block, block_number, block_hash)
			VALUES ($1, $2, $3, $4, '\x')`, int64(ix.chainID), contracts, int64(ix.cfg.StartBlock), cp.indexed())
		if err != nil {
			return checkpoint{}, fmt.Errorf("indexer: creating the checkpoint: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return checkpoint{}, fmt.Errorf("indexer: %w", err)
	}
	return cp, nil
}

func saveCheckpoint(ctx context.Context, tx pgx.Tx, chainID uint64, cp checkpoint) error {
	var hash []byte
	if cp.hash != (common.Hash{}) {
		hash = cp.hash.Bytes()
	} else {
		hash = []byte{}
	}
	tag, err := tx.Exec(ctx, `UPDATE checkpoints SET block_number = $2, block_hash = $3, updated_at = now() WHERE chain_id = $1`,
		int64(chainID), cp.indexed(), hash)
	if err != nil {
		return fmt.Errorf("saving the checkpoint: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("saving the checkpoint: %w: no checkpoint for chain %d", ErrChainIDMismatch, chainID)
	}
	return nil
}

// loadStreams returns every stream clone indexed so far.
func (ix *Indexer) loadStreams(ctx context.Context) (map[common.Address]struct{}, error) {
	rows, err := ix.db.Query(ctx, `SELECT stream FROM stream_created`)
	if err != nil {
		return nil, fmt.Errorf("indexer: loading streams: %w", err)
	}
	out := make(map[common.Address]struct{})
	var b []byte
	_, err = pgx.ForEachRow(rows, []any{&b}, func() error {
		out[common.BytesToAddress(b)] = struct{}{}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("indexer: loading streams: %w", err)
	}
	return out, nil
}

// storedBlocks returns up to limit stored blocks below `below`, newest first.
func (ix *Indexer) storedBlocks(ctx context.Context, below int64, limit int) ([]blockRow, error) {
	rows, err := ix.db.Query(ctx, `SELECT number, hash FROM blocks WHERE number < $1 ORDER BY number DESC LIMIT $2`, below, limit)
	if err != nil {
		return nil, err
	}
	var (
		out  []blockRow
		n    int64
		hash []byte
	)
	_, err = pgx.ForEachRow(rows, []any{&n, &hash}, func() error {
		out = append(out, blockRow{number: uint64(n), hash: common.BytesToHash(hash)})
		return nil
	})
	return out, err
}

// rollback deletes everything above block `keep` and moves the checkpoint to cp, in one
// transaction.
func (ix *Indexer) rollback(ctx context.Context, keep int64, cp checkpoint) error {
	return pgx.BeginFunc(ctx, ix.db, func(tx pgx.Tx) error {
		for _, t := range allEventTables {
			if _, err := tx.Exec(ctx, `DELETE FROM `+t.name+` WHERE block_number > $1`, keep); err != nil {
				return fmt.Errorf("rolling back %s: %w", t.name, err)
			}
		}
		if _, err := tx.Exec(ctx, `DELETE FROM blocks WHERE number > $1`, keep); err != nil {
			return fmt.Errorf("rolling back blocks: %w", err)
		}
		return saveCheckpoint(ctx, tx, ix.chainID, cp)
	})
}
