package directory

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/streamregistry"
)

// chain builds registry logs as eth_getLogs returns them.
type chain struct {
	t   *testing.T
	dir *Directory
}

func (c chain) created(block uint64, fork byte, idx uint, stream, creator common.Address, path string) types.Log {
	abi, _ := streamregistry.StreamRegistryMetaData.GetAbi()
	data, err := abi.Events["StreamCreated"].Inputs.NonIndexed().Pack(path, "{}", uint32(1), big.NewInt(0))
	if err != nil {
		c.t.Fatal(err)
	}
	return types.Log{Address: c.dir.cfg.Registry, BlockNumber: block, BlockHash: common.Hash{fork, byte(block)}, Index: idx,
		Topics: []common.Hash{c.dir.created, common.BytesToHash(stream[:]), common.BytesToHash(creator[:])}, Data: data}
}

func (c chain) deleted(block uint64, fork byte, idx uint, stream common.Address) types.Log {
	return types.Log{Address: c.dir.cfg.Registry, BlockNumber: block, BlockHash: common.Hash{fork, byte(block)}, Index: idx,
		Topics: []common.Hash{c.dir.deleted, common.BytesToHash(stream[:]), common.BytesToHash(stream[:])}}
}

func (c chain) paths() []string {
	c.dir.synced = true
	p, err := c.dir.Search(Query{Limit: MaxLimit})
	if err != nil {
		c.t.Fatal(err)
	}
	var out []string
	for _, e := range p.Streams {
		out = append(out, e.Path)
	}
	return out
}

// TestApplyUndoesReplacedBlocks feeds the directory the logs of one branch, then those of a
// branch that replaced part of it, block by block as a MaxRange of 1 reads them.
func TestApplyUndoesReplacedBlocks(t *testing.T) {
	d, err := New(nil, Config{Registry: common.Address{0xee}, ReorgDepth: 8}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := chain{t, d}
	s := func(b byte) common.Address { return common.Address{b} }
	alice := common.Address{0xa1}
	// Branch A: a (block 1), b (2), c (3), b deleted (4).
	a := []types.Log{
		c.created(1, 'A', 0, s(1), alice, "a"),
		c.created(2, 'A', 0, s(2), alice, "b"),
		c.created(3, 'A', 0, s(3), alice, "c"),
		c.deleted(4, 'A', 0, s(2)),
	}
	for n := uint64(1); n <= 4; n++ {
		d.apply(slices.DeleteFunc(slices.Clone(a), func(l types.Log) bool { return l.BlockNumber != n }), n, n)
	}
	if got := c.paths(); !slices.Equal(got, []string{"c", "a"}) {
		t.Fatalf("branch A: %v", got)
	}
	// Branch B replaces blocks 3 and 4: d in block 3, c again in block 5, and b is back (its
	// deletion was in block 4).
	b := []types.Log{
		c.created(3, 'B', 0, s(4), alice, "d"),
		c.created(5, 'B', 0, s(3), alice, "c"),
	}
	for n := uint64(1); n <= 5; n++ {
		logs := slices.DeleteFunc(slices.Clone(a), func(l types.Log) bool { return l.BlockNumber != n || n >= 3 })
		logs = append(logs, slices.DeleteFunc(slices.Clone(b), func(l types.Log) bool { return l.BlockNumber != n })...)
		d.apply(logs, n, n)
	}
	if got := c.paths(); !slices.Equal(got, []string{"c", "d", "b", "a"}) {
		t.Fatalf("after branch B: %v", got)
	}
	// Branch C replaces block 3 onwards with nothing: d and c are gone.
	for n := uint64(3); n <= 6; n++ {
		d.apply(nil, n, n)
	}
	if got := c.paths(); !slices.Equal(got, []string{"b", "a"}) {
		t.Fatalf("after branch C: %v", got)
	}
}
