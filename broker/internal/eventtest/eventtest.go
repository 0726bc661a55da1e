// Package eventtest builds signed events for broker tests.
package eventtest

import (
	"crypto/ecdsa"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/protocol"
)

// Domain is the test EIP-712 domain (chain 1337, a fixed registry).
var Domain = protocol.NewDomain(1337, common.HexToAddress("0x00000000000000000000000000000000000000aa"))

// Publisher returns a publisher with a fresh key.
func Publisher(t testing.TB) (*protocol.Publisher, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return PublisherFor(t, key, Domain), key
}

// PublisherFor returns a publisher of key in domain d.
func PublisherFor(t testing.TB, key *ecdsa.PrivateKey, d *protocol.Domain) *protocol.Publisher {
	t.Helper()
	p, err := protocol.NewPublisher(key, d, protocol.PublisherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Next publishes JSON content {"n": n} and returns the event and its encoding.
func Next(t testing.TB, p *protocol.Publisher, stream common.Address, partition uint32, n int) (*protocol.Event, []byte) {
	t.Helper()
	e, err := p.Publish(stream, partition, protocol.Message{ContentType: protocol.ContentJSON,
		Content: fmt.Appendf(nil, `{"n":%d}`, n)})
	if err != nil {
		t.Fatal(err)
	}
	b, err := protocol.Encode(e)
	if err != nil {
		t.Fatal(err)
	}
	return e, b
}

// Stream returns a random stream address.
func Stream(t testing.TB) common.Address {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}
