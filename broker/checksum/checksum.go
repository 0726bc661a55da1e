// Package checksum computes the broker's per-epoch checksums for the network partitions it
// is assigned: for every stream partition, the count of events that arrived in the epoch
// and a rolling hash over them in offset order,
//
//	h₀ = 0x00…00,  hᵢ = keccak256(hᵢ₋₁ ‖ keccak256(encodedEventᵢ))
//
// and a Merkle root over the leaves
//
//	leaf = keccak256(bytes.concat(keccak256(abi.encode(address stream, uint32 streamPartition,
//	       uint64 epoch, uint64 count, bytes32 rollingHash))))
//
// with sorted-pair hashing (OpenZeppelin MerkleProof.verify checks the proofs). An event
// belongs to epoch ⌊offset milliseconds / epoch length⌋, its arrival time in Redis, so all
// brokers reading the same Redis agree. Reporting the root to the NetworkCoordinator is
// wired by the caller.
package checksum

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/store"
)

// Leaf is the checksum of one stream partition in one epoch.
type Leaf struct {
	Stream      common.Address `json:"stream"`
	Partition   uint32         `json:"partition"`
	Epoch       uint64         `json:"epoch"`
	Count       uint64         `json:"count"`
	RollingHash common.Hash    `json:"rollingHash"`
}

// Hash returns the OpenZeppelin StandardMerkleTree leaf hash (double keccak of the ABI
// encoding).
func (l Leaf) Hash() common.Hash {
	var enc [5 * 32]byte
	copy(enc[12:32], l.Stream[:])
	binary.BigEndian.PutUint32(enc[64-4:64], l.Partition)
	binary.BigEndian.PutUint64(enc[96-8:96], l.Epoch)
	binary.BigEndian.PutUint64(enc[128-8:128], l.Count)
	copy(enc[128:160], l.RollingHash[:])
	inner := crypto.Keccak256(enc[:])
	return crypto.Keccak256Hash(inner)
}

// Roll extends a rolling hash with one encoded event.
func Roll(h common.Hash, event []byte) common.Hash {
	eh := crypto.Keccak256(event)
	return crypto.Keccak256Hash(h[:], eh)
}

// Computer computes epoch checksums from the store.
type Computer struct {
	st    *store.Store
	epoch time.Duration
}

// New returns a computer for epochs of the given length.
func New(st *store.Store, epoch time.Duration) *Computer {
	return &Computer{st: st, epoch: epoch}
}

// EpochOf returns the epoch of an offset.
func (c *Computer) EpochOf(o store.Offset) uint64 { return o.Ms / uint64(c.epoch.Milliseconds()) }

// Bounds returns the first and last offsets of an epoch.
func (c *Computer) Bounds(epoch uint64) (store.Offset, store.Offset) {
	ms := uint64(c.epoch.Milliseconds())
	return store.Offset{Ms: epoch * ms}, store.Offset{Ms: (epoch+1)*ms - 1, Seq: ^uint64(0)}
}

// Partition computes the leaf of one stream partition.
func (c *Computer) Partition(ctx context.Context, stream common.Address, partition uint32, epoch uint64) (Leaf, error) {
	from, to := c.Bounds(epoch)
	l := Leaf{Stream: stream, Partition: partition, Epoch: epoch}
	q := store.Query{From: from, To: to}
	for {
		p, err := c.st.Range(ctx, stream, partition, q)
		if err != nil {
			return Leaf{}, err
		}
		for _, r := range p.Records {
			l.RollingHash = Roll(l.RollingHash, r.Data)
			l.Count++
		}
		if !p.More {
			return l, nil
		}
		q.From = p.Next
	}
}

// Report is an epoch's checksum over a set of network partitions.
type Report struct {
	Epoch  uint64      `json:"epoch"`
	Root   common.Hash `json:"root"`
	Leaves []Leaf      `json:"leaves"` // sorted by leaf hash; empty partitions are left out
}

// Epoch computes the report of a closed epoch for the given network partitions. now
// decides whether the epoch has closed.
func (c *Computer) Epoch(ctx context.Context, epoch uint64, networkPartitions []uint32, now time.Time) (*Report, error) {
	_, end := c.Bounds(epoch)
	if uint64(now.UnixMilli()) <= end.Ms {
		return nil, fmt.Errorf("%w: epoch %d ends at %d ms", ErrEpochOpen, epoch, end.Ms)
	}
	r := &Report{Epoch: epoch}
	for _, np := range networkPartitions {
		sps, err := c.st.Partitions(ctx, np)
		if err != nil {
			return nil, err
		}
		for _, sp := range sps {
			l, err := c.Partition(ctx, sp.Stream, sp.Partition, epoch)
			if err != nil {
				return nil, err
			}
			if l.Count > 0 {
				r.Leaves = append(r.Leaves, l)
			}
		}
	}
	if len(r.Leaves) == 0 {
		return r, nil
	}
	t, err := NewTree(r.Leaves)
	if err != nil {
		return nil, err
	}
	r.Leaves = t.Leaves()
	r.Root = t.Root()
	return r, nil
}

// Tree is a Merkle tree with sorted-pair hashing over leaves sorted by hash.
type Tree struct {
	leaves []Leaf
	levels [][]common.Hash // levels[0] are the leaf hashes
}

// NewTree builds the tree of leaves.
func NewTree(leaves []Leaf) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrNoLeaves
	}
	t := &Tree{leaves: append([]Leaf(nil), leaves...)}
	hashes := make([]common.Hash, len(t.leaves))
	for i, l := range t.leaves {
		hashes[i] = l.Hash()
	}
	idx := make([]int, len(hashes))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return bytes.Compare(hashes[idx[a]][:], hashes[idx[b]][:]) < 0 })
	sortedLeaves := make([]Leaf, len(idx))
	level := make([]common.Hash, len(idx))
	for i, j := range idx {
		sortedLeaves[i], level[i] = t.leaves[j], hashes[j]
	}
	t.leaves = sortedLeaves
	t.levels = append(t.levels, level)
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i]) // odd node moves up
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Root returns the Merkle root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Leaves returns the leaves in tree order.
func (t *Tree) Leaves() []Leaf { return t.leaves }

// Proof returns the sibling hashes from leaf i up to the root.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(t.leaves) {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrBadProof, i, len(t.leaves))
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// Verify checks a proof the way OpenZeppelin's MerkleProof.verify does.
func Verify(proof []common.Hash, root, leaf common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
