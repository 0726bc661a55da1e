package protocol

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// bigMod is the reference: uint256(keccak256(data)) % m.
func bigMod(data []byte, m uint32) uint32 {
	h := new(big.Int).SetBytes(crypto.Keccak256(data))
	return uint32(h.Mod(h, big.NewInt(int64(m))).Uint64())
}

func TestStreamPartition(t *testing.T) {
	for _, parts := range []uint32{2, 3, 7, 16, 100, 1 << 31, ^uint32(0)} {
		for i := range 200 {
			key := []byte(fmt.Sprintf("device-%d", i))
			got := StreamPartition(key, parts)
			if want := bigMod(key, parts); got != want {
				t.Fatalf("key %q partitions %d: got %d, want %d", key, parts, got, want)
			}
			if got >= parts {
				t.Fatalf("partition %d out of range %d", got, parts)
			}
		}
	}
	for _, parts := range []uint32{0, 1} {
		if got := StreamPartition([]byte("x"), parts); got != 0 {
			t.Fatalf("partitions %d: got %d", parts, got)
		}
	}
	if StreamPartition(nil, 10) != bigMod(nil, 10) {
		t.Fatal("nil key")
	}
}

func TestStreamPartitionSpread(t *testing.T) {
	const parts, n = 8, 8000
	var counts [parts]int
	for i := range n {
		counts[StreamPartition(binary.BigEndian.AppendUint32(nil, uint32(i)), parts)]++
	}
	for p, c := range counts {
		if c < n/parts*8/10 || c > n/parts*12/10 {
			t.Fatalf("partition %d got %d of %d keys: %v", p, c, n, counts)
		}
	}
}

func TestNetworkPartition(t *testing.T) {
	stream := common.HexToAddress("0x1234567890AbcdEF1234567890aBcdef12345678")
	for sp := range uint32(50) {
		for _, np := range []uint32{2, 5, 64, ^uint32(0)} {
			packed := append(stream.Bytes(), binary.BigEndian.AppendUint32(nil, sp)...)
			if got, want := NetworkPartition(stream, sp, np), bigMod(packed, np); got != want {
				t.Fatalf("sp %d np %d: got %d, want %d", sp, np, got, want)
			}
		}
	}
	if NetworkPartition(stream, 3, 0) != 0 || NetworkPartition(stream, 3, 1) != 0 {
		t.Fatal("0 or 1 network partitions must give 0")
	}
}
