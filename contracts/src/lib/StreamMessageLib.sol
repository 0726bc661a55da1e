// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @title StreamMessageLib
/// @notice On-chain form of a Streamr event and its signature type 1 (EIP-712), identical to
/// the Go implementation in broker/protocol and to ethers' signTypedData (see docs/protocol.md).
/// Domain: {name: "Streamr", version: "1", chainId, verifyingContract: StreamRegistry}.
/// Signed struct (contentHash = keccak256(content); signatureType and signature are not signed):
/// StreamMessage(uint8 version,address stream,uint32 partition,uint64 timestamp,uint32 sequence,
/// address publisher,uint8 originType,bytes32 msgChainId,uint64 prevTimestamp,uint32 prevSequence,
/// uint8 messageType,uint8 contentType,uint8 encryptionType,bytes32 groupKeyId,bytes32 contentHash)
library StreamMessageLib {
    /// @notice A Streamr event. Field order is part of hashStruct's memory layout: do not reorder.
    struct StreamMessage {
        uint8 version;
        address stream;
        uint32 partition;
        uint64 timestamp; // publisher time, ms since the Unix epoch
        uint32 sequence;
        address publisher;
        uint8 originType;
        bytes32 msgChainId;
        uint64 prevTimestamp; // previous event of the chain; 0 with prevSequence 0 = none
        uint32 prevSequence;
        uint8 messageType;
        uint8 contentType;
        uint8 encryptionType;
        bytes32 groupKeyId;
        bytes content;
        uint8 signatureType;
        bytes signature; // 65 bytes r || s || v, v in {27, 28}, low s
    }

    uint8 internal constant VERSION = 1;

    uint8 internal constant ORIGIN_EOA = 0;
    uint8 internal constant ORIGIN_CONTRACT = 1;
    uint8 internal constant ORIGIN_DEVICE = 2;

    uint8 internal constant MESSAGE_DATA = 0;
    uint8 internal constant MESSAGE_GROUP_KEY_ANNOUNCE = 1;
    uint8 internal constant MESSAGE_ERROR = 2;

    uint8 internal constant CONTENT_JSON = 0;
    uint8 internal constant CONTENT_BINARY = 1;

    uint8 internal constant ENCRYPTION_NONE = 0;
    uint8 internal constant ENCRYPTION_AES_256_GCM = 1;

    uint8 internal constant SIGNATURE_EIP712 = 1;

    bytes32 internal constant TYPEHASH = keccak256(
        "StreamMessage(uint8 version,address stream,uint32 partition,uint64 timestamp,uint32 sequence,"
        "address publisher,uint8 originType,bytes32 msgChainId,uint64 prevTimestamp,uint32 prevSequence,"
        "uint8 messageType,uint8 contentType,uint8 encryptionType,bytes32 groupKeyId,bytes32 contentHash)"
    );

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("Streamr");
    bytes32 internal constant VERSION_HASH = keccak256("1");

    /// @notice The message's signatureType is not SIGNATURE_EIP712.
    error UnsupportedSignatureType(uint8 signatureType);

    /// @notice EIP-712 domain separator for the StreamRegistry at `registry` on chain `chainId`.
    /// A contract normally computes it once (e.g. in its constructor, with block.chainid and
    /// the registry address) and keeps it immutable.
    function domainSeparator(uint256 chainId, address registry) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, registry));
    }

    /// @notice EIP-712 hashStruct of the message: keccak256(abi.encode(TYPEHASH, version, …,
    /// groupKeyId, keccak256(content))).
    /// @dev Builds the 16-word encoding in free memory (not reserved) straight from the struct's
    /// memory words, masking each to its type as abi.encode would.
    function hashStruct(StreamMessage memory m) internal pure returns (bytes32 h) {
        bytes32 typeHash = TYPEHASH;
        bytes32 contentHash = keccak256(m.content);
        assembly ("memory-safe") {
            let u8 := 0xff
            let u32 := 0xffffffff
            let u64 := 0xffffffffffffffff
            let addr := 0xffffffffffffffffffffffffffffffffffffffff
            let p := mload(0x40)
            mstore(p, typeHash)
            mstore(add(p, 0x20), and(mload(m), u8)) // version
            mstore(add(p, 0x40), and(mload(add(m, 0x20)), addr)) // stream
            mstore(add(p, 0x60), and(mload(add(m, 0x40)), u32)) // partition
            mstore(add(p, 0x80), and(mload(add(m, 0x60)), u64)) // timestamp
            mstore(add(p, 0xa0), and(mload(add(m, 0x80)), u32)) // sequence
            mstore(add(p, 0xc0), and(mload(add(m, 0xa0)), addr)) // publisher
            mstore(add(p, 0xe0), and(mload(add(m, 0xc0)), u8)) // originType
            mstore(add(p, 0x100), mload(add(m, 0xe0))) // msgChainId
            mstore(add(p, 0x120), and(mload(add(m, 0x100)), u64)) // prevTimestamp
            mstore(add(p, 0x140), and(mload(add(m, 0x120)), u32)) // prevSequence
            mstore(add(p, 0x160), and(mload(add(m, 0x140)), u8)) // messageType
            mstore(add(p, 0x180), and(mload(add(m, 0x160)), u8)) // contentType
            mstore(add(p, 0x1a0), and(mload(add(m, 0x180)), u8)) // encryptionType
            mstore(add(p, 0x1c0), mload(add(m, 0x1a0))) // groupKeyId
            mstore(add(p, 0x1e0), contentHash)
            h := keccak256(p, 0x200)
        }
    }

    /// @notice The EIP-712 digest that the publisher signs: keccak256(0x1901 ‖ separator ‖ hashStruct(m)).
    function digest(bytes32 separator, StreamMessage memory m) internal pure returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(separator, hashStruct(m));
    }

    /// @notice The address that signed `m`. Reverts with UnsupportedSignatureType, or with
    /// OpenZeppelin's ECDSAInvalidSignatureLength (not 65 bytes), ECDSAInvalidSignatureS (high s)
    /// or ECDSAInvalidSignature (bad v, unrecoverable). Callers compare the result with m.publisher.
    function recover(bytes32 separator, StreamMessage memory m) internal pure returns (address) {
        if (m.signatureType != SIGNATURE_EIP712) revert UnsupportedSignatureType(m.signatureType);
        return ECDSA.recover(digest(separator, m), m.signature);
    }

    /// @notice True when `m` carries a valid, canonical (low-s) signature by m.publisher; never reverts.
    function verify(bytes32 separator, StreamMessage memory m) internal pure returns (bool) {
        if (m.signatureType != SIGNATURE_EIP712) return false;
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest(separator, m), m.signature);
        return err == ECDSA.RecoverError.NoError && signer == m.publisher;
    }
}
