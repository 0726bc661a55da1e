// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {CoreFixture} from "./utils/CoreFixture.sol";
import {Stream} from "../src/Stream.sol";
import {StreamRegistry} from "../src/StreamRegistry.sol";
import {Permission} from "../src/interfaces/IStream.sol";

contract StreamRegistryTest is CoreFixture {
    function setUp() public {
        _deployCore();
    }

    function _lower(address a) internal pure returns (string memory) {
        bytes memory hexChars = "0123456789abcdef";
        bytes memory out = new bytes(42);
        out[0] = "0";
        out[1] = "x";
        for (uint256 i = 0; i < 20; i++) {
            uint8 b = uint8(uint160(a) >> (8 * (19 - i)));
            out[2 + 2 * i] = hexChars[b >> 4];
            out[3 + 2 * i] = hexChars[b & 0x0f];
        }
        return string(out);
    }

    // =========================================================== construction

    function test_constructor() public view {
        assertTrue(registry.isTrustedForwarder(address(forwarder)));
        assertEq(registry.streamCount(), 0);
        address impl = registry.implementation();
        assertEq(impl, _createAddr(address(registry), 1));
        assertEq(Stream(impl).registry(), address(registry));
        assertEq(Stream(impl).owner(), address(0));
        assertEq(uint256(vm.getNonce(address(registry))), 2);
    }

    // =========================================================== createStream

    function test_createStream() public {
        address expected = _createAddr(address(registry), 2);
        vm.expectEmit(address(registry));
        emit StreamCreated(expected, owner, "sensors/temp", '{"desc":"t"}', 3, 0);
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.prank(owner);
        address s = registry.createStream("sensors/temp", '{"desc":"t"}', 3, u, p);
        assertEq(s, expected);
        assertEq(Stream(s).owner(), owner);
        assertEq(Stream(s).metadata(), '{"desc":"t"}');
        assertEq(uint256(Stream(s).partitions()), 3);
        assertEq(registry.streamCount(), 1);
        assertEq(registry.streamAt(0), s);
        assertEq(registry.streamOf(owner, "sensors/temp"), s);
        assertEq(registry.streamOf(owner, "/sensors/temp"), s);
        assertEq(registry.nameOf(owner, "sensors/temp"), string.concat(_lower(owner), "/sensors/temp"));
        assertEq(registry.resolve(registry.nameOf(owner, "sensors/temp")), s);
        // the clone is a minimal proxy of the implementation
        assertEq(s.code.length, 45);
    }

    function test_createStream_withInitialPermissions() public {
        address[] memory u = new address[](2);
        Permission[] memory p = new Permission[](2);
        (u[0], u[1]) = (user1, address(0));
        p[0] = _perm(FOREVER, FOREVER, false, true, false);
        p[1] = _perm(0, FOREVER, false, false, false);
        address expected = _createAddr(address(registry), 2);
        vm.expectEmit(expected);
        emit PermissionUpdated(user1, FOREVER, FOREVER, false, true, false, owner);
        vm.expectEmit(expected);
        emit PermissionUpdated(address(0), 0, FOREVER, false, false, false, owner);
        vm.expectEmit(address(registry));
        emit StreamCreated(expected, owner, "p", "", 1, 0);
        vm.prank(owner);
        Stream s = Stream(registry.createStream("p", "", 1, u, p));
        assertTrue(s.canPublish(user1));
        assertTrue(s.canDelete(user1));
        assertTrue(s.isPublic());
    }

    function test_createStream_leadingSlashDropped() public {
        vm.expectEmit(address(registry));
        emit StreamCreated(_createAddr(address(registry), 2), owner, "a/b", "", 1, 0);
        Stream s = _create(owner, "/a/b");
        assertEq(registry.streamOf(owner, "a/b"), address(s));
        assertEq(registry.resolve(string.concat(_lower(owner), "/a/b")), address(s));
        // "a/b" is the same name
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NameTaken.selector, address(s)));
        vm.prank(owner);
        registry.createStream("a/b", "", 1, u, p);
    }

    function test_createStream_onlyOneLeadingSlashDropped() public {
        Stream s = _create(owner, "//x");
        // the stored path is "/x": every input drops one leading slash, so "//x" finds it
        assertEq(registry.streamOf(owner, "//x"), address(s));
        assertEq(registry.streamOf(owner, "/x"), address(0)); // means "x"
        assertEq(registry.streamOf(owner, "x"), address(0));
        assertEq(registry.resolve(string.concat(_lower(owner), "//x")), address(s));
        assertEq(registry.resolve(registry.nameOf(owner, "//x")), address(s));
    }

    function test_createStream_revertsNameTaken() public {
        Stream s = _create(owner, "dup");
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NameTaken.selector, address(s)));
        vm.prank(owner);
        registry.createStream("dup", "", 1, u, p);
    }

    function test_createStream_samePathDifferentOwners() public {
        Stream a = _create(owner, "same");
        Stream b = _create(stranger, "same");
        assertTrue(address(a) != address(b));
        assertEq(registry.streamOf(owner, "same"), address(a));
        assertEq(registry.streamOf(stranger, "same"), address(b));
        assertEq(b.owner(), stranger);
    }

    function test_createStream_pathsAreCaseSensitive() public {
        Stream a = _create(owner, "Path");
        Stream b = _create(owner, "path");
        assertTrue(address(a) != address(b));
    }

    function _expectInvalidPath(string memory path) internal {
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(StreamRegistry.InvalidPath.selector);
        vm.prank(owner);
        registry.createStream(path, "", 1, u, p);
    }

    function test_createStream_revertsInvalidPath() public {
        _expectInvalidPath("");
        _expectInvalidPath("/");
        _expectInvalidPath("a b");
        _expectInvalidPath("a#b");
        _expectInvalidPath("a?b");
        _expectInvalidPath("a\\b");
        _expectInvalidPath("a:b");
        _expectInvalidPath(unicode"päth");
        _expectInvalidPath("a\x00");
        _expectInvalidPath(string(new bytes(256))); // zero bytes and too long
    }

    function test_createStream_pathLengthLimit() public {
        bytes memory b = new bytes(255);
        for (uint256 i = 0; i < 255; i++) {
            b[i] = "a";
        }
        Stream s = _create(owner, string(b));
        assertEq(registry.streamOf(owner, string(b)), address(s));
        // the same 255 bytes behind a leading slash name the same stream
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NameTaken.selector, address(s)));
        vm.prank(owner);
        registry.createStream(string.concat("/", string(b)), "", 1, u, p);
    }

    function test_createStream_pathTooLong() public {
        bytes memory b = new bytes(256);
        for (uint256 i = 0; i < 256; i++) {
            b[i] = "a";
        }
        _expectInvalidPath(string(b));
        // with a leading slash, 256 bytes total is 255 after the slash: accepted
        b[0] = "/";
        Stream s = _create(owner, string(b));
        assertEq(registry.streamOf(owner, string(b)), address(s));
    }

    function test_createStream_allValidCharacters() public {
        Stream s = _create(owner, "AZaz09-._/x");
        assertEq(registry.streamOf(owner, "AZaz09-._/x"), address(s));
    }

    function test_createStream_bubblesStreamErrors() public {
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(Stream.InvalidPartitions.selector, uint256(0)));
        registry.createStream("x", "", 0, u, p);
        vm.expectRevert(abi.encodeWithSelector(Stream.MetadataTooLong.selector, uint256(16385)));
        registry.createStream("x", string(new bytes(16385)), 1, u, p);
        address[] memory u2 = new address[](1);
        vm.expectRevert(Stream.LengthMismatch.selector);
        registry.createStream("x", "", 1, u2, p);
        vm.stopPrank();
        // nothing was created and the nonce did not move
        assertEq(registry.streamCount(), 0);
        assertEq(uint256(vm.getNonce(address(registry))), 2);
    }

    // =========================================================== deleteStream

    function test_deleteStream_byOwner() public {
        Stream s = _create(owner, "d");
        vm.expectEmit(address(s));
        emit Deleted(owner);
        vm.expectEmit(address(registry));
        emit StreamDeleted(address(s), owner);
        vm.prank(owner);
        registry.deleteStream(owner, "d");
        assertTrue(s.deleted());
        assertEq(registry.streamOf(owner, "d"), address(0));
        assertEq(registry.resolve(registry.nameOf(owner, "d")), address(0));
        // enumeration still lists it
        assertEq(registry.streamCount(), 1);
        assertEq(registry.streamAt(0), address(s));
    }

    function test_deleteStream_byCanDeleteHolder() public {
        Stream s = _create(owner, "d");
        vm.prank(owner);
        s.setPermission(user1, _perm(0, 0, false, true, false));
        vm.expectEmit(address(registry));
        emit StreamDeleted(address(s), user1);
        vm.prank(user1);
        registry.deleteStream(owner, "/d"); // leading slash accepted here too
        assertTrue(s.deleted());
    }

    function test_deleteStream_revertsForUnauthorized() public {
        Stream s = _create(owner, "d");
        vm.prank(owner);
        s.setPermission(user1, _perm(FOREVER, FOREVER, true, false, true));
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NotAuthorized.selector, user1));
        vm.prank(user1);
        registry.deleteStream(owner, "d");
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NotAuthorized.selector, stranger));
        vm.prank(stranger);
        registry.deleteStream(owner, "d");
        assertFalse(s.deleted());
    }

    function test_deleteStream_revertsUnknown() public {
        vm.expectRevert(StreamRegistry.UnknownStream.selector);
        vm.prank(owner);
        registry.deleteStream(owner, "nope");
        _create(owner, "d");
        vm.expectRevert(StreamRegistry.UnknownStream.selector);
        vm.prank(owner);
        registry.deleteStream(stranger, "d"); // wrong creator
    }

    function test_deleteStream_twiceReverts() public {
        _create(owner, "d");
        vm.startPrank(owner);
        registry.deleteStream(owner, "d");
        vm.expectRevert(StreamRegistry.UnknownStream.selector);
        registry.deleteStream(owner, "d");
        vm.stopPrank();
    }

    function test_deleteStream_freesName() public {
        Stream old = _create(owner, "d");
        vm.prank(owner);
        registry.deleteStream(owner, "d");
        Stream fresh = _create(owner, "d");
        assertTrue(address(fresh) != address(old));
        assertEq(registry.streamOf(owner, "d"), address(fresh));
        assertFalse(fresh.deleted());
        assertTrue(old.deleted());
        assertEq(registry.streamAt(1), address(fresh));
    }

    function test_deleteStream_afterOwnershipTransfer() public {
        Stream s = _create(owner, "d");
        vm.prank(owner);
        s.transferOwnership(user2);
        // the name stays under the creator, the right moves with ownership
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.NotAuthorized.selector, owner));
        vm.prank(owner);
        registry.deleteStream(owner, "d");
        vm.prank(user2);
        registry.deleteStream(owner, "d");
        assertTrue(s.deleted());
    }

    // =========================================================== names

    function test_resolve_edgeCases() public {
        Stream s = _create(owner, "x");
        string memory name = registry.nameOf(owner, "x");
        assertEq(registry.resolve(name), address(s));
        assertEq(registry.resolve(""), address(0));
        assertEq(registry.resolve(_lower(owner)), address(0)); // no path
        assertEq(registry.resolve(string.concat(_lower(owner), "/")), address(0)); // empty path
        assertEq(registry.resolve(string.concat(_lower(owner), "x")), address(0)); // no separator
        assertEq(registry.resolve(string.concat(_lower(owner), "/y")), address(0)); // unknown path
        // not hex
        bytes memory bad = bytes(name);
        bad[5] = "g";
        assertEq(registry.resolve(string(bad)), address(0));
        // missing 0x prefix and shifted separator
        assertEq(registry.resolve(string.concat(_substr(_lower(owner), 2), "/x")), address(0));
    }

    function test_resolve_acceptsUppercaseHex() public {
        Stream s = _create(owner, "x");
        bytes memory name = bytes(registry.nameOf(owner, "x"));
        for (uint256 i = 2; i < 42; i++) {
            if (name[i] >= "a" && name[i] <= "f") name[i] = bytes1(uint8(name[i]) - 32);
        }
        assertEq(registry.resolve(string(name)), address(s));
    }

    function test_nameOf() public view {
        assertEq(registry.nameOf(address(0x1234), "/a/b"), "0x0000000000000000000000000000000000001234/a/b");
        assertEq(registry.nameOf(address(0x1234), "a/b"), "0x0000000000000000000000000000000000001234/a/b");
    }

    function _substr(string memory s, uint256 from) internal pure returns (string memory) {
        bytes memory b = bytes(s);
        bytes memory out = new bytes(b.length - from);
        for (uint256 i = from; i < b.length; i++) {
            out[i - from] = b[i];
        }
        return string(out);
    }

    // =========================================================== enumeration

    function test_streamAt_revertsOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.IndexOutOfRange.selector, uint256(0)));
        registry.streamAt(0);
        _create(owner, "a");
        vm.expectRevert(abi.encodeWithSelector(StreamRegistry.IndexOutOfRange.selector, uint256(1)));
        registry.streamAt(1);
    }

    function test_streams_paging() public {
        address[] memory made = new address[](5);
        for (uint256 i = 0; i < 5; i++) {
            made[i] = address(_create(owner, string(abi.encodePacked("s", bytes1(uint8(48 + i))))));
        }
        address[] memory page = registry.streams(1, 3);
        assertEq(page.length, 3);
        for (uint256 i = 0; i < 3; i++) {
            assertEq(page[i], made[i + 1]);
        }
        assertEq(registry.streams(3, 10).length, 2);
        assertEq(registry.streams(5, 1).length, 0);
        assertEq(registry.streams(100, 1).length, 0);
        assertEq(registry.streams(0, 0).length, 0);
        page = registry.streams(2, type(uint256).max);
        assertEq(page.length, 3);
        assertEq(page[2], made[4]);
    }

    /// Stream i lives at the registry's CREATE address for nonce i + 2. 300 streams cross both
    /// RLP length boundaries of the nonce: 0x7f -> 0x80 (index 126 -> 127) and 0xff -> 0x100
    /// (index 254 -> 255).
    function test_streamAt_acrossRlpNonceBoundaries() public {
        uint256 n = 300;
        address[] memory made = new address[](n);
        (address[] memory u, Permission[] memory p) = _noPerms();
        vm.startPrank(owner);
        for (uint256 i = 0; i < n; i++) {
            made[i] = registry.createStream(_numPath(i), "", 1, u, p);
        }
        vm.stopPrank();
        assertEq(registry.streamCount(), n);
        assertEq(uint256(vm.getNonce(address(registry))), n + 2);
        for (uint256 i = 0; i < n; i++) {
            assertEq(registry.streamAt(i), made[i], "streamAt != created address");
            assertEq(made[i], _createAddr(address(registry), i + 2), "created address != CREATE(nonce)");
        }
        address[] memory all = registry.streams(0, n);
        for (uint256 i = 0; i < n; i++) {
            assertEq(all[i], made[i]);
        }
        // the boundary entries, explicitly
        assertEq(registry.streamAt(125), _createAddr(address(registry), 0x7f));
        assertEq(registry.streamAt(126), _createAddr(address(registry), 0x80));
        assertEq(registry.streamAt(253), _createAddr(address(registry), 0xff));
        assertEq(registry.streamAt(254), _createAddr(address(registry), 0x100));
    }

    function _numPath(uint256 i) internal pure returns (string memory) {
        bytes memory b = new bytes(3);
        b[0] = bytes1(uint8(48 + (i / 100) % 10));
        b[1] = bytes1(uint8(48 + (i / 10) % 10));
        b[2] = bytes1(uint8(48 + i % 10));
        return string(b);
    }

    // =========================================================== gas budget

    /// Gas budget of the contract: creating a stream with one initial permission costs at most
    /// 160k execution gas (clone deployment + name + owner slot + one permission slot + events).
    /// Measured both as the call frame's gas (vm.lastCallGas) and with gasleft() around the call,
    /// without the transaction's intrinsic cost (see CoreFixture._executionGas). One stream is
    /// created first so that streamCount is already non-zero, as on a live registry.
    function test_gas_createStreamOnePermission() public {
        address[] memory u = new address[](1);
        Permission[] memory p = new Permission[](1);
        u[0] = user1;
        p[0] = _perm(0, FOREVER, false, false, false);
        _create(stranger, "warm"); // streamCount no longer zero, like on a live registry
        vm.prank(owner);
        uint256 g = gasleft();
        address s = registry.createStream("sensors/temperature", "", 1, u, p);
        g -= gasleft();
        (uint256 frame, uint256 caller) =
            _executionGas(abi.encodeCall(StreamRegistry.createStream, ("sensors/temperature", "", 1, u, p)), g);
        assertLe(frame, 160_000, "createStream with one permission over budget");
        assertLe(caller, 160_000, "createStream with one permission over budget (gasleft)");
        assertTrue(Stream(s).canSubscribe(user1));
    }

    // =========================================================== fuzz: names and paths

    bytes constant CHARSET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/";

    function _validPath(bytes32 seed, uint256 len) internal pure returns (bytes memory b) {
        b = new bytes(len);
        for (uint256 i = 0; i < len; i++) {
            b[i] = CHARSET[uint256(keccak256(abi.encode(seed, i))) % CHARSET.length];
        }
    }

    function _isValidChar(bytes1 c) internal pure returns (bool) {
        return (c >= "0" && c <= "9") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "-" || c == "."
            || c == "/" || c == "_";
    }

    function testFuzz_validPathAcceptedAndResolves(address creator, bytes32 seed, uint256 len, bool slash) public {
        vm.assume(creator != address(0) && creator != address(forwarder));
        len = bound(len, 1, 255);
        bytes memory path = _validPath(seed, len);
        // a leading "/" on the generated path itself is dropped, so the stored path must still be non-empty
        vm.assume(!(path[0] == "/" && len == 1));
        bytes memory stored = path[0] == "/" ? _drop1(path) : path;
        // with `slash`, give the stored path behind one leading "/" (which the registry drops)
        string memory given = slash ? string.concat("/", string(stored)) : string(path);

        Stream s = _create(creator, given);
        assertEq(s.owner(), creator);
        assertEq(registry.streamOf(creator, string(stored)), address(s));
        assertEq(registry.streamOf(creator, given), address(s));
        string memory name = registry.nameOf(creator, given);
        assertEq(name, string.concat(_lower(creator), "/", string(stored)));
        assertEq(registry.resolve(name), address(s));
        assertEq(registry.resolve(registry.nameOf(creator, string(stored))), address(s));
    }

    function _drop1(bytes memory b) internal pure returns (bytes memory out) {
        out = new bytes(b.length - 1);
        for (uint256 i = 1; i < b.length; i++) {
            out[i - 1] = b[i];
        }
    }

    function testFuzz_invalidCharRejected(bytes32 seed, uint256 len, uint256 pos, bytes1 bad) public {
        vm.assume(!_isValidChar(bad));
        len = bound(len, 1, 255);
        pos = bound(pos, 0, len - 1);
        bytes memory path = _validPath(seed, len);
        path[pos] = bad;
        _expectInvalidPath(string(path));
    }

    function testFuzz_arbitraryPath(bytes memory path) public {
        bytes memory p = path;
        if (p.length > 0 && p[0] == "/") p = _drop1(p);
        bool valid = p.length > 0 && p.length <= 255;
        for (uint256 i = 0; valid && i < p.length; i++) {
            valid = _isValidChar(p[i]);
        }
        (address[] memory u, Permission[] memory perms) = _noPerms();
        vm.prank(owner);
        if (!valid) vm.expectRevert(StreamRegistry.InvalidPath.selector);
        address s = registry.createStream(string(path), "", 1, u, perms);
        if (valid) {
            assertEq(registry.streamOf(owner, string(path)), s);
            assertEq(registry.nameOf(owner, string(path)), string.concat(_lower(owner), "/", string(p)));
            assertEq(registry.resolve(registry.nameOf(owner, string(path))), s);
        }
    }

    function testFuzz_tooLongPathRejected(bytes32 seed, uint256 len) public {
        len = bound(len, 256, 600);
        bytes memory path = _validPath(seed, len);
        path[0] = "a"; // no leading slash to drop
        _expectInvalidPath(string(path));
    }
}
