package indexer

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// eventCols are the columns every event row ends with, in this order.
var eventCols = []string{"block_number", "block_hash", "log_index", "tx_hash"}

// table describes an event table: its own columns (eventCols are appended).
type table struct {
	name string
	cols []string // without eventCols
}

func (t *table) allCols() []string { return append(slices.Clone(t.cols), eventCols...) }

// Event tables in write order. Every one is rolled back by block_number.
var (
	tStreamCreated  = &table{"stream_created", []string{"stream", "owner", "path", "metadata", "partitions", "stream_index", "block_time"}}
	tStreamUpdates  = &table{"stream_updates", []string{"stream", "kind", "metadata", "partitions", "new_owner", "by_address"}}
	tPermissions    = &table{"stream_permission_events", []string{"stream", "user_address", "publish_expiry", "subscribe_expiry", "can_edit", "can_delete", "can_grant", "by_address"}}
	tKeys           = &table{"subscriber_key_events", []string{"stream", "user_address", "key", "by_address"}}
	tTransfers      = &table{"token_transfers", []string{"token", "from_address", "to_address", "value", "block_time"}}
	tProducts       = &table{"product_events", []string{"product_id", "kind", "owner", "beneficiary", "streams", "price_per_second", "min_seconds", "terms_cid", "required_attester", "metadata", "block_time"}}
	tPurchases      = &table{"purchases", []string{"product_id", "buyer", "payer", "seconds", "price", "fee", "new_expiry", "block_time"}}
	tFees           = &table{"fees", []string{"kind", "product_id", "buyer", "amount", "fee_bps", "block_time"}}
	tReleased       = &table{"payments_released", []string{"product_id", "buyer", "epoch", "beneficiary", "amount", "block_time"}}
	tRefunds        = &table{"refunds", []string{"product_id", "buyer", "amount", "block_time"}}
	tFlags          = &table{"flags", []string{"product_id", "buyer", "reason", "block_time"}}
	tWithdrawals    = &table{"withdrawals", []string{"contract", "account", "kind", "amount"}}
	tConfig         = &table{"contract_config_events", []string{"contract", "name", "value"}}
	tBrokers        = &table{"broker_events", []string{"broker", "kind", "broker_id", "endpoint", "amount", "reputation", "block_time"}}
	tAssignments    = &table{"partition_assignment_events", []string{"network_partition", "broker", "assigned"}}
	tReports        = &table{"epoch_reports", []string{"network_partition", "epoch", "broker", "root", "block_time"}}
	tAgreed         = &table{"agreed_roots", []string{"network_partition", "epoch", "root", "block_time"}}
	tRewards        = &table{"broker_rewards", []string{"broker", "kind", "broker_id", "network_partition", "epoch", "changes", "amount", "block_time"}}
	tSubscriptions  = &table{"hub_subscriptions", []string{"subscription_id", "kind", "account", "consumer", "stream", "stream_partition", "bounty_per_event", "callback_gas_limit", "amount", "deposit", "block_time"}}
	tDeliveries     = &table{"deliveries", []string{"subscription_id", "deliverer", "stream", "stream_partition", "publisher", "msg_chain_id", "msg_timestamp", "msg_sequence", "bounty", "block_time"}}
	tFailures       = &table{"consumer_failures", []string{"subscription_id", "publisher", "msg_chain_id", "msg_timestamp", "msg_sequence", "block_time"}}
	tKarma          = &table{"karma_ledger", []string{"address", "amount", "at", "kind"}}
	allEventTables  = []*table{tStreamCreated, tStreamUpdates, tPermissions, tKeys, tTransfers, tProducts, tPurchases, tFees, tReleased, tRefunds, tFlags, tWithdrawals, tConfig, tBrokers, tAssignments, tReports, tAgreed, tRewards, tSubscriptions, tDeliveries, tFailures, tKarma}
	copyThreshold   = 64 // rows per table from which COPY through a temporary table beats INSERT
	maxInsertParams = 65535
)

// blockRow is a block known from a log or a header.
type blockRow struct {
	number uint64
	hash   common.Hash
	parent *common.Hash
	time   *time.Time
}

// batch is everything decoded from one block range, written in one transaction.
type batch struct {
	rows       map[*table][][]any
	blocks     map[uint64]blockRow
	events     int // logs that produced rows
	newStreams []common.Address
}

func newBatch() *batch {
	return &batch{rows: make(map[*table][][]any), blocks: make(map[uint64]blockRow)}
}

// add appends a row for log l: vals are the table's own columns.
func (b *batch) add(t *table, l *types.Log, vals ...any) {
	if len(vals) != len(t.cols) {
		panic(fmt.Sprintf("indexer: %d values for %d columns of %s", len(vals), len(t.cols), t.name))
	}
	vals = append(vals, int64(l.BlockNumber), l.BlockHash.Bytes(), int32(l.Index), l.TxHash.Bytes())
	b.rows[t] = append(b.rows[t], vals)
}

func (b *batch) noteBlock(l *types.Log) {
	if _, ok := b.blocks[l.BlockNumber]; ok {
		return
	}
	r := blockRow{number: l.BlockNumber, hash: l.BlockHash}
	if l.BlockTimestamp != 0 {
		t := time.Unix(int64(l.BlockTimestamp), 0).UTC()
		r.time = &t
	}
	b.blocks[l.BlockNumber] = r
}

func (b *batch) noteHeader(h *types.Header) {
	p := h.ParentHash
	t := time.Unix(int64(h.Time), 0).UTC()
	b.blocks[h.Number.Uint64()] = blockRow{number: h.Number.Uint64(), hash: h.Hash(), parent: &p, time: &t}
}

// write inserts every row of the batch in tx; rows already present are left alone.
func (b *batch) write(ctx context.Context, tx pgx.Tx) (map[string]int64, error) {
	written := make(map[string]int64)
	for _, t := range allEventTables {
		rows := b.rows[t]
		if len(rows) == 0 {
			continue
		}
		n, err := insertRows(ctx, tx, t.name, t.allCols(), rows)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", t.name, err)
		}
		written[t.name] = n
	}
	if len(b.blocks) > 0 {
		nums := make([]uint64, 0, len(b.blocks))
		for n := range b.blocks {
			nums = append(nums, n)
		}
		slices.Sort(nums)
		rows := make([][]any, 0, len(nums))
		for _, n := range nums {
			r := b.blocks[n]
			var parent []byte
			if r.parent != nil {
				parent = r.parent.Bytes()
			}
			rows = append(rows, []any{int64(r.number), r.hash.Bytes(), parent, r.time})
		}
		if _, err := insertRows(ctx, tx, "blocks", []string{"number", "hash", "parent_hash", "time"}, rows); err != nil {
			return nil, fmt.Errorf("writing blocks: %w", err)
		}
	}
	return written, nil
}

// insertRows writes rows with ON CONFLICT DO NOTHING: small sets as one multi-row INSERT, large
// ones with COPY into a temporary table followed by INSERT ... SELECT.
func insertRows(ctx context.Context, tx pgx.Tx, name string, cols []string, rows [][]any) (int64, error) {
	colList := strings.Join(cols, ", ")
	if len(rows) < copyThreshold {
		return insertValues(ctx, tx, name, colList, len(cols), rows)
	}
	tmp := "tmp_" + name
	if _, err := tx.Exec(ctx, fmt.Sprintf(`CREATE TEMP TABLE IF NOT EXISTS %s (LIKE %s) ON COMMIT DROP`, tmp, name)); err != nil {
		return 0, err
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{tmp}, cols, pgx.CopyFromRows(rows)); err != nil {
		return 0, err
	}
	tag, err := tx.Exec(ctx, fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s ON CONFLICT DO NOTHING`, name, colList, colList, tmp))
	if err != nil {
		return 0, err
	}
	if _, err := tx.Exec(ctx, `TRUNCATE `+tmp); err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func insertValues(ctx context.Context, tx pgx.Tx, name, colList string, ncols int, rows [][]any) (int64, error) {
	per := max(1, maxInsertParams/ncols)
	var total int64
	for len(rows) > 0 {
		chunk := rows[:min(per, len(rows))]
		rows = rows[len(chunk):]
		var sb strings.Builder
		fmt.Fprintf(&sb, "INSERT INTO %s (%s) VALUES ", name, colList)
		args := make([]any, 0, len(chunk)*ncols)
		for i, r := range chunk {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteByte('(')
			for j := range r {
				if j > 0 {
					sb.WriteByte(',')
				}
				sb.WriteByte('$')
				sb.WriteString(strconv.Itoa(len(args) + 1))
				args = append(args, r[j])
			}
			sb.WriteByte(')')
		}
		sb.WriteString(" ON CONFLICT DO NOTHING")
		tag, err := tx.Exec(ctx, sb.String(), args...)
		if err != nil {
			return total, err
		}
		total += tag.RowsAffected()
	}
	return total, nil
}

// Value helpers: the Go values pgx encodes into the column types.

func addr(a common.Address) []byte { return a.Bytes() }

func optAddr(a common.Address) []byte {
	if a == (common.Address{}) {
		return nil
	}
	return a.Bytes()
}

func num(v *big.Int) pgtype.Numeric {
	if v == nil {
		return pgtype.Numeric{}
	}
	return pgtype.Numeric{Int: new(big.Int).Set(v), Valid: true}
}

func numU64(v uint64) pgtype.Numeric {
	return pgtype.Numeric{Int: new(big.Int).SetUint64(v), Valid: true}
}

func blockTime(l *types.Log) *time.Time {
	if l.BlockTimestamp == 0 {
		return nil
	}
	t := time.Unix(int64(l.BlockTimestamp), 0).UTC()
	return &t
}
