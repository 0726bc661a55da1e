// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {DataLicense} from "../src/DataLicense.sol";
import {DataLicenseFixture, MockCoordinator} from "./DataLicense.t.sol";

/// Random purchases (approve and transferAndCall), releases, refunds, withdrawals, fee changes
/// and time passing over three products and three buyers.
contract DataLicenseHandler is Test {
    DataLicense public lic;
    DATAToken public token;
    MockCoordinator public coord;
    address public admin;
    uint256[] public products;
    address[] public streamOf; // first stream of each product
    address[3] public buyers = [address(0xB1), address(0xB2), address(0xB3)];
    address[] public payees;

    uint256 public feeViolations;
    uint256 public purchases;
    uint256 public releases;
    uint256 public refunds;

    constructor(
        DataLicense lic_,
        DATAToken token_,
        MockCoordinator coord_,
        address admin_,
        uint256[] memory ids,
        address[] memory streams,
        address[] memory payees_
    ) {
        lic = lic_;
        token = token_;
        coord = coord_;
        admin = admin_;
        products = ids;
        streamOf = streams;
        payees = payees_;
        for (uint256 i = 0; i < 3; i++) {
            vm.prank(buyers[i]);
            token.approve(address(lic), type(uint256).max);
        }
    }

    function buy(uint256 p, uint256 b, uint256 secs, bool viaTransferAndCall) external {
        uint256 id = products[p % products.length];
        address who = buyers[b % 3];
        secs = bound(secs, 1, 5 hours);
        (uint256 price, uint256 fee) = lic.quote(id, secs);
        uint256 owedBefore = lic.owed(lic.treasury());
        vm.prank(who);
        if (viaTransferAndCall) {
            try token.transferAndCall(address(lic), price, abi.encode(id, secs, "", uint256(0), "")) {
                _purchased(price, fee, owedBefore);
            } catch {}
        } else {
            try lic.buy(id, secs, "") {
                _purchased(price, fee, owedBefore);
            } catch {}
        }
    }

    function release(uint256 p, uint256 b, uint256 back) external {
        uint256 i = p % products.length;
        uint64 epoch = uint64(block.timestamp / 3600) - uint64(bound(back, 1, 8));
        bytes32 leaf = lic.deliveryLeaf(streamOf[i], 0, epoch, 1, bytes32(0));
        coord.setRoot(0, epoch, leaf);
        DataLicense.DeliveryProof memory proof;
        proof.count = 1;
        proof.proof = new bytes32[](0);
        try lic.release(products[i], buyers[b % 3], epoch, proof) {
            releases++;
        } catch {}
    }

    function refund(uint256 p, uint256 b) external {
        try lic.refund(products[p % products.length], buyers[b % 3]) {
            refunds++;
        } catch {}
    }

    function withdraw(uint256 w) external {
        address who = payees[w % payees.length];
        if (lic.owed(who) == 0) return;
        vm.prank(who);
        lic.withdraw();
    }

    function setFee(uint16 bps) external {
        vm.prank(admin);
        lic.setFeeBps(uint16(bound(bps, 0, 1000)));
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 3 hours));
    }

    function escrowTotal() external view returns (uint256 total) {
        for (uint256 i = 0; i < products.length; i++) {
            for (uint256 j = 0; j < 3; j++) {
                total += lic.escrowOf(products[i], buyers[j]);
            }
        }
    }

    function owedTotal() external view returns (uint256 total) {
        for (uint256 i = 0; i < payees.length; i++) {
            total += lic.owed(payees[i]);
        }
    }

    function _purchased(uint256 price, uint256 fee, uint256 owedBefore) internal {
        purchases++;
        if (fee * 10_000 > price * lic.MAX_FEE_BPS()) feeViolations++;
        if (lic.owed(lic.treasury()) - owedBefore != fee) feeViolations++;
    }
}

contract DataLicenseInvariantTest is DataLicenseFixture {
    DataLicenseHandler internal handler;

    function setUp() public override {
        super.setUp();
        uint256[] memory ids = new uint256[](3);
        address[] memory streams = new address[](3);
        ids[0] = _product(_one(s1), PRICE, 0, address(0));
        ids[1] = _product(_two(s2, s1), 7e11 + 3, HOUR, address(0)); // odd price: rounding
        ids[2] = _product(_one(s2), 0, 0, address(0)); // free
        streams[0] = s1;
        streams[1] = s2;
        streams[2] = s2;
        address[] memory payees = new address[](2);
        payees[0] = BENEFICIARY;
        payees[1] = TREASURY;
        token.mint(address(0xB1), 1e30);
        token.mint(address(0xB2), 1e30);
        token.mint(address(0xB3), 1e30);
        handler = new DataLicenseHandler(lic, token, coord, ADMIN, ids, streams, payees);
        targetContract(address(handler));
    }

    /// The license contract always holds at least every escrow plus everything owed; in fact
    /// exactly, since no DATA enters it otherwise.
    function invariant_escrowSolvency() public view {
        uint256 balance = token.balanceOf(address(lic));
        uint256 liabilities = handler.escrowTotal() + handler.owedTotal();
        assertGe(balance, liabilities, "insolvent");
        assertEq(balance, liabilities, "unaccounted DATA");
    }

    /// No purchase ever paid a fee above the cap, and the fee setting stays within it.
    function invariant_feeNeverExceedsCap() public view {
        assertEq(handler.feeViolations(), 0, "fee above cap");
        assertLe(uint256(lic.feeBps()), uint256(lic.MAX_FEE_BPS()), "fee setting");
    }

    /// The handler really reaches purchases, releases and refunds (not only reverts).
    function test_handlerExercisesPaths() public {
        handler.buy(0, 0, 3 hours, false);
        handler.buy(1, 1, 2 hours, true);
        handler.warp(3 hours);
        handler.warp(3 hours);
        handler.release(0, 0, 5);
        handler.release(1, 1, 5);
        vm.warp(block.timestamp + GRACE);
        handler.refund(0, 0);
        assertEq(handler.purchases(), 2, "purchases");
        assertGe(handler.releases(), 1, "releases");
        assertEq(handler.refunds(), 1, "refunds");
        invariant_escrowSolvency();
    }
}
