// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "../utils/Test.sol";
import {Stream} from "../../src/Stream.sol";
import {StreamRegistry} from "../../src/StreamRegistry.sol";
import {StreamrForwarder} from "../../src/StreamrForwarder.sol";
import {Permission} from "../../src/interfaces/IStream.sol";

/// Random actors (the owner, holders of various rights, strangers) try every permission-changing
/// call on one stream while time moves on. The handler keeps its own model of who may do what;
/// a call the model authorizes must succeed and is applied to the model, any other call must
/// revert. The invariants then compare the stream with the model.
contract PermissionHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    StreamRegistry public immutable registry;
    Stream public immutable stream;

    /// actors[0] is address(0) (public), the rest are users; the owner starts as actors[1].
    address[] public actors;
    mapping(address => Permission) internal _model;
    address public modelOwner;

    uint256 public unauthorizedSuccesses; // must stay 0
    uint256 public authorizedFailures; // must stay 0
    uint256 public unauthorizedAttempts;
    uint256 public authorizedChanges;

    constructor() {
        StreamrForwarder forwarder = new StreamrForwarder();
        registry = new StreamRegistry(address(forwarder));
        actors.push(address(0));
        for (uint256 i = 1; i <= 6; i++) {
            actors.push(address(uint160(0xA000 + i)));
        }
        modelOwner = actors[1];
        address[] memory u = new address[](0);
        Permission[] memory p = new Permission[](0);
        vm.prank(modelOwner);
        stream = Stream(registry.createStream("inv", "", 1, u, p));
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function model(address a) external view returns (Permission memory) {
        return _model[a];
    }

    // ---- helpers ----

    function _user(uint256 seed) internal view returns (address) {
        return actors[1 + (seed % (actors.length - 1))];
    }

    function _target(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length]; // may be public
    }

    /// Expiries cluster around "now" so that rights keep expiring as time moves.
    function _expiry(uint256 seed) internal view returns (uint64) {
        uint256 r = seed % 8;
        if (r == 0) return 0;
        if (r == 1) return type(uint64).max;
        if (r == 2) return uint64(block.timestamp); // expires right now: the boundary case
        uint256 off = (seed >> 8) % 2000;
        uint256 t = block.timestamp + off;
        return uint64(t > 1000 ? t - 1000 : 0);
    }

    function _mayGrant(address caller) internal view returns (bool) {
        return caller == modelOwner || _model[caller].canGrant;
    }

    function _record(bool authorized, bool ok) internal {
        if (authorized) {
            if (ok) authorizedChanges++;
            else authorizedFailures++;
        } else {
            unauthorizedAttempts++;
            if (ok) unauthorizedSuccesses++;
        }
    }

    function _perm(uint256 seed, bool manageFlags) internal view returns (Permission memory p) {
        p.publishExpiry = _expiry(seed);
        p.subscribeExpiry = _expiry(uint256(keccak256(abi.encode(seed))));
        if (manageFlags) {
            p.canEdit = (seed >> 200) & 1 == 1;
            p.canDelete = (seed >> 201) & 1 == 1;
            // grant is handed out sparingly so that most actors stay unauthorized
            p.canGrant = (seed >> 202) & 3 == 0;
        }
    }

    // ---- actions ----

    function warp(uint256 delta) external {
        vm.warp(block.timestamp + (delta % 1500));
    }

    /// Jumps exactly to the moment some actor's right ends, where `<` vs `<=` matters.
    function warpToExpiry(uint256 actorSeed, bool publish) external {
        Permission memory p = _model[_target(actorSeed)];
        uint64 e = publish ? p.publishExpiry : p.subscribeExpiry;
        if (e > block.timestamp && e != type(uint64).max) vm.warp(e);
    }

    function setPermission(uint256 callerSeed, uint256 targetSeed, uint256 permSeed) external {
        address caller = _user(callerSeed);
        address target = _target(targetSeed);
        Permission memory p = _perm(permSeed, target != address(0) || (permSeed >> 210) & 7 == 0);
        bool publicManage = target == address(0) && (p.canEdit || p.canDelete || p.canGrant);
        bool authorized = _mayGrant(caller) && !publicManage;
        vm.prank(caller);
        try stream.setPermission(target, p) {
            _record(authorized, true);
            _model[target] = p;
        } catch {
            _record(authorized, false);
        }
    }

    function setPermissions(uint256 callerSeed, uint256 t1, uint256 t2, uint256 permSeed) external {
        address caller = _user(callerSeed);
        address[] memory users = new address[](2);
        Permission[] memory perms = new Permission[](2);
        users[0] = _target(t1);
        users[1] = _target(t2);
        perms[0] = _perm(permSeed, users[0] != address(0));
        perms[1] = _perm(uint256(keccak256(abi.encode(permSeed, 1))), users[1] != address(0));
        vm.prank(caller);
        try stream.setPermissions(users, perms) {
            _record(_mayGrant(caller), true);
            _model[users[0]] = perms[0];
            _model[users[1]] = perms[1];
        } catch {
            _record(_mayGrant(caller), false);
        }
    }

    function grantPublish(uint256 callerSeed, uint256 targetSeed, uint256 expirySeed) external {
        address caller = _user(callerSeed);
        address target = _target(targetSeed);
        uint64 e = _expiry(expirySeed);
        vm.prank(caller);
        try stream.grantPublish(target, e) {
            _record(_mayGrant(caller), true);
            _model[target].publishExpiry = e;
        } catch {
            _record(_mayGrant(caller), false);
        }
    }

    function grantSubscribe(uint256 callerSeed, uint256 targetSeed, uint256 expirySeed) external {
        address caller = _user(callerSeed);
        address target = _target(targetSeed);
        uint64 e = _expiry(expirySeed);
        vm.prank(caller);
        try stream.grantSubscribe(target, e) {
            _record(_mayGrant(caller), true);
            _model[target].subscribeExpiry = e;
        } catch {
            _record(_mayGrant(caller), false);
        }
    }

    function extendSubscribe(uint256 callerSeed, uint256 targetSeed, uint256 expirySeed) external {
        address caller = _user(callerSeed);
        address target = _target(targetSeed);
        uint64 e = _expiry(expirySeed);
        vm.prank(caller);
        try stream.extendSubscribe(target, e) {
            _record(_mayGrant(caller), true);
            if (e > _model[target].subscribeExpiry) _model[target].subscribeExpiry = e;
        } catch {
            _record(_mayGrant(caller), false);
        }
    }

    function revokeAll(uint256 callerSeed, uint256 targetSeed) external {
        address caller = _user(callerSeed);
        address target = _target(targetSeed);
        vm.prank(caller);
        try stream.revokeAll(target) {
            _record(_mayGrant(caller), true);
            delete _model[target];
        } catch {
            _record(_mayGrant(caller), false);
        }
    }

    function transferOwnership(uint256 callerSeed, uint256 toSeed) external {
        address caller = _user(callerSeed);
        address to = _user(toSeed);
        vm.prank(caller);
        try stream.transferOwnership(to) {
            _record(caller == modelOwner, true);
            modelOwner = to;
        } catch {
            _record(caller == modelOwner, false);
        }
    }
}

contract StreamPermissionInvariants is Test {
    PermissionHandler handler;
    Stream stream;

    function setUp() public {
        vm.warp(1_700_000_000);
        handler = new PermissionHandler();
        stream = handler.stream();
        targetContract(address(handler));
    }

    /// Only the owner or canGrant holders change permissions: every attempt by anyone else
    /// reverted, and every authorized attempt went through.
    function invariant_onlyOwnerOrGranterChangesPermissions() public view {
        assertEq(handler.unauthorizedSuccesses(), 0, "an unauthorized caller changed permissions");
        assertEq(handler.authorizedFailures(), 0, "an authorized call failed");
    }

    /// The stream's stored permissions are exactly what the authorized calls set.
    function invariant_storedPermissionsMatchModel() public view {
        uint256 n = handler.actorCount();
        for (uint256 i = 0; i < n; i++) {
            address a = handler.actors(i);
            Permission memory got = stream.permissionOf(a);
            Permission memory want = handler.model(a);
            assertEq(uint256(got.publishExpiry), uint256(want.publishExpiry), "publishExpiry");
            assertEq(uint256(got.subscribeExpiry), uint256(want.subscribeExpiry), "subscribeExpiry");
            assertEq(got.canEdit, want.canEdit, "canEdit");
            assertEq(got.canDelete, want.canDelete, "canDelete");
            assertEq(got.canGrant, want.canGrant, "canGrant");
        }
        assertEq(stream.owner(), handler.modelOwner(), "owner");
    }

    /// An expired permission never authorizes: a non-owner may publish/subscribe only while
    /// its own or the public expiry lies in the future.
    function invariant_expiredPermissionNeverAuthorizes() public view {
        Permission memory pub = handler.model(address(0));
        uint256 n = handler.actorCount();
        address o = stream.owner();
        for (uint256 i = 1; i < n; i++) {
            address a = handler.actors(i);
            if (a == o) continue;
            Permission memory p = handler.model(a);
            bool pubOk = block.timestamp < p.publishExpiry || block.timestamp < pub.publishExpiry;
            bool subOk = block.timestamp < p.subscribeExpiry || block.timestamp < pub.subscribeExpiry;
            assertEq(stream.canPublish(a), pubOk, "canPublish vs expiries");
            assertEq(stream.canSubscribe(a), subOk, "canSubscribe vs expiries");
            assertEq(stream.canGrant(a), p.canGrant, "canGrant");
        }
        assertEq(stream.isPublic(), block.timestamp < pub.subscribeExpiry, "isPublic");
    }

    /// The owner holds every right whatever is stored for it.
    function invariant_ownerHoldsEveryRight() public view {
        address o = stream.owner();
        assertTrue(stream.canPublish(o) && stream.canSubscribe(o) && stream.canEdit(o), "owner rights");
        assertTrue(stream.canDelete(o) && stream.canGrant(o), "owner rights");
    }

    /// The public entry never carries management flags.
    function invariant_publicNeverManages() public view {
        Permission memory pub = stream.permissionOf(address(0));
        assertFalse(pub.canEdit || pub.canDelete || pub.canGrant, "public manages");
    }
}
