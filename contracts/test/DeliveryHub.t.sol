// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {StreamRegistry} from "../src/StreamRegistry.sol";
import {Stream} from "../src/Stream.sol";
import {Permission} from "../src/interfaces/IStream.sol";
import {DeliveryHub} from "../src/DeliveryHub.sol";
import {FeedConsumer} from "../src/FeedConsumer.sol";
import {IStreamConsumer} from "../src/interfaces/IStreamConsumer.sol";
import {StreamMessageLib} from "../src/lib/StreamMessageLib.sol";

contract RevertingConsumer is IStreamConsumer {
    function onStreamEvent(address, uint32, address, uint64, uint32, bytes calldata) external pure {
        revert("no");
    }
}

contract GasBurningConsumer is IStreamConsumer {
    uint256 public x;

    function onStreamEvent(address, uint32, address, uint64, uint32, bytes calldata) external {
        for (uint256 i = 0; i < 1_000_000; i++) {
            x = i;
        }
    }
}

/// Tries to deliver the same event again from inside the callback.
contract ReentrantConsumer is IStreamConsumer {
    DeliveryHub public hub;
    uint256 public subId;
    StreamMessageLib.StreamMessage internal _m;
    bool public reentered;
    bool public reentryFailed;

    function arm(DeliveryHub hub_, uint256 subId_, StreamMessageLib.StreamMessage memory m) external {
        hub = hub_;
        subId = subId_;
        _m = m;
    }

    function onStreamEvent(address, uint32, address, uint64, uint32, bytes calldata) external {
        reentered = true;
        try hub.deliver(subId, _m) {}
        catch {
            reentryFailed = true;
        }
    }
}

/// Shared fixture: a registry, a two-partition stream with one publisher, the hub and a feed.
abstract contract DeliveryHubFixture is Test {
    DATAToken internal token;
    StreamRegistry internal registry;
    DeliveryHub internal hub;
    FeedConsumer internal feed;
    address internal stream;

    uint256 internal constant PUB_KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B;
    address internal publisher;
    address internal other;
    address internal constant OWNER = address(0x0A0A);
    address internal constant SUBSCRIBER = address(0x5B5B);
    address internal constant DELIVERER = address(0xDEDE);
    bytes32 internal constant CHAIN = keccak256("chain-1");
    uint96 internal constant BOUNTY = 1e15;
    uint32 internal constant CALLBACK_GAS = 100_000;
    uint256 internal subId;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        token = new DATAToken(address(this));
        registry = new StreamRegistry(address(0xF0F0));
        publisher = vm.addr(PUB_KEY);
        other = vm.addr(OTHER_KEY);
        address[] memory users = new address[](2);
        Permission[] memory perms = new Permission[](2);
        users[0] = publisher;
        perms[0] = Permission(type(uint64).max, 0, false, false, false);
        users[1] = address(0); // public subscribe
        perms[1] = Permission(0, type(uint64).max, false, false, false);
        vm.prank(OWNER);
        stream = registry.createStream("feeds/eth", "", 2, users, perms);
        hub = new DeliveryHub(token, address(registry));
        feed = new FeedConsumer(address(hub));
        token.mint(SUBSCRIBER, 1e24);
        vm.prank(SUBSCRIBER);
        token.approve(address(hub), type(uint256).max);
        vm.prank(SUBSCRIBER);
        subId = hub.subscribe(stream, 0, address(feed), BOUNTY, CALLBACK_GAS, 100 ether);
    }

    function _unsigned(uint64 ts, uint32 seq, bytes memory content)
        internal
        view
        returns (StreamMessageLib.StreamMessage memory m)
    {
        m.version = 1;
        m.stream = stream;
        m.partition = 0;
        m.timestamp = ts;
        m.sequence = seq;
        m.publisher = publisher;
        m.msgChainId = CHAIN;
        m.contentType = 1;
        m.content = content;
        m.signatureType = 1;
    }

    function _sign(StreamMessageLib.StreamMessage memory m, uint256 key) internal view {
        bytes32 d = StreamMessageLib.digest(StreamMessageLib.domainSeparator(block.chainid, address(registry)), m);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, d);
        m.signature = abi.encodePacked(r, s, v);
    }

    function _msg(uint64 ts, uint32 seq, uint256 value)
        internal
        view
        returns (StreamMessageLib.StreamMessage memory m)
    {
        m = _unsigned(ts, seq, abi.encode(value));
        _sign(m, PUB_KEY);
    }
}

contract DeliveryHubTest is DeliveryHubFixture {
    function test_subscribe_storesAndPullsDeposit() public view {
        DeliveryHub.Subscription memory s = hub.subscription(subId);
        assertEq(s.consumer, address(feed));
        assertEq(s.stream, stream);
        assertEq(s.owner, SUBSCRIBER);
        assertEq(uint256(s.deposit), 100 ether);
        assertEq(uint256(s.bountyPerEvent), BOUNTY);
        assertEq(uint256(s.callbackGasLimit), CALLBACK_GAS);
        assertTrue(s.active);
        assertEq(token.balanceOf(address(hub)), 100 ether);
    }

    function test_deliver_callsConsumerAndCreditsBounty() public {
        vm.prank(DELIVERER);
        hub.deliver(subId, _msg(1000, 0, 42));
        assertEq(feed.latestValue(), 42);
        assertEq(uint256(feed.latestTimestamp()), 1000);
        assertEq(uint256(feed.count()), 1);
        assertEq(feed.latestContent(), abi.encode(uint256(42)));
        assertEq(hub.owed(DELIVERER), BOUNTY);
        assertEq(uint256(hub.subscription(subId).deposit), 100 ether - BOUNTY);
        (bool any, uint64 ts, uint32 seq) = hub.lastDelivered(subId, publisher, CHAIN);
        assertTrue(any);
        assertEq(uint256(ts), 1000);
        assertEq(uint256(seq), 0);
    }

    function test_deliver_emitsDelivered() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 3, 1);
        vm.expectEmit();
        emit DeliveryHub.Delivered(subId, publisher, CHAIN, 1000, 3, DELIVERER, BOUNTY);
        vm.prank(DELIVERER);
        hub.deliver(subId, m);
    }

    function test_deliver_jsonContentStoredRaw() public {
        StreamMessageLib.StreamMessage memory m = _unsigned(5, 0, bytes('{"price":1234.5}'));
        _sign(m, PUB_KEY);
        hub.deliver(subId, m);
        assertEq(feed.latestContent(), bytes('{"price":1234.5}'));
        assertFalse(feed.hasValue());
    }

    function test_deliver_orderAdvances() public {
        hub.deliver(subId, _msg(1000, 0, 1));
        hub.deliver(subId, _msg(1000, 1, 2)); // same timestamp, next sequence
        hub.deliver(subId, _msg(1001, 0, 3));
        assertEq(uint256(feed.count()), 3);
        assertEq(feed.latestValue(), 3);
    }

    function test_revert_duplicate() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 0, 1);
        hub.deliver(subId, m);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 1000, 0));
        hub.deliver(subId, m);
    }

    function test_revert_older() public {
        hub.deliver(subId, _msg(1000, 5, 1));
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 1000, 4));
        hub.deliver(subId, _msg(1000, 4, 1));
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 999, 9));
        hub.deliver(subId, _msg(999, 9, 1));
    }

    /// A duplicate with a garbage signature still reports AlreadyDelivered: the order check
    /// comes before any signature work.
    function test_alreadyDeliveredCheckedBeforeSignature() public {
        hub.deliver(subId, _msg(1000, 0, 1));
        StreamMessageLib.StreamMessage memory m = _unsigned(1000, 0, abi.encode(uint256(1)));
        m.signature = hex"00";
        m.signatureType = 7;
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 1000, 0));
        hub.deliver(subId, m);
    }

    function test_deliver_zeroPosition() public {
        (bool any,,) = hub.lastDelivered(subId, publisher, CHAIN);
        assertFalse(any);
        hub.deliver(subId, _msg(0, 0, 1));
        StreamMessageLib.StreamMessage memory m = _msg(0, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 0, 0));
        hub.deliver(subId, m);
    }

    function test_deliver_maxPosition() public {
        hub.deliver(subId, _msg(type(uint64).max, type(uint32).max, 1));
        StreamMessageLib.StreamMessage memory m = _msg(type(uint64).max, type(uint32).max, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, type(uint64).max, type(uint32).max
            )
        );
        hub.deliver(subId, m);
    }

    function test_otherChainIndependent() public {
        hub.deliver(subId, _msg(1000, 0, 1));
        StreamMessageLib.StreamMessage memory m = _unsigned(10, 0, abi.encode(uint256(2)));
        m.msgChainId = keccak256("chain-2");
        _sign(m, PUB_KEY);
        hub.deliver(subId, m);
        assertEq(uint256(feed.count()), 2);
    }

    function test_revert_wrongSigner() public {
        StreamMessageLib.StreamMessage memory m = _unsigned(1000, 0, abi.encode(uint256(1)));
        _sign(m, OTHER_KEY); // claims `publisher`, signed by another key
        vm.expectRevert(DeliveryHub.InvalidSignature.selector);
        hub.deliver(subId, m);
    }

    function test_revert_tamperedContent() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 0, 1);
        m.content = abi.encode(uint256(2));
        vm.expectRevert(DeliveryHub.InvalidSignature.selector);
        hub.deliver(subId, m);
    }

    function test_revert_highS() public {
        StreamMessageLib.StreamMessage memory m = _unsigned(1000, 0, abi.encode(uint256(1)));
        bytes32 d = StreamMessageLib.digest(StreamMessageLib.domainSeparator(block.chainid, address(registry)), m);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(PUB_KEY, d);
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes32 highS = bytes32(n - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        m.signature = abi.encodePacked(r, highS, flippedV);
        vm.expectRevert(DeliveryHub.InvalidSignature.selector);
        hub.deliver(subId, m);
    }

    function test_revert_badSignatureLength() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 0, 1);
        m.signature = bytes.concat(m.signature, hex"00");
        vm.expectRevert(DeliveryHub.InvalidSignature.selector);
        hub.deliver(subId, m);
    }

    function test_revert_unsupportedSignatureType() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 0, 1);
        m.signatureType = 2;
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.UnsupportedSignatureType.selector, 2));
        hub.deliver(subId, m);
    }

    function test_revert_wrongStreamOrPartition() public {
        StreamMessageLib.StreamMessage memory m = _unsigned(1000, 0, abi.encode(uint256(1)));
        m.partition = 1;
        _sign(m, PUB_KEY);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.WrongStream.selector, stream, 1));
        hub.deliver(subId, m);
        m.partition = 0;
        m.stream = address(0x1234);
        _sign(m, PUB_KEY);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.WrongStream.selector, address(0x1234), 0));
        hub.deliver(subId, m);
    }

    function test_revert_notPublisher() public {
        StreamMessageLib.StreamMessage memory m = _unsigned(1000, 0, abi.encode(uint256(1)));
        m.publisher = other;
        _sign(m, OTHER_KEY);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.NotPublisher.selector, other));
        hub.deliver(subId, m);
    }

    function test_revert_publishPermissionExpired() public {
        vm.prank(OWNER);
        Stream(stream).grantPublish(publisher, uint64(block.timestamp + 10));
        hub.deliver(subId, _msg(1000, 0, 1));
        vm.warp(block.timestamp + 10);
        StreamMessageLib.StreamMessage memory m = _msg(1001, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.NotPublisher.selector, publisher));
        hub.deliver(subId, m);
    }

    function test_ownerPublishesImplicitly() public {
        uint256 ownerKey = 0x0123;
        address ownerAddr = vm.addr(ownerKey);
        address[] memory users = new address[](1);
        Permission[] memory perms = new Permission[](1);
        users[0] = address(0);
        perms[0] = Permission(0, type(uint64).max, false, false, false);
        vm.prank(ownerAddr);
        address s2 = registry.createStream("own", "", 1, users, perms);
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(s2, 0, address(feed), 0, CALLBACK_GAS, 0);
        StreamMessageLib.StreamMessage memory m = _unsigned(1, 0, abi.encode(uint256(9)));
        m.stream = s2;
        m.publisher = ownerAddr;
        _sign(m, ownerKey);
        hub.deliver(id2, m);
        assertEq(feed.latestValue(), 9);
        assertEq(hub.owed(address(this)), 0);
    }

    function test_revert_insufficientDeposit() public {
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(feed), 1 ether, CALLBACK_GAS, 1 ether);
        hub.deliver(id2, _msg(1, 0, 1));
        StreamMessageLib.StreamMessage memory m = _msg(2, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.InsufficientDeposit.selector, 0, 1 ether));
        hub.deliver(id2, m);
    }

    function test_consumerRevert_doesNotUndoDelivery() public {
        RevertingConsumer bad = new RevertingConsumer();
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(bad), BOUNTY, CALLBACK_GAS, 1 ether);
        StreamMessageLib.StreamMessage memory m = _msg(1, 0, 1);
        vm.expectEmit();
        emit DeliveryHub.ConsumerFailed(id2, publisher, CHAIN, 1, 0);
        vm.prank(DELIVERER);
        hub.deliver(id2, m);
        assertEq(hub.owed(DELIVERER), BOUNTY);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 1, 0));
        hub.deliver(id2, m);
    }

    function test_consumerOutOfGas_isBoundedByLimit() public {
        GasBurningConsumer burner = new GasBurningConsumer();
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(burner), BOUNTY, 50_000, 1 ether);
        StreamMessageLib.StreamMessage memory m = _msg(1, 0, 1);
        uint256 before = gasleft();
        vm.expectEmit();
        emit DeliveryHub.ConsumerFailed(id2, publisher, CHAIN, 1, 0);
        hub.deliver(id2, m);
        assertLe(before - gasleft(), 200_000, "callback gas not bounded");
    }

    function test_revert_deliverWithTooLittleGasForCallback() public {
        StreamMessageLib.StreamMessage memory m = _msg(1, 0, 1);
        vm.expectRevert(DeliveryHub.InsufficientGasForCallback.selector);
        hub.deliver{gas: 90_000}(subId, m);
    }

    function test_reentrantDeliveryBlocked() public {
        ReentrantConsumer re = new ReentrantConsumer();
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(re), BOUNTY, 500_000, 1 ether);
        StreamMessageLib.StreamMessage memory m2 = _msg(2, 0, 1);
        re.arm(hub, id2, m2);
        hub.deliver(id2, _msg(1, 0, 1));
        assertTrue(re.reentered());
        assertTrue(re.reentryFailed());
        (, uint64 ts,) = hub.lastDelivered(id2, publisher, CHAIN);
        assertEq(uint256(ts), 1);
    }

    function test_topUpAndCancel() public {
        token.mint(address(this), 10 ether);
        token.approve(address(hub), 10 ether);
        vm.expectEmit();
        emit DeliveryHub.ToppedUp(subId, address(this), 10 ether, 110 ether);
        hub.topUp(subId, 10 ether);
        hub.deliver(subId, _msg(1, 0, 1));
        uint256 before = token.balanceOf(SUBSCRIBER);
        vm.prank(SUBSCRIBER);
        hub.cancel(subId);
        assertEq(token.balanceOf(SUBSCRIBER) - before, 110 ether - BOUNTY);
        assertFalse(hub.subscription(subId).active);
        StreamMessageLib.StreamMessage memory m = _msg(2, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.SubscriptionInactive.selector, subId));
        hub.deliver(subId, m);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.SubscriptionInactive.selector, subId));
        vm.prank(SUBSCRIBER);
        hub.cancel(subId);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.SubscriptionInactive.selector, subId));
        hub.topUp(subId, 1);
    }

    function test_revert_cancelByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.NotSubscriptionOwner.selector, subId));
        hub.cancel(subId);
    }

    function test_withdraw() public {
        vm.prank(DELIVERER);
        hub.deliver(subId, _msg(1, 0, 1));
        vm.prank(DELIVERER);
        hub.withdraw();
        assertEq(token.balanceOf(DELIVERER), BOUNTY);
        vm.expectRevert(DeliveryHub.NothingToWithdraw.selector);
        vm.prank(DELIVERER);
        hub.withdraw();
    }

    function test_revert_subscribeValidation() public {
        vm.startPrank(SUBSCRIBER);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.InvalidConsumer.selector, address(0xC0)));
        hub.subscribe(stream, 0, address(0xC0), 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.InvalidPartition.selector, 2));
        hub.subscribe(stream, 2, address(feed), 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.CallbackGasTooHigh.selector, 2_000_001));
        hub.subscribe(stream, 0, address(feed), 0, 2_000_001, 0);
        vm.expectRevert(DeliveryHub.ZeroAddress.selector);
        hub.subscribe(address(0), 0, address(feed), 0, 0, 0);
        vm.stopPrank();
        // a private stream: the consumer needs subscribe permission
        address[] memory users = new address[](0);
        Permission[] memory perms = new Permission[](0);
        vm.prank(OWNER);
        address priv = registry.createStream("private", "", 1, users, perms);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.ConsumerCannotSubscribe.selector, address(feed)));
        vm.prank(SUBSCRIBER);
        hub.subscribe(priv, 0, address(feed), 0, 0, 0);
        vm.prank(OWNER);
        Stream(priv).grantSubscribe(address(feed), type(uint64).max);
        vm.prank(SUBSCRIBER);
        hub.subscribe(priv, 0, address(feed), 0, 0, 0);
    }

    function test_feedOnlyAcceptsHub() public {
        vm.expectRevert(FeedConsumer.NotHub.selector);
        feed.onStreamEvent(stream, 0, publisher, 1, 0, "");
    }

    function test_deliverBatch() public {
        StreamMessageLib.StreamMessage[] memory ms = new StreamMessageLib.StreamMessage[](10);
        for (uint256 i = 0; i < 10; i++) {
            ms[i] = _msg(uint64(100 + i), 0, i);
        }
        vm.prank(DELIVERER);
        hub.deliverBatch(subId, ms);
        assertEq(uint256(feed.count()), 10);
        assertEq(feed.latestValue(), 9);
        assertEq(hub.owed(DELIVERER), uint256(BOUNTY) * 10);
        assertEq(uint256(hub.subscription(subId).deposit), 100 ether - uint256(BOUNTY) * 10);
    }

    function test_revert_deliverBatchDuplicateInside() public {
        StreamMessageLib.StreamMessage[] memory ms = new StreamMessageLib.StreamMessage[](3);
        ms[0] = _msg(100, 0, 0);
        ms[1] = _msg(101, 0, 1);
        ms[2] = ms[1];
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 101, 0));
        hub.deliverBatch(subId, ms);
        assertEq(uint256(feed.count()), 0);
    }

    function test_revert_deliverBatchEmptyOrUnpaid() public {
        StreamMessageLib.StreamMessage[] memory none = new StreamMessageLib.StreamMessage[](0);
        vm.expectRevert(DeliveryHub.EmptyBatch.selector);
        hub.deliverBatch(subId, none);
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(feed), 1 ether, CALLBACK_GAS, 1 ether);
        StreamMessageLib.StreamMessage[] memory two = new StreamMessageLib.StreamMessage[](2);
        two[0] = _msg(1, 0, 0);
        two[1] = _msg(2, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.InsufficientDeposit.selector, 1 ether, 2 ether));
        hub.deliverBatch(id2, two);
    }

    function test_digestMatchesLib() public view {
        StreamMessageLib.StreamMessage memory m = _unsigned(1234, 5, "hello");
        m.originType = 2;
        m.prevTimestamp = 1200;
        m.prevSequence = 4;
        m.messageType = 1;
        m.encryptionType = 1;
        m.groupKeyId = keccak256("gk");
        bytes32 want = StreamMessageLib.digest(StreamMessageLib.domainSeparator(block.chainid, address(registry)), m);
        assertEq(hub.messageDigest(m), want);
        assertEq(hub.domainSeparator(), StreamMessageLib.domainSeparator(block.chainid, address(registry)));
    }

    function testFuzz_digestMatchesLib(
        uint8 version,
        uint32 partition,
        uint64 ts,
        uint32 seq,
        address pub,
        bytes32 chain,
        uint64 prevTs,
        uint32 prevSeq,
        bytes32 groupKeyId,
        bytes memory content
    ) public view {
        StreamMessageLib.StreamMessage memory m;
        m.version = version;
        m.stream = stream;
        m.partition = partition;
        m.timestamp = ts;
        m.sequence = seq;
        m.publisher = pub;
        m.msgChainId = chain;
        m.prevTimestamp = prevTs;
        m.prevSequence = prevSeq;
        m.groupKeyId = groupKeyId;
        m.content = content;
        bytes32 want = StreamMessageLib.digest(StreamMessageLib.domainSeparator(block.chainid, address(registry)), m);
        assertEq(hub.messageDigest(m), want);
    }

    /// Any (timestamp, sequence) at or before the last delivered one is refused; any later one accepted.
    function testFuzz_order(uint64 ts1, uint32 seq1, uint64 ts2, uint32 seq2) public {
        hub.deliver(subId, _msg(ts1, seq1, 1));
        StreamMessageLib.StreamMessage memory m = _msg(ts2, seq2, 2);
        bool later = ts2 > ts1 || (ts2 == ts1 && seq2 > seq1);
        if (!later) {
            vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, ts2, seq2));
        }
        hub.deliver(subId, m);
        assertEq(uint256(feed.count()), later ? 2 : 1);
    }

    function testFuzz_bountyAccounting(uint96 bounty, uint96 deposit, uint8 events) public {
        bounty = uint96(bound(bounty, 0, 1e22));
        deposit = uint96(bound(deposit, 0, 1e23));
        events = uint8(bound(events, 1, 5));
        vm.prank(SUBSCRIBER);
        uint256 id2 = hub.subscribe(stream, 0, address(feed), bounty, CALLBACK_GAS, deposit);
        uint256 paid;
        for (uint256 i = 0; i < events; i++) {
            StreamMessageLib.StreamMessage memory m = _msg(uint64(i + 1), 0, i);
            if (uint256(deposit) - paid < bounty) {
                vm.expectRevert(
                    abi.encodeWithSelector(DeliveryHub.InsufficientDeposit.selector, uint256(deposit) - paid, bounty)
                );
                vm.prank(DELIVERER);
                hub.deliver(id2, m);
                break;
            }
            vm.prank(DELIVERER);
            hub.deliver(id2, m);
            paid += bounty;
        }
        assertEq(hub.owed(DELIVERER), paid);
        assertEq(uint256(hub.subscription(id2).deposit), uint256(deposit) - paid);
        assertEq(token.balanceOf(address(hub)), 100 ether + deposit);
    }
}

/// Gas figures (run with --isolate --gas-report): the calls measured happen in the test bodies;
/// setUp warms the state a live subscription has (a delivered chain, a deliverer with credit).
contract DeliveryHubGasTest is DeliveryHubFixture {
    StreamMessageLib.StreamMessage internal _next;
    StreamMessageLib.StreamMessage[] internal _batch;

    function setUp() public override {
        super.setUp();
        vm.prank(DELIVERER);
        hub.deliver(subId, _msg(1000, 0, 1));
        _next = _msg(1001, 0, 2);
        for (uint256 i = 0; i < 10; i++) {
            _batch.push(_msg(uint64(2000 + i), 0, i));
        }
    }

    /// `deliver` of one event to FeedConsumer (target <= 60k execution gas).
    function test_gas_deliver() public {
        StreamMessageLib.StreamMessage memory m = _next;
        vm.prank(DELIVERER);
        hub.deliver(subId, m);
        assertEq(feed.latestValue(), 2);
    }

    /// `deliverBatch` of 10 events to FeedConsumer (target <= 300k, i.e. 30k per event).
    function test_gas_deliverBatch10() public {
        StreamMessageLib.StreamMessage[] memory ms = _batch;
        vm.prank(DELIVERER);
        hub.deliverBatch(subId, ms);
        assertEq(uint256(feed.count()), 11);
    }

    /// The cheap refusal of a duplicate.
    function test_gas_deliverDuplicate() public {
        StreamMessageLib.StreamMessage memory m = _msg(1000, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(DeliveryHub.AlreadyDelivered.selector, publisher, CHAIN, 1000, 0));
        vm.prank(DELIVERER);
        hub.deliver(subId, m);
    }
}
