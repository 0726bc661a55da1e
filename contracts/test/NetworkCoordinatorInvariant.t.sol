// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {NetworkCoordinator} from "../src/NetworkCoordinator.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// Random registrations, departures, rebalances, reports, silence penalties and withdrawals
/// over six possible brokers, checking each reward against what the call did.
contract CoordinatorHandler is Test {
    NetworkCoordinator public nc;
    DATAToken public token;
    address[6] public brokers =
        [address(0xB01), address(0xB02), address(0xB03), address(0xB04), address(0xB05), address(0xB06)];
    address public constant KEEPER = address(0x4EE9);

    uint256 public rewardsWithoutChange; // rebalance paid although nothing changed
    uint256 public rewardsWithoutAgreement; // epoch reward credited for an epoch not agreed
    uint256 public agreementsWithoutThreshold;
    uint256 public rebalancesPaid;
    uint256 public withdrawnRewards;
    uint256 public withdrawnStakes;
    uint256 public reports;

    constructor(NetworkCoordinator nc_, DATAToken token_) {
        nc = nc_;
        token = token_;
        for (uint256 i = 0; i < 6; i++) {
            vm.prank(brokers[i]);
            token.approve(address(nc), type(uint256).max);
        }
    }

    function register(uint256 b) external {
        vm.prank(brokers[b % 6]);
        try nc.register("wss://b", 10 ether) {} catch {}
    }

    function leave(uint256 b) external {
        vm.prank(brokers[b % 6]);
        try nc.leave() {} catch {}
    }

    function withdrawStake(uint256 b) external {
        address who = brokers[b % 6];
        uint256 before = token.balanceOf(who);
        vm.prank(who);
        try nc.withdrawStake() {
            withdrawnStakes += token.balanceOf(who) - before;
        } catch {}
    }

    function withdrawRewards(uint256 b) external {
        address who = brokers[b % 6];
        uint256 before = token.balanceOf(who);
        vm.prank(who);
        try nc.withdrawRewards() {
            withdrawnRewards += token.balanceOf(who) - before;
        } catch {}
    }

    function rebalance(uint256 steps) external {
        bytes32 before = _assignmentHash();
        uint32 countBefore = nc.partitionCount();
        uint256 balBefore = token.balanceOf(KEEPER);
        vm.prank(KEEPER);
        uint256 changes = nc.rebalance(bound(steps, 1, 8));
        uint256 paid = token.balanceOf(KEEPER) - balBefore;
        bool changed = _assignmentHash() != before || nc.partitionCount() != countBefore;
        if (paid > 0 && !changed) rewardsWithoutChange++;
        if (changes > 0 != changed) rewardsWithoutChange++;
        if (paid > 0) rebalancesPaid++;
        if (paid > 0) withdrawnRewards += paid;
    }

    function report(uint256 b, uint32 np, uint256 back, bool honest) external {
        address who = brokers[b % 6];
        np = uint32(bound(np, 0, nc.partitionCount() - 1));
        uint64 current = nc.epochOf(block.timestamp);
        if (current == 0) return;
        uint64 epoch = current - uint64(bound(back, 1, current < 3 ? current : 3));
        bytes32 root = honest ? keccak256(abi.encode(np, epoch)) : keccak256(abi.encode(np, epoch, who));
        uint256[6] memory owedBefore = _owedAll();
        bool agreedBefore = nc.agreedRoot(np, epoch) != 0;
        vm.prank(who);
        try nc.reportEpoch(np, epoch, root) {
            reports++;
            _checkReport(np, epoch, owedBefore, agreedBefore);
        } catch {}
    }

    function _checkReport(uint32 np, uint64 epoch, uint256[6] memory owedBefore, bool agreedBefore) internal {
        bytes32 agreed = nc.agreedRoot(np, epoch);
        uint256[6] memory owedAfter = _owedAll();
        for (uint256 i = 0; i < 6; i++) {
            if (owedAfter[i] > owedBefore[i] && agreed == 0) rewardsWithoutAgreement++;
        }
        if (!agreedBefore && agreed != 0) {
            // the agreement needs ceil(2/3) of the assigned brokers on the agreed root
            address[] memory a = nc.assignedBrokers(np);
            uint256 votes;
            for (uint256 i = 0; i < a.length; i++) {
                if (nc.reportOf(np, epoch, a[i]) == agreed) votes++;
            }
            if (votes * 3 < a.length * 2) agreementsWithoutThreshold++;
        }
    }

    function penalize(uint32 np, uint256 back) external {
        np = uint32(bound(np, 0, nc.partitionCount() - 1));
        uint64 current = nc.epochOf(block.timestamp);
        if (current < 2) return;
        uint64 epoch = current - uint64(bound(back, 2, current < 4 ? current : 4));
        uint256[6] memory owedBefore = _owedAll();
        try nc.penalizeSilent(np, epoch) {} catch {}
        uint256[6] memory owedAfter = _owedAll();
        for (uint256 i = 0; i < 6; i++) {
            if (owedAfter[i] != owedBefore[i]) rewardsWithoutAgreement++;
        }
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 60, 2 hours));
    }

    function stakesAndOwed() external view returns (uint256 total) {
        for (uint256 i = 0; i < 6; i++) {
            (uint256 stake, uint256 owed,,,,) = nc.brokerInfo(brokers[i]);
            total += stake + owed;
        }
    }

    function owedTotal() external view returns (uint256 total) {
        uint256[6] memory o = _owedAll();
        for (uint256 i = 0; i < 6; i++) {
            total += o[i];
        }
    }

    function _owedAll() internal view returns (uint256[6] memory o) {
        for (uint256 i = 0; i < 6; i++) {
            (, o[i],,,,) = nc.brokerInfo(brokers[i]);
        }
    }

    function _assignmentHash() internal view returns (bytes32 h) {
        uint32 span = nc.partitionCount();
        for (uint32 np = 0; np < span + 12; np++) {
            h = keccak256(abi.encode(h, nc.assignedBrokers(np)));
        }
    }
}

contract NetworkCoordinatorInvariantTest is Test {
    DATAToken internal token;
    NetworkCoordinator internal nc;
    CoordinatorHandler internal handler;
    uint256 internal constant FUNDED = 1_000 ether;

    function setUp() public {
        vm.warp(1_700_000_000);
        token = new DATAToken(address(this));
        nc = new NetworkCoordinator(IERC20(address(token)), address(this), 3600, 600, 2, 2, 3);
        nc.setMinStake(10 ether);
        nc.setRewards(1 ether, 0.1 ether);
        token.mint(address(this), FUNDED);
        token.approve(address(nc), FUNDED);
        nc.fund(FUNDED);
        handler = new CoordinatorHandler(nc, token);
        for (uint256 i = 0; i < 6; i++) {
            token.mint(handler.brokers(i), 10 ether);
        }
        targetContract(address(handler));
    }

    /// Rebalance pays only when it changed the assignment or the partition count.
    function invariant_rebalanceRewardsOnlyChanges() public view {
        assertEq(handler.rewardsWithoutChange(), 0, "rebalance reward without change");
    }

    /// Epoch rewards go only to brokers of agreed epochs, and agreement needs the threshold.
    function invariant_epochRewardsOnlyForAgreedEpochs() public view {
        assertEq(handler.rewardsWithoutAgreement(), 0, "reward without agreement");
        assertEq(handler.agreementsWithoutThreshold(), 0, "agreement below threshold");
    }

    /// Every DATA unit the coordinator holds is pool, stake or owed reward, and nothing is created.
    function invariant_solvency() public view {
        uint256 held = token.balanceOf(address(nc));
        assertEq(held, uint256(nc.rewardPool()) + handler.stakesAndOwed(), "balance");
        assertEq(
            handler.withdrawnRewards() + handler.owedTotal() + uint256(nc.rewardPool()), FUNDED, "rewards beyond pool"
        );
    }

    /// Partition count never drops below the floor and every partition has min(R, active) brokers
    /// once rebalanced.
    function invariant_partitionFloor() public view {
        assertGe(uint256(nc.partitionCount()), uint256(nc.partitionFloor()), "below floor");
    }

    /// The handler reaches registrations, paid rebalances, reports and agreements.
    function test_handlerExercisesPaths() public {
        handler.register(0);
        handler.register(1);
        handler.register(2);
        handler.rebalance(8);
        handler.rebalance(8);
        handler.warp(2 hours);
        handler.warp(2 hours);
        for (uint256 b = 0; b < 3; b++) {
            handler.report(b, 0, 1, true);
        }
        assertGe(handler.rebalancesPaid(), 1, "paid rebalance");
        assertEq(handler.reports(), 3, "reports");
        assertTrue(nc.agreedRoot(0, nc.epochOf(block.timestamp) - 1) != 0, "agreed");
        invariant_solvency();
        invariant_epochRewardsOnlyForAgreedEpochs();
        invariant_rebalanceRewardsOnlyChanges();
    }
}
