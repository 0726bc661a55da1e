package indexer

import (
	"context"
	"fmt"
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// overlay is a map whose writes stay pending until commit: a range's decoding adds entries that
// become permanent only once its transaction committed (a failed write is retried from the
// committed state).
type overlay[K comparable, V any] struct {
	base    map[K]V
	pending map[K]V
}

func newOverlay[K comparable, V any]() overlay[K, V] {
	return overlay[K, V]{base: make(map[K]V), pending: make(map[K]V)}
}

func (o *overlay[K, V]) get(k K) (V, bool) {
	if v, ok := o.pending[k]; ok {
		return v, true
	}
	v, ok := o.base[k]
	return v, ok
}

func (o *overlay[K, V]) put(k K, v V) { o.pending[k] = v }

func (o *overlay[K, V]) commit() {
	maps.Copy(o.base, o.pending)
	clear(o.pending)
}

func (o *overlay[K, V]) discard() { clear(o.pending) }

// subscription is what deliveries need from a DeliveryHub subscription.
type subscription struct {
	stream    common.Address
	partition uint32
}

// chainState is what decoding needs beyond a log: facts from earlier logs that later events
// refer to by id. It is loaded from the database at start and after a rollback.
type chainState struct {
	productOwners overlay[common.Hash, common.Address] // DataLicense product id → owner (fixed)
	brokers       overlay[uint16, common.Address]      // NetworkCoordinator broker id → address (fixed)
	subscriptions overlay[common.Hash, subscription]   // DeliveryHub subscription id → stream partition
}

func newChainState() *chainState {
	return &chainState{
		productOwners: newOverlay[common.Hash, common.Address](),
		brokers:       newOverlay[uint16, common.Address](),
		subscriptions: newOverlay[common.Hash, subscription](),
	}
}

func (s *chainState) commit() {
	s.productOwners.commit()
	s.brokers.commit()
	s.subscriptions.commit()
}

func (s *chainState) discard() {
	s.productOwners.discard()
	s.brokers.discard()
	s.subscriptions.discard()
}

// idKey is the map key of a uint256 id.
func idKey(v *big.Int) common.Hash { return common.BigToHash(v) }

// loadState reads the committed chain state from the database.
func (ix *Indexer) loadState(ctx context.Context) (*chainState, error) {
	s := newChainState()
	var (
		id   string
		a    []byte
		bid  int32
		part int64
	)
	parseID := func(v string) (common.Hash, error) {
		n, ok := new(big.Int).SetString(v, 10)
		if !ok {
			return common.Hash{}, fmt.Errorf("bad id %q", v)
		}
		return idKey(n), nil
	}
	rows, err := ix.db.Query(ctx, `SELECT product_id::text, owner FROM product_events WHERE kind = 'created'`)
	if err != nil {
		return nil, fmt.Errorf("indexer: loading products: %w", err)
	}
	if _, err := pgx.ForEachRow(rows, []any{&id, &a}, func() error {
		k, err := parseID(id)
		s.productOwners.base[k] = common.BytesToAddress(a)
		return err
	}); err != nil {
		return nil, fmt.Errorf("indexer: loading products: %w", err)
	}
	rows, err = ix.db.Query(ctx, `SELECT broker_id, broker FROM broker_events WHERE kind = 'registered'`)
	if err != nil {
		return nil, fmt.Errorf("indexer: loading brokers: %w", err)
	}
	if _, err := pgx.ForEachRow(rows, []any{&bid, &a}, func() error {
		s.brokers.base[uint16(bid)] = common.BytesToAddress(a)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("indexer: loading brokers: %w", err)
	}
	rows, err = ix.db.Query(ctx, `SELECT subscription_id::text, stream, stream_partition FROM hub_subscriptions WHERE kind = 'subscribed'`)
	if err != nil {
		return nil, fmt.Errorf("indexer: loading subscriptions: %w", err)
	}
	if _, err := pgx.ForEachRow(rows, []any{&id, &a, &part}, func() error {
		k, err := parseID(id)
		s.subscriptions.base[k] = subscription{stream: common.BytesToAddress(a), partition: uint32(part)}
		return err
	}); err != nil {
		return nil, fmt.Errorf("indexer: loading subscriptions: %w", err)
	}
	return s, nil
}
