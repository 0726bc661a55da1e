// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "./Test.sol";
import {Stream} from "../../src/Stream.sol";
import {StreamRegistry} from "../../src/StreamRegistry.sol";
import {StreamrForwarder} from "../../src/StreamrForwarder.sol";
import {Permission} from "../../src/interfaces/IStream.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// A no-op target used to tell whether forge runs the test's top-level calls as separate
/// transactions (`--isolate`, which `--gas-report` switches on).
contract GasProbe {
    function ping() external {}
}

/// Shared fixture for the Stream / StreamRegistry / forwarder tests: a forwarder, a registry
/// trusting it, and helpers to build permissions, sign forward requests and compute CREATE
/// addresses independently of the registry's own implementation.
abstract contract CoreFixture is Test {
    StreamrForwarder internal forwarder;
    StreamRegistry internal registry;

    uint256 internal constant OWNER_PK = 0x0A11CE;
    uint256 internal constant STRANGER_PK = 0x0BAD;
    address internal owner;
    address internal stranger;
    address internal user1 = address(0x1001);
    address internal user2 = address(0x1002);
    address internal user3 = address(0x1003);

    uint64 internal constant FOREVER = type(uint64).max;

    bytes32 internal constant FORWARD_REQUEST_TYPEHASH = keccak256(
        "ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"
    );
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    // mirrors of the contracts' events, for vm.expectEmit
    event PermissionUpdated(
        address indexed user,
        uint64 publishExpiry,
        uint64 subscribeExpiry,
        bool canEdit,
        bool canDelete,
        bool canGrant,
        address indexed by
    );
    event MetadataUpdated(string metadata, address indexed by);
    event PartitionsUpdated(uint32 partitions, address indexed by);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event EncryptionKeySet(address indexed user, bytes key, address indexed by);
    event EncryptionKeyRemoved(address indexed user, address indexed by);
    event Deleted(address indexed by);
    event StreamCreated(
        address indexed stream, address indexed owner, string path, string metadata, uint32 partitions, uint256 index
    );
    event StreamDeleted(address indexed stream, address indexed by);
    event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success);

    function _deployCore() internal {
        owner = vm.addr(OWNER_PK);
        stranger = vm.addr(STRANGER_PK);
        forwarder = new StreamrForwarder();
        registry = new StreamRegistry(address(forwarder));
        vm.warp(1_700_000_000);
    }

    function _perm(uint64 pub, uint64 sub, bool edit, bool del, bool grant) internal pure returns (Permission memory) {
        return Permission(pub, sub, edit, del, grant);
    }

    function _noPerms() internal pure returns (address[] memory users, Permission[] memory perms) {
        users = new address[](0);
        perms = new Permission[](0);
    }

    function _create(address creator, string memory path) internal returns (Stream s) {
        (address[] memory users, Permission[] memory perms) = _noPerms();
        vm.prank(creator);
        s = Stream(registry.createStream(path, "", 1, users, perms));
    }

    function _assertPerm(Permission memory a, Permission memory b) internal pure {
        assertEq(uint256(a.publishExpiry), uint256(b.publishExpiry), "publishExpiry");
        assertEq(uint256(a.subscribeExpiry), uint256(b.subscribeExpiry), "subscribeExpiry");
        assertEq(a.canEdit, b.canEdit, "canEdit");
        assertEq(a.canDelete, b.canDelete, "canDelete");
        assertEq(a.canGrant, b.canGrant, "canGrant");
    }

    function _key(uint8 prefix, uint256 seed) internal pure returns (bytes memory) {
        return abi.encodePacked(bytes1(prefix), keccak256(abi.encode(seed)));
    }

    // ---- gas measurement ----

    GasProbe private _probe;

    /// DSTest-style log, shown by `forge test -vv`.
    event log_named_uint(string key, uint256 val);

    /// Execution gas of the last call the test made, i.e. without the 21000 + calldata
    /// intrinsic cost that forge adds when it runs each top-level call as a transaction.
    /// `gasleftDiff` (gasleft() before minus after the call, measured by the caller) is reduced
    /// the same way so both views are comparable across `forge test` and `forge test --gas-report`.
    function _executionGas(bytes memory callData, uint256 gasleftDiff)
        internal
        returns (uint256 frameGas, uint256 callerGas)
    {
        frameGas = vm.lastCallGas().gasTotalUsed;
        if (address(_probe) == address(0)) _probe = new GasProbe();
        _probe.ping();
        bool isolated = vm.lastCallGas().gasTotalUsed >= 21_000;
        callerGas = gasleftDiff;
        if (isolated) {
            uint256 intrinsic = 21_000 + _calldataGas(callData);
            frameGas -= intrinsic;
            callerGas -= intrinsic;
        }
        emit log_named_uint("execution gas (call frame)", frameGas);
        emit log_named_uint("execution gas (gasleft around the call)", callerGas);
    }

    function _calldataGas(bytes memory data) internal pure returns (uint256 g) {
        for (uint256 i = 0; i < data.length; i++) {
            g += data[i] == 0 ? 4 : 16;
        }
    }

    // ---- ERC-2771 forward requests ----

    function _forwarderDomain() internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("StreamrForwarder"), keccak256("1"), block.chainid, address(forwarder)
            )
        );
    }

    /// Builds and signs (EIP-712) a request from the key `pk` with the signer's current nonce.
    function _signedRequest(uint256 pk, address to, bytes memory data, uint48 deadline)
        internal
        view
        returns (ERC2771Forwarder.ForwardRequestData memory req)
    {
        address from = vm.addr(pk);
        req.from = from;
        req.to = to;
        req.value = 0;
        req.gas = 1_000_000;
        req.deadline = deadline;
        req.data = data;
        req.signature = _sign(pk, req, forwarder.nonces(from));
    }

    function _sign(uint256 pk, ERC2771Forwarder.ForwardRequestData memory req, uint256 nonce)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                FORWARD_REQUEST_TYPEHASH, req.from, req.to, req.value, req.gas, nonce, req.deadline, keccak256(req.data)
            )
        );
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", _forwarderDomain(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    // ---- CREATE addresses (independent RLP implementation) ----

    /// keccak256(rlp([deployer, nonce]))[12:], for nonces below 2^24.
    function _createAddr(address deployer, uint256 nonce) internal pure returns (address) {
        bytes memory enc;
        if (nonce == 0) {
            enc = abi.encodePacked(hex"d694", deployer, hex"80");
        } else if (nonce <= 0x7f) {
            enc = abi.encodePacked(hex"d694", deployer, uint8(nonce));
        } else if (nonce <= 0xff) {
            enc = abi.encodePacked(hex"d794", deployer, hex"81", uint8(nonce));
        } else if (nonce <= 0xffff) {
            enc = abi.encodePacked(hex"d894", deployer, hex"82", uint16(nonce));
        } else {
            require(nonce <= 0xffffff, "nonce too large for test helper");
            enc = abi.encodePacked(hex"d994", deployer, hex"83", uint24(nonce));
        }
        return address(uint160(uint256(keccak256(enc))));
    }
}
