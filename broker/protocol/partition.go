package protocol

import (
	"encoding/binary"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// StreamPartition maps a publisher's partition key to a stream partition:
//
//	uint256(keccak256(key)) mod partitions
//
// the same value Solidity computes with uint256(keccak256(key)) % partitions. Events with
// the same key land in the same partition and so keep their order. partitions <= 1 yields 0.
func StreamPartition(key []byte, partitions uint32) uint32 {
	if partitions <= 1 {
		return 0
	}
	h := getHasher()
	defer putHasher(h)
	h.sum(key, h.out[:])
	return mod256(&h.out, partitions)
}

// NetworkPartition maps a stream partition to one of the coordinator's network partitions:
//
//	uint256(keccak256(abi.encodePacked(stream, uint32(streamPartition)))) mod networkPartitions
//
// (24 bytes hashed: the 20-byte address and the big-endian partition). networkPartitions <= 1
// yields 0.
func NetworkPartition(stream common.Address, streamPartition uint32, networkPartitions uint32) uint32 {
	if networkPartitions <= 1 {
		return 0
	}
	h := getHasher()
	defer putHasher(h)
	buf := h.enc[:common.AddressLength+4]
	copy(buf, stream[:])
	binary.BigEndian.PutUint32(buf[common.AddressLength:], streamPartition)
	h.sum(buf, h.out[:])
	return mod256(&h.out, networkPartitions)
}

// mod256 returns the 256-bit big-endian number h modulo m (m > 0), limb by limb.
func mod256(h *[32]byte, m uint32) uint32 {
	var r uint64
	for i := 0; i < 32; i += 8 {
		r = bits.Rem64(r, binary.BigEndian.Uint64(h[i:i+8]), uint64(m))
	}
	return uint32(r)
}
