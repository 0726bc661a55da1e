// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {StreamRegistry} from "../src/StreamRegistry.sol";
import {Stream} from "../src/Stream.sol";
import {Permission} from "../src/interfaces/IStream.sol";
import {DataLicense} from "../src/DataLicense.sol";
import {NetworkCoordinator} from "../src/NetworkCoordinator.sol";
import {INetworkCoordinator} from "../src/interfaces/INetworkCoordinator.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// Agreed roots set by the test.
contract MockCoordinator is INetworkCoordinator {
    uint64 public constant epochLength = 3600;
    mapping(uint32 => mapping(uint64 => bytes32)) public agreedRoot;

    function epochOf(uint256 timestamp) external pure returns (uint64) {
        return uint64(timestamp / epochLength);
    }

    function setRoot(uint32 np, uint64 epoch, bytes32 root) external {
        agreedRoot[np][epoch] = root;
    }
}

abstract contract DataLicenseFixture is Test {
    DATAToken internal token;
    StreamRegistry internal registry;
    MockCoordinator internal coord;
    DataLicense internal lic;
    address internal s1;
    address internal s2;

    address internal constant ADMIN = address(0xAD);
    address internal constant TREASURY = address(0x7EA5);
    address internal constant SELLER = address(0x5E11);
    address internal constant BENEFICIARY = address(0xBE4E);
    uint256 internal constant BUYER_KEY = 0xB0B;
    uint256 internal constant ATTESTER_KEY = 0xA77E;
    address internal buyer;
    address internal attester;
    uint16 internal constant FEE_BPS = 250;
    uint64 internal constant GRACE = 7 days;
    uint96 internal constant PRICE = 1e12; // DATA wei per second
    uint64 internal constant HOUR = 3600;
    bytes internal constant KEY = hex"02aabbccddeeff00112233445566778899aabbccddeeff00112233445566778899";

    function setUp() public virtual {
        vm.warp(1_700_000_000 - (1_700_000_000 % HOUR)); // epoch-aligned
        token = new DATAToken(address(this));
        registry = new StreamRegistry(address(0xF0F0));
        coord = new MockCoordinator();
        lic = new DataLicense(IERC20(address(token)), coord, ADMIN, TREASURY, FEE_BPS, GRACE);
        buyer = vm.addr(BUYER_KEY);
        attester = vm.addr(ATTESTER_KEY);
        s1 = _stream("data/one");
        s2 = _stream("data/two");
        token.mint(buyer, 1e24);
        vm.prank(buyer);
        token.approve(address(lic), type(uint256).max);
    }

    /// A stream of SELLER on which the license contract can grant.
    function _stream(string memory path) internal returns (address s) {
        address[] memory users = new address[](1);
        Permission[] memory perms = new Permission[](1);
        users[0] = address(lic);
        perms[0] = Permission(0, 0, false, false, true);
        vm.prank(SELLER);
        s = registry.createStream(path, "", 1, users, perms);
    }

    function _product(address[] memory streams, uint96 price, uint64 minSeconds, address att)
        internal
        returns (uint256 id)
    {
        vm.prank(SELLER);
        id = lic.createProduct(BENEFICIARY, streams, price, minSeconds, "bafyterms", att, '{"name":"p"}');
    }

    function _one(address s) internal pure returns (address[] memory a) {
        a = new address[](1);
        a[0] = s;
    }

    function _two(address a0, address a1) internal pure returns (address[] memory a) {
        a = new address[](2);
        a[0] = a0;
        a[1] = a1;
    }

    function _buy(uint256 id, uint256 secs) internal {
        vm.prank(buyer);
        lic.buy(id, secs, "");
    }

    function _hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    /// Agrees a two-leaf root for `epoch` with `stream` delivering `count` events; returns the proof.
    function _agree(address stream, uint64 epoch, uint64 count) internal returns (DataLicense.DeliveryProof memory p) {
        bytes32 leaf = lic.deliveryLeaf(stream, 0, epoch, count, keccak256("rolling"));
        bytes32 other = lic.deliveryLeaf(address(0x5555), 0, epoch, 7, keccak256("x"));
        coord.setRoot(3, epoch, _hashPair(leaf, other));
        p.networkPartition = 3;
        p.streamIndex = 0;
        p.streamPartition = 0;
        p.count = count;
        p.rollingHash = keccak256("rolling");
        p.proof = new bytes32[](1);
        p.proof[0] = other;
    }

    function _epochNow() internal view returns (uint64) {
        return uint64(block.timestamp / HOUR);
    }
}

contract DataLicenseTest is DataLicenseFixture {
    // ---- products ----

    function test_createProduct_storesAndEmits() public {
        vm.expectEmit();
        emit DataLicense.ProductCreated(
            1, SELLER, BENEFICIARY, _two(s1, s2), PRICE, HOUR, "bafyterms", address(0), '{"name":"p"}'
        );
        uint256 id = _product(_two(s1, s2), PRICE, HOUR, address(0));
        assertEq(id, 1);
        DataLicense.Product memory p = lic.product(id);
        assertEq(p.owner, SELLER);
        assertEq(p.beneficiary, BENEFICIARY);
        assertEq(uint256(p.pricePerSecond), PRICE);
        assertEq(uint256(p.minSeconds), HOUR);
        assertEq(p.termsCID, "bafyterms");
        assertEq(p.metadata, '{"name":"p"}');
        assertTrue(p.active);
        assertEq(lic.productStreams(id).length, 2);
    }

    function test_revert_createProductChecks() public {
        vm.startPrank(SELLER);
        vm.expectRevert(DataLicense.NoStreams.selector);
        lic.createProduct(BENEFICIARY, new address[](0), PRICE, 0, "", address(0), "");
        vm.expectRevert(DataLicense.ZeroAddress.selector);
        lic.createProduct(address(0), _one(s1), PRICE, 0, "", address(0), "");
        vm.expectRevert(abi.encodeWithSelector(DataLicense.DuplicateStream.selector, s1));
        lic.createProduct(BENEFICIARY, _two(s1, s1), PRICE, 0, "", address(0), "");
        vm.stopPrank();
        // caller is not a granter of the stream
        vm.expectRevert(abi.encodeWithSelector(DataLicense.NotStreamGranter.selector, s1));
        lic.createProduct(BENEFICIARY, _one(s1), PRICE, 0, "", address(0), "");
        // the license contract was not given canGrant
        address[] memory users = new address[](0);
        Permission[] memory perms = new Permission[](0);
        vm.prank(SELLER);
        address bare = registry.createStream("bare", "", 1, users, perms);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.LicenseNotGranter.selector, bare));
        vm.prank(SELLER);
        lic.createProduct(BENEFICIARY, _one(bare), PRICE, 0, "", address(0), "");
    }

    function test_granterWhoIsNotOwnerCanCreate() public {
        address granter = address(0x6666);
        vm.prank(SELLER);
        Stream(s1).setPermission(granter, Permission(0, 0, false, false, true));
        vm.prank(granter);
        uint256 id = lic.createProduct(BENEFICIARY, _one(s1), PRICE, 0, "", address(0), "");
        assertEq(lic.product(id).owner, granter);
    }

    function test_updateAndDeactivate() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.expectRevert(abi.encodeWithSelector(DataLicense.NotProductOwner.selector, id));
        lic.updateProduct(id, BENEFICIARY, 1, 0, "", address(0), "");
        vm.expectRevert(abi.encodeWithSelector(DataLicense.UnknownProduct.selector, 99));
        lic.deactivateProduct(99);
        vm.expectEmit();
        emit DataLicense.ProductUpdated(id, SELLER, address(0xB2), _one(s1), 2 * PRICE, 60, "cid2", address(0), "m2");
        vm.prank(SELLER);
        lic.updateProduct(id, address(0xB2), 2 * PRICE, 60, "cid2", address(0), "m2");
        assertEq(uint256(lic.product(id).pricePerSecond), 2 * PRICE);
        vm.expectEmit();
        emit DataLicense.ProductDeactivated(id);
        vm.prank(SELLER);
        lic.deactivateProduct(id);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.ProductInactive.selector, id));
        lic.buy(id, HOUR, "");
        vm.prank(SELLER);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.ProductInactive.selector, id));
        lic.deactivateProduct(id);
    }

    function test_revert_updateAfterGrantLost() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.prank(SELLER);
        Stream(s1).revokeAll(address(lic));
        vm.prank(SELLER);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.LicenseNotGranter.selector, s1));
        lic.updateProduct(id, BENEFICIARY, 1, 0, "", address(0), "");
    }

    // ---- buying ----

    function test_buy_grantsSubscribeEscrowsAndTakesFee() public {
        uint256 id = _product(_two(s1, s2), PRICE, HOUR, address(0));
        uint256 price = uint256(PRICE) * 2 * HOUR;
        uint256 fee = price * FEE_BPS / 10_000;
        uint64 expiry = uint64(block.timestamp + 2 * HOUR);
        vm.expectEmit();
        emit DataLicense.LicensePurchased(id, buyer, buyer, 2 * HOUR, price, fee, expiry);
        vm.prank(buyer);
        lic.buy(id, 2 * HOUR, KEY);
        assertEq(token.balanceOf(address(lic)), price);
        assertEq(lic.owed(TREASURY), fee);
        assertEq(lic.escrowOf(id, buyer), price - fee);
        assertEq(uint256(lic.expiryOf(id, buyer)), expiry);
        assertTrue(Stream(s1).canSubscribe(buyer));
        assertTrue(Stream(s2).canSubscribe(buyer));
        assertEq(uint256(Stream(s1).permissionOf(buyer).subscribeExpiry), expiry);
        assertEq(Stream(s1).encryptionKeyOf(buyer), KEY);
        assertEq(Stream(s2).encryptionKeyOf(buyer), KEY);
        vm.warp(expiry);
        assertFalse(Stream(s1).canSubscribe(buyer));
    }

    function test_buy_extendsActiveLicenseWithoutMinimum() public {
        uint256 id = _product(_one(s1), PRICE, HOUR, address(0));
        _buy(id, HOUR);
        uint64 first = lic.expiryOf(id, buyer);
        vm.warp(block.timestamp + 100);
        _buy(id, 60); // below minSeconds, fine for an extension
        assertEq(uint256(lic.expiryOf(id, buyer)), uint256(first) + 60);
        assertEq(uint256(Stream(s1).permissionOf(buyer).subscribeExpiry), uint256(first) + 60);
        DataLicense.License memory l = lic.license(id, buyer);
        assertEq(uint256(l.cur.unsettled), HOUR + 60);
    }

    function test_revert_newLicenseBelowMinimum() public {
        uint256 id = _product(_one(s1), PRICE, HOUR, address(0));
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.BelowMinimumSeconds.selector, 60, HOUR));
        lic.buy(id, 60, "");
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.InvalidSeconds.selector, 0));
        lic.buy(id, 0, "");
    }

    function test_revert_badEncryptionKey() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.prank(buyer);
        vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        lic.buy(id, HOUR, hex"05");
    }

    function test_buyFor_payerPaysBuyerGets() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        address payer = address(0x9A7E);
        token.mint(payer, 1e24);
        vm.startPrank(payer);
        token.approve(address(lic), type(uint256).max);
        vm.expectEmit();
        emit DataLicense.LicensePurchased(
            id,
            buyer,
            payer,
            HOUR,
            uint256(PRICE) * HOUR,
            uint256(PRICE) * HOUR * FEE_BPS / 10_000,
            uint64(block.timestamp + HOUR)
        );
        lic.buyFor(buyer, id, HOUR, KEY, 0, "");
        vm.stopPrank();
        assertTrue(Stream(s1).canSubscribe(buyer));
        assertFalse(Stream(s1).canSubscribe(payer));
        assertEq(token.balanceOf(payer), 1e24 - uint256(PRICE) * HOUR);
    }

    function test_buyWithPermit() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        uint256 price = uint256(PRICE) * HOUR;
        vm.prank(buyer);
        token.approve(address(lic), 0);
        DataLicense.Permit memory p = _permit(buyer, BUYER_KEY, price);
        vm.prank(buyer);
        lic.buyWithPermit(id, HOUR, "", 0, "", p);
        assertEq(token.balanceOf(address(lic)), price);
        // replaying the permit fails silently but, without allowance, the purchase reverts
        vm.prank(buyer);
        vm.expectRevert();
        lic.buyWithPermit(id, HOUR, "", 0, "", p);
    }

    function test_transferAndCall_buysInOneTransaction() public {
        uint256 id = _product(_one(s1), PRICE, HOUR, address(0));
        uint256 price = uint256(PRICE) * HOUR;
        vm.prank(buyer);
        token.transferAndCall(address(lic), price, abi.encode(id, uint256(HOUR), KEY, uint256(0), bytes("")));
        assertEq(uint256(lic.expiryOf(id, buyer)), block.timestamp + HOUR);
        assertEq(Stream(s1).encryptionKeyOf(buyer), KEY);
        assertEq(token.balanceOf(address(lic)), price);
    }

    function test_revert_transferAndCallWrongAmount() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        uint256 price = uint256(PRICE) * HOUR;
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.WrongAmount.selector, price, price + 1));
        token.transferAndCall(address(lic), price + 1, abi.encode(id, uint256(HOUR), "", uint256(0), bytes("")));
    }

    function test_revert_onTokenTransferNotFromToken() public {
        vm.expectRevert(DataLicense.NotToken.selector);
        lic.onTokenTransfer(buyer, 1, "");
    }

    function test_freeProduct() public {
        uint256 id = _product(_one(s1), 0, 0, address(0));
        vm.prank(address(0xF4EE));
        lic.buy(id, 30 days, "");
        assertTrue(Stream(s1).canSubscribe(address(0xF4EE)));
        assertEq(lic.escrowOf(id, address(0xF4EE)), 0);
        assertEq(token.balanceOf(address(lic)), 0);
    }

    // ---- KYC ----

    function test_attestation_required() public {
        uint256 id = _product(_one(s1), PRICE, 0, attester);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.AttestationExpired.selector, 0));
        lic.buy(id, HOUR, "");
        uint256 deadline = block.timestamp + 1 days;
        bytes memory sig = _attest(buyer, id, deadline);
        vm.prank(buyer);
        lic.buyFor(buyer, id, HOUR, "", deadline, sig);
        assertTrue(Stream(s1).canSubscribe(buyer));
        // the attestation names the buyer: another address cannot use it
        vm.prank(buyer);
        vm.expectRevert(DataLicense.InvalidAttestation.selector);
        lic.buyFor(address(0x0DD), id, HOUR, "", deadline, sig);
        // nor after its deadline
        vm.warp(deadline + 1);
        vm.prank(buyer);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.AttestationExpired.selector, deadline));
        lic.buyFor(buyer, id, HOUR, "", deadline, sig);
    }

    function test_attestation_viaTransferAndCall() public {
        uint256 id = _product(_one(s1), PRICE, 0, attester);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory sig = _attest(buyer, id, deadline);
        vm.prank(buyer);
        token.transferAndCall(address(lic), uint256(PRICE) * HOUR, abi.encode(id, uint256(HOUR), "", deadline, sig));
        assertTrue(Stream(s1).canSubscribe(buyer));
    }

    function test_revert_attestationByWrongSigner() public {
        uint256 id = _product(_one(s1), PRICE, 0, attester);
        uint256 deadline = block.timestamp + 1 days;
        bytes32 d = lic.attestationDigest(buyer, id, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(BUYER_KEY, d);
        vm.prank(buyer);
        vm.expectRevert(DataLicense.InvalidAttestation.selector);
        lic.buyFor(buyer, id, HOUR, "", deadline, abi.encodePacked(r, s, v));
    }

    // ---- release and refund ----

    function test_release_paysEpochShare() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        _buy(id, 3 * HOUR); // three whole epochs (aligned)
        uint256 escrow = lic.escrowOf(id, buyer);
        uint64 e = _epochNow();
        vm.warp(block.timestamp + HOUR);
        DataLicense.DeliveryProof memory p = _agree(s1, e, 10);
        vm.expectEmit();
        emit DataLicense.PaymentReleased(id, buyer, e, BENEFICIARY, escrow / 3);
        uint256 amount = lic.release(id, buyer, e, p);
        assertEq(amount, escrow / 3);
        assertEq(lic.owed(BENEFICIARY), escrow / 3);
        assertTrue(lic.isReleased(id, buyer, e));
        vm.expectRevert(abi.encodeWithSelector(DataLicense.AlreadyReleased.selector, e));
        lic.release(id, buyer, e, p);
        vm.prank(BENEFICIARY);
        lic.withdraw();
        assertEq(token.balanceOf(BENEFICIARY), escrow / 3);
    }

    function test_release_partialEpochs() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.warp(block.timestamp + HOUR / 2); // mid-epoch
        _buy(id, HOUR); // half of epoch e, half of e + 1
        uint256 escrow = lic.escrowOf(id, buyer);
        uint64 e = _epochNow();
        vm.warp(block.timestamp + 2 * HOUR);
        uint256 a1 = lic.release(id, buyer, e + 1, _agree(s1, e + 1, 1));
        uint256 a0 = lic.release(id, buyer, e, _agree(s1, e, 1));
        assertEq(a0 + a1, escrow, "all released");
        assertEq(a1, escrow / 2);
        assertEq(lic.escrowOf(id, buyer), 0);
    }

    function test_revert_releaseChecks() public {
        uint256 id = _product(_two(s1, s2), PRICE, 0, address(0));
        _buy(id, HOUR);
        uint64 e = _epochNow();
        vm.warp(block.timestamp + HOUR);
        DataLicense.DeliveryProof memory p = _agree(s1, e, 5);

        DataLicense.DeliveryProof memory q = _agree(s1, e, 5);
        q.count = 0;
        vm.expectRevert(DataLicense.NoDeliveries.selector);
        lic.release(id, buyer, e, q);

        q = _agree(s1, e, 5);
        q.streamIndex = 2;
        vm.expectRevert(abi.encodeWithSelector(DataLicense.InvalidStreamIndex.selector, 2));
        lic.release(id, buyer, e, q);

        q = _agree(s1, e, 5);
        q.streamIndex = 1; // s2 did not deliver
        vm.expectRevert(DataLicense.InvalidProof.selector);
        lic.release(id, buyer, e, q);

        q = _agree(s1, e, 5);
        q.count = 6; // not what the brokers agreed
        vm.expectRevert(DataLicense.InvalidProof.selector);
        lic.release(id, buyer, e, q);

        vm.expectRevert(abi.encodeWithSelector(DataLicense.EpochNotAgreed.selector, 3, e + 5));
        lic.release(id, buyer, e + 5, p);

        // epoch outside the license
        DataLicense.DeliveryProof memory before = _agree(s1, e - 1, 5);
        vm.expectRevert(DataLicense.NothingToRelease.selector);
        lic.release(id, buyer, e - 1, before);

        lic.release(id, buyer, e, _agree(s1, e, 5));
    }

    function test_refund_unservedAfterGrace() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        _buy(id, 4 * HOUR);
        uint256 escrow = lic.escrowOf(id, buyer);
        uint64 e = _epochNow();
        vm.warp(block.timestamp + 4 * HOUR);
        lic.release(id, buyer, e + 1, _agree(s1, e + 1, 3)); // one epoch served
        vm.expectRevert(DataLicense.NothingToRefund.selector);
        lic.refund(id, buyer);
        vm.warp(block.timestamp + GRACE);
        uint256 before = token.balanceOf(buyer);
        vm.expectEmit();
        emit DataLicense.Refunded(id, buyer, escrow - escrow / 4);
        lic.refund(id, buyer); // anyone may trigger; the buyer is paid
        assertEq(token.balanceOf(buyer) - before, escrow - escrow / 4);
        assertEq(lic.escrowOf(id, buyer), 0);
        DataLicense.DeliveryProof memory p = _agree(s1, e + 2, 3);
        vm.expectRevert(DataLicense.NothingToRelease.selector);
        lic.release(id, buyer, e + 2, p);
    }

    function test_renewalAfterLapse_keepsPreviousTerm() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        _buy(id, HOUR);
        uint64 e = _epochNow();
        uint256 firstEscrow = lic.escrowOf(id, buyer);
        vm.warp(block.timestamp + 2 * HOUR); // lapsed
        _buy(id, HOUR);
        DataLicense.License memory l = lic.license(id, buyer);
        assertEq(uint256(l.prev.escrow), firstEscrow);
        assertEq(uint256(l.cur.start), block.timestamp);
        // the old epoch can still be released from the previous term
        assertEq(lic.release(id, buyer, e, _agree(s1, e, 1)), firstEscrow);
        // a second lapse while the previous term is settled is fine
        vm.warp(block.timestamp + 2 * HOUR);
        _buy(id, HOUR);
        // a third lapse while two terms hold escrow is refused until one is settled
        vm.warp(block.timestamp + 2 * HOUR);
        vm.prank(buyer);
        vm.expectRevert(DataLicense.PreviousTermUnsettled.selector);
        lic.buy(id, HOUR, "");
        vm.warp(block.timestamp + GRACE);
        lic.refund(id, buyer);
        _buy(id, HOUR);
    }

    function test_extensionAfterRelease_staysSolvent() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        _buy(id, 2 * HOUR);
        uint64 e = _epochNow();
        vm.warp(block.timestamp + HOUR);
        lic.release(id, buyer, e, _agree(s1, e, 1));
        vm.prank(SELLER);
        lic.updateProduct(id, BENEFICIARY, 3 * PRICE, 0, "", address(0), ""); // price rises
        _buy(id, HOUR);
        vm.warp(block.timestamp + 3 * HOUR);
        lic.release(id, buyer, e + 1, _agree(s1, e + 1, 1));
        lic.release(id, buyer, e + 2, _agree(s1, e + 2, 1));
        assertEq(lic.escrowOf(id, buyer), 0);
        assertEq(token.balanceOf(address(lic)), lic.owed(BENEFICIARY) + lic.owed(TREASURY));
    }

    function test_flag() public {
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.expectRevert(DataLicense.NotLicensed.selector);
        lic.flag(id, "spam");
        _buy(id, HOUR);
        vm.expectEmit();
        emit DataLicense.Flagged(id, buyer, "stale data");
        vm.prank(buyer);
        lic.flag(id, "stale data");
        assertEq(lic.flagCount(id), 1);
        vm.warp(block.timestamp + HOUR);
        vm.prank(buyer);
        vm.expectRevert(DataLicense.NotLicensed.selector);
        lic.flag(id, "late");
    }

    // ---- admin ----

    function test_admin() public {
        vm.expectRevert();
        lic.setFeeBps(1);
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.FeeTooHigh.selector, 1001));
        lic.setFeeBps(1001);
        vm.prank(ADMIN);
        lic.setFeeBps(1000);
        vm.prank(ADMIN);
        lic.setTreasury(address(0x7777));
        vm.prank(ADMIN);
        vm.expectRevert(DataLicense.ZeroAddress.selector);
        lic.setTreasury(address(0));
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(DataLicense.GraceTooLong.selector, 366 days));
        lic.setRefundGracePeriod(366 days);
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        _buy(id, HOUR);
        assertEq(lic.owed(address(0x7777)), uint256(PRICE) * HOUR / 10);
        vm.prank(address(0x7777));
        lic.withdraw();
        assertEq(token.balanceOf(address(0x7777)), uint256(PRICE) * HOUR / 10);
        vm.expectRevert(DataLicense.NothingToWithdraw.selector);
        lic.withdraw();
    }

    // ---- fuzz ----

    function testFuzz_feeNeverExceedsCap(uint96 price, uint32 secs, uint16 bps) public {
        price = uint96(bound(price, 0, 1e18));
        secs = uint32(bound(secs, 1, 10 * 365 days));
        bps = uint16(bound(bps, 0, 1000));
        vm.prank(ADMIN);
        lic.setFeeBps(bps);
        uint256 id = _product(_one(s1), price, 0, address(0));
        token.mint(buyer, uint256(price) * secs);
        _buy(id, secs);
        uint256 total = uint256(price) * secs;
        uint256 fee = lic.owed(TREASURY);
        assertLe(fee * 10_000, total * lic.MAX_FEE_BPS(), "fee cap");
        assertEq(fee + lic.escrowOf(id, buyer), total, "fee + escrow = price");
    }

    /// Releasing every epoch of a license in any order pays out exactly its escrow.
    function testFuzz_releaseAllEpochsPaysEscrow(uint16 offset, uint8 epochs, uint256 order) public {
        offset = uint16(bound(offset, 0, HOUR - 1));
        epochs = uint8(bound(epochs, 1, 6));
        uint256 id = _product(_one(s1), PRICE, 0, address(0));
        vm.warp(block.timestamp + offset);
        uint64 e0 = _epochNow();
        _buy(id, uint256(epochs) * HOUR);
        uint256 escrow = lic.escrowOf(id, buyer);
        uint256 last = (block.timestamp + uint256(epochs) * HOUR - 1) / HOUR;
        vm.warp((last + 1) * HOUR);
        uint256 n = last - e0 + 1;
        uint256 paid;
        for (uint256 i = 0; i < n; i++) {
            uint64 e = e0 + uint64((i + order % n) % n);
            paid += lic.release(id, buyer, e, _agree(s1, e, 1));
        }
        assertEq(paid, escrow);
        assertEq(lic.escrowOf(id, buyer), 0);
    }

    // ---- helpers ----

    function _attest(address who, uint256 id, uint256 deadline) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(ATTESTER_KEY, lic.attestationDigest(who, id, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _permit(address owner, uint256 key, uint256 value) internal view returns (DataLicense.Permit memory p) {
        bytes32 typehash =
            keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(abi.encode(typehash, owner, address(lic), value, token.nonces(owner), deadline));
        bytes32 digest = keccak256(abi.encodePacked(hex"1901", token.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        p = DataLicense.Permit(deadline, v, r, s);
    }
}

/// Release against a real NetworkCoordinator agreement.
contract DataLicenseCoordinatorTest is Test {
    function test_releaseAgainstAgreedRoot() public {
        vm.warp(1_700_000_000);
        DATAToken token = new DATAToken(address(this));
        StreamRegistry registry = new StreamRegistry(address(0xF0F0));
        NetworkCoordinator nc = new NetworkCoordinator(IERC20(address(token)), address(this), 3600, 600, 1, 1, 1);
        DataLicense lic = new DataLicense(IERC20(address(token)), nc, address(this), address(0x7EA5), 100, 1 days);
        address[] memory users = new address[](1);
        Permission[] memory perms = new Permission[](1);
        users[0] = address(lic);
        perms[0] = Permission(0, 0, false, false, true);
        address s = registry.createStream("x", "", 1, users, perms);
        address[] memory streams = new address[](1);
        streams[0] = s;
        uint256 id = lic.createProduct(address(0xBE), streams, 1e12, 0, "", address(0), "");
        token.mint(address(this), 1e22);
        token.approve(address(lic), 1e22);
        lic.buy(id, 3600, "");
        uint64 e = nc.epochOf(block.timestamp);

        address broker = address(0xB1);
        vm.prank(broker);
        nc.register("wss://b1", 0);
        nc.rebalance(10);
        vm.warp(block.timestamp + 7200);
        bytes32 leaf = lic.deliveryLeaf(s, 0, e, 12, keccak256("h"));
        vm.prank(broker);
        nc.reportEpoch(0, e, leaf); // single-leaf tree: root = leaf
        DataLicense.DeliveryProof memory p;
        p.count = 12;
        p.rollingHash = keccak256("h");
        p.proof = new bytes32[](0);
        assertGe(lic.release(id, address(this), e, p), 1, "released");
    }
}

/// Gas figures: a one-stream product bought with one DATA transferAndCall by a new buyer, in
/// steady state (the contract and the treasury already hold DATA from an earlier sale).
contract DataLicenseGasTest is DataLicenseFixture {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _product(_one(s1), PRICE, HOUR, address(0));
        address early = address(0xEA);
        token.mint(early, 1e24);
        vm.prank(early);
        token.transferAndCall(address(lic), uint256(PRICE) * HOUR, abi.encode(id, uint256(HOUR), "", uint256(0), ""));
    }

    /// Target <= 150k (no encryption key).
    function test_gas_buyTransferAndCall() public {
        vm.prank(buyer);
        token.transferAndCall(address(lic), uint256(PRICE) * HOUR, abi.encode(id, uint256(HOUR), "", uint256(0), ""));
    }

    /// The same with a 33-byte encryption key registered on the stream.
    function test_gas_buyTransferAndCallWithKey() public {
        vm.prank(buyer);
        token.transferAndCall(address(lic), uint256(PRICE) * HOUR, abi.encode(id, uint256(HOUR), KEY, uint256(0), ""));
    }

    function test_gas_buyApproved() public {
        vm.prank(buyer);
        lic.buy(id, HOUR, "");
    }
}
