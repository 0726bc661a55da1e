package oracle

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/broker/protocol"
)

// hub is DeliveryHub's ABI, from the generated binding.
var hub = func() abi.ABI {
	a, err := deliveryhub.DeliveryHubMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return *a
}()

// Errors the hub reverts with that the agent branches on.
var (
	// ErrAlreadyDelivered: another deliverer got the event (or a later one of its chain) in first.
	ErrAlreadyDelivered = errors.New("oracle: already delivered")
	// ErrHubRejected: the hub would revert for another reason.
	ErrHubRejected = errors.New("oracle: hub rejects the delivery")
)

// streamMessage is StreamMessageLib.StreamMessage as the binding packs it.
type streamMessage = deliveryhub.StreamMessageLibStreamMessage

func toMessage(e *protocol.Event) streamMessage {
	return streamMessage{
		Version: e.Version, Stream: e.Stream, Partition: e.Partition, Timestamp: e.Timestamp,
		Sequence: e.Sequence, Publisher: e.Publisher, OriginType: e.OriginType, MsgChainId: e.MsgChainID,
		PrevTimestamp: e.PrevTimestamp, PrevSequence: e.PrevSequence, MessageType: e.MessageType,
		ContentType: e.ContentType, EncryptionType: e.EncryptionType, GroupKeyId: e.GroupKeyID,
		Content: e.Content, SignatureType: e.SignatureType, Signature: e.Signature,
	}
}

// packDeliver returns calldata for deliver (one event) or deliverBatch (several).
func packDeliver(subID *big.Int, events []*protocol.Event) ([]byte, error) {
	if len(events) == 1 {
		return hub.Pack("deliver", subID, toMessage(events[0]))
	}
	msgs := make([]streamMessage, len(events))
	for i, e := range events {
		msgs[i] = toMessage(e)
	}
	return hub.Pack("deliverBatch", subID, msgs)
}

// hubEvent is a decoded hub log.
type hubEvent struct {
	Name           string
	SubscriptionID uint64
	Owner          common.Address
	Stream         common.Address
	Partition      uint32
	Consumer       common.Address
	Bounty         *big.Int
	Deposit        *big.Int // Subscribed, ToppedUp: the new deposit
	Publisher      common.Address
	MsgChainID     [32]byte
	Position       position
	Deliverer      common.Address
	Log            types.Log
}

var hubTopics = []common.Hash{
	hub.Events["Subscribed"].ID, hub.Events["ToppedUp"].ID, hub.Events["Cancelled"].ID, hub.Events["Delivered"].ID,
}

func decodeHubLog(l types.Log) (*hubEvent, error) {
	if len(l.Topics) < 2 {
		return nil, fmt.Errorf("hub log without topics")
	}
	ev, err := hub.EventByID(l.Topics[0])
	if err != nil {
		return nil, err
	}
	vals := map[string]any{}
	if err := ev.Inputs.UnpackIntoMap(vals, l.Data); err != nil {
		return nil, fmt.Errorf("decoding %s: %w", ev.Name, err)
	}
	if err := abi.ParseTopicsIntoMap(vals, indexed(ev.Inputs), l.Topics[1:]); err != nil {
		return nil, fmt.Errorf("decoding %s topics: %w", ev.Name, err)
	}
	out := &hubEvent{Name: ev.Name, Log: l, SubscriptionID: vals["subscriptionId"].(*big.Int).Uint64()}
	switch ev.Name {
	case "Subscribed":
		out.Owner = vals["owner"].(common.Address)
		out.Stream = vals["stream"].(common.Address)
		out.Partition = vals["partition"].(uint32)
		out.Consumer = vals["consumer"].(common.Address)
		out.Bounty = vals["bountyPerEvent"].(*big.Int)
		out.Deposit = vals["deposit"].(*big.Int)
	case "ToppedUp":
		out.Deposit = vals["deposit"].(*big.Int)
	case "Delivered":
		out.Publisher = vals["publisher"].(common.Address)
		out.MsgChainID = vals["msgChainId"].([32]byte)
		out.Position = position{vals["timestamp"].(uint64), vals["sequence"].(uint32)}
		out.Deliverer = vals["deliverer"].(common.Address)
		out.Bounty = vals["bounty"].(*big.Int)
	}
	return out, nil
}

func indexed(args abi.Arguments) abi.Arguments {
	var out abi.Arguments
	for _, a := range args {
		if a.Indexed {
			out = append(out, a)
		}
	}
	return out
}

// revertData extracts the revert payload from an eth_call error (rpc.DataError).
func revertData(err error) []byte {
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, _ := hex.DecodeString(strings.TrimPrefix(d, "0x"))
		return b
	case []byte:
		return d
	}
	return nil
}

// classifyRevert maps a failed simulation to ErrAlreadyDelivered or ErrHubRejected.
func classifyRevert(err error) error {
	data := revertData(err)
	if len(data) >= 4 {
		for name, e := range hub.Errors {
			if [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
				if name == "AlreadyDelivered" {
					return fmt.Errorf("%w: %v", ErrAlreadyDelivered, err)
				}
				return fmt.Errorf("%w: %s", ErrHubRejected, name)
			}
		}
	}
	return fmt.Errorf("%w: %v", ErrHubRejected, err)
}
