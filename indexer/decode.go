package indexer

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
)

// handler turns one log into rows of b.
type handler func(d *decoder, b *batch, l *types.Log) error

// source is one kind of contract: its handlers by event topic.
type source struct {
	name     string
	handlers map[common.Hash]handler
}

// decoder dispatches logs to handlers by emitting contract and topic.
type decoder struct {
	contracts Contracts
	bySource  map[common.Address]*source // project contracts
	streams   *source                    // every known stream clone
	known     func(common.Address) bool  // known stream clones
	// streamTopics are the topics of every Stream event (the clone filter).
	streamTopics []common.Hash

	// state holds the products, brokers and subscriptions later events refer to by id.
	state *chainState

	registry *streamregistry.StreamRegistryFilterer
	stream   *stream.StreamFilterer
	token    *datatoken.DATATokenFilterer
	contractFilterers
}

func eventID(md interface{ GetAbi() (*abi.ABI, error) }, sig string) common.Hash {
	a, err := md.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("indexer: binding ABI: %v", err))
	}
	for _, e := range a.Events {
		if e.Sig == sig {
			return e.ID
		}
	}
	panic("indexer: no event " + sig + " in the binding ABI")
}

func newDecoder(c Contracts, known func(common.Address) bool, state *chainState) *decoder {
	d := &decoder{contracts: c, bySource: make(map[common.Address]*source), known: known, state: state}
	d.registry, _ = streamregistry.NewStreamRegistryFilterer(common.Address{}, nil)
	d.stream, _ = stream.NewStreamFilterer(common.Address{}, nil)
	d.token, _ = datatoken.NewDATATokenFilterer(common.Address{}, nil)

	st := stream.StreamMetaData
	tok := datatoken.DATATokenMetaData
	registry := &source{name: "registry", handlers: map[common.Hash]handler{
		streamCreatedID: (*decoder).streamCreated,
		// StreamDeleted is also announced by the clone's own Deleted event, recorded from there.
	}}
	d.streams = &source{name: "stream", handlers: map[common.Hash]handler{
		eventID(st, "PermissionUpdated(address,uint64,uint64,bool,bool,bool,address)"): (*decoder).permissionUpdated,
		eventID(st, "MetadataUpdated(string,address)"):                                 (*decoder).metadataUpdated,
		eventID(st, "PartitionsUpdated(uint32,address)"):                               (*decoder).partitionsUpdated,
		eventID(st, "OwnershipTransferred(address,address)"):                           (*decoder).ownershipTransferred,
		eventID(st, "EncryptionKeySet(address,bytes,address)"):                         (*decoder).encryptionKeySet,
		eventID(st, "EncryptionKeyRemoved(address,address)"):                           (*decoder).encryptionKeyRemoved,
		eventID(st, "Deleted(address)"):                                                (*decoder).streamDeleted,
	}}
	for id := range d.streams.handlers {
		d.streamTopics = append(d.streamTopics, id)
	}
	token := &source{name: "token", handlers: map[common.Hash]handler{
		eventID(tok, "Transfer(address,address,uint256)"): (*decoder).transfer,
		// The ERC-677 Transfer(address,address,uint256,bytes) repeats the ERC-20 one.
	}}
	if c.Registry != (common.Address{}) {
		d.bySource[c.Registry] = registry
	}
	if c.Token != (common.Address{}) {
		d.bySource[c.Token] = token
	}
	d.addContractSources(c)
	return d
}

// registryCreations returns the streams created in logs, so that their own events in the same
// range (PermissionUpdated of the initial permissions is logged before StreamCreated) are
// recognised.
func (d *decoder) registryCreations(logs []types.Log) []common.Address {
	if d.contracts.Registry == (common.Address{}) {
		return nil
	}
	var out []common.Address
	for i := range logs {
		l := &logs[i]
		if l.Address == d.contracts.Registry && len(l.Topics) >= 2 && l.Topics[0] == streamCreatedID && !l.Removed {
			out = append(out, common.BytesToAddress(l.Topics[1].Bytes()))
		}
	}
	return out
}

var streamCreatedID = eventID(streamregistry.StreamRegistryMetaData, "StreamCreated(address,address,string,string,uint32,uint256)")

// decode adds the rows of one log to b. Logs of unknown contracts and unknown events are
// ignored (ok false).
func (d *decoder) decode(b *batch, l *types.Log) (ok bool, err error) {
	if l.Removed || len(l.Topics) == 0 {
		return false, nil
	}
	src := d.bySource[l.Address]
	if src == nil {
		if !d.known(l.Address) {
			return false, nil
		}
		src = d.streams
	}
	h := src.handlers[l.Topics[0]]
	if h == nil {
		return false, nil
	}
	if err := h(d, b, l); err != nil {
		return false, fmt.Errorf("decoding %s log %d of block %d (tx %s): %w", src.name, l.Index, l.BlockNumber, l.TxHash, err)
	}
	b.events++
	b.noteBlock(l)
	return true, nil
}

// ---- registry ----

func (d *decoder) streamCreated(b *batch, l *types.Log) error {
	e, err := d.registry.ParseStreamCreated(*l)
	if err != nil {
		return err
	}
	b.add(tStreamCreated, l, addr(e.Stream), addr(e.Owner), e.Path, e.Metadata, int32(e.Partitions), num(e.Index), blockTime(l))
	b.newStreams = append(b.newStreams, e.Stream)
	return nil
}

// ---- streams ----

func (d *decoder) permissionUpdated(b *batch, l *types.Log) error {
	e, err := d.parsePermissionUpdated(l)
	if err != nil {
		return err
	}
	b.add(tPermissions, l, addr(l.Address), addr(e.User), numU64(e.PublishExpiry), numU64(e.SubscribeExpiry),
		e.CanEdit, e.CanDelete, e.CanGrant, addr(e.By))
	return nil
}

// parsePermissionUpdated decodes the hottest event by hand (its layout is fixed: two indexed
// addresses, five words of data); the binding's reflective decoder is the fallback.
func (d *decoder) parsePermissionUpdated(l *types.Log) (*stream.StreamPermissionUpdated, error) {
	if len(l.Topics) != 3 || len(l.Data) != 5*32 {
		return d.stream.ParsePermissionUpdated(*l)
	}
	word := func(i int) []byte { return l.Data[i*32 : (i+1)*32] }
	u64 := func(i int) (uint64, bool) {
		w := word(i)
		for _, c := range w[:24] {
			if c != 0 {
				return 0, false
			}
		}
		var v uint64
		for _, c := range w[24:] {
			v = v<<8 | uint64(c)
		}
		return v, true
	}
	boolean := func(i int) (bool, bool) {
		w := word(i)
		for _, c := range w[:31] {
			if c != 0 {
				return false, false
			}
		}
		return w[31] == 1, w[31] <= 1
	}
	pub, ok1 := u64(0)
	sub, ok2 := u64(1)
	edit, ok3 := boolean(2)
	del, ok4 := boolean(3)
	grant, ok5 := boolean(4)
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return d.stream.ParsePermissionUpdated(*l)
	}
	return &stream.StreamPermissionUpdated{
		User:            common.BytesToAddress(l.Topics[1].Bytes()),
		PublishExpiry:   pub,
		SubscribeExpiry: sub,
		CanEdit:         edit,
		CanDelete:       del,
		CanGrant:        grant,
		By:              common.BytesToAddress(l.Topics[2].Bytes()),
	}, nil
}

func (d *decoder) metadataUpdated(b *batch, l *types.Log) error {
	e, err := d.stream.ParseMetadataUpdated(*l)
	if err != nil {
		return err
	}
	b.add(tStreamUpdates, l, addr(l.Address), "metadata", e.Metadata, nil, nil, addr(e.By))
	return nil
}

func (d *decoder) partitionsUpdated(b *batch, l *types.Log) error {
	e, err := d.stream.ParsePartitionsUpdated(*l)
	if err != nil {
		return err
	}
	b.add(tStreamUpdates, l, addr(l.Address), "partitions", nil, int32(e.Partitions), nil, addr(e.By))
	return nil
}

func (d *decoder) ownershipTransferred(b *batch, l *types.Log) error {
	e, err := d.stream.ParseOwnershipTransferred(*l)
	if err != nil {
		return err
	}
	b.add(tStreamUpdates, l, addr(l.Address), "owner", nil, nil, addr(e.NewOwner), addr(e.PreviousOwner))
	return nil
}

func (d *decoder) streamDeleted(b *batch, l *types.Log) error {
	e, err := d.stream.ParseDeleted(*l)
	if err != nil {
		return err
	}
	b.add(tStreamUpdates, l, addr(l.Address), "deleted", nil, nil, nil, addr(e.By))
	return nil
}

func (d *decoder) encryptionKeySet(b *batch, l *types.Log) error {
	e, err := d.stream.ParseEncryptionKeySet(*l)
	if err != nil {
		return err
	}
	b.add(tKeys, l, addr(l.Address), addr(e.User), e.Key, addr(e.By))
	return nil
}

func (d *decoder) encryptionKeyRemoved(b *batch, l *types.Log) error {
	e, err := d.stream.ParseEncryptionKeyRemoved(*l)
	if err != nil {
		return err
	}
	b.add(tKeys, l, addr(l.Address), addr(e.User), nil, addr(e.By))
	return nil
}

// ---- token ----

func (d *decoder) transfer(b *batch, l *types.Log) error {
	e, err := d.token.ParseTransfer0(*l)
	if err != nil {
		return err
	}
	b.add(tTransfers, l, addr(l.Address), addr(e.From), addr(e.To), num(e.Value), blockTime(l))
	return nil
}
