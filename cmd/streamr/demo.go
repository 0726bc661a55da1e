package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/feedconsumer"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
)

// Dev accounts and their roles in the demo.
const (
	demoPublisher = 1 // owns the demo streams and publishes the live feed
	demoConsumer  = 2 // deploys and funds the consumer contract
	demoOracle    = 3 // runs the delivery agent and earns bounties
	demoBuyer     = 4 // the tour's suggested buyer of the private product
	demoBroker    = 6 // the dev broker's account: registered with the coordinator, reports epochs
)

// The private demo: an encrypted stream sold as a DataLicense product.
const (
	demoPrivatePath  = "demo/private-quotes"
	demoProductTitle = "Demo private quotes"
	demoMinSeconds   = 60
)

// demoPricePerSecond is the private product's price: 0.001 DATA a second (3.6 DATA an hour).
var demoPricePerSecond = big.NewInt(1e15)

// demo is what 'streamr dev' sets up to look at: a public price feed, a consumer contract
// subscribed to it through DeliveryHub, and the publisher feeding it.
type demo struct {
	PublicStream common.Address
	PublicName   string
	Consumer     common.Address
	Subscription *big.Int

	// The private feed and the product selling it (zero until setupPrivateDemo).
	PrivateStream common.Address
	PrivateName   string
	ProductID     string
	TermsCID      string
}

// clearPrefix deletes every key of the dev broker: the dev chain is new at every start, but
// its addresses repeat, so old events would look like this run's.
func clearPrefix(ctx context.Context, rc redis.UniversalClient, prefix string) error {
	var cursor uint64
	for {
		keys, next, err := rc.Scan(ctx, cursor, prefix+":*", 1000).Result()
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := rc.Del(ctx, k).Err(); err != nil {
				return err
			}
		}
		if next == 0 {
			return nil
		}
		cursor = next
	}
}

// demoTx waits for tx, sent with err, to succeed; a failure names what it was for.
func demoTx(ctx context.Context, chain *devchain.Chain, what string, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err == nil {
		var r *types.Receipt
		if r, err = chainutil.WaitOK(ctx, chain.Client, tx); err == nil {
			return r, nil
		}
	}
	return nil, fmt.Errorf("demo: %s: %w", what, err)
}

// createDemoStream creates the demo publisher's stream path and returns its id and name.
func createDemoStream(ctx context.Context, chain *devchain.Chain, d *deploy.Deployment, path, meta string,
	users []common.Address, perms []streamregistry.Permission) (common.Address, string, error) {
	reg, err := streamregistry.NewStreamRegistry(d.Registry, chain.Client)
	if err != nil {
		return common.Address{}, "", err
	}
	pub := chainutil.Transactor(chain.Keys[demoPublisher], d.ChainID)
	pub.Context = ctx
	tx, err := reg.CreateStream(pub, path, meta, 1, users, perms)
	if _, err := demoTx(ctx, chain, "create "+path, tx, err); err != nil {
		return common.Address{}, "", err
	}
	owner := chain.Addrs[demoPublisher]
	id, err := reg.StreamOf(nil, owner, path)
	if err != nil {
		return common.Address{}, "", err
	}
	name, _ := reg.NameOf(nil, owner, path)
	return id, name, nil
}

// setupDemo creates the demo stream and the consumer contract's subscription.
func setupDemo(ctx context.Context, chain *devchain.Chain, d *deploy.Deployment) (*demo, error) {
	meta := `{"description":"demo price feed of streamr dev: a random walk, one event a second"}`
	dm := &demo{}
	var err error
	dm.PublicStream, dm.PublicName, err = createDemoStream(ctx, chain, d, "demo/prices", meta,
		[]common.Address{{}}, []streamregistry.Permission{{SubscribeExpiry: forever}})
	if err != nil {
		return nil, err
	}

	con := chainutil.Transactor(chain.Keys[demoConsumer], d.ChainID)
	con.Context = ctx
	var tx *types.Transaction
	dm.Consumer, tx, _, err = feedconsumer.DeployFeedConsumer(con, chain.Client, d.Hub)
	if _, err := demoTx(ctx, chain, "deploy FeedConsumer", tx, err); err != nil {
		return nil, err
	}
	token, err := datatoken.NewDATAToken(d.Token, chain.Client)
	if err != nil {
		return nil, err
	}
	deposit := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	tx, err = token.Approve(con, d.Hub, deposit)
	if _, err := demoTx(ctx, chain, "approve the hub", tx, err); err != nil {
		return nil, err
	}
	hub, err := deliveryhub.NewDeliveryHub(d.Hub, chain.Client)
	if err != nil {
		return nil, err
	}
	bounty := big.NewInt(1e16) // 0.01 DATA per delivered event
	tx, err = hub.Subscribe(con, dm.PublicStream, 0, dm.Consumer, bounty, 200_000, deposit)
	r, err := demoTx(ctx, chain, "subscribe the consumer", tx, err)
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := hub.ParseSubscribed(*l); err == nil {
			dm.Subscription = ev.SubscriptionId
		}
	}
	return dm, nil
}

// runDemoPublisher publishes a random-walk price every interval until ctx ends. The content
// is 32 bytes (the price in cents, ABI-encoded) so FeedConsumer keeps it as latestValue;
// subscribers see it as binary content.
func runDemoPublisher(ctx context.Context, bc *client.Client, s common.Address, interval time.Duration, log *slog.Logger) {
	price := int64(10_000)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		price += rand.Int64N(201) - 100
		if price < 100 {
			price = 100
		}
		content := common.LeftPadBytes(big.NewInt(price).Bytes(), 32)
		if _, _, err := bc.Publish(ctx, s, 0, protocol.Message{ContentType: protocol.ContentBinary, Content: content}); err != nil && ctx.Err() == nil {
			log.Warn("demo publish failed", "err", err)
		}
	}
}

// demoJSON is the JSON the tour prints of a value (for the feed's description).
func demoJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// demoTerms are the private product's terms of use (markdown, stored on IPFS).
const demoTerms = `# Demo private quotes: terms of use

Dev data for trying out streamr. You may read, store and transform the quotes for any purpose
during your license. The quotes are random numbers: do not trade on them.
`

// setupPrivateDemo creates the encrypted stream demo/private-quotes of the demo publisher,
// lets the DataLicense contract grant subscriptions on it, and lists it for sale through the
// market API signed in as the publisher (terms upload, listing, the returned createProduct
// transaction). It returns once the indexer has joined the product to the listing.
func setupPrivateDemo(ctx context.Context, chain *devchain.Chain, d *deploy.Deployment, marketAddr string, dm *demo) error {
	meta := demoJSON(streamMetadata{Description: "demo private quotes of streamr dev: encrypted, sold as a DataLicense product", Encrypted: true})
	var err error
	if dm.PrivateStream, dm.PrivateName, err = createDemoStream(ctx, chain, d, demoPrivatePath, meta, nil, nil); err != nil {
		return err
	}
	st, err := stream.NewStream(dm.PrivateStream, chain.Client)
	if err != nil {
		return err
	}
	pub := chainutil.Transactor(chain.Keys[demoPublisher], d.ChainID)
	pub.Context = ctx
	tx, err := st.SetPermissions(pub, []common.Address{d.License}, []stream.Permission{{CanGrant: true}})
	if _, err := demoTx(ctx, chain, "let DataLicense grant on "+demoPrivatePath, tx, err); err != nil {
		return err
	}

	m := newMarketAPI(marketAddr)
	if err := m.signIn(ctx, chain.Keys[demoPublisher]); err != nil {
		return fmt.Errorf("demo: sign in to the market as account %d: %w", demoPublisher, err)
	}
	dm.ProductID, dm.TermsCID, err = listProduct(ctx, m, chain.Client, chain.Keys[demoPublisher], demoTerms, listingRequest{
		Title:       demoProductTitle,
		Description: "Encrypted bid/ask quotes, one a second, from the streamr dev demo publisher. Buy a license to read them.",
		Category:    "finance", Tags: []string{"demo", "quotes", "encrypted"},
		Streams: []common.Address{dm.PrivateStream}, PricePerSecond: demoPricePerSecond.String(), MinSeconds: demoMinSeconds,
	})
	if err != nil {
		return fmt.Errorf("demo: list the private product: %w", err)
	}
	return nil
}

// demoQuote is one event of the private demo feed.
type demoQuote struct {
	Symbol string  `json:"symbol"`
	Bid    float64 `json:"bid"`
	Ask    float64 `json:"ask"`
	Seq    uint64  `json:"seq"`
}

// runPrivateDemoPublisher publishes an encrypted JSON quote every interval until ctx ends.
func runPrivateDemoPublisher(ctx context.Context, p *private.Publisher, interval time.Duration, log *slog.Logger) {
	mid := 1.0
	t := time.NewTicker(interval)
	defer t.Stop()
	for seq := uint64(1); ; seq++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		mid = max(0.01, mid*(1+(rand.Float64()-0.5)/50))
		q := demoQuote{Symbol: "DATA/USD", Bid: round4(mid * 0.999), Ask: round4(mid * 1.001), Seq: seq}
		b, _ := json.Marshal(q)
		if _, err := p.Publish(ctx, 0, protocol.ContentJSON, b); err != nil && ctx.Err() == nil {
			log.Warn("demo private publish failed", "err", err)
		}
	}
}

func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }
