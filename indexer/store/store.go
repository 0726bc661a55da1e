// Package store is the read side of the indexer: typed queries over the tables the indexer
// writes (see the migrations package), for the market, the brokers and the oracle.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound is returned for a stream, product or checkpoint that is not indexed.
var ErrNotFound = errors.New("store: not found")

// DefaultKarmaHalfLife is the karma half-life when Options leave it zero.
const DefaultKarmaHalfLife = 30 * 24 * time.Hour

// Options of a Store.
type Options struct {
	// KarmaHalfLife: karma earned this long ago counts half.
	KarmaHalfLife time.Duration
}

// Store runs the queries.
type Store struct {
	db       *pgxpool.Pool
	halfLife time.Duration
}

// New returns a store over the indexer's database.
func New(db *pgxpool.Pool, opts Options) *Store {
	if opts.KarmaHalfLife <= 0 {
		opts.KarmaHalfLife = DefaultKarmaHalfLife
	}
	return &Store{db: db, halfLife: opts.KarmaHalfLife}
}

// Stream is the current state of a stream.
type Stream struct {
	ID           common.Address `json:"id"`
	Owner        common.Address `json:"owner"`
	Creator      common.Address `json:"creator"`
	Path         string         `json:"path"`
	Metadata     string         `json:"metadata"`
	Partitions   int            `json:"partitions"`
	CreatedBlock uint64         `json:"createdBlock"`
	CreatedAt    time.Time      `json:"createdAt,omitzero"`
	Deleted      bool           `json:"deleted"`
}

// Name is the registry name "<creator, lowercase hex>/<path>".
func (s Stream) Name() string { return strings.ToLower(s.Creator.Hex()) + "/" + s.Path }

// Permission is a user's current permission on a stream (the zero address is the public).
type Permission struct {
	Stream          common.Address `json:"stream"`
	User            common.Address `json:"user"`
	PublishExpiry   uint64         `json:"publishExpiry"`
	SubscribeExpiry uint64         `json:"subscribeExpiry"`
	CanEdit         bool           `json:"canEdit"`
	CanDelete       bool           `json:"canDelete"`
	CanGrant        bool           `json:"canGrant"`
	UpdatedBlock    uint64         `json:"updatedBlock"`
}

// SubscriberKey is a subscriber's encryption public key (33-byte compressed secp256k1).
type SubscriberKey struct {
	Stream common.Address `json:"stream"`
	User   common.Address `json:"user"`
	Key    []byte         `json:"key"`
}

// License is a buyer's license of a product; Expiry is unix seconds.
type License struct {
	ProductID    *big.Int       `json:"productId"`
	Buyer        common.Address `json:"buyer"`
	Expiry       uint64         `json:"expiry"`
	UpdatedBlock uint64         `json:"updatedBlock"`
}

// Transfer is a DATA transfer.
type Transfer struct {
	From        common.Address `json:"from"`
	To          common.Address `json:"to"`
	Value       *big.Int       `json:"value"`
	BlockNumber uint64         `json:"blockNumber"`
	LogIndex    uint           `json:"logIndex"`
	TxHash      common.Hash    `json:"txHash"`
}

// Status is the indexer's checkpoint.
type Status struct {
	ChainID      uint64          `json:"chainId"`
	Contracts    json.RawMessage `json:"contracts"`
	StartBlock   uint64          `json:"startBlock"`
	IndexedBlock int64           `json:"indexedBlock"` // start block − 1 before the first range
	IndexedHash  common.Hash     `json:"indexedHash"`
	UpdatedAt    time.Time       `json:"updatedAt"`
}

// KarmaEntry is one row of the leaderboard; Karma is in DATA (not wei).
type KarmaEntry struct {
	Address common.Address `json:"address"`
	Karma   float64        `json:"karma"`
}

const streamCols = `id, owner, creator, path, metadata, partitions, created_block, created_at, deleted`

func scanStream(row pgx.CollectableRow) (Stream, error) {
	var (
		s              Stream
		id, owner, crt []byte
		partitions     int32
		created        int64
		createdAt      *time.Time
	)
	if err := row.Scan(&id, &owner, &crt, &s.Path, &s.Metadata, &partitions, &created, &createdAt, &s.Deleted); err != nil {
		return s, err
	}
	s.ID, s.Owner, s.Creator = common.BytesToAddress(id), common.BytesToAddress(owner), common.BytesToAddress(crt)
	s.Partitions, s.CreatedBlock = int(partitions), uint64(created)
	if createdAt != nil {
		s.CreatedAt = createdAt.UTC()
	}
	return s, nil
}

// Stream returns one stream (deleted ones too, flagged).
func (s *Store) Stream(ctx context.Context, id common.Address) (Stream, error) {
	rows, _ := s.db.Query(ctx, `SELECT `+streamCols+` FROM streams WHERE id = $1`, id.Bytes())
	st, err := pgx.CollectExactlyOneRow(rows, scanStream)
	if errors.Is(err, pgx.ErrNoRows) {
		return Stream{}, fmt.Errorf("%w: stream %s", ErrNotFound, id)
	}
	if err != nil {
		return Stream{}, fmt.Errorf("store: stream %s: %w", id, err)
	}
	return st, nil
}

// StreamsByOwner returns the live streams an address owns now, oldest first.
func (s *Store) StreamsByOwner(ctx context.Context, owner common.Address) ([]Stream, error) {
	rows, _ := s.db.Query(ctx, `SELECT `+streamCols+` FROM streams WHERE owner = $1 AND NOT deleted ORDER BY created_block, id`, owner.Bytes())
	out, err := pgx.CollectRows(rows, scanStream)
	if err != nil {
		return nil, fmt.Errorf("store: streams of %s: %w", owner, err)
	}
	return out, nil
}

func scanPermission(row pgx.CollectableRow) (Permission, error) {
	var (
		p        Permission
		st, user []byte
		pub, sub pgtype.Numeric
		updated  int64
	)
	if err := row.Scan(&st, &user, &pub, &sub, &p.CanEdit, &p.CanDelete, &p.CanGrant, &updated); err != nil {
		return p, err
	}
	p.Stream, p.User = common.BytesToAddress(st), common.BytesToAddress(user)
	p.PublishExpiry, p.SubscribeExpiry = numU64(pub), numU64(sub)
	p.UpdatedBlock = uint64(updated)
	return p, nil
}

const permCols = `stream, user_address, publish_expiry, subscribe_expiry, can_edit, can_delete, can_grant, updated_block`

// Permissions returns the current permissions on a stream (revoked ones left out), by user.
func (s *Store) Permissions(ctx context.Context, stream common.Address) ([]Permission, error) {
	rows, _ := s.db.Query(ctx, `SELECT `+permCols+` FROM stream_permissions WHERE stream = $1 ORDER BY user_address`, stream.Bytes())
	out, err := pgx.CollectRows(rows, scanPermission)
	if err != nil {
		return nil, fmt.Errorf("store: permissions of %s: %w", stream, err)
	}
	return out, nil
}

// Permission returns one user's current permission on a stream (ErrNotFound when none).
func (s *Store) Permission(ctx context.Context, stream, user common.Address) (Permission, error) {
	rows, _ := s.db.Query(ctx, `SELECT `+permCols+` FROM stream_permissions WHERE stream = $1 AND user_address = $2`, stream.Bytes(), user.Bytes())
	p, err := pgx.CollectExactlyOneRow(rows, scanPermission)
	if errors.Is(err, pgx.ErrNoRows) {
		return Permission{}, fmt.Errorf("%w: permission of %s on %s", ErrNotFound, user, stream)
	}
	if err != nil {
		return Permission{}, fmt.Errorf("store: permission of %s on %s: %w", user, stream, err)
	}
	return p, nil
}

// SubscriberKeys returns the subscribers' encryption keys registered on a stream, by user.
func (s *Store) SubscriberKeys(ctx context.Context, stream common.Address) ([]SubscriberKey, error) {
	rows, _ := s.db.Query(ctx, `SELECT stream, user_address, key FROM subscriber_keys WHERE stream = $1 ORDER BY user_address`, stream.Bytes())
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (SubscriberKey, error) {
		var (
			k        SubscriberKey
			st, user []byte
		)
		err := row.Scan(&st, &user, &k.Key)
		k.Stream, k.User = common.BytesToAddress(st), common.BytesToAddress(user)
		return k, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: subscriber keys of %s: %w", stream, err)
	}
	return out, nil
}

// Licenses returns a buyer's licenses (expired ones too), by product.
func (s *Store) Licenses(ctx context.Context, buyer common.Address) ([]License, error) {
	rows, _ := s.db.Query(ctx, `SELECT product_id, buyer, expiry, updated_block FROM licenses WHERE buyer = $1 ORDER BY product_id`, buyer.Bytes())
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (License, error) {
		var (
			l       License
			id, exp pgtype.Numeric
			b       []byte
			updated int64
		)
		err := row.Scan(&id, &b, &exp, &updated)
		l.ProductID, l.Buyer, l.Expiry, l.UpdatedBlock = numBig(id), common.BytesToAddress(b), numU64(exp), uint64(updated)
		return l, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: licenses of %s: %w", buyer, err)
	}
	return out, nil
}

// Transfers returns up to limit DATA transfers from or to an address, newest first.
func (s *Store) Transfers(ctx context.Context, address common.Address, limit int) ([]Transfer, error) {
	rows, _ := s.db.Query(ctx, `SELECT from_address, to_address, value, block_number, log_index, tx_hash FROM token_transfers
		WHERE from_address = $1 OR to_address = $1 ORDER BY block_number DESC, log_index DESC LIMIT $2`, address.Bytes(), limit)
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (Transfer, error) {
		var (
			t            Transfer
			from, to, tx []byte
			v            pgtype.Numeric
			block        int64
			idx          int32
		)
		err := row.Scan(&from, &to, &v, &block, &idx, &tx)
		t.From, t.To, t.Value = common.BytesToAddress(from), common.BytesToAddress(to), numBig(v)
		t.BlockNumber, t.LogIndex, t.TxHash = uint64(block), uint(idx), common.BytesToHash(tx)
		return t, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: transfers of %s: %w", address, err)
	}
	return out, nil
}

// Status returns the checkpoint (ErrNotFound before the indexer first started).
func (s *Store) Status(ctx context.Context) (Status, error) {
	var (
		st          Status
		chainID, sb int64
		hash        []byte
	)
	err := s.db.QueryRow(ctx, `SELECT chain_id, contracts, start_block, block_number, block_hash, updated_at FROM checkpoints LIMIT 1`).
		Scan(&chainID, &st.Contracts, &sb, &st.IndexedBlock, &hash, &st.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return Status{}, fmt.Errorf("%w: no checkpoint", ErrNotFound)
	}
	if err != nil {
		return Status{}, fmt.Errorf("store: status: %w", err)
	}
	st.ChainID, st.StartBlock, st.IndexedHash = uint64(chainID), uint64(sb), common.BytesToHash(hash)
	return st, nil
}

// karmaExpr is Σ amount · 2^(−age / halfLife) in DATA, with $2 = t and $3 = half-life seconds.
const karmaExpr = `COALESCE(sum(amount::float8 * power(2::float8, -extract(epoch FROM ($2::timestamptz - at))::float8 / $3::float8)), 0) / 1e18`

// Now is the present as the index sees it: the later of the database's clock and the time of
// the newest indexed block. Block timestamps may run ahead of a server's clock (clock skew,
// a dev chain sealing several blocks a second); evaluating karma at Now counts everything
// indexed, where time.Now() would leave the newest ledger rows out until the clock catches up.
func (s *Store) Now(ctx context.Context) (time.Time, error) {
	var t time.Time
	err := s.db.QueryRow(ctx, `SELECT greatest(now(), (SELECT time FROM blocks ORDER BY number DESC LIMIT 1))`).Scan(&t)
	if err != nil {
		return time.Time{}, fmt.Errorf("store: reading the time: %w", err)
	}
	return t, nil
}

// Karma returns an address's karma at time t (only ledger entries up to t count).
func (s *Store) Karma(ctx context.Context, address common.Address, at time.Time) (float64, error) {
	var k float64
	err := s.db.QueryRow(ctx, `SELECT `+karmaExpr+` FROM karma_ledger WHERE address = $1 AND at <= $2`,
		address.Bytes(), at, s.halfLife.Seconds()).Scan(&k)
	if err != nil {
		return 0, fmt.Errorf("store: karma of %s: %w", address, err)
	}
	return k, nil
}

// Leaderboard returns the limit addresses with the most karma at time t, most first.
func (s *Store) Leaderboard(ctx context.Context, at time.Time, limit int) ([]KarmaEntry, error) {
	rows, _ := s.db.Query(ctx, `SELECT address, `+karmaExpr+` AS karma FROM karma_ledger WHERE at <= $2 AND $1::int > 0
		GROUP BY address ORDER BY karma DESC, address LIMIT $1`, limit, at, s.halfLife.Seconds())
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (KarmaEntry, error) {
		var (
			e KarmaEntry
			a []byte
		)
		err := row.Scan(&a, &e.Karma)
		e.Address = common.BytesToAddress(a)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: karma leaderboard: %w", err)
	}
	return out, nil
}

func numBig(n pgtype.Numeric) *big.Int {
	if !n.Valid || n.Int == nil {
		return nil
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	} else if n.Exp < 0 {
		v.Quo(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n.Exp)), nil))
	}
	return v
}

func numU64(n pgtype.Numeric) uint64 {
	v := numBig(n)
	if v == nil || v.Sign() < 0 {
		return 0
	}
	if !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}
