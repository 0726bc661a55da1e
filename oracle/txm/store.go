package txm

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed schema.sql
var schemaSQL string

// schemaLockID serialises concurrent schema creation (CREATE TABLE IF NOT EXISTS races on
// the catalog otherwise). Arbitrary constant: "txm" in ASCII.
const schemaLockID = 0x74786d

// State of a queued transaction.
type State string

// States, in the order a transaction goes through them.
const (
	// StateUnstarted: queued, no nonce yet.
	StateUnstarted State = "unstarted"
	// StateInProgress: nonce assigned and the signed attempt saved; not known to be sent.
	StateInProgress State = "in_progress"
	// StateUnconfirmed: sent; waiting for a receipt at the confirmation depth.
	StateUnconfirmed State = "unconfirmed"
	// StateConfirmed: the receipt is Confirmations blocks deep (it may have reverted).
	StateConfirmed State = "confirmed"
	// StateFatal: rejected for good; the nonce was released.
	StateFatal State = "fatal"
)

// Terminal reports whether the state is final.
func (s State) Terminal() bool { return s == StateConfirmed || s == StateFatal }

// Request is a transaction to send.
type Request struct {
	To   *common.Address // nil: contract creation
	Data []byte
	// GasLimit; 0 estimates at send time (padded by Config.GasLimitPercent).
	GasLimit uint64
	Value    *big.Int
	// IdempotencyKey, when set, makes Enqueue return the id of the transaction queued earlier
	// with the same key (by this sender on this chain) instead of queueing another.
	IdempotencyKey string
	// Meta is stored with the transaction for its owner (JSON; nil for none).
	Meta json.RawMessage
}

// Tx is the stored view of a queued transaction.
type Tx struct {
	ID             int64
	State          State
	To             *common.Address
	Data           []byte
	Value          *big.Int
	GasLimit       uint64
	IdempotencyKey string
	Meta           json.RawMessage
	Nonce          *uint64
	// Hash of the mined attempt once mined, else of the latest attempt (zero before any).
	Hash     common.Hash
	Attempts int
	// Mined/confirmed details (zero until mined).
	BlockNumber       uint64
	BlockHash         common.Hash
	ReceiptStatus     *uint64
	GasUsed           uint64
	EffectiveGasPrice *big.Int
	Error             string
	CreatedAt         time.Time
	BroadcastAt       *time.Time
	ConfirmedAt       *time.Time
}

// Reverted reports whether the transaction was mined and reverted.
func (t *Tx) Reverted() bool {
	return t.ReceiptStatus != nil && *t.ReceiptStatus == types.ReceiptStatusFailed
}

type attempt struct {
	id             int64
	hash           common.Hash
	fees           Fees
	raw            []byte
	broadcastBlock *uint64
}

// activeTx is an in_progress or unconfirmed transaction with its attempts (oldest first).
type activeTx struct {
	*Tx
	attempts []attempt
}

func (a *activeTx) latest() *attempt { return &a.attempts[len(a.attempts)-1] }

type store struct {
	pool    *pgxpool.Pool
	chainID int64
	from    []byte
}

func (s *store) migrate(ctx context.Context) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(schemaLockID)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, schemaSQL)
		return err
	})
}

func numeric(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func parseNumeric(s *string) *big.Int {
	if s == nil {
		return nil
	}
	x, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil
	}
	return x
}

// insert queues req; with an idempotency key seen before it returns the earlier id.
func (s *store) insert(ctx context.Context, req Request, maxQueued int) (int64, bool, error) {
	var to []byte
	if req.To != nil {
		to = req.To.Bytes()
	}
	var key *string
	if req.IdempotencyKey != "" {
		key = &req.IdempotencyKey
		id, err := s.idByKey(ctx, *key)
		if err == nil {
			return id, false, nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return 0, false, err
		}
	}
	if maxQueued > 0 {
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM txm_transactions
			WHERE chain_id = $1 AND from_address = $2 AND state = 'unstarted'`, s.chainID, s.from).Scan(&n); err != nil {
			return 0, false, err
		}
		if n >= maxQueued {
			return 0, false, ErrQueueFull
		}
	}
	data := req.Data
	if data == nil {
		data = []byte{}
	}
	var meta []byte
	if len(req.Meta) > 0 {
		meta = req.Meta
	}
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO txm_transactions
		(chain_id, from_address, to_address, data, value, gas_limit, idempotency_key, meta)
		VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8)
		ON CONFLICT (chain_id, from_address, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
		RETURNING id`,
		s.chainID, s.from, to, data, numeric(req.Value), int64(req.GasLimit), key, meta).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) && key != nil {
		// Lost a race with a concurrent Enqueue of the same key.
		id, err = s.idByKey(ctx, *key)
		return id, false, err
	}
	return id, err == nil, err
}

// idByKey returns the id of the transaction queued with an idempotency key.
func (s *store) idByKey(ctx context.Context, key string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT id FROM txm_transactions
		WHERE chain_id = $1 AND from_address = $2 AND idempotency_key = $3`, s.chainID, s.from, key).Scan(&id)
	return id, err
}

const txColumns = `t.id, t.state, t.to_address, t.data, t.value::text, t.gas_limit, t.idempotency_key, t.meta,
	t.nonce, t.error, t.tx_hash, t.mined_block, t.mined_block_hash, t.receipt_status, t.gas_used,
	t.effective_gas_price::text, t.created_at, t.broadcast_at, t.confirmed_at,
	(SELECT count(*) FROM txm_attempts a WHERE a.tx_id = t.id),
	(SELECT a.hash FROM txm_attempts a WHERE a.tx_id = t.id ORDER BY a.id DESC LIMIT 1)`

func scanTx(row pgx.Row) (*Tx, error) {
	var (
		t                          Tx
		state                      string
		to, txHash, blockHash, lat []byte
		value, egp                 *string
		gasLimit                   int64
		key, errMsg                *string
		nonce, minedBlock, gasUsed *int64
		status                     *int16
		attempts                   int64
	)
	if err := row.Scan(&t.ID, &state, &to, &t.Data, &value, &gasLimit, &key, &t.Meta, &nonce, &errMsg,
		&txHash, &minedBlock, &blockHash, &status, &gasUsed, &egp, &t.CreatedAt, &t.BroadcastAt,
		&t.ConfirmedAt, &attempts, &lat); err != nil {
		return nil, err
	}
	t.State = State(state)
	if to != nil {
		a := common.BytesToAddress(to)
		t.To = &a
	}
	t.Value = parseNumeric(value)
	t.GasLimit = uint64(gasLimit)
	if key != nil {
		t.IdempotencyKey = *key
	}
	if nonce != nil {
		n := uint64(*nonce)
		t.Nonce = &n
	}
	if errMsg != nil {
		t.Error = *errMsg
	}
	t.Attempts = int(attempts)
	switch {
	case txHash != nil:
		t.Hash = common.BytesToHash(txHash)
	case lat != nil:
		t.Hash = common.BytesToHash(lat)
	}
	if minedBlock != nil {
		t.BlockNumber = uint64(*minedBlock)
		t.BlockHash = common.BytesToHash(blockHash)
	}
	if status != nil {
		st := uint64(*status)
		t.ReceiptStatus = &st
	}
	if gasUsed != nil {
		t.GasUsed = uint64(*gasUsed)
	}
	t.EffectiveGasPrice = parseNumeric(egp)
	return &t, nil
}

func (s *store) get(ctx context.Context, id int64) (*Tx, error) {
	t, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM txm_transactions t
		WHERE t.id = $1 AND t.chain_id = $2 AND t.from_address = $3`, id, s.chainID, s.from))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return t, err
}

// nextUnstarted returns the oldest unstarted transaction, nil when there is none.
func (s *store) nextUnstarted(ctx context.Context) (*Tx, error) {
	t, err := scanTx(s.pool.QueryRow(ctx, `SELECT `+txColumns+` FROM txm_transactions t
		WHERE t.chain_id = $1 AND t.from_address = $2 AND t.state = 'unstarted' ORDER BY t.id LIMIT 1`,
		s.chainID, s.from))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return t, err
}

// active returns in_progress and unconfirmed transactions by nonce, with their attempts.
func (s *store) active(ctx context.Context) ([]*activeTx, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+txColumns+` FROM txm_transactions t
		WHERE t.chain_id = $1 AND t.from_address = $2 AND t.state IN ('in_progress', 'unconfirmed')
		ORDER BY t.nonce`, s.chainID, s.from)
	if err != nil {
		return nil, err
	}
	var out []*activeTx
	byID := map[int64]*activeTx{}
	for rows.Next() {
		t, err := scanTx(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		a := &activeTx{Tx: t}
		out = append(out, a)
		byID[t.ID] = a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, len(out))
	for _, a := range out {
		ids = append(ids, a.ID)
	}
	rows, err = s.pool.Query(ctx, `SELECT tx_id, id, hash, gas_tip_cap::text, gas_fee_cap::text, raw, broadcast_block
		FROM txm_attempts WHERE tx_id = ANY($1) ORDER BY tx_id, id`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			txID      int64
			at        attempt
			hash      []byte
			tip, fcap *string
			bb        *int64
		)
		if err := rows.Scan(&txID, &at.id, &hash, &tip, &fcap, &at.raw, &bb); err != nil {
			return nil, err
		}
		at.hash = common.BytesToHash(hash)
		at.fees = Fees{TipCap: parseNumeric(tip), FeeCap: parseNumeric(fcap)}
		if bb != nil {
			b := uint64(*bb)
			at.broadcastBlock = &b
		}
		byID[txID].attempts = append(byID[txID].attempts, at)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// A transaction without attempts cannot be worked on; it is never left so (assign and
	// requeue are atomic), but be defensive.
	kept := out[:0]
	for _, a := range out {
		if len(a.attempts) > 0 {
			kept = append(kept, a)
		}
	}
	return kept, nil
}

// maxNonce is the highest nonce held by a live (non-fatal) transaction, -1 if none.
func (s *store) maxNonce(ctx context.Context) (int64, error) {
	var n *int64
	err := s.pool.QueryRow(ctx, `SELECT max(nonce) FROM txm_transactions
		WHERE chain_id = $1 AND from_address = $2 AND nonce IS NOT NULL`, s.chainID, s.from).Scan(&n)
	if err != nil || n == nil {
		return -1, err
	}
	return *n, nil
}

func insertAttempt(ctx context.Context, q pgx.Tx, txID int64, signed *types.Transaction, raw []byte) (int64, error) {
	var id int64
	err := q.QueryRow(ctx, `INSERT INTO txm_attempts (tx_id, hash, gas_tip_cap, gas_fee_cap, raw)
		VALUES ($1, $2, $3::numeric, $4::numeric, $5) RETURNING id`,
		txID, signed.Hash().Bytes(), numeric(signed.GasTipCap()), numeric(signed.GasFeeCap()), raw).Scan(&id)
	return id, err
}

// assign moves an unstarted transaction to in_progress with its nonce and first signed attempt,
// atomically: saved before it is sent.
func (s *store) assign(ctx context.Context, txID int64, nonce uint64, gasLimit uint64, signed *types.Transaction, raw []byte) (int64, error) {
	var attemptID int64
	err := pgx.BeginFunc(ctx, s.pool, func(q pgx.Tx) error {
		tag, err := q.Exec(ctx, `UPDATE txm_transactions SET state = 'in_progress', nonce = $2, gas_limit = $3,
			updated_at = now() WHERE id = $1 AND state = 'unstarted'`, txID, int64(nonce), int64(gasLimit))
		if err != nil {
			return err
		}
		if tag.RowsAffected() != 1 {
			return fmt.Errorf("transaction %d is no longer unstarted", txID)
		}
		attemptID, err = insertAttempt(ctx, q, txID, signed, raw)
		return err
	})
	return attemptID, err
}

func (s *store) addAttempt(ctx context.Context, txID int64, signed *types.Transaction, raw []byte) (int64, error) {
	var id int64
	err := pgx.BeginFunc(ctx, s.pool, func(q pgx.Tx) error {
		var err error
		id, err = insertAttempt(ctx, q, txID, signed, raw)
		return err
	})
	return id, err
}

// markBroadcast records that an attempt was sent (or the node already had it) at head.
func (s *store) markBroadcast(ctx context.Context, txID, attemptID int64, head uint64) error {
	return pgx.BeginFunc(ctx, s.pool, func(q pgx.Tx) error {
		if _, err := q.Exec(ctx, `UPDATE txm_attempts SET broadcast_block = $2 WHERE id = $1`, attemptID, int64(head)); err != nil {
			return err
		}
		_, err := q.Exec(ctx, `UPDATE txm_transactions SET
			state = CASE WHEN state = 'in_progress' THEN 'unconfirmed' ELSE state END,
			broadcast_at = coalesce(broadcast_at, now()), updated_at = now() WHERE id = $1`, txID)
		return err
	})
}

func (s *store) markMined(ctx context.Context, txID int64, r *types.Receipt) error {
	_, err := s.pool.Exec(ctx, `UPDATE txm_transactions SET state = 'unconfirmed', tx_hash = $2, mined_block = $3,
		mined_block_hash = $4, updated_at = now() WHERE id = $1`,
		txID, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes())
	return err
}

func (s *store) clearMined(ctx context.Context, txID int64) error {
	_, err := s.pool.Exec(ctx, `UPDATE txm_transactions SET tx_hash = NULL, mined_block = NULL,
		mined_block_hash = NULL, updated_at = now() WHERE id = $1`, txID)
	return err
}

func (s *store) markConfirmed(ctx context.Context, txID int64, r *types.Receipt) error {
	_, err := s.pool.Exec(ctx, `UPDATE txm_transactions SET state = 'confirmed', tx_hash = $2, mined_block = $3,
		mined_block_hash = $4, receipt_status = $5, gas_used = $6, effective_gas_price = $7::numeric,
		confirmed_at = now(), updated_at = now() WHERE id = $1`,
		txID, r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(), int16(r.Status), int64(r.GasUsed),
		numeric(r.EffectiveGasPrice))
	return err
}

// markFatal fails a transaction for good and frees its nonce.
func (s *store) markFatal(ctx context.Context, txID int64, msg string) error {
	_, err := s.pool.Exec(ctx, `UPDATE txm_transactions SET state = 'fatal', nonce = NULL, error = $2,
		updated_at = now() WHERE id = $1`, txID, msg)
	return err
}

// requeue sends a transaction back to unstarted: its nonce was taken by another transaction
// of the same key, so none of its attempts can ever be mined.
func (s *store) requeue(ctx context.Context, txID int64, reason string) error {
	return pgx.BeginFunc(ctx, s.pool, func(q pgx.Tx) error {
		if _, err := q.Exec(ctx, `DELETE FROM txm_attempts WHERE tx_id = $1`, txID); err != nil {
			return err
		}
		_, err := q.Exec(ctx, `UPDATE txm_transactions SET state = 'unstarted', nonce = NULL, tx_hash = NULL,
			mined_block = NULL, mined_block_hash = NULL, broadcast_at = NULL, error = $2, updated_at = now()
			WHERE id = $1`, txID, reason)
		return err
	})
}

// counts returns the number of transactions per state.
func (s *store) counts(ctx context.Context) (map[State]int, error) {
	rows, err := s.pool.Query(ctx, `SELECT state, count(*) FROM txm_transactions
		WHERE chain_id = $1 AND from_address = $2 AND state IN ('unstarted', 'in_progress', 'unconfirmed')
		GROUP BY state`, s.chainID, s.from)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[State]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[State(st)] = n
	}
	return out, rows.Err()
}
