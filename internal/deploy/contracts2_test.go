package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/bindings/datalicense"
	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/feedconsumer"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/devchain"
)

func hubMessage(e *protocol.Event) deliveryhub.StreamMessageLibStreamMessage {
	return deliveryhub.StreamMessageLibStreamMessage{
		Version: e.Version, Stream: e.Stream, Partition: e.Partition, Timestamp: e.Timestamp,
		Sequence: e.Sequence, Publisher: e.Publisher, OriginType: e.OriginType, MsgChainId: e.MsgChainID,
		PrevTimestamp: e.PrevTimestamp, PrevSequence: e.PrevSequence, MessageType: e.MessageType,
		ContentType: e.ContentType, EncryptionType: e.EncryptionType, GroupKeyId: e.GroupKeyID,
		Content: e.Content, SignatureType: e.SignatureType, Signature: e.Signature,
	}
}

// An event signed in Go by broker/protocol is accepted by DeliveryHub, which calls the consumer
// contract and credits the deliverer; a tampered event and a replay are refused.
func TestDeliveryHubAcceptsGoSignedEvents(t *testing.T) {
	c, d := newChain(t)
	ctx := context.Background()
	reg, _ := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	token, _ := datatoken.NewDATAToken(d.Token, c.Client)
	hub, _ := deliveryhub.NewDeliveryHub(d.Hub, c.Client)

	consumerAddr, tx, consumer, err := feedconsumer.DeployFeedConsumer(auth(t, c, 2), c.Client, d.Hub)
	waitOK(t, c, tx, err)
	mined(t, c)(reg.CreateStream(auth(t, c, 1), "prices", "", 1,
		[]common.Address{{}}, []streamregistry.Permission{{SubscribeExpiry: forever}}))
	sid, _ := reg.StreamOf(nil, c.Addrs[1], "prices")

	deposit := big.NewInt(1e18)
	bounty := big.NewInt(1e15)
	mined(t, c)(token.Approve(auth(t, c, 2), d.Hub, deposit))
	r := mined(t, c)(hub.Subscribe(auth(t, c, 2), sid, 0, consumerAddr, bounty, 200_000, deposit))
	var subID *big.Int
	for _, l := range r.Logs {
		if ev, err := hub.ParseSubscribed(*l); err == nil {
			subID = ev.SubscriptionId
		}
	}
	if subID == nil {
		t.Fatal("no Subscribed event")
	}

	dom := protocol.NewDomain(devchain.ChainID, d.Registry)
	value := common.LeftPadBytes(big.NewInt(4242).Bytes(), 32)
	e := &protocol.Event{
		Version: protocol.Version, Stream: sid, Timestamp: uint64(time.Now().UnixMilli()),
		Publisher: c.Addrs[1], MsgChainID: [32]byte{7}, ContentType: protocol.ContentBinary, Content: value,
	}
	if err := dom.Sign(e, c.Keys[1]); err != nil {
		t.Fatal(err)
	}
	tampered := e.Clone()
	tampered.Content = common.LeftPadBytes(big.NewInt(1).Bytes(), 32)
	if _, err := hub.Deliver(auth(t, c, 3), subID, hubMessage(tampered)); err == nil {
		t.Fatal("hub accepted an event whose content was changed after signing")
	}
	dr := mined(t, c)(hub.Deliver(auth(t, c, 3), subID, hubMessage(e)))
	for _, l := range dr.Logs {
		if ev, err := hub.ParseConsumerFailed(*l); err == nil {
			t.Fatalf("consumer call failed: %+v", ev)
		}
	}
	if v, _ := consumer.LatestValue(nil); v.Int64() != 4242 {
		t.Fatalf("consumer latest value = %v, want 4242", v)
	}
	if owed, _ := hub.Owed(nil, c.Addrs[3]); owed.Cmp(bounty) != 0 {
		t.Fatalf("deliverer credited %v, want %v", owed, bounty)
	}
	if _, err := hub.Deliver(auth(t, c, 4), subID, hubMessage(e)); err == nil {
		t.Fatal("hub accepted the same event twice")
	}
	_ = ctx
}

// A purchase through DATA transferAndCall grants subscribe permission on the product's stream
// and registers the buyer's encryption key, both readable from the Stream contract.
func TestPurchaseByTransferAndCall(t *testing.T) {
	c, d := newChain(t)
	reg, _ := streamregistry.NewStreamRegistry(d.Registry, c.Client)
	token, _ := datatoken.NewDATAToken(d.Token, c.Client)
	lic, _ := datalicense.NewDataLicense(d.License, c.Client)

	// The seller's private stream lets the license contract grant.
	mined(t, c)(reg.CreateStream(auth(t, c, 1), "private", "", 1,
		[]common.Address{d.License}, []streamregistry.Permission{{CanGrant: true}}))
	sid, _ := reg.StreamOf(nil, c.Addrs[1], "private")
	s, _ := stream.NewStream(sid, c.Client)

	price := big.NewInt(1e12) // DATA wei per second
	r := mined(t, c)(lic.CreateProduct(auth(t, c, 1), c.Addrs[1], []common.Address{sid}, price, 60,
		"bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", common.Address{}, `{"title":"prices"}`))
	var productID *big.Int
	for _, l := range r.Logs {
		if ev, err := lic.ParseProductCreated(*l); err == nil {
			productID = ev.ProductId
		}
	}
	if productID == nil {
		t.Fatal("no ProductCreated event")
	}

	buyerKey, _ := crypto.GenerateKey()
	encKey := crypto.CompressPubkey(&buyerKey.PublicKey)
	seconds := big.NewInt(3600)
	quote, err := lic.Quote(nil, productID, seconds)
	if err != nil {
		t.Fatal(err)
	}
	u256, _ := abi.NewType("uint256", "", nil)
	bytesT, _ := abi.NewType("bytes", "", nil)
	data, err := abi.Arguments{{Type: u256}, {Type: u256}, {Type: bytesT}, {Type: u256}, {Type: bytesT}}.
		Pack(productID, seconds, encKey, big.NewInt(0), []byte{})
	if err != nil {
		t.Fatal(err)
	}
	buyer := c.Addrs[4]
	if ok, _ := s.CanSubscribe(nil, buyer); ok {
		t.Fatal("buyer could subscribe before buying")
	}
	mined(t, c)(token.TransferAndCall(auth(t, c, 4), d.License, quote.Price, data))
	if ok, _ := s.CanSubscribe(nil, buyer); !ok {
		t.Fatal("buyer cannot subscribe after buying")
	}
	if got, _ := s.EncryptionKeyOf(nil, buyer); common.Bytes2Hex(got) != common.Bytes2Hex(encKey) {
		t.Fatalf("registered key %x, want %x", got, encKey)
	}
	perm, _ := s.PermissionOf(nil, buyer)
	head, _ := c.Client.HeaderByNumber(context.Background(), nil)
	if exp := perm.SubscribeExpiry; exp < head.Time+3500 || exp > head.Time+3700 {
		t.Fatalf("subscribe expiry %d, want about an hour after %d", exp, head.Time)
	}
}
