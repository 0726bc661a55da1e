package indexer

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/streamr-go/streamr/bindings/datalicense"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/feedconsumer"
	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/indexer/store"
	"github.com/streamr-go/streamr/internal/devchain"
	"github.com/streamr-go/streamr/internal/pgtest"
)

// Accounts of the contract scenarios (indexes into the dev chain's keys).
const (
	acctOwner    = 0 // deployer: owns the coordinator and the marketplace
	acctSeller   = 1
	acctConsumer = 2 // subscribes a consumer contract to DeliveryHub
	acctRelayer  = 3 // delivers events, calls rebalance
	acctBuyer    = 4
	acctBrokerA  = 5
	acctBrokerB  = 6
)

var ether = big.NewInt(1e18)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

func (e *env) license() *datalicense.DataLicense {
	l, err := datalicense.NewDataLicense(e.d.License, e.c.Client)
	if err != nil {
		e.tb.Fatal(err)
	}
	return l
}

func (e *env) coordinator() *networkcoordinator.NetworkCoordinator {
	c, err := networkcoordinator.NewNetworkCoordinator(e.d.Coordinator, e.c.Client)
	if err != nil {
		e.tb.Fatal(err)
	}
	return c
}

func (e *env) hub() *deliveryhub.DeliveryHub {
	h, err := deliveryhub.NewDeliveryHub(e.d.Hub, e.c.Client)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h
}

// product creates a stream of seller's that the license contract may grant on and a product
// selling it at price wei/s; it returns the product id and the stream.
func (e *env) product(seller int, path string, price *big.Int) (*big.Int, *testStream) {
	e.tb.Helper()
	s := e.createStream(seller, path, []common.Address{e.d.License}, []streamregistry.Permission{{CanGrant: true}})
	lic := e.license()
	r := e.mined(lic.CreateProduct(e.auth(seller), e.c.Addrs[seller], []common.Address{s.addr}, price, 60,
		"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", common.Address{}, `{"title":"`+path+`"}`))
	for _, l := range r.Logs {
		if ev, err := lic.ParseProductCreated(*l); err == nil {
			return ev.ProductId, s
		}
	}
	e.tb.Fatal("no ProductCreated")
	return nil, nil
}

// buy buys seconds of a product through DATA transferAndCall and returns the purchase log.
func (e *env) buy(buyer int, productID *big.Int, seconds int64) *datalicense.DataLicenseLicensePurchased {
	e.tb.Helper()
	lic := e.license()
	q, err := lic.Quote(nil, productID, big.NewInt(seconds))
	if err != nil {
		e.tb.Fatal(err)
	}
	u256, _ := abi.NewType("uint256", "", nil)
	bytesT, _ := abi.NewType("bytes", "", nil)
	data, err := abi.Arguments{{Type: u256}, {Type: u256}, {Type: bytesT}, {Type: u256}, {Type: bytesT}}.
		Pack(productID, big.NewInt(seconds), []byte{}, big.NewInt(0), []byte{})
	if err != nil {
		e.tb.Fatal(err)
	}
	r := e.mined(e.token.TransferAndCall(e.auth(buyer), e.d.License, q.Price, data))
	for _, l := range r.Logs {
		if ev, err := lic.ParseLicensePurchased(*l); err == nil {
			return ev
		}
	}
	e.tb.Fatal("no LicensePurchased")
	return nil
}

// feed subscribes a new FeedConsumer of owner's to a new public stream of publisher's with the
// given bounty and returns the subscription id and the stream.
func (e *env) feed(owner, publisher int, path string, bounty *big.Int) (*big.Int, *testStream) {
	e.tb.Helper()
	s := e.createStream(publisher, path, []common.Address{{}}, []streamregistry.Permission{{SubscribeExpiry: forever}})
	consumer, tx, _, err := feedconsumer.DeployFeedConsumer(e.auth(owner), e.c.Client, e.d.Hub)
	e.mined(tx, err)
	deposit := new(big.Int).Mul(bounty, big.NewInt(100))
	e.mined(e.token.Approve(e.auth(owner), e.d.Hub, deposit))
	hub := e.hub()
	r := e.mined(hub.Subscribe(e.auth(owner), s.addr, 0, consumer, bounty, 200_000, deposit))
	for _, l := range r.Logs {
		if ev, err := hub.ParseSubscribed(*l); err == nil {
			return ev.SubscriptionId, s
		}
	}
	e.tb.Fatal("no Subscribed")
	return nil, nil
}

// deliver signs an event of publisher's on s and delivers it to the subscription from deliverer.
func (e *env) deliver(deliverer, publisher int, subID *big.Int, s *testStream, seq uint32) *types.Receipt {
	e.tb.Helper()
	ev := &protocol.Event{
		Version: protocol.Version, Stream: s.addr, Timestamp: 1_700_000_000_000, Sequence: seq,
		Publisher: e.c.Addrs[publisher], MsgChainID: [32]byte{1}, ContentType: protocol.ContentBinary,
		Content: common.LeftPadBytes(big.NewInt(int64(seq)+100).Bytes(), 32),
	}
	if err := protocol.NewDomain(devchain.ChainID, e.d.Registry).Sign(ev, e.c.Keys[publisher]); err != nil {
		e.tb.Fatal(err)
	}
	return e.mined(e.hub().Deliver(e.auth(deliverer), subID, deliveryhub.StreamMessageLibStreamMessage{
		Version: ev.Version, Stream: ev.Stream, Partition: ev.Partition, Timestamp: ev.Timestamp,
		Sequence: ev.Sequence, Publisher: ev.Publisher, OriginType: ev.OriginType, MsgChainId: ev.MsgChainID,
		PrevTimestamp: ev.PrevTimestamp, PrevSequence: ev.PrevSequence, MessageType: ev.MessageType,
		ContentType: ev.ContentType, EncryptionType: ev.EncryptionType, GroupKeyId: ev.GroupKeyID,
		Content: ev.Content, SignatureType: ev.SignatureType, Signature: ev.Signature,
	}))
}

// brokers funds the coordinator's pool, registers brokers and rebalances.
func (e *env) brokers(epochReward, rebalanceReward *big.Int, brokers ...int) {
	e.tb.Helper()
	co := e.coordinator()
	e.mined(co.SetRewards(e.auth(acctOwner), epochReward, rebalanceReward))
	e.mined(e.token.Approve(e.auth(acctOwner), e.d.Coordinator, eth(100)))
	e.mined(co.Fund(e.auth(acctOwner), eth(100)))
	for _, b := range brokers {
		e.mined(e.token.Approve(e.auth(b), e.d.Coordinator, ether))
		e.mined(co.Register(e.auth(b), "wss://broker"+itoa(b)+".example", ether))
	}
	e.mined(co.Rebalance(e.auth(acctRelayer), big.NewInt(1000)))
}

// closeEpoch moves the chain past the end of the epoch of the head block and returns that epoch.
func (e *env) closeEpoch() uint64 {
	e.tb.Helper()
	epoch := e.head().Time / e.d.EpochLength
	end := (epoch + 1) * e.d.EpochLength
	// AdjustTime refuses while transactions wait in the pool: mine them first.
	var err error
	for range 50 {
		if err = e.c.Backend.AdjustTime(time.Duration(end-e.head().Time+1) * time.Second); err == nil {
			return epoch
		}
		e.c.Commit()
		time.Sleep(10 * time.Millisecond)
	}
	e.tb.Fatal(err)
	return epoch
}

// ledger returns the karma ledger's amounts by address and kind.
func ledger(tb testing.TB, db *pgtest.DB) map[common.Address]map[string]*big.Int {
	tb.Helper()
	rows, err := db.Pool.Query(context.Background(), `SELECT address, kind, amount::text FROM karma_ledger`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	out := map[common.Address]map[string]*big.Int{}
	for rows.Next() {
		var (
			a      []byte
			kind   string
			amount string
		)
		if err := rows.Scan(&a, &kind, &amount); err != nil {
			tb.Fatal(err)
		}
		v, _ := new(big.Int).SetString(amount, 10)
		m := out[common.BytesToAddress(a)]
		if m == nil {
			m = map[string]*big.Int{}
			out[common.BytesToAddress(a)] = m
		}
		if m[kind] == nil {
			m[kind] = new(big.Int)
		}
		m[kind].Add(m[kind], v)
	}
	return out
}

func wantAmount(tb testing.TB, l map[common.Address]map[string]*big.Int, who common.Address, kind string, want *big.Int) {
	tb.Helper()
	got := l[who][kind]
	if got == nil {
		got = new(big.Int)
	}
	if got.Cmp(want) != 0 {
		tb.Errorf("karma ledger %s %s = %s, want %s", who.Hex(), kind, got, want)
	}
}

// A purchase by transferAndCall, a DeliveryHub delivery, brokers registering, reporting an
// epoch and being rewarded, and the escrow release against the agreed root all land in their
// tables and in the karma ledger.
func TestIndexMarketNetworkHub(t *testing.T) {
	e := newEnv(t)
	a := e.c.Addrs
	ctx := context.Background()
	lic, co, hub := e.license(), e.coordinator(), e.hub()

	price := big.NewInt(1e12)
	productID, ps := e.product(acctSeller, "market/feed", price)
	bought := e.buy(acctBuyer, productID, 3600)
	e.mined(lic.Flag(e.auth(acctBuyer), productID, "stale data"))

	bounty := big.NewInt(1e15)
	subID, fs := e.feed(acctConsumer, acctSeller, "prices", bounty)
	e.deliver(acctRelayer, acctSeller, subID, fs, 0)
	e.deliver(acctRelayer, acctSeller, subID, fs, 1)
	e.mined(e.token.Approve(e.auth(acctConsumer), e.d.Hub, bounty))
	e.mined(hub.TopUp(e.auth(acctConsumer), subID, bounty))
	e.mined(hub.Withdraw(e.auth(acctRelayer)))

	epochReward, rebalanceReward := eth(1), big.NewInt(5e17)
	e.brokers(epochReward, rebalanceReward, acctBrokerA, acctBrokerB)
	e.mined(co.UpdateEndpoint(e.auth(acctBrokerA), "wss://a.example"))
	epoch := e.closeEpoch()
	rolling := crypto.Keccak256Hash([]byte("rolling"))
	leaf, err := lic.DeliveryLeaf(nil, ps.addr, 0, epoch, 10, rolling)
	if err != nil {
		t.Fatal(err)
	}
	e.mined(co.ReportEpoch(e.auth(acctBrokerA), 0, epoch, leaf))
	e.mined(co.ReportEpoch(e.auth(acctBrokerB), 0, epoch, leaf))
	r := e.mined(lic.Release(e.auth(acctRelayer), productID, a[acctBuyer], epoch, datalicense.DataLicenseDeliveryProof{
		NetworkPartition: 0, StreamIndex: 0, StreamPartition: 0, Count: 10, RollingHash: rolling, Proof: [][32]byte{},
	}))
	var released *datalicense.DataLicensePaymentReleased
	for _, l := range r.Logs {
		if ev, err := lic.ParsePaymentReleased(*l); err == nil {
			released = ev
		}
	}
	if released == nil {
		t.Fatal("no PaymentReleased")
	}
	e.mined(lic.Withdraw(e.auth(acctSeller)))
	e.mined(co.WithdrawRewards(e.auth(acctBrokerA)))
	e.mined(co.Leave(e.auth(acctBrokerB)))
	e.mined(lic.SetFeeBps(e.auth(acctOwner), 300))

	db := pgtest.New(t)
	ix := indexerFor(t, e, db, nil, testConfig())
	if err := ix.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(t, e, ix, e.head().Number.Uint64())

	one := func(q string, args ...any) {
		t.Helper()
		if n := count(t, db, q, args...); n != 1 {
			t.Errorf("%s: %d rows, want 1", q, n)
		}
	}
	// DataLicense.
	fee := new(big.Int).Div(new(big.Int).Mul(bought.Price, big.NewInt(int64(e.d.FeeBps))), big.NewInt(10_000))
	if bought.Fee.Cmp(fee) != 0 {
		t.Fatalf("fee %s, want %s", bought.Fee, fee)
	}
	one(`SELECT count(*) FROM products WHERE product_id = $1::numeric AND owner = $2 AND active AND streams = ARRAY[$3::bytea]`,
		productID.String(), a[acctSeller].Bytes(), ps.addr.Bytes())
	one(`SELECT count(*) FROM purchases WHERE buyer = $1 AND payer = $1 AND seconds = 3600 AND price = $2::numeric AND fee = $3::numeric AND block_time IS NOT NULL`,
		a[acctBuyer].Bytes(), bought.Price.String(), bought.Fee.String())
	one(`SELECT count(*) FROM licenses WHERE buyer = $1 AND expiry = $2`, a[acctBuyer].Bytes(), int64(bought.NewExpiry))
	one(`SELECT count(*) FROM fees WHERE kind = 'purchase' AND amount = $1::numeric`, fee.String())
	one(`SELECT count(*) FROM fees WHERE kind = 'rate' AND fee_bps = 300`)
	one(`SELECT count(*) FROM flags WHERE buyer = $1 AND reason = 'stale data'`, a[acctBuyer].Bytes())
	one(`SELECT count(*) FROM payments_released WHERE beneficiary = $1 AND epoch = $2 AND amount = $3::numeric`,
		a[acctSeller].Bytes(), int64(epoch), released.Amount.String())
	one(`SELECT count(*) FROM withdrawals WHERE contract = $1 AND account = $2 AND kind = 'license'`, e.d.License.Bytes(), a[acctSeller].Bytes())
	one(`SELECT count(*) FROM contract_config_events WHERE contract = $1 AND name = 'OwnershipTransferred'`, e.d.License.Bytes())
	// NetworkCoordinator.
	one(`SELECT count(*) FROM brokers WHERE broker = $1 AND active AND endpoint = 'wss://a.example' AND stake = $2::numeric`,
		a[acctBrokerA].Bytes(), ether.String())
	one(`SELECT count(*) FROM brokers WHERE broker = $1 AND NOT active`, a[acctBrokerB].Bytes())
	one(`SELECT count(*) FROM agreed_roots WHERE network_partition = 0 AND epoch = $1 AND root = $2`, int64(epoch), leaf[:])
	if n := count(t, db, `SELECT count(*) FROM epoch_reports WHERE epoch = $1`, int64(epoch)); n != 2 {
		t.Errorf("%d epoch reports, want 2", n)
	}
	if n := count(t, db, `SELECT count(*) FROM broker_rewards WHERE kind = 'epoch' AND amount = $1::numeric`, epochReward.String()); n != 2 {
		t.Errorf("%d epoch rewards, want 2", n)
	}
	one(`SELECT count(*) FROM broker_rewards WHERE kind = 'rebalance' AND broker = $1 AND changes > 0 AND amount = $2::numeric`,
		a[acctRelayer].Bytes(), rebalanceReward.String())
	if n := count(t, db, `SELECT count(*) FROM partition_assignments WHERE broker = $1`, a[acctBrokerA].Bytes()); n == 0 {
		t.Error("broker A has no partition assignment")
	}
	one(`SELECT count(*) FROM broker_events WHERE kind = 'rewards_withdrawn' AND broker = $1`, a[acctBrokerA].Bytes())
	if n := count(t, db, `SELECT count(*) FROM contract_config_events WHERE contract = $1 AND name = 'ConfigChanged'`, e.d.Coordinator.Bytes()); n != 2 {
		t.Errorf("%d ConfigChanged rows, want 2 (constructor, setRewards)", n)
	}
	one(`SELECT count(*) FROM contract_config_events WHERE contract = $1 AND name = 'PoolFunded'`, e.d.Coordinator.Bytes())
	// DeliveryHub.
	if n := count(t, db, `SELECT count(*) FROM deliveries WHERE subscription_id = $1::numeric AND deliverer = $2
		AND stream = $3 AND stream_partition = 0 AND publisher = $4 AND bounty = $5::numeric`,
		subID.String(), a[acctRelayer].Bytes(), fs.addr.Bytes(), a[acctSeller].Bytes(), bounty.String()); n != 2 {
		t.Errorf("%d deliveries, want 2", n)
	}
	one(`SELECT count(*) FROM hub_subscription_state WHERE subscription_id = $1::numeric AND consumer IS NOT NULL
		AND delivered = 2 AND NOT cancelled AND remaining = 99 * $2::numeric AND paid_in = 101 * $2::numeric`, subID.String(), bounty.String())
	one(`SELECT count(*) FROM withdrawals WHERE contract = $1 AND account = $2 AND kind = 'bounties'`, e.d.Hub.Bytes(), a[acctRelayer].Bytes())

	// Karma ledger.
	l := ledger(t, db)
	wantAmount(t, l, a[acctBuyer], KarmaPurchase, bought.Price)
	wantAmount(t, l, a[acctSeller], KarmaSale, new(big.Int).Sub(bought.Price, bought.Fee))
	wantAmount(t, l, a[acctSeller], KarmaPaymentReleased, released.Amount)
	wantAmount(t, l, a[acctBrokerA], KarmaBrokerReward, epochReward)
	wantAmount(t, l, a[acctBrokerB], KarmaBrokerReward, epochReward)
	wantAmount(t, l, a[acctRelayer], KarmaDeliveryBounty, new(big.Int).Mul(bounty, big.NewInt(2)))
	if n := count(t, db, `SELECT count(*) FROM karma_ledger k JOIN blocks b ON b.number = k.block_number
		WHERE k.at <> b.time`); n != 0 {
		t.Errorf("%d karma rows not at their block's time", n)
	}

	// Karma at the purchase's block time: the buyer's purchase counts in full.
	var at time.Time
	if err := db.Pool.QueryRow(ctx, `SELECT block_time FROM purchases`).Scan(&at); err != nil {
		t.Fatal(err)
	}
	st := store.New(db.Pool, store.Options{})
	k, err := st.Karma(ctx, a[acctBuyer], at)
	if err != nil {
		t.Fatal(err)
	}
	if want := weiToDATA(bought.Price); math.Abs(k-want) > 1e-12 {
		t.Errorf("buyer karma %g, want %g", k, want)
	}
	// The chain's clock is ahead of the wall clock (closeEpoch): rank at the head's time.
	board, err := st.Leaderboard(ctx, time.Unix(int64(e.head().Time), 0), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(board) != 5 {
		t.Errorf("leaderboard %+v: want 5 addresses", board)
	}
}

func weiToDATA(v *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), new(big.Float).SetInt(ether)).Float64()
	return f
}

// Karma(address, t) = Σ amount · 2^(−(t − at) / halfLife), rows after t not counted.
func TestKarmaDecay(t *testing.T) {
	db := pgtest.New(t)
	ctx := context.Background()
	halfLife := 10 * 24 * time.Hour
	st := store.New(db.Pool, store.Options{KarmaHalfLife: halfLife})
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	x, y := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	rows := []struct {
		who    common.Address
		amount *big.Int
		at     time.Time
	}{
		{x, eth(4), now.Add(-halfLife)},                               // counts 2
		{x, eth(8), now.Add(-3 * halfLife)},                           // counts 1
		{x, eth(1), now},                                              // counts 1
		{x, eth(1000), now.Add(time.Second)},                          // in the future: not counted
		{y, eth(3), now.Add(-halfLife / 2)},                           // counts 3/√2
		{y, big.NewInt(5e17), now},                                    // counts 0.5
		{y, eth(16), now.Add(-40 * halfLife)},                         // about 1.5e-11
		{common.HexToAddress("0x03"), eth(1), now.Add(-2 * halfLife)}, // counts 0.25
	}
	for i, r := range rows {
		_, err := db.Pool.Exec(ctx, `INSERT INTO karma_ledger (address, amount, at, kind, block_number, block_hash, log_index, tx_hash)
			VALUES ($1, $2::numeric, $3, 'purchase', $4, '\x01', $5, '\x02')`, r.who.Bytes(), r.amount.String(), r.at, int64(i), int32(i))
		if err != nil {
			t.Fatal(err)
		}
	}
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	kx, err := st.Karma(ctx, x, now)
	if err != nil {
		t.Fatal(err)
	}
	if !near(kx, 4) {
		t.Errorf("karma(x) = %v, want 4 (2 + 1 + 1)", kx)
	}
	ky, _ := st.Karma(ctx, y, now)
	if want := 3/math.Sqrt2 + 0.5 + 16*math.Pow(2, -40); !near(ky, want) {
		t.Errorf("karma(y) = %v, want %v", ky, want)
	}
	// A half-life later everything counts half.
	kx2, _ := st.Karma(ctx, x, now.Add(halfLife))
	if !near(kx2, 2+1000*math.Pow(2, -float64(halfLife-time.Second)/float64(halfLife))) {
		t.Errorf("karma(x) a half-life later = %v", kx2)
	}
	if k, _ := st.Karma(ctx, common.HexToAddress("0x09"), now); k != 0 {
		t.Errorf("karma of an unknown address = %v", k)
	}
	board, err := st.Leaderboard(ctx, now, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(board) != 2 || board[0].Address != x || board[1].Address != y || !near(board[0].Karma, 4) {
		t.Errorf("leaderboard = %+v", board)
	}
}

// noTimestamps hides the blockTimestamp of logs, as older nodes do: the indexer reads it from
// the headers instead.
type noTimestamps struct{ Chain }

func (c noTimestamps) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Chain.FilterLogs(ctx, q)
	for i := range logs {
		logs[i].BlockTimestamp = 0
	}
	return logs, err
}

// A reorganisation that replaces products, purchases, subscriptions, deliveries, broker
// registrations and rewards (the same ids for other owners on the new branch) leaves exactly
// what a fresh index of the canonical chain holds, karma ledger included.
func TestReorgContracts(t *testing.T) {
	e := newEnv(t)
	a := e.c.Addrs
	ctx := context.Background()
	price := big.NewInt(1e12)
	p1, _ := e.product(acctSeller, "p1", price)
	e.buy(acctBuyer, p1, 600)
	s1, f1 := e.feed(acctConsumer, acctSeller, "f1", big.NewInt(1e15))
	e.deliver(acctRelayer, acctSeller, s1, f1, 0)
	e.brokers(eth(1), big.NewInt(1e17), acctBrokerA, acctBrokerB)
	fork := e.head()

	// A branch: a product of the seller's bought by the buyer, a subscription of the consumer's
	// to the seller's stream with a delivery, a broker registering, an agreed epoch.
	branch := func(seller, buyer, consumer, broker int, extra int) {
		p2, _ := e.product(seller, "p2", price)
		e.buy(buyer, p2, 900)
		s2, f2 := e.feed(consumer, seller, "f2", big.NewInt(2e15))
		e.deliver(acctRelayer, seller, s2, f2, 5)
		e.deliver(acctRelayer, acctSeller, s1, f1, uint32(10+extra))
		co := e.coordinator()
		e.mined(e.token.Approve(e.auth(broker), e.d.Coordinator, ether))
		e.mined(co.Register(e.auth(broker), "wss://b.example", ether))
		epoch := e.closeEpoch()
		root := crypto.Keccak256Hash([]byte{byte(extra)})
		e.mined(co.ReportEpoch(e.auth(acctBrokerA), 0, epoch, root))
		e.mined(co.ReportEpoch(e.auth(acctBrokerB), 0, epoch, root))
		for range extra {
			e.c.Commit()
		}
	}
	branch(acctSeller, acctBuyer, acctConsumer, 7, 0)
	oldHead := e.head().Number.Uint64()

	db := pgtest.New(t)
	ix := indexerFor(t, e, db, nil, testConfig())
	if err := ix.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	waitIndexed(t, e, ix, oldHead)
	if n := count(t, db, `SELECT count(*) FROM karma_ledger WHERE address = $1 AND kind = 'sale'`, a[acctSeller].Bytes()); n != 2 {
		t.Fatalf("%d sales of the seller's on the old branch, want 2", n)
	}

	if err := e.c.Backend.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	e.resetNonces()
	// The new branch: account 8 sells to 9, 9 subscribes to 8's stream, 8 registers as a broker.
	branch(8, 9, 9, 8, 3)
	newHead := e.head().Number.Uint64()
	if newHead <= oldHead {
		t.Fatalf("fork head %d not above the old head %d", newHead, oldHead)
	}
	waitIndexed(t, e, ix, newHead)

	fresh := indexFresh(t, e)
	got := dump(t, db)
	equalDumps(t, got, dump(t, fresh))
	for _, name := range []string{"purchases", "deliveries", "broker_rewards", "karma_ledger", "hub_subscriptions", "broker_events"} {
		if len(got[name]) == 0 {
			t.Errorf("no %s rows", name)
		}
	}
	l := ledger(t, db)
	wantAmount(t, l, a[8], KarmaSale, new(big.Int).Sub(new(big.Int).Mul(price, big.NewInt(900)),
		new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(900*int64(e.d.FeeBps))), big.NewInt(10_000))))
	if n := testutil.ToFloat64(ix.m.reorgs); n < 1 {
		t.Errorf("%v reorganisations seen", n)
	}
	// The old branch's transactions went back to the pool and were mined again on the new
	// branch (in other blocks, after the fork point), so they are present too, under new ids
	// where account 8's came first.
	if n := count(t, db, `SELECT count(*) FROM deliveries d JOIN stream_created s ON s.stream = d.stream
		WHERE s.owner = $1 AND d.block_number > $2`, a[8].Bytes(), int64(fork.Number.Uint64())); n != 1 {
		t.Errorf("%d deliveries on account 8's stream, want 1", n)
	}
	if n := count(t, db, `SELECT count(*) FROM broker_rewards WHERE kind = 'epoch'`); n != 4 {
		t.Errorf("%d epoch rewards, want 4", n)
	}
	// The same chain through a node that leaves blockTimestamp out of logs.
	db2 := pgtest.New(t)
	ix2 := indexerFor(t, e, db2, noTimestamps{e.c.Client}, testConfig())
	if err := ix2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitIndexed(t, e, ix2, newHead)
	if err := ix2.Close(); err != nil {
		t.Fatal(err)
	}
	equalDumps(t, dump(t, db2), got)
}
