// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {Stream} from "./Stream.sol";
import {Permission} from "./interfaces/IStream.sol";

/// @title StreamRegistry
/// @notice Creates streams as EIP-1167 clones of one Stream implementation, keeps the
/// name → stream map (name = "<owner address, lowercase hex>/<path>") and enumerates streams.
/// Trusts an ERC-2771 forwarder, so a user-signed request creates or deletes a stream for a user
/// holding no ETH.
///
/// Enumeration costs no storage per stream: clones are created with CREATE, so stream i is the
/// CREATE address of (this, nonce i + 2) (nonce 1 deployed the implementation).
contract StreamRegistry is ERC2771Context {
    uint256 public constant MAX_PATH_BYTES = 255;

    error InvalidPath();
    error NameTaken(address stream);
    error UnknownStream();
    error NotAuthorized(address caller);
    error IndexOutOfRange(uint256 index);

    event StreamCreated(
        address indexed stream, address indexed owner, string path, string metadata, uint32 partitions, uint256 index
    );
    event StreamDeleted(address indexed stream, address indexed by);

    address public immutable implementation;
    uint256 public streamCount;
    mapping(bytes32 => address) private _byName;

    constructor(address forwarder) ERC2771Context(forwarder) {
        implementation = address(new Stream(forwarder, address(this)));
    }

    /// @notice Creates the stream "<sender>/<path>" owned by the sender (the signer of a
    /// forwarded request), with optional initial permissions.
    function createStream(
        string calldata path,
        string calldata metadata,
        uint32 partitions,
        address[] calldata users,
        Permission[] calldata perms
    ) external returns (address stream) {
        bytes calldata p = _checkPath(path);
        stream = _claim(_msgSender(), p);
        Stream(stream).initialize(_msgSender(), metadata, partitions, users, perms);
        emit StreamCreated(stream, _msgSender(), string(p), metadata, partitions, streamCount++);
    }

    /// @notice Deletes the stream "<creator>/<path>"; its owner or a canDelete holder only.
    /// Frees the name.
    function deleteStream(address creator, string calldata path) external {
        address sender = _msgSender();
        bytes calldata p = bytes(path);
        if (p.length > 0 && p[0] == "/") p = p[1:];
        bytes32 key = keccak256(abi.encodePacked(creator, p));
        address stream = _byName[key];
        if (stream == address(0)) revert UnknownStream();
        if (!Stream(stream).canDelete(sender)) revert NotAuthorized(sender);
        delete _byName[key];
        Stream(stream).markDeleted(sender);
        emit StreamDeleted(stream, sender);
    }

    /// @notice The live stream called `path` created by `owner`, or address(0).
    function streamOf(address owner, string calldata path) external view returns (address) {
        bytes calldata p = bytes(path);
        if (p.length > 0 && p[0] == "/") p = p[1:];
        return _byName[keccak256(abi.encodePacked(owner, p))];
    }

    /// @notice Resolves a full name "<0x owner>/<path>" to the live stream, or address(0).
    function resolve(string calldata name) external view returns (address) {
        bytes calldata n = bytes(name);
        if (n.length < 44 || n[42] != "/") return address(0);
        (bool ok, address owner) = Strings.tryParseAddress(string(n[:42]));
        if (!ok) return address(0);
        return _byName[keccak256(abi.encodePacked(owner, n[43:]))];
    }

    /// @notice The full name of a stream created by `owner` at `path`.
    function nameOf(address owner, string calldata path) external pure returns (string memory) {
        bytes calldata p = bytes(path);
        if (p.length > 0 && p[0] == "/") p = p[1:];
        return string.concat(Strings.toHexString(owner), "/", string(p));
    }

    /// @notice The stream created as number `index` (0-based), deleted or not.
    function streamAt(uint256 index) public view returns (address) {
        if (index >= streamCount) revert IndexOutOfRange(index);
        return _createAddress(address(this), index + 2);
    }

    /// @notice A page of streams in creation order.
    function streams(uint256 offset, uint256 limit) external view returns (address[] memory out) {
        uint256 n = streamCount;
        if (offset >= n) return new address[](0);
        uint256 end = limit > n - offset ? n : offset + limit; // no overflow for huge limits
        out = new address[](end - offset);
        for (uint256 i = offset; i < end; i++) {
            out[i - offset] = _createAddress(address(this), i + 2);
        }
    }

    // Deploys the clone and takes the name for it.
    function _claim(address owner, bytes calldata p) private returns (address stream) {
        bytes32 key = keccak256(abi.encodePacked(owner, p));
        address existing = _byName[key];
        if (existing != address(0)) revert NameTaken(existing);
        stream = Clones.clone(implementation);
        _byName[key] = stream;
    }

    // Path rules: 1..255 bytes of [-./0-9A-Za-z_], an optional leading "/" dropped.
    function _checkPath(string calldata path) private pure returns (bytes calldata p) {
        p = bytes(path);
        if (p.length > 0 && p[0] == "/") p = p[1:];
        if (p.length == 0 || p.length > MAX_PATH_BYTES) revert InvalidPath();
        for (uint256 i = 0; i < p.length; i++) {
            bytes1 c = p[i];
            bool ok = (c >= "0" && c <= "9") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "-"
                || c == "." || c == "/" || c == "_";
            if (!ok) revert InvalidPath();
        }
    }

    /// CREATE address of `deployer` at `nonce` (RLP of [deployer, nonce]).
    function _createAddress(address deployer, uint256 nonce) private pure returns (address) {
        bytes memory rlp;
        if (nonce == 0) {
            rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, bytes1(0x80));
        } else if (nonce < 0x80) {
            rlp = abi.encodePacked(bytes1(0xd6), bytes1(0x94), deployer, uint8(nonce));
        } else {
            uint256 len = 0;
            for (uint256 v = nonce; v != 0; v >>= 8) len++;
            bytes memory nb = new bytes(len);
            for (uint256 i = 0; i < len; i++) {
                nb[len - 1 - i] = bytes1(uint8(nonce >> (8 * i)));
            }
            rlp = abi.encodePacked(bytes1(uint8(0xd6 + len)), bytes1(0x94), deployer, bytes1(uint8(0x80 + len)), nb);
        }
        return address(uint160(uint256(keccak256(rlp))));
    }
}
