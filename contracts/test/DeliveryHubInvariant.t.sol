// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {DeliveryHub} from "../src/DeliveryHub.sol";
import {FeedConsumer} from "../src/FeedConsumer.sol";
import {StreamMessageLib} from "../src/lib/StreamMessageLib.sol";
import {DeliveryHubFixture} from "./DeliveryHub.t.sol";

/// Drives the hub with fresh, replayed and reordered signed events from two publishers on two
/// message chains, tracking what was delivered.
contract DeliveryHubHandler is Test {
    DeliveryHub public hub;
    FeedConsumer public feed;
    DATAToken public token;
    address public stream;
    address public registry;
    uint256 public subId;
    uint256[2] internal keys;
    bytes32[2] internal chains = [keccak256("c0"), keccak256("c1")];
    address[3] public deliverers = [address(0xD1), address(0xD2), address(0xD3)];

    mapping(bytes32 => bool) internal _seen;
    mapping(bytes32 => uint256) internal _lastPos; // 1 + last position per (publisher, chain)
    StreamMessageLib.StreamMessage[] internal _delivered;

    uint256 public successes;
    uint256 public duplicates; // an event accepted twice
    uint256 public reorders; // an event accepted at or before the last one of its chain
    uint256 public withdrawn;

    constructor(
        DeliveryHub hub_,
        FeedConsumer feed_,
        DATAToken token_,
        address stream_,
        address registry_,
        uint256 subId_,
        uint256 k0,
        uint256 k1
    ) {
        hub = hub_;
        feed = feed_;
        token = token_;
        stream = stream_;
        registry = registry_;
        subId = subId_;
        keys = [k0, k1];
    }

    function deliver(uint256 who, uint256 chain, uint64 ts, uint32 seq, uint256 deliverer) external {
        StreamMessageLib.StreamMessage memory m =
            _build(who % 2, chain % 2, uint64(bound(ts, 0, 50)), uint32(bound(seq, 0, 3)));
        _try(m, deliverer);
    }

    function replay(uint256 index, uint256 deliverer) external {
        if (_delivered.length == 0) return;
        StreamMessageLib.StreamMessage memory m = _delivered[index % _delivered.length];
        _try(m, deliverer);
    }

    function deliverBatch(uint256 who, uint256 chain, uint64 ts, uint8 n, uint256 deliverer) external {
        n = uint8(bound(n, 1, 4));
        StreamMessageLib.StreamMessage[] memory ms = new StreamMessageLib.StreamMessage[](n);
        uint64 t = uint64(bound(ts, 0, 50));
        for (uint256 i = 0; i < n; i++) {
            ms[i] = _build((who % 2 + i) % 2, chain % 2, t + uint64(i / 2), uint32(i));
        }
        address d = deliverers[deliverer % 3];
        vm.prank(d);
        try hub.deliverBatch(subId, ms) {
            for (uint256 i = 0; i < n; i++) {
                _record(ms[i]);
            }
        } catch {}
    }

    function withdraw(uint256 deliverer) external {
        address d = deliverers[deliverer % 3];
        uint256 owed = hub.owed(d);
        if (owed == 0) return;
        vm.prank(d);
        hub.withdraw();
        withdrawn += owed;
    }

    function _try(StreamMessageLib.StreamMessage memory m, uint256 deliverer) internal {
        vm.prank(deliverers[deliverer % 3]);
        try hub.deliver(subId, m) {
            _record(m);
        } catch {}
    }

    function _record(StreamMessageLib.StreamMessage memory m) internal {
        bytes32 id = keccak256(abi.encode(m.publisher, m.msgChainId, m.timestamp, m.sequence));
        if (_seen[id]) duplicates++;
        _seen[id] = true;
        bytes32 chainKey = keccak256(abi.encode(m.publisher, m.msgChainId));
        uint256 pos = (uint256(m.timestamp) << 32) | m.sequence;
        if (pos + 1 <= _lastPos[chainKey]) reorders++;
        _lastPos[chainKey] = pos + 1;
        _delivered.push(m);
        successes++;
    }

    function _build(uint256 who, uint256 chain, uint64 ts, uint32 seq)
        internal
        view
        returns (StreamMessageLib.StreamMessage memory m)
    {
        m.version = 1;
        m.stream = stream;
        m.timestamp = ts;
        m.sequence = seq;
        m.publisher = vm.addr(keys[who]);
        m.msgChainId = chains[chain];
        m.content = abi.encode(uint256(ts) * 100 + seq);
        m.signatureType = 1;
        bytes32 d = StreamMessageLib.digest(StreamMessageLib.domainSeparator(block.chainid, registry), m);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[who], d);
        m.signature = abi.encodePacked(r, s, v);
    }

    function owedTotal() external view returns (uint256 total) {
        for (uint256 i = 0; i < 3; i++) {
            total += hub.owed(deliverers[i]);
        }
    }
}

contract DeliveryHubInvariantTest is DeliveryHubFixture {
    DeliveryHubHandler internal handler;
    uint256 internal constant PUB2_KEY = 0xCAFE;

    function setUp() public override {
        super.setUp();
        // second publisher
        address pub2 = vm.addr(PUB2_KEY);
        vm.prank(OWNER);
        (bool ok,) = stream.call(abi.encodeWithSignature("grantPublish(address,uint64)", pub2, type(uint64).max));
        require(ok, "grant");
        handler = new DeliveryHubHandler(hub, feed, token, stream, address(registry), subId, PUB_KEY, PUB2_KEY);
        targetContract(address(handler));
    }

    /// No event is ever accepted twice, nor at or before the last one of its chain.
    function invariant_noEventDeliveredTwice() public view {
        assertEq(handler.duplicates(), 0, "duplicate delivery");
        assertEq(handler.reorders(), 0, "out-of-order delivery");
        assertEq(uint256(feed.count()), handler.successes(), "consumer calls != deliveries");
    }

    /// Every DATA unit the hub holds is a deposit or a credited bounty.
    function invariant_depositsAndBountiesBacked() public view {
        uint256 deposit = hub.subscription(subId).deposit;
        assertEq(token.balanceOf(address(hub)), deposit + handler.owedTotal(), "hub balance");
        assertEq(deposit + handler.owedTotal() + handler.withdrawn(), 100 ether, "conservation");
        assertEq(100 ether - deposit, uint256(BOUNTY) * handler.successes(), "bounty per delivery");
    }

    /// The handler really delivers, and a replay is refused.
    function test_handlerExercisesPaths() public {
        handler.deliver(0, 0, 5, 0, 0);
        handler.replay(0, 1);
        handler.deliverBatch(1, 1, 10, 4, 2);
        assertEq(handler.successes(), 5, "successes");
        invariant_noEventDeliveredTwice();
        invariant_depositsAndBountiesBacked();
    }
}
