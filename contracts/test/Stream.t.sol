// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoreFixture} from "./utils/CoreFixture.sol";
import {Stream} from "../src/Stream.sol";
import {Permission} from "../src/interfaces/IStream.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

contract StreamTest is CoreFixture {
    Stream stream;

    function setUp() public {
        _deployCore();
        stream = _create(owner, "test");
    }

    // =========================================================== initialize

    function test_initialState() public view {
        assertEq(stream.owner(), owner);
        assertEq(stream.registry(), address(registry));
        assertEq(uint256(stream.partitions()), 1);
        assertEq(stream.metadata(), "");
        assertFalse(stream.deleted());
        assertFalse(stream.isPublic());
        assertTrue(stream.isTrustedForwarder(address(forwarder)));
        assertEq(stream.keyHolderCount(), 0);
    }

    function test_initialize_revertsWhenNotRegistry() public {
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(Stream.NotRegistry.selector);
        stream.initialize(stranger, "", 1, u, p);
    }

    function test_initialize_revertsWhenAlreadyInitialized() public {
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(Stream.AlreadyInitialized.selector);
        vm.prank(address(registry));
        stream.initialize(stranger, "", 1, u, p);
    }

    function test_implementationCannotBeInitialized() public {
        (address[] memory u, Permission[] memory p) = _noPerms();
        Stream impl = Stream(registry.implementation());
        vm.expectRevert(Stream.AlreadyInitialized.selector);
        vm.prank(address(registry));
        impl.initialize(stranger, "", 1, u, p);
    }

    function _freshClone() internal returns (Stream) {
        return Stream(Clones.clone(registry.implementation()));
    }

    function test_initialize_revertsOnZeroOwner() public {
        Stream s = _freshClone();
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(Stream.ZeroAddress.selector);
        vm.prank(address(registry));
        s.initialize(address(0), "", 1, u, p);
    }

    function test_initialize_revertsOnBadPartitions() public {
        Stream s = _freshClone();
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.startPrank(address(registry));
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(0)));
        s.initialize(owner, "", 0, u, p);
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(101)));
        s.initialize(owner, "", 101, u, p);
        vm.stopPrank();
    }

    function test_initialize_revertsOnLongMetadata() public {
        Stream s = _freshClone();
        (address[] memory u, Permission[] memory p) = _noPerms();
        string memory m = string(new bytes(16385));
        vm.expectRevert(abi.encodeWithSelector(Stream.MetadataTooLong.selector, uint256(16385)));
        vm.prank(address(registry));
        s.initialize(owner, m, 1, u, p);
    }

    function test_initialize_withPermissionsAndMetadata() public {
        Stream s = _freshClone();
        address[] memory u = new address[](2);
        Permission[] memory p = new Permission[](2);
        u[0] = user1;
        p[0] = _perm(FOREVER, 0, true, false, false);
        u[1] = address(0);
        p[1] = _perm(0, FOREVER, false, false, false);
        vm.expectEmit(address(s));
        emit PermissionUpdated(user1, FOREVER, 0, true, false, false, owner);
        vm.expectEmit(address(s));
        emit PermissionUpdated(address(0), 0, FOREVER, false, false, false, owner);
        vm.prank(address(registry));
        s.initialize(owner, '{"a":1}', 100, u, p);
        assertEq(s.metadata(), '{"a":1}');
        assertEq(uint256(s.partitions()), 100);
        assertTrue(s.canPublish(user1));
        assertTrue(s.canEdit(user1));
        assertTrue(s.isPublic());
        assertTrue(s.canSubscribe(stranger));
    }

    function test_initialize_revertsOnLengthMismatch() public {
        Stream s = _freshClone();
        address[] memory u = new address[](2);
        Permission[] memory p = new Permission[](1);
        vm.expectRevert(Stream.LengthMismatch.selector);
        vm.prank(address(registry));
        s.initialize(owner, "", 1, u, p);
    }

    function test_initialize_revertsOnPublicManage() public {
        Stream s = _freshClone();
        address[] memory u = new address[](1);
        Permission[] memory p = new Permission[](1);
        p[0] = _perm(0, 0, false, false, true);
        vm.expectRevert(Stream.PublicCannotManage.selector);
        vm.prank(address(registry));
        s.initialize(owner, "", 1, u, p);
    }

    // =========================================================== views

    function test_ownerHasEveryRightImplicitly() public view {
        assertTrue(stream.canPublish(owner));
        assertTrue(stream.canSubscribe(owner));
        assertTrue(stream.canEdit(owner));
        assertTrue(stream.canDelete(owner));
        assertTrue(stream.canGrant(owner));
        _assertPerm(stream.permissionOf(owner), _perm(0, 0, false, false, false)); // nothing stored
    }

    function test_strangerHasNoRights() public view {
        assertFalse(stream.canPublish(stranger));
        assertFalse(stream.canSubscribe(stranger));
        assertFalse(stream.canEdit(stranger));
        assertFalse(stream.canDelete(stranger));
        assertFalse(stream.canGrant(stranger));
    }

    function test_expiryBoundary() public {
        uint64 t = uint64(block.timestamp) + 100;
        vm.prank(owner);
        stream.setPermission(user1, _perm(t, t, false, false, false));
        vm.warp(t - 1);
        assertTrue(stream.canPublish(user1));
        assertTrue(stream.canSubscribe(user1));
        vm.warp(t); // right holds while block.timestamp < expiry
        assertFalse(stream.canPublish(user1));
        assertFalse(stream.canSubscribe(user1));
    }

    function test_publicPermissionAppliesToEveryone() public {
        uint64 t = uint64(block.timestamp) + 100;
        vm.prank(owner);
        stream.setPermission(address(0), _perm(t, t, false, false, false));
        assertTrue(stream.isPublic());
        assertTrue(stream.canPublish(stranger));
        assertTrue(stream.canSubscribe(user3));
        assertFalse(stream.canEdit(stranger));
        vm.warp(t);
        assertFalse(stream.isPublic());
        assertFalse(stream.canSubscribe(user3));
    }

    // =========================================================== setPermission / setPermissions

    function test_setPermission_byOwner() public {
        Permission memory p = _perm(FOREVER, 123, true, true, false);
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user1, FOREVER, 123, true, true, false, owner);
        vm.prank(owner);
        stream.setPermission(user1, p);
        _assertPerm(stream.permissionOf(user1), p);
        assertTrue(stream.canPublish(user1));
        assertFalse(stream.canSubscribe(user1)); // 123 is long past
        assertTrue(stream.canEdit(user1));
        assertTrue(stream.canDelete(user1));
        assertFalse(stream.canGrant(user1));
    }

    function test_setPermission_byGranter() public {
        vm.prank(owner);
        stream.setPermission(user1, _perm(0, 0, false, false, true));
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user2, 0, FOREVER, false, false, false, user1);
        vm.prank(user1);
        stream.setPermission(user2, _perm(0, FOREVER, false, false, false));
        assertTrue(stream.canSubscribe(user2));
    }

    function test_setPermission_granterCanRevokeOtherGranter() public {
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(0, 0, false, false, true));
        stream.setPermission(user2, _perm(0, 0, false, false, true));
        vm.stopPrank();
        vm.prank(user1);
        stream.revokeAll(user2);
        assertFalse(stream.canGrant(user2));
    }

    function test_setPermission_revertsForStranger() public {
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.setPermission(stranger, _perm(FOREVER, FOREVER, true, true, true));
    }

    function test_setPermission_revertsForEditorWithoutGrant() public {
        vm.prank(owner);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, true, true, false));
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, user1));
        vm.prank(user1);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, true, true, true));
    }

    function test_setPermission_revertsPublicManage() public {
        vm.startPrank(owner);
        vm.expectRevert(Stream.PublicCannotManage.selector);
        stream.setPermission(address(0), _perm(0, 0, true, false, false));
        vm.expectRevert(Stream.PublicCannotManage.selector);
        stream.setPermission(address(0), _perm(0, 0, false, true, false));
        vm.expectRevert(Stream.PublicCannotManage.selector);
        stream.setPermission(address(0), _perm(0, 0, false, false, true));
        vm.stopPrank();
    }

    function test_setPermissions_batch() public {
        address[] memory u = new address[](3);
        Permission[] memory p = new Permission[](3);
        (u[0], u[1], u[2]) = (user1, user2, address(0));
        p[0] = _perm(FOREVER, 0, false, false, false);
        p[1] = _perm(0, FOREVER, false, false, true);
        p[2] = _perm(0, FOREVER, false, false, false);
        for (uint256 i = 0; i < 3; i++) {
            vm.expectEmit(address(stream));
            emit PermissionUpdated(u[i], p[i].publishExpiry, p[i].subscribeExpiry, false, false, p[i].canGrant, owner);
        }
        vm.prank(owner);
        stream.setPermissions(u, p);
        for (uint256 i = 0; i < 3; i++) {
            _assertPerm(stream.permissionOf(u[i]), p[i]);
        }
    }

    function test_setPermissions_revertsOnLengthMismatch() public {
        address[] memory u = new address[](1);
        Permission[] memory p = new Permission[](2);
        vm.expectRevert(Stream.LengthMismatch.selector);
        vm.prank(owner);
        stream.setPermissions(u, p);
    }

    function test_setPermissions_revertsForStranger() public {
        address[] memory u = new address[](1);
        Permission[] memory p = new Permission[](1);
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.setPermissions(u, p);
    }

    function test_setPermissions_publicManageRevertsWholeBatch() public {
        address[] memory u = new address[](2);
        Permission[] memory p = new Permission[](2);
        (u[0], u[1]) = (user1, address(0));
        p[0] = _perm(FOREVER, 0, false, false, false);
        p[1] = _perm(0, 0, true, false, false);
        vm.expectRevert(Stream.PublicCannotManage.selector);
        vm.prank(owner);
        stream.setPermissions(u, p);
        assertFalse(stream.canPublish(user1));
    }

    // =========================================================== grant / extend / revoke

    function test_grantPublish_keepsOtherFields() public {
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(1, 555, true, false, true));
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user1, 999, 555, true, false, true, owner);
        stream.grantPublish(user1, 999);
        vm.stopPrank();
        _assertPerm(stream.permissionOf(user1), _perm(999, 555, true, false, true));
    }

    function test_grantSubscribe_keepsOtherFields() public {
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(777, 1, false, true, false));
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user1, 777, 888, false, true, false, owner);
        stream.grantSubscribe(user1, 888);
        vm.stopPrank();
        _assertPerm(stream.permissionOf(user1), _perm(777, 888, false, true, false));
    }

    function test_grantSubscribe_canShorten() public {
        vm.startPrank(owner);
        stream.grantSubscribe(user1, FOREVER);
        stream.grantSubscribe(user1, 0);
        vm.stopPrank();
        assertFalse(stream.canSubscribe(user1));
    }

    function test_grantPublish_and_grantSubscribe_revertForStranger() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        stream.grantPublish(stranger, FOREVER);
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        stream.grantSubscribe(stranger, FOREVER);
        vm.stopPrank();
    }

    function test_grantPublish_public() public {
        vm.prank(owner);
        stream.grantPublish(address(0), FOREVER);
        assertTrue(stream.canPublish(stranger));
    }

    function test_extendSubscribe_extends() public {
        uint64 t = uint64(block.timestamp) + 10;
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(5, t, true, false, false));
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user1, 5, t + 100, true, false, false, owner);
        stream.extendSubscribe(user1, t + 100);
        vm.stopPrank();
        _assertPerm(stream.permissionOf(user1), _perm(5, t + 100, true, false, false));
    }

    function test_extendSubscribe_neverShortens() public {
        uint64 t = uint64(block.timestamp) + 1000;
        vm.startPrank(owner);
        stream.grantSubscribe(user1, t);
        vm.recordLogs();
        stream.extendSubscribe(user1, t - 1);
        stream.extendSubscribe(user1, t);
        vm.stopPrank();
        assertEq(vm.getRecordedLogs().length, 0, "no event when nothing changes");
        assertEq(uint256(stream.permissionOf(user1).subscribeExpiry), uint256(t));
    }

    function test_extendSubscribe_revertsForStranger() public {
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.extendSubscribe(stranger, FOREVER);
    }

    function test_extendSubscribe_byGranterContract() public {
        // a license contract holding canGrant extends subscriptions
        address license = address(0x11CE);
        vm.prank(owner);
        stream.setPermission(license, _perm(0, 0, false, false, true));
        vm.prank(license);
        stream.extendSubscribe(user2, FOREVER);
        assertTrue(stream.canSubscribe(user2));
    }

    function test_revokeAll() public {
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, true, true, true));
        vm.expectEmit(address(stream));
        emit PermissionUpdated(user1, 0, 0, false, false, false, owner);
        stream.revokeAll(user1);
        vm.stopPrank();
        _assertPerm(stream.permissionOf(user1), _perm(0, 0, false, false, false));
        assertFalse(stream.canPublish(user1));
        assertFalse(stream.canGrant(user1));
    }

    function test_revokeAll_public() public {
        vm.startPrank(owner);
        stream.grantSubscribe(address(0), FOREVER);
        stream.revokeAll(address(0));
        vm.stopPrank();
        assertFalse(stream.isPublic());
    }

    function test_revokeAll_revertsForStranger() public {
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.revokeAll(owner);
    }

    function test_revokeAll_ownerKeepsImplicitRights() public {
        vm.prank(owner);
        stream.revokeAll(owner);
        assertTrue(stream.canGrant(owner));
        assertTrue(stream.canPublish(owner));
    }

    // =========================================================== metadata / partitions

    function test_setMetadata_byOwnerAndEditor() public {
        vm.expectEmit(address(stream));
        emit MetadataUpdated("m1", owner);
        vm.prank(owner);
        stream.setMetadata("m1");
        assertEq(stream.metadata(), "m1");

        vm.prank(owner);
        stream.setPermission(user1, _perm(0, 0, true, false, false));
        vm.expectEmit(address(stream));
        emit MetadataUpdated("m2", user1);
        vm.prank(user1);
        stream.setMetadata("m2");
        assertEq(stream.metadata(), "m2");
    }

    function test_setMetadata_maxLength() public {
        string memory m = string(new bytes(16384));
        vm.prank(owner);
        stream.setMetadata(m);
        assertEq(bytes(stream.metadata()).length, 16384);
        vm.prank(owner);
        stream.setMetadata("");
        assertEq(stream.metadata(), "");
    }

    function test_setMetadata_revertsTooLong() public {
        string memory m = string(new bytes(16385));
        vm.expectRevert(abi.encodeWithSelector(Stream.MetadataTooLong.selector, uint256(16385)));
        vm.prank(owner);
        stream.setMetadata(m);
    }

    function test_setMetadata_revertsForNonEditor() public {
        vm.prank(owner);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, false, true, true));
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, user1));
        vm.prank(user1);
        stream.setMetadata("x");
    }

    function test_setPartitions() public {
        vm.expectEmit(address(stream));
        emit PartitionsUpdated(100, owner);
        vm.prank(owner);
        stream.setPartitions(100);
        assertEq(uint256(stream.partitions()), 100);
    }

    function test_setPartitions_byEditor() public {
        vm.prank(owner);
        stream.setPermission(user1, _perm(0, 0, true, false, false));
        vm.prank(user1);
        stream.setPartitions(7);
        assertEq(uint256(stream.partitions()), 7);
    }

    function test_setPartitions_revertsOutOfRange() public {
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(0)));
        stream.setPartitions(0);
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(101)));
        stream.setPartitions(101);
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(type(uint32).max)));
        stream.setPartitions(type(uint32).max);
        vm.stopPrank();
    }

    function test_setPartitions_revertsForStranger() public {
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.setPartitions(2);
    }

    // =========================================================== ownership

    function test_transferOwnership() public {
        vm.expectEmit(address(stream));
        emit OwnershipTransferred(owner, user1);
        vm.prank(owner);
        stream.transferOwnership(user1);
        assertEq(stream.owner(), user1);
        assertTrue(stream.canGrant(user1));
        assertFalse(stream.canGrant(owner));
        assertFalse(stream.canPublish(owner));
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, owner));
        vm.prank(owner);
        stream.grantPublish(owner, FOREVER);
    }

    function test_transferOwnership_revertsForNonOwner() public {
        vm.prank(owner);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, true, true, true));
        vm.expectRevert(Stream.NotOwner.selector);
        vm.prank(user1);
        stream.transferOwnership(user1);
    }

    function test_transferOwnership_revertsToZero() public {
        vm.expectRevert(Stream.ZeroAddress.selector);
        vm.prank(owner);
        stream.transferOwnership(address(0));
    }

    // =========================================================== deletion

    function test_markDeleted_revertsWhenNotRegistry() public {
        vm.expectRevert(Stream.NotRegistry.selector);
        vm.prank(owner);
        stream.markDeleted(owner);
    }

    function test_markDeleted_byRegistry() public {
        vm.expectEmit(address(stream));
        emit Deleted(user2);
        vm.prank(address(registry));
        stream.markDeleted(user2);
        assertTrue(stream.deleted());
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        vm.prank(address(registry));
        stream.markDeleted(user2);
    }

    function test_deletedStreamGrantsNothingAndRejectsWrites() public {
        vm.startPrank(owner);
        stream.setPermission(user1, _perm(FOREVER, FOREVER, true, true, true));
        stream.setPermission(address(0), _perm(FOREVER, FOREVER, false, false, false));
        stream.setEncryptionKey(_key(2, 1));
        registry.deleteStream(owner, "test");

        assertFalse(stream.canPublish(owner));
        assertFalse(stream.canSubscribe(owner));
        assertFalse(stream.canEdit(owner));
        assertFalse(stream.canDelete(owner));
        assertFalse(stream.canGrant(owner));
        assertFalse(stream.canPublish(user1));
        assertFalse(stream.canSubscribe(stranger));
        assertFalse(stream.isPublic());

        address[] memory u = new address[](0);
        Permission[] memory p = new Permission[](0);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setPermission(user2, _perm(0, 0, false, false, false));
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setPermissions(u, p);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.grantPublish(user2, 1);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.grantSubscribe(user2, 1);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.extendSubscribe(user2, 1);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.revokeAll(user2);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setMetadata("x");
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setPartitions(2);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.transferOwnership(user2);
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setEncryptionKey(_key(2, 2));
        vm.expectRevert(Stream.StreamIsDeleted.selector);
        stream.setEncryptionKeyFor(user2, _key(2, 2));
        // a subscriber may still withdraw their key
        stream.removeEncryptionKey();
        vm.stopPrank();
        assertEq(stream.keyHolderCount(), 0);
    }

    // =========================================================== encryption keys

    function test_setEncryptionKey() public {
        bytes memory k = _key(2, 1);
        vm.expectEmit(address(stream));
        emit EncryptionKeySet(user1, k, user1);
        vm.prank(user1);
        stream.setEncryptionKey(k);
        assertEq(stream.encryptionKeyOf(user1), k);
        assertEq(stream.keyHolderCount(), 1);
    }

    function test_setEncryptionKey_replaceDoesNotDuplicateHolder() public {
        vm.startPrank(user1);
        stream.setEncryptionKey(_key(2, 1));
        stream.setEncryptionKey(_key(3, 2));
        vm.stopPrank();
        assertEq(stream.keyHolderCount(), 1);
        assertEq(stream.encryptionKeyOf(user1), _key(3, 2));
    }

    function test_setEncryptionKey_revertsOnBadKey() public {
        vm.startPrank(user1);
        vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        stream.setEncryptionKey(_key(4, 1)); // uncompressed prefix
        vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        stream.setEncryptionKey(abi.encodePacked(bytes1(0x02), bytes31(0))); // 32 bytes
        vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        stream.setEncryptionKey(abi.encodePacked(_key(2, 1), bytes1(0))); // 34 bytes
        vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        stream.setEncryptionKey("");
        vm.stopPrank();
    }

    function test_setEncryptionKeyFor_byGranter() public {
        bytes memory k = _key(3, 9);
        vm.expectEmit(address(stream));
        emit EncryptionKeySet(user2, k, owner);
        vm.prank(owner);
        stream.setEncryptionKeyFor(user2, k);
        assertEq(stream.encryptionKeyOf(user2), k);
    }

    function test_setEncryptionKeyFor_revertsForStranger() public {
        vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        stream.setEncryptionKeyFor(user2, _key(2, 1));
    }

    function test_setEncryptionKeyFor_revertsForZeroUser() public {
        vm.expectRevert(Stream.ZeroAddress.selector);
        vm.prank(owner);
        stream.setEncryptionKeyFor(address(0), _key(2, 1));
    }

    function test_removeEncryptionKey_swapAndPop() public {
        vm.prank(user1);
        stream.setEncryptionKey(_key(2, 1));
        vm.prank(user2);
        stream.setEncryptionKey(_key(2, 2));
        vm.prank(user3);
        stream.setEncryptionKey(_key(2, 3));

        vm.expectEmit(address(stream));
        emit EncryptionKeyRemoved(user1, user1);
        vm.prank(user1);
        stream.removeEncryptionKey();

        assertEq(stream.keyHolderCount(), 2);
        assertEq(stream.encryptionKeyOf(user1), "");
        (address[] memory users, bytes[] memory keys) = stream.keyHolders(0, 10);
        assertEq(users.length, 2);
        assertEq(users[0], user3); // the last holder moved into the freed slot
        assertEq(users[1], user2);
        assertEq(keys[0], _key(2, 3));
        assertEq(keys[1], _key(2, 2));

        // user3 (moved) can still remove and re-add correctly
        vm.prank(user3);
        stream.removeEncryptionKey();
        (users,) = stream.keyHolders(0, 10);
        assertEq(users.length, 1);
        assertEq(users[0], user2);
        vm.prank(user3);
        stream.setEncryptionKey(_key(3, 3));
        assertEq(stream.keyHolderCount(), 2);
    }

    function test_removeEncryptionKey_lastHolder() public {
        vm.prank(user1);
        stream.setEncryptionKey(_key(2, 1));
        vm.prank(user1);
        stream.removeEncryptionKey();
        assertEq(stream.keyHolderCount(), 0);
        vm.prank(user1);
        stream.setEncryptionKey(_key(2, 5));
        assertEq(stream.keyHolderCount(), 1);
    }

    function test_removeEncryptionKey_noKeyIsNoop() public {
        vm.recordLogs();
        vm.prank(user1);
        stream.removeEncryptionKey();
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_keyHolders_paging() public {
        for (uint256 i = 1; i <= 5; i++) {
            vm.prank(address(uint160(0x5000 + i)));
            stream.setEncryptionKey(_key(2, i));
        }
        (address[] memory u, bytes[] memory k) = stream.keyHolders(1, 2);
        assertEq(u.length, 2);
        assertEq(u[0], address(0x5002));
        assertEq(u[1], address(0x5003));
        assertEq(k[1], _key(2, 3));
        (u,) = stream.keyHolders(3, 10);
        assertEq(u.length, 2);
        (u, k) = stream.keyHolders(5, 1);
        assertEq(u.length, 0);
        assertEq(k.length, 0);
        (u,) = stream.keyHolders(2, 0);
        assertEq(u.length, 0);
    }

    function test_keyHolders_unboundedLimit() public {
        vm.prank(user1);
        stream.setEncryptionKey(_key(2, 1));
        vm.prank(user2);
        stream.setEncryptionKey(_key(2, 2));
        (address[] memory u,) = stream.keyHolders(1, type(uint256).max);
        assertEq(u.length, 1);
        assertEq(u[0], user2);
    }

    // =========================================================== ERC-2771 sender

    function test_appendedSenderIgnoredWhenNotFromForwarder() public {
        // a stranger appends the owner's address to the calldata; only the trusted forwarder's
        // suffix counts, so the caller stays the stranger
        bytes memory data = abi.encodePacked(
            abi.encodeCall(Stream.setPermission, (stranger, _perm(FOREVER, FOREVER, true, true, true))), owner
        );
        vm.prank(stranger);
        (bool ok, bytes memory ret) = address(stream).call(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Stream.NotAuthorized.selector, stranger));
    }

    // =========================================================== gas budget

    /// Gas budget of the contract: granting one new user (a cold, empty permission slot) costs at
    /// most 55k execution gas. Gas is deterministic, so this is a regression guard, not a timing
    /// test. `frame` is the stream call's own gas (clone + implementation, as vm.lastCallGas()
    /// reports it); `caller` is gasleft() before/after, which also counts the test's ABI encoding
    /// and the cold-account surcharge of the CALL.
    function test_gas_grantOne() public {
        Permission memory p = _perm(0, FOREVER, false, false, false);
        vm.prank(owner);
        uint256 g = gasleft();
        stream.setPermission(user1, p);
        g -= gasleft();
        (uint256 frame, uint256 caller) = _executionGas(abi.encodeCall(Stream.setPermission, (user1, p)), g);
        assertLe(frame, 55_000, "setPermission for a new user over budget");
        assertLe(caller, 55_000, "setPermission for a new user over budget (gasleft)");

        vm.prank(owner);
        g = gasleft();
        stream.grantSubscribe(user2, FOREVER);
        g -= gasleft();
        (frame, caller) = _executionGas(abi.encodeCall(Stream.grantSubscribe, (user2, FOREVER)), g);
        assertLe(frame, 55_000, "grantSubscribe for a new user over budget");
        assertLe(caller, 55_000, "grantSubscribe for a new user over budget (gasleft)");
        assertTrue(stream.canSubscribe(user1) && stream.canSubscribe(user2));
    }

    /// Gas budget of the contract: one setPermissions batch of 10 new users costs at most 30k
    /// execution gas per user (300k).
    function test_gas_batchGrant10() public {
        address[] memory u = new address[](10);
        Permission[] memory p = new Permission[](10);
        for (uint256 i = 0; i < 10; i++) {
            u[i] = address(uint160(0x7000 + i));
            p[i] = _perm(0, FOREVER, false, false, false);
        }
        vm.prank(owner);
        uint256 g = gasleft();
        stream.setPermissions(u, p);
        g -= gasleft();
        (uint256 frame, uint256 caller) = _executionGas(abi.encodeCall(Stream.setPermissions, (u, p)), g);
        assertLe(frame, 300_000, "setPermissions of 10 new users over budget");
        assertLe(caller, 300_000, "setPermissions of 10 new users over budget (gasleft)");
        assertTrue(stream.canSubscribe(u[9]));
    }

    // =========================================================== fuzz: expiry arithmetic

    function testFuzz_publishRightIffBeforeExpiry(uint64 expiry, uint64 now_, address user) public {
        vm.assume(user != owner && user != address(0));
        vm.prank(owner);
        stream.grantPublish(user, expiry);
        vm.warp(now_);
        assertEq(stream.canPublish(user), uint256(now_) < uint256(expiry));
        assertFalse(stream.canSubscribe(user));
    }

    function testFuzz_subscribeRightIffBeforeExpiry(uint64 expiry, uint64 now_, address user) public {
        vm.assume(user != owner && user != address(0));
        vm.prank(owner);
        stream.grantSubscribe(user, expiry);
        vm.warp(now_);
        assertEq(stream.canSubscribe(user), uint256(now_) < uint256(expiry));
        assertFalse(stream.canPublish(user));
    }

    function testFuzz_publicOrPersonal(uint64 userExp, uint64 publicExp, uint64 now_, address user) public {
        vm.assume(user != owner && user != address(0));
        vm.startPrank(owner);
        stream.setPermission(user, _perm(userExp, userExp, false, false, false));
        stream.setPermission(address(0), _perm(publicExp, publicExp, false, false, false));
        vm.stopPrank();
        vm.warp(now_);
        bool expected = now_ < userExp || now_ < publicExp;
        assertEq(stream.canPublish(user), expected);
        assertEq(stream.canSubscribe(user), expected);
        assertEq(stream.isPublic(), now_ < publicExp);
    }

    function testFuzz_ownerAlwaysAuthorized(Permission memory p, uint64 now_) public {
        // whatever is stored for the owner (even all-zero or long expired), the owner keeps every right
        vm.prank(owner);
        stream.setPermission(owner, p);
        vm.warp(now_);
        assertTrue(stream.canPublish(owner));
        assertTrue(stream.canSubscribe(owner));
        assertTrue(stream.canEdit(owner));
        assertTrue(stream.canDelete(owner));
        assertTrue(stream.canGrant(owner));
        vm.prank(owner);
        stream.setPartitions(3); // and acts on it
    }

    function testFuzz_permissionRoundTrip(address user, Permission memory p) public {
        vm.assume(user != address(0));
        vm.prank(owner);
        stream.setPermission(user, p);
        _assertPerm(stream.permissionOf(user), p);
        if (user != owner) {
            assertEq(stream.canEdit(user), p.canEdit);
            assertEq(stream.canDelete(user), p.canDelete);
            assertEq(stream.canGrant(user), p.canGrant);
        }
    }

    function testFuzz_publicCannotManage(Permission memory p) public {
        vm.prank(owner);
        if (p.canEdit || p.canDelete || p.canGrant) {
            vm.expectRevert(Stream.PublicCannotManage.selector);
            stream.setPermission(address(0), p);
        } else {
            stream.setPermission(address(0), p);
            _assertPerm(stream.permissionOf(address(0)), p);
        }
    }

    function testFuzz_onlyOwnerOrGranterSetsPermissions(address caller, Permission memory callerPerm) public {
        vm.assume(caller != owner && caller != address(0) && caller != address(forwarder));
        vm.prank(owner);
        stream.setPermission(caller, callerPerm);
        vm.prank(caller);
        if (callerPerm.canGrant) {
            stream.grantSubscribe(user3, FOREVER);
            assertTrue(stream.canSubscribe(user3));
        } else {
            vm.expectRevert(abi.encodeWithSelector(Stream.NotAuthorized.selector, caller));
            stream.grantSubscribe(user3, FOREVER);
            assertFalse(stream.canSubscribe(user3));
        }
    }

    function testFuzz_extendSubscribeIsMax(uint64 current, uint64 requested) public {
        vm.startPrank(owner);
        stream.grantSubscribe(user1, current);
        stream.extendSubscribe(user1, requested);
        vm.stopPrank();
        uint64 expected = requested > current ? requested : current;
        assertEq(uint256(stream.permissionOf(user1).subscribeExpiry), uint256(expected));
    }

    function testFuzz_encryptionKeyValidation(bytes memory key) public {
        bool valid = key.length == 33 && (key[0] == 0x02 || key[0] == 0x03);
        vm.prank(user1);
        if (!valid) vm.expectRevert(Stream.InvalidEncryptionKey.selector);
        stream.setEncryptionKey(key);
        if (valid) assertEq(stream.encryptionKeyOf(user1), key);
    }
}
