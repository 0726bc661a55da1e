// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoreFixture} from "./utils/CoreFixture.sol";
import {Stream} from "../src/Stream.sol";
import {StreamRegistry} from "../src/StreamRegistry.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {Permission} from "../src/interfaces/IStream.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";

/// Users manage streams through signed ERC-2771 requests relayed by someone else.
contract ForwarderTest is CoreFixture {
    address relayer = address(0xEE1);

    function setUp() public {
        _deployCore();
        vm.deal(relayer, 1 ether);
    }

    function _deadline() internal view returns (uint48) {
        return uint48(block.timestamp + 1 hours);
    }

    function _createCall(string memory path) internal pure returns (bytes memory) {
        (address[] memory u, Permission[] memory p) = _noPerms();
        return abi.encodeCall(StreamRegistry.createStream, (path, "meta", 2, u, p));
    }

    // =========================================================== domain

    function test_eip712Domain() public view {
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = forwarder.eip712Domain();
        assertEq(name, "StreamrForwarder");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifying, address(forwarder));
    }

    function test_verify() public view {
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("x"), _deadline());
        assertTrue(forwarder.verify(req));
        req.from = stranger; // signature no longer matches `from`
        assertFalse(forwarder.verify(req));
    }

    // =========================================================== createStream via forwarder

    function test_createStreamForSigner() public {
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("gasless"), _deadline());
        address expected = _createAddr(address(registry), 2);
        vm.expectEmit(address(registry));
        emit StreamCreated(expected, owner, "gasless", "meta", 2, 0);
        vm.expectEmit(address(forwarder));
        emit ExecutedForwardRequest(owner, 0, true);
        vm.prank(relayer);
        forwarder.execute(req);

        Stream s = Stream(registry.streamOf(owner, "gasless"));
        assertEq(address(s), expected);
        assertEq(s.owner(), owner); // the signer, not the relayer nor the forwarder
        assertEq(registry.streamOf(relayer, "gasless"), address(0));
        assertEq(forwarder.nonces(owner), 1);
        assertEq(owner.balance, 0);
    }

    function test_replayRejected() public {
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("once"), _deadline());
        vm.prank(relayer);
        forwarder.execute(req);
        // the nonce is part of the digest, so the old signature now recovers a different signer
        vm.expectRevert();
        vm.prank(relayer);
        forwarder.execute(req);
        assertFalse(forwarder.verify(req));
    }

    function test_expiredRequestRejected() public {
        uint48 deadline = uint48(block.timestamp - 1);
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("late"), deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC2771Forwarder.ERC2771ForwarderExpiredRequest.selector, deadline));
        vm.prank(relayer);
        forwarder.execute(req);
    }

    function test_wrongSignerRejected() public {
        // claims to come from the owner, signed by the stranger
        ERC2771Forwarder.ForwardRequestData memory req;
        req.from = owner;
        req.to = address(registry);
        req.gas = 1_000_000;
        req.deadline = _deadline();
        req.data = _createCall("forged");
        req.signature = _sign(STRANGER_PK, req, forwarder.nonces(owner));
        vm.expectRevert(
            abi.encodeWithSelector(ERC2771Forwarder.ERC2771ForwarderInvalidSigner.selector, stranger, owner)
        );
        vm.prank(relayer);
        forwarder.execute(req);
    }

    function test_tamperedDataRejected() public {
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("a"), _deadline());
        req.data = _createCall("b");
        vm.expectRevert();
        vm.prank(relayer);
        forwarder.execute(req);
        assertEq(registry.streamCount(), 0);
    }

    function test_untrustingTargetRejected() public {
        DATAToken token = new DATAToken(owner);
        bytes memory data = abi.encodeCall(token.transfer, (stranger, 1));
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(OWNER_PK, address(token), data, _deadline());
        vm.expectRevert(
            abi.encodeWithSelector(
                ERC2771Forwarder.ERC2771UntrustfulTarget.selector, address(token), address(forwarder)
            )
        );
        vm.prank(relayer);
        forwarder.execute(req);
    }

    function test_innerRevertFailsExecute() public {
        _create(owner, "taken");
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(OWNER_PK, address(registry), _createCall("taken"), _deadline());
        vm.expectRevert(Errors.FailedCall.selector);
        vm.prank(relayer);
        forwarder.execute(req);
        assertEq(forwarder.nonces(owner), 0); // whole execute reverted, nonce not spent
    }

    // =========================================================== stream management via forwarder

    function test_setPermissionOnStreamForSigner() public {
        Stream s = _create(owner, "s");
        bytes memory data = abi.encodeCall(Stream.setPermission, (user1, _perm(0, FOREVER, false, false, false)));
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(OWNER_PK, address(s), data, _deadline());
        vm.expectEmit(address(s));
        emit PermissionUpdated(user1, 0, FOREVER, false, false, false, owner);
        vm.prank(relayer);
        forwarder.execute(req);
        assertTrue(s.canSubscribe(user1));
    }

    function test_strangerSignedPermissionChangeFails() public {
        Stream s = _create(owner, "s");
        bytes memory data = abi.encodeCall(Stream.setPermission, (stranger, _perm(FOREVER, FOREVER, true, true, true)));
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(STRANGER_PK, address(s), data, _deadline());
        vm.expectRevert(Errors.FailedCall.selector);
        vm.prank(relayer);
        forwarder.execute(req);
        assertFalse(s.canGrant(stranger));
    }

    function test_deleteStreamForSigner() public {
        Stream s = _create(owner, "s");
        bytes memory data = abi.encodeCall(StreamRegistry.deleteStream, (owner, "s"));
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(OWNER_PK, address(registry), data, _deadline());
        vm.expectEmit(address(registry));
        emit StreamDeleted(address(s), owner);
        vm.prank(relayer);
        forwarder.execute(req);
        assertTrue(s.deleted());
    }

    function test_setEncryptionKeyForSigner() public {
        Stream s = _create(owner, "s");
        bytes memory k = _key(3, 77);
        uint256 userPk = 0xCAFE;
        address user = vm.addr(userPk);
        bytes memory data = abi.encodeCall(Stream.setEncryptionKey, (k));
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(userPk, address(s), data, _deadline());
        vm.prank(relayer);
        forwarder.execute(req);
        assertEq(s.encryptionKeyOf(user), k);
        assertEq(s.encryptionKeyOf(relayer), "");
    }

    function test_executeBatch_skipsInvalidWithRefundReceiver() public {
        ERC2771Forwarder.ForwardRequestData[] memory reqs = new ERC2771Forwarder.ForwardRequestData[](2);
        reqs[0] = _signedRequest(OWNER_PK, address(registry), _createCall("one"), _deadline());
        reqs[1] = _signedRequest(STRANGER_PK, address(registry), _createCall("two"), _deadline());
        reqs[1].from = owner; // invalid: skipped, not reverted, when a refund receiver is given
        vm.prank(relayer);
        forwarder.executeBatch(reqs, payable(relayer));
        assertTrue(registry.streamOf(owner, "one") != address(0));
        assertEq(registry.streamOf(owner, "two"), address(0));
        assertEq(registry.streamCount(), 1);
    }

    function test_executeBatch_sequentialNonces() public {
        ERC2771Forwarder.ForwardRequestData[] memory reqs = new ERC2771Forwarder.ForwardRequestData[](2);
        reqs[0] = _signedRequest(OWNER_PK, address(registry), _createCall("one"), _deadline());
        reqs[1].from = owner;
        reqs[1].to = address(registry);
        reqs[1].gas = 1_000_000;
        reqs[1].deadline = _deadline();
        reqs[1].data = _createCall("two");
        reqs[1].signature = _sign(OWNER_PK, reqs[1], 1); // signed for the next nonce
        vm.prank(relayer);
        forwarder.executeBatch(reqs, payable(address(0)));
        assertEq(registry.streamCount(), 2);
        assertEq(forwarder.nonces(owner), 2);
    }

    // =========================================================== fuzz

    function testFuzz_createdStreamBelongsToSigner(uint256 pk, bytes32 pathSeed) public {
        pk = bound(pk, 1, 115792089237316195423570985008687907852837564279074904382605163141518161494336);
        address signer = vm.addr(pk);
        vm.assume(signer != relayer);
        string memory path =
            string(abi.encodePacked("p", _hexChar(uint8(pathSeed[0]) >> 4), _hexChar(uint8(pathSeed[0]))));
        ERC2771Forwarder.ForwardRequestData memory req =
            _signedRequest(pk, address(registry), _createCall(path), _deadline());
        vm.prank(relayer);
        forwarder.execute(req);
        address s = registry.streamOf(signer, path);
        assertTrue(s != address(0));
        assertEq(Stream(s).owner(), signer);
    }

    function _hexChar(uint8 v) internal pure returns (bytes1) {
        return bytes("0123456789abcdef")[v & 0x0f];
    }
}
