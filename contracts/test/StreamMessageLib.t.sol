// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {StreamMessageLib} from "../src/lib/StreamMessageLib.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// External entry points so that reverts can be expected and gas reported.
contract StreamMessageLibHarness {
    function domainSeparator(uint256 chainId, address registry) external pure returns (bytes32) {
        return StreamMessageLib.domainSeparator(chainId, registry);
    }

    function hashStruct(StreamMessageLib.StreamMessage calldata m) external pure returns (bytes32) {
        return StreamMessageLib.hashStruct(m);
    }

    function digest(bytes32 separator, StreamMessageLib.StreamMessage calldata m) external pure returns (bytes32) {
        return StreamMessageLib.digest(separator, m);
    }

    function recover(bytes32 separator, StreamMessageLib.StreamMessage calldata m) external pure returns (address) {
        return StreamMessageLib.recover(separator, m);
    }

    function verify(bytes32 separator, StreamMessageLib.StreamMessage calldata m) external pure returns (bool) {
        return StreamMessageLib.verify(separator, m);
    }
}

/// Checks the library against broker/protocol/testdata/vector.json, the vector the Go and
/// Node tests check too.
contract StreamMessageLibTest is Test {
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    string internal constant VECTOR = "broker/protocol/testdata/vector.json";

    StreamMessageLibHarness internal lib;
    string internal json;
    bytes32 internal separator;

    function setUp() public {
        lib = new StreamMessageLibHarness();
        json = vm.readFile(VECTOR);
        separator = StreamMessageLib.domainSeparator(
            vm.parseJsonUint(json, ".typedData.domain.chainId"),
            vm.parseJsonAddress(json, ".typedData.domain.verifyingContract")
        );
    }

    function _key(string memory prefix, string memory field) internal pure returns (string memory) {
        return string.concat(prefix, ".typedData.message.", field);
    }

    function _u(string memory prefix, string memory field) internal view returns (uint256) {
        return vm.parseJsonUint(json, _key(prefix, field));
    }

    /// The message of a vector case; prefix "" is the main case, ".fieldOrder" the other.
    function _load(string memory prefix) internal view returns (StreamMessageLib.StreamMessage memory m) {
        m.version = uint8(_u(prefix, "version"));
        m.stream = vm.parseJsonAddress(json, _key(prefix, "stream"));
        m.partition = uint32(_u(prefix, "partition"));
        m.timestamp = uint64(_u(prefix, "timestamp"));
        m.sequence = uint32(_u(prefix, "sequence"));
        m.publisher = vm.parseJsonAddress(json, _key(prefix, "publisher"));
        m.originType = uint8(_u(prefix, "originType"));
        m.msgChainId = vm.parseJsonBytes32(json, _key(prefix, "msgChainId"));
        m.prevTimestamp = uint64(_u(prefix, "prevTimestamp"));
        m.prevSequence = uint32(_u(prefix, "prevSequence"));
        m.messageType = uint8(_u(prefix, "messageType"));
        m.contentType = uint8(_u(prefix, "contentType"));
        m.encryptionType = uint8(_u(prefix, "encryptionType"));
        m.groupKeyId = vm.parseJsonBytes32(json, _key(prefix, "groupKeyId"));
        m.content = vm.parseJsonBytes(json, string.concat(prefix, ".content"));
        m.signatureType = StreamMessageLib.SIGNATURE_EIP712;
        m.signature = vm.parseJsonBytes(json, string.concat(prefix, ".signature"));
    }

    function _checkCase(string memory prefix) internal view {
        StreamMessageLib.StreamMessage memory m = _load(prefix);
        assertEq(keccak256(m.content), vm.parseJsonBytes32(json, string.concat(prefix, ".contentHash")), "contentHash");
        assertEq(
            vm.parseJsonBytes32(json, _key(prefix, "contentHash")), keccak256(m.content), "typed contentHash"
        );
        assertEq(separator, vm.parseJsonBytes32(json, string.concat(prefix, ".domainSeparator")), "separator");
        bytes32 structHash = vm.parseJsonBytes32(json, string.concat(prefix, ".structHash"));
        bytes32 want = vm.parseJsonBytes32(json, string.concat(prefix, ".digest"));
        assertEq(StreamMessageLib.hashStruct(m), structHash, "hashStruct");
        assertEq(StreamMessageLib.digest(separator, m), want, "digest (memory)");
        assertEq(lib.digest(separator, m), want, "digest (calldata)");
        address publisher = vm.parseJsonAddress(json, string.concat(prefix, ".publisher"));
        assertEq(m.publisher, publisher, "publisher");
        assertEq(lib.recover(separator, m), publisher, "recovered signer");
        assertTrue(lib.verify(separator, m), "verify");
    }

    function test_TypeHash() public view {
        assertEq(StreamMessageLib.TYPEHASH, vm.parseJsonBytes32(json, ".typeHash"), "type hash");
        assertEq(
            StreamMessageLib.TYPEHASH, keccak256(bytes(vm.parseJsonString(json, ".typeString"))), "type string"
        );
    }

    function test_DomainSeparator() public view {
        assertEq(separator, vm.parseJsonBytes32(json, ".domainSeparator"), "separator");
        assertEq(
            lib.domainSeparator(137, vm.parseJsonAddress(json, ".typedData.domain.verifyingContract")),
            separator,
            "harness"
        );
        assertTrue(StreamMessageLib.domainSeparator(1, address(lib)) != separator, "distinct domains");
    }

    function test_Vector() public view {
        _checkCase("");
    }

    function test_FieldOrderVector() public view {
        _checkCase(".fieldOrder");
    }

    function test_VmSignMatchesVector() public view {
        StreamMessageLib.StreamMessage memory m = _load("");
        uint256 pk = uint256(vm.parseJsonBytes32(json, ".privateKey"));
        assertEq(vm.addr(pk), m.publisher, "key");
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, StreamMessageLib.digest(separator, m));
        assertEq(abi.encodePacked(r, s, v), m.signature, "deterministic signature");
    }

    function test_RejectsHighS() public {
        StreamMessageLib.StreamMessage memory m = _load("");
        bytes memory high = vm.parseJsonBytes(json, ".highSSignature");
        // The malleated twin is what ecrecover alone would accept: same signer.
        (bytes32 r, bytes32 s, uint8 v) = _split(high);
        assertEq(ecrecover(StreamMessageLib.digest(separator, m), v, r, s), m.publisher, "twin recovers");
        assertTrue(uint256(s) > SECP256K1_N / 2, "twin is high-s");

        m.signature = high;
        assertFalse(lib.verify(separator, m), "verify high-s");
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureS.selector, s));
        lib.recover(separator, m);
    }

    function test_RejectsBadV() public {
        StreamMessageLib.StreamMessage memory m = _load("");
        m.signature[64] = bytes1(uint8(29));
        assertFalse(lib.verify(separator, m), "verify v=29");
        vm.expectRevert(ECDSA.ECDSAInvalidSignature.selector);
        lib.recover(separator, m);
        m.signature[64] = bytes1(uint8(1));
        vm.expectRevert(ECDSA.ECDSAInvalidSignature.selector);
        lib.recover(separator, m);
    }

    function test_RejectsBadLength() public {
        StreamMessageLib.StreamMessage memory m = _load("");
        bytes memory sig = m.signature;
        assembly ("memory-safe") {
            mstore(sig, 64)
        }
        assertFalse(lib.verify(separator, m), "verify 64 bytes");
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureLength.selector, 64));
        lib.recover(separator, m);
    }

    function test_RejectsUnsupportedSignatureType() public {
        StreamMessageLib.StreamMessage memory m = _load("");
        m.signatureType = 0;
        assertFalse(lib.verify(separator, m), "verify type 0");
        vm.expectRevert(abi.encodeWithSelector(StreamMessageLib.UnsupportedSignatureType.selector, uint8(0)));
        lib.recover(separator, m);
    }

    function test_EveryFieldIsSigned() public view {
        for (uint256 i = 0; i < 15; i++) {
            StreamMessageLib.StreamMessage memory m = _load("");
            if (i == 0) m.version ^= 1;
            else if (i == 1) m.stream = address(uint160(m.stream) ^ 1);
            else if (i == 2) m.partition ^= 1;
            else if (i == 3) m.timestamp ^= 1;
            else if (i == 4) m.sequence ^= 1;
            else if (i == 5) m.publisher = address(uint160(m.publisher) ^ 1);
            else if (i == 6) m.originType ^= 1;
            else if (i == 7) m.msgChainId ^= bytes32(uint256(1));
            else if (i == 8) m.prevTimestamp ^= 1;
            else if (i == 9) m.prevSequence ^= 1;
            else if (i == 10) m.messageType ^= 1;
            else if (i == 11) m.contentType ^= 1;
            else if (i == 12) m.encryptionType ^= 1;
            else if (i == 13) m.groupKeyId ^= bytes32(uint256(1));
            else m.content = bytes.concat(m.content, " ");
            assertFalse(lib.verify(separator, m), "tampered field accepted");
        }
    }

    /// Dirty high bits left in the struct's memory by assembly must not change the hash.
    function test_HashStructCleansDirtyBits() public view {
        StreamMessageLib.StreamMessage memory m = _load(".fieldOrder");
        bytes32 clean = StreamMessageLib.hashStruct(m);
        assembly ("memory-safe") {
            let dirty := not(0xff)
            mstore(m, or(mload(m), dirty)) // version
            mstore(add(m, 0x20), or(mload(add(m, 0x20)), shl(160, 0xbeef))) // stream
            mstore(add(m, 0x40), or(mload(add(m, 0x40)), shl(32, 0xbeef))) // partition
            mstore(add(m, 0x60), or(mload(add(m, 0x60)), shl(64, 0xbeef))) // timestamp
            mstore(add(m, 0x140), or(mload(add(m, 0x140)), dirty)) // messageType
        }
        assertEq(StreamMessageLib.hashStruct(m), clean, "dirty bits leak into hashStruct");
    }

    /// The assembly encoding equals the plain abi.encode reference for arbitrary messages.
    function testFuzz_HashStructMatchesAbiEncode(StreamMessageLib.StreamMessage memory m) public view {
        bytes memory head = abi.encode(
            StreamMessageLib.TYPEHASH, m.version, m.stream, m.partition, m.timestamp, m.sequence, m.publisher, m.originType
        );
        bytes memory tail = abi.encode(
            m.msgChainId,
            m.prevTimestamp,
            m.prevSequence,
            m.messageType,
            m.contentType,
            m.encryptionType,
            m.groupKeyId,
            keccak256(m.content)
        );
        assertEq(StreamMessageLib.hashStruct(m), keccak256(bytes.concat(head, tail)), "hashStruct");
        assertEq(lib.hashStruct(m), keccak256(bytes.concat(head, tail)), "hashStruct via calldata");
    }

    function testFuzz_SignAndVerify(uint256 pk, bytes memory content, uint64 timestamp) public view {
        pk = bound(pk, 1, SECP256K1_N - 1);
        StreamMessageLib.StreamMessage memory m = _load("");
        m.publisher = vm.addr(pk);
        m.content = content;
        m.timestamp = timestamp;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, StreamMessageLib.digest(separator, m));
        m.signature = abi.encodePacked(r, s, v);
        assertEq(lib.recover(separator, m), m.publisher, "recover");
        assertTrue(lib.verify(separator, m), "verify");
    }

    function _split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }
}
