// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {NetworkCoordinator} from "../src/NetworkCoordinator.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

abstract contract CoordinatorFixture is Test {
    DATAToken internal token;
    NetworkCoordinator internal nc;
    address internal constant GOV = address(0x6060);
    uint64 internal constant EPOCH = 3600;
    uint64 internal constant WINDOW = 600;
    uint96 internal constant EPOCH_REWARD = 1 ether;
    uint96 internal constant REBALANCE_REWARD = 0.1 ether;
    uint96 internal constant MIN_STAKE = 100 ether;
    address[] internal brokers;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        token = new DATAToken(address(this));
        nc = new NetworkCoordinator(IERC20(address(token)), GOV, EPOCH, WINDOW, 4, 2, 3);
        vm.startPrank(GOV);
        nc.setMinStake(MIN_STAKE);
        nc.setRewards(EPOCH_REWARD, REBALANCE_REWARD);
        vm.stopPrank();
        token.mint(address(this), 1_000 ether);
        token.approve(address(nc), type(uint256).max);
        nc.fund(1_000 ether);
    }

    function _broker(uint256 i) internal pure returns (address) {
        return address(uint160(0xB000 + i));
    }

    function _register(uint256 n) internal {
        for (uint256 i = 0; i < n; i++) {
            address b = _broker(brokers.length);
            brokers.push(b);
            token.mint(b, MIN_STAKE);
            vm.startPrank(b);
            token.approve(address(nc), MIN_STAKE);
            nc.register(string.concat("wss://broker", Strings.toString(i)), MIN_STAKE);
            vm.stopPrank();
        }
    }

    function _rebalanceAll() internal {
        while (nc.needsRebalance()) {
            nc.rebalance(1000);
        }
    }

    /// The brokers assigned to `np`, as stored.
    function _assigned(uint32 np) internal view returns (address[] memory) {
        return nc.assignedBrokers(np);
    }

    function _rep(address b) internal view returns (uint32 r) {
        (,, r,,,) = nc.brokerInfo(b);
    }

    function _owed(address b) internal view returns (uint256 o) {
        (, o,,,,) = nc.brokerInfo(b);
    }

    function _closedEpoch() internal view returns (uint64) {
        return nc.epochOf(block.timestamp) - 1;
    }
}

contract NetworkCoordinatorTest is CoordinatorFixture {
    function test_register_pullsStake() public {
        _register(1);
        (uint256 stake,, uint32 rep, uint256 assignments, NetworkCoordinator.Status status, string memory ep) =
            nc.brokerInfo(brokers[0]);
        assertEq(stake, MIN_STAKE);
        assertEq(uint256(rep), nc.INITIAL_REPUTATION());
        assertEq(assignments, 0);
        assertTrue(status == NetworkCoordinator.Status.Active);
        assertEq(ep, "wss://broker0");
        assertEq(token.balanceOf(address(nc)), 1_000 ether + MIN_STAKE);
        assertEq(nc.activeBrokerCount(), 1);
    }

    function test_revert_registerTwiceOrLowStake() public {
        _register(1);
        vm.prank(brokers[0]);
        vm.expectRevert(NetworkCoordinator.AlreadyRegistered.selector);
        nc.register("x", MIN_STAKE);
        vm.expectRevert(abi.encodeWithSelector(NetworkCoordinator.StakeTooLow.selector, 1, MIN_STAKE));
        nc.register("x", 1);
    }

    function test_registerWithoutStakeWhenMinIsZero() public {
        vm.prank(GOV);
        nc.setMinStake(0);
        vm.prank(address(0xAB));
        nc.register("wss://free", 0);
        assertEq(nc.activeBrokerCount(), 1);
    }

    function test_partitionCount_followsBrokersNeverBelowFloor() public {
        assertEq(uint256(nc.partitionCount()), 4);
        _register(1);
        assertEq(uint256(nc.targetPartitionCount()), 4); // 1 * 2 < floor 4
        _register(2);
        assertEq(uint256(nc.targetPartitionCount()), 6);
        _rebalanceAll();
        assertEq(uint256(nc.partitionCount()), 6);
        vm.prank(brokers[0]);
        nc.leave();
        vm.prank(brokers[1]);
        nc.leave();
        _rebalanceAll();
        assertEq(uint256(nc.partitionCount()), 4);
        // partitions above the count lost their assignment
        assertEq(_assigned(4).length, 0);
        assertEq(_assigned(5).length, 0);
    }

    function test_rebalance_assignsReplicatedAndRewardsOnlyChanges() public {
        _register(5);
        uint256 before = token.balanceOf(address(this));
        uint256 changes = nc.rebalance(1000);
        assertGe(changes, 1, "changes");
        assertEq(token.balanceOf(address(this)) - before, REBALANCE_REWARD);
        uint32 count = nc.partitionCount();
        assertEq(uint256(count), 10);
        for (uint32 np = 0; np < count; np++) {
            address[] memory a = _assigned(np);
            assertEq(a.length, 3, "replication");
            for (uint256 i = 0; i < a.length; i++) {
                assertTrue(nc.isAssigned(np, a[i]));
                for (uint256 j = 0; j < i; j++) {
                    assertTrue(a[i] != a[j], "distinct");
                }
            }
        }
        assertFalse(nc.needsRebalance());
        // nothing to change: no reward, no state change
        before = token.balanceOf(address(this));
        uint256 pool = nc.rewardPool();
        assertEq(nc.rebalance(1000), 0);
        assertEq(token.balanceOf(address(this)), before);
        assertEq(nc.rewardPool(), pool);
    }

    function test_rebalance_boundedSteps() public {
        _register(5);
        uint256 changes = nc.rebalance(2); // count update + at most 2 partitions
        assertLe(changes, 3, "bounded");
        assertTrue(nc.needsRebalance());
        _rebalanceAll();
        assertFalse(nc.needsRebalance());
    }

    function test_rebalance_fewerBrokersThanReplication() public {
        _register(2);
        _rebalanceAll();
        assertEq(_assigned(0).length, 2);
    }

    function test_rebalance_rewardCappedByPool() public {
        NetworkCoordinator empty = new NetworkCoordinator(IERC20(address(token)), GOV, EPOCH, WINDOW, 2, 1, 1);
        vm.prank(GOV);
        empty.setRewards(1 ether, 1 ether);
        vm.prank(address(0xAB));
        empty.register("x", 0);
        uint256 before = token.balanceOf(address(this));
        assertGe(empty.rebalance(10), 1, "changed");
        assertEq(token.balanceOf(address(this)), before, "no pool, no pay");
    }

    function test_leave_thenWithdrawAfterUnassigned() public {
        _register(4);
        _rebalanceAll();
        address b = brokers[0];
        (,,, uint256 assignments,,) = nc.brokerInfo(b);
        assertGe(assignments, 1, "has assignments");
        vm.prank(b);
        nc.leave();
        vm.prank(b);
        vm.expectRevert(abi.encodeWithSelector(NetworkCoordinator.StillAssigned.selector, assignments));
        nc.withdrawStake();
        _rebalanceAll();
        (,,, assignments,,) = nc.brokerInfo(b);
        assertEq(assignments, 0);
        vm.prank(b);
        nc.withdrawStake();
        assertEq(token.balanceOf(b), MIN_STAKE);
        vm.prank(b);
        vm.expectRevert(NetworkCoordinator.NotLeaving.selector);
        nc.withdrawStake();
        // may come back, reputation kept
        uint32 rep = _rep(b);
        vm.startPrank(b);
        token.approve(address(nc), MIN_STAKE);
        nc.register("wss://again", MIN_STAKE);
        vm.stopPrank();
        assertEq(uint256(_rep(b)), uint256(rep));
    }

    function test_revert_leaveUnregistered() public {
        vm.expectRevert(NetworkCoordinator.NotRegistered.selector);
        nc.leave();
    }

    function test_reportEpoch_agreementRewardsAndPenalties() public {
        _register(3);
        _rebalanceAll();
        address[] memory a = _assigned(0);
        vm.warp(block.timestamp + EPOCH);
        uint64 e = _closedEpoch();
        bytes32 good = keccak256("good");
        bytes32 bad = keccak256("bad");
        uint32 rep0 = _rep(a[0]);

        vm.prank(a[0]);
        nc.reportEpoch(0, e, bad); // deviant, before agreement
        assertEq(nc.agreedRoot(0, e), bytes32(0));
        vm.prank(a[1]);
        nc.reportEpoch(0, e, good);
        assertEq(nc.agreedRoot(0, e), bytes32(0));
        vm.expectEmit();
        emit NetworkCoordinator.EpochAgreed(0, e, good);
        vm.prank(a[2]);
        nc.reportEpoch(0, e, good); // 2 of 3 = ceil(2/3 * 3)
        assertEq(nc.agreedRoot(0, e), good);
        assertEq(_owed(a[1]), EPOCH_REWARD);
        assertEq(_owed(a[2]), EPOCH_REWARD);
        assertEq(_owed(a[0]), 0);
        assertEq(uint256(_rep(a[0])), uint256(rep0 - nc.DEVIANT_PENALTY()));
        assertEq(uint256(_rep(a[1])), uint256(rep0 + 1));
        assertEq(nc.reportOf(0, e, a[2]), good);
        assertEq(nc.reportOf(0, e, a[0]), bad);

        vm.prank(a[2]);
        vm.expectRevert(NetworkCoordinator.AlreadyReported.selector);
        nc.reportEpoch(0, e, good);
        vm.prank(a[1]);
        vm.expectRevert(NetworkCoordinator.AlreadyReported.selector);
        nc.reportEpoch(0, e, good);

        vm.prank(a[1]);
        nc.withdrawRewards();
        assertEq(token.balanceOf(a[1]), EPOCH_REWARD);
    }

    function test_reportEpoch_lateReportsAfterAgreement() public {
        _register(4); // 4 assigned? R = 3
        _rebalanceAll();
        address[] memory a = _assigned(1);
        assertEq(a.length, 3);
        vm.warp(block.timestamp + EPOCH);
        uint64 e = _closedEpoch();
        bytes32 good = keccak256("good");
        vm.prank(a[0]);
        nc.reportEpoch(1, e, good);
        vm.prank(a[1]);
        nc.reportEpoch(1, e, good);
        assertEq(nc.agreedRoot(1, e), good);
        uint32 rep = _rep(a[2]);
        vm.prank(a[2]);
        nc.reportEpoch(1, e, good); // late but agreeing: rewarded
        assertEq(_owed(a[2]), EPOCH_REWARD);
        assertEq(uint256(_rep(a[2])), uint256(rep + 1));
    }

    function test_reportEpoch_lateDeviantPenalized() public {
        _register(3);
        _rebalanceAll();
        address[] memory a = _assigned(0);
        vm.warp(block.timestamp + EPOCH);
        uint64 e = _closedEpoch();
        vm.prank(a[0]);
        nc.reportEpoch(0, e, keccak256("good"));
        vm.prank(a[1]);
        nc.reportEpoch(0, e, keccak256("good"));
        uint32 rep = _rep(a[2]);
        vm.prank(a[2]);
        nc.reportEpoch(0, e, keccak256("bad"));
        assertEq(_owed(a[2]), 0);
        assertEq(uint256(_rep(a[2])), uint256(rep - nc.DEVIANT_PENALTY()));
    }

    function test_reportEpoch_singleBrokerAgreesAlone() public {
        _register(1);
        _rebalanceAll();
        vm.warp(block.timestamp + EPOCH);
        uint64 e = _closedEpoch();
        vm.prank(brokers[0]);
        nc.reportEpoch(2, e, keccak256("r"));
        assertEq(nc.agreedRoot(2, e), keccak256("r"));
        assertEq(_owed(brokers[0]), EPOCH_REWARD);
        vm.prank(brokers[0]);
        vm.expectRevert(NetworkCoordinator.AlreadyReported.selector);
        nc.reportEpoch(2, e, keccak256("r"));
    }

    function test_revert_reportEpochChecks() public {
        _register(3);
        _rebalanceAll();
        address[] memory a = _assigned(0);
        uint64 current = nc.epochOf(block.timestamp);
        vm.prank(a[0]);
        vm.expectRevert(abi.encodeWithSelector(NetworkCoordinator.EpochNotClosed.selector, current));
        nc.reportEpoch(0, current, keccak256("r"));
        vm.prank(a[0]);
        vm.expectRevert(NetworkCoordinator.InvalidRoot.selector);
        nc.reportEpoch(0, current - 1, bytes32(0));
        vm.prank(a[0]);
        vm.expectRevert(NetworkCoordinator.InvalidRoot.selector);
        nc.reportEpoch(0, current - 1, bytes32(uint256(1)));
        vm.prank(address(0xBAD));
        vm.expectRevert(abi.encodeWithSelector(NetworkCoordinator.NotAssigned.selector, 0, address(0xBAD)));
        nc.reportEpoch(0, current - 1, keccak256("r"));
    }

    function test_rewardCappedByPool() public {
        NetworkCoordinator small = new NetworkCoordinator(IERC20(address(token)), GOV, EPOCH, WINDOW, 1, 1, 1);
        vm.prank(GOV);
        small.setRewards(1 ether, 0);
        token.mint(address(this), 0.5 ether);
        token.approve(address(small), 0.5 ether);
        small.fund(0.5 ether);
        vm.prank(address(0xAB));
        small.register("x", 0);
        small.rebalance(10);
        vm.warp(block.timestamp + EPOCH);
        uint64 e = small.epochOf(block.timestamp) - 1;
        vm.prank(address(0xAB));
        small.reportEpoch(0, e, keccak256("r"));
        (, uint256 owed,,,,) = small.brokerInfo(address(0xAB));
        assertEq(owed, 0.5 ether);
        assertEq(uint256(small.rewardPool()), 0);
    }

    function test_penalizeSilent() public {
        _register(3);
        _rebalanceAll();
        address[] memory a = _assigned(0);
        // the epoch right after the one of the assignment, just closed
        vm.warp((uint256(nc.epochOf(block.timestamp)) + 2) * EPOCH);
        uint64 e = _closedEpoch();
        vm.prank(a[0]);
        nc.reportEpoch(0, e, keccak256("r"));
        vm.prank(a[1]);
        nc.reportEpoch(0, e, keccak256("r"));
        uint256 deadline = (uint256(e) + 1) * EPOCH + WINDOW;
        vm.expectRevert(abi.encodeWithSelector(NetworkCoordinator.DeadlineNotPassed.selector, deadline));
        nc.penalizeSilent(0, e);
        vm.warp(deadline);
        uint32 rep = _rep(a[2]);
        uint32 rep1 = _rep(a[1]);
        assertEq(nc.penalizeSilent(0, e), 1);
        assertEq(uint256(_rep(a[2])), uint256(rep - nc.SILENT_PENALTY()));
        assertEq(uint256(_rep(a[1])), uint256(rep1));
        assertEq(nc.penalizeSilent(0, e), 0, "once");
        assertEq(nc.reportOf(0, e, a[2]), bytes32(uint256(1)));
        vm.prank(a[2]);
        vm.expectRevert(NetworkCoordinator.AlreadyReported.selector);
        nc.reportEpoch(0, e, keccak256("r"));
    }

    function test_penalizeSilent_sparesBrokersAssignedLater() public {
        _register(3);
        _rebalanceAll();
        uint64 e = nc.epochOf(block.timestamp) - 1; // assignment happened after this epoch began
        vm.warp(block.timestamp + 2 * EPOCH);
        assertEq(nc.penalizeSilent(0, e), 0);
        uint64 e2 = e + 1; // assigned throughout? no: assigned during e+1
        assertEq(nc.penalizeSilent(0, e2), 0);
        // epoch e + 2 started after the assignment: all three silent
        vm.warp(block.timestamp + EPOCH + WINDOW);
        assertEq(nc.penalizeSilent(0, e + 2), 3);
    }

    function test_lowReputationMovesAssignment() public {
        _register(6);
        _rebalanceAll();
        // find a broker assigned to np 0 and make it silent many times
        address victim = _assigned(0)[0];
        vm.warp(block.timestamp + EPOCH);
        for (uint256 i = 0; i < 12; i++) {
            vm.warp(block.timestamp + EPOCH + WINDOW);
            uint64 e = nc.epochOf(block.timestamp) - 2;
            nc.penalizeSilent(0, e);
        }
        assertEq(uint256(_rep(victim)), 1, "reputation floor");
        _rebalanceAll();
        (,,, uint256 assignments,,) = nc.brokerInfo(victim);
        assertLe(assignments, 2, "lost most assignments");
    }

    function test_governance() public {
        vm.expectRevert();
        nc.setMinStake(1);
        vm.prank(GOV);
        vm.expectRevert(NetworkCoordinator.InvalidConfig.selector);
        nc.setPartitioning(4, 2, 9);
        vm.prank(GOV);
        vm.expectRevert(NetworkCoordinator.InvalidConfig.selector);
        nc.setPartitioning(0, 2, 3);
        vm.prank(GOV);
        nc.setPartitioning(8, 1, 2);
        _register(3);
        _rebalanceAll();
        assertEq(uint256(nc.partitionCount()), 8);
        assertEq(_assigned(7).length, 2);
    }

    function test_epochOf() public view {
        assertEq(uint256(nc.epochOf(0)), 0);
        assertEq(uint256(nc.epochOf(EPOCH - 1)), 0);
        assertEq(uint256(nc.epochOf(EPOCH)), 1);
        assertEq(uint256(nc.epochLength()), EPOCH);
    }

    function testFuzz_assignmentIsReplicatedAndDistinct(uint8 n, uint8 r, uint16 ppb) public {
        n = uint8(bound(n, 1, 12));
        r = uint8(bound(r, 1, 8));
        ppb = uint16(bound(ppb, 1, 4));
        vm.prank(GOV);
        nc.setPartitioning(2, ppb, r);
        _register(n);
        _rebalanceAll();
        uint32 count = nc.partitionCount();
        assertEq(uint256(count), n * ppb > 2 ? n * ppb : 2);
        uint256 total;
        for (uint32 np = 0; np < count; np++) {
            address[] memory a = _assigned(np);
            assertEq(a.length, r < n ? r : n);
            total += a.length;
        }
        uint256 sum;
        for (uint256 i = 0; i < n; i++) {
            (,,, uint256 assignments,,) = nc.brokerInfo(brokers[i]);
            sum += assignments;
        }
        assertEq(sum, total, "assignment counters");
    }
}

/// Gas figures: `reportEpoch` from a broker of a replicated partition, in steady state (the
/// brokers already earned rewards in an earlier epoch).
contract NetworkCoordinatorGasTest is CoordinatorFixture {
    address[] internal a;
    uint64 internal e;

    function setUp() public override {
        super.setUp();
        _register(3);
        _rebalanceAll();
        a = _assigned(0);
        vm.warp(block.timestamp + EPOCH);
        uint64 prev = _closedEpoch();
        for (uint256 i = 0; i < 3; i++) {
            vm.prank(a[i]);
            nc.reportEpoch(0, prev, keccak256("prev"));
        }
        vm.warp(block.timestamp + EPOCH);
        e = _closedEpoch();
    }

    /// First report of an epoch (target <= 70k).
    function test_gas_reportEpoch_first() public {
        vm.prank(a[0]);
        nc.reportEpoch(0, e, keccak256("root"));
    }

    /// The report completing the agreement (credits both agreeing brokers).
    function test_gas_reportEpoch_agreeing() public {
        vm.prank(a[0]);
        nc.reportEpoch(0, e, keccak256("root"));
        vm.prank(a[1]);
        nc.reportEpoch(0, e, keccak256("root"));
        assertEq(nc.agreedRoot(0, e), keccak256("root"));
    }

    /// A late report agreeing with an already agreed root.
    function test_gas_reportEpoch_late() public {
        vm.prank(a[0]);
        nc.reportEpoch(0, e, keccak256("root"));
        vm.prank(a[1]);
        nc.reportEpoch(0, e, keccak256("root"));
        vm.prank(a[2]);
        nc.reportEpoch(0, e, keccak256("root"));
    }

    function test_gas_rebalance_noop() public {
        assertEq(nc.rebalance(100), 0);
    }
}
