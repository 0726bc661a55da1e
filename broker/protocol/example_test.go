package protocol_test

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/protocol"
)

// A publisher signs events; a broker decodes, validates and verifies them.
func Example() {
	key, _ := crypto.HexToECDSA("c532de4a41ac126e61806af1c986c8b92af086603cafd08211a9c2716856fe6e")
	domain := protocol.NewDomain(137, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
	now := func() time.Time { return time.UnixMilli(1717171717123) }

	pub, _ := protocol.NewPublisher(key, domain, protocol.PublisherConfig{Now: now})
	stream := common.HexToAddress("0x1234567890AbcdEF1234567890aBcdef12345678")
	partition := protocol.StreamPartition([]byte("sensor-7"), 4)
	ev, _ := pub.Publish(stream, partition, protocol.Message{Content: []byte(`{"temperature":21.5}`)})
	wire, _ := protocol.Encode(ev)

	// Broker side.
	got, err := protocol.Decode(wire)
	if err != nil {
		panic(err)
	}
	limits := protocol.DefaultLimits()
	limits.Now = now
	if err := protocol.Validate(got, limits); err != nil {
		panic(err)
	}
	if err := domain.Verify(got); err != nil {
		panic(err)
	}
	fmt.Println(got.Publisher.Hex(), got.Partition, got.Timestamp, got.Sequence, string(got.Content))
	// Output: 0x8d6ee2d1dbAF8f74316A214BEb382a01f035FD31 1 1717171717123 0 {"temperature":21.5}
}
