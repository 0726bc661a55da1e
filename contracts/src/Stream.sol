// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Permission, IStream} from "./interfaces/IStream.sol";

/// @title Stream
/// @notice One data stream: its owner, metadata, partition count, per-address permissions and
/// subscribers' encryption keys. Deployed by StreamRegistry as an EIP-1167 clone; the clone's
/// address is the stream id. The owner holds every right implicitly (no storage spent on it).
contract Stream is IStream, ERC2771Context {
    uint32 public constant MAX_PARTITIONS = 100;
    uint256 public constant MAX_METADATA_BYTES = 16384;
    uint256 public constant ENCRYPTION_KEY_BYTES = 33;

    error AlreadyInitialized();
    error NotRegistry();
    error NotOwner();
    error NotAuthorized(address caller);
    error StreamIsDeleted();
    error InvalidPartitions(uint256 partitions);
    error MetadataTooLong(uint256 length);
    error PublicCannotManage();
    error LengthMismatch();
    error InvalidEncryptionKey();
    error ZeroAddress();

    event PermissionUpdated(
        address indexed user,
        uint64 publishExpiry,
        uint64 subscribeExpiry,
        bool canEdit,
        bool canDelete,
        bool canGrant,
        address indexed by
    );
    event MetadataUpdated(string metadata, address indexed by);
    event PartitionsUpdated(uint32 partitions, address indexed by);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event EncryptionKeySet(address indexed user, bytes key, address indexed by);
    event EncryptionKeyRemoved(address indexed user, address indexed by);
    event Deleted(address indexed by);

    /// The registry that deploys and initializes clones (shared by every clone through the
    /// implementation's code).
    address public immutable registry;

    // slot 0: owner | partitions | initialized | deleted
    address public owner;
    uint8 private _partitions;
    bool private _initialized;
    bool public deleted;

    string public metadata;

    mapping(address => Permission) private _permissions;

    mapping(address => bytes) private _keys;
    address[] private _keyHolders;
    mapping(address => uint256) private _keyIndex; // 1-based position in _keyHolders

    constructor(address forwarder, address registry_) ERC2771Context(forwarder) {
        registry = registry_;
        _initialized = true; // the implementation itself is never a stream
    }

    modifier live() {
        if (deleted) revert StreamIsDeleted();
        _;
    }

    modifier onlyGranter() {
        _requireGranter(_msgSender());
        _;
    }

    /// @notice Called once by the registry right after cloning.
    function initialize(
        address owner_,
        string calldata metadata_,
        uint32 partitions_,
        address[] calldata users,
        Permission[] calldata perms
    ) external {
        if (msg.sender != registry) revert NotRegistry();
        if (_initialized) revert AlreadyInitialized();
        if (owner_ == address(0)) revert ZeroAddress();
        _checkPartitions(partitions_);
        _checkMetadata(metadata_);
        owner = owner_;
        _partitions = uint8(partitions_);
        _initialized = true;
        if (bytes(metadata_).length > 0) metadata = metadata_;
        _setMany(users, perms, owner_);
    }

    // ---- views ----

    function partitions() external view returns (uint32) {
        return _partitions;
    }

    function permissionOf(address user) external view returns (Permission memory) {
        return _permissions[user];
    }

    function canPublish(address user) public view returns (bool) {
        if (deleted) return false;
        if (user == owner) return true;
        return block.timestamp < _permissions[user].publishExpiry
            || block.timestamp < _permissions[address(0)].publishExpiry;
    }

    function canSubscribe(address user) public view returns (bool) {
        if (deleted) return false;
        if (user == owner) return true;
        return block.timestamp < _permissions[user].subscribeExpiry
            || block.timestamp < _permissions[address(0)].subscribeExpiry;
    }

    function canEdit(address user) public view returns (bool) {
        return !deleted && (user == owner || _permissions[user].canEdit);
    }

    function canDelete(address user) public view returns (bool) {
        return !deleted && (user == owner || _permissions[user].canDelete);
    }

    function canGrant(address user) public view returns (bool) {
        return !deleted && (user == owner || _permissions[user].canGrant);
    }

    /// @notice True when anyone may subscribe (the stream is not private).
    function isPublic() external view returns (bool) {
        return !deleted && block.timestamp < _permissions[address(0)].subscribeExpiry;
    }

    // ---- permissions ----

    /// @notice Sets every field of `user`'s permission. Owner or canGrant holders only.
    function setPermission(address user, Permission calldata p) external live onlyGranter {
        _set(user, p, _msgSender());
    }

    /// @notice Sets many users' permissions in one transaction.
    function setPermissions(address[] calldata users, Permission[] calldata perms) external live onlyGranter {
        _setMany(users, perms, _msgSender());
    }

    /// @notice Lets `user` publish until `expiry` (other fields unchanged).
    function grantPublish(address user, uint64 expiry) external live onlyGranter {
        Permission memory p = _permissions[user];
        p.publishExpiry = expiry;
        _set(user, p, _msgSender());
    }

    /// @notice Lets `user` subscribe until `expiry` (other fields unchanged).
    function grantSubscribe(address user, uint64 expiry) external live onlyGranter {
        Permission memory p = _permissions[user];
        p.subscribeExpiry = expiry;
        _set(user, p, _msgSender());
    }

    /// @notice Extends `user`'s subscribe right to at least `expiry`; never shortens it.
    /// Used by license contracts holding canGrant.
    function extendSubscribe(address user, uint64 expiry) external live onlyGranter {
        Permission memory p = _permissions[user];
        if (expiry <= p.subscribeExpiry) return;
        p.subscribeExpiry = expiry;
        _set(user, p, _msgSender());
    }

    /// @notice Removes every right of `user`.
    function revokeAll(address user) external live onlyGranter {
        _set(user, Permission(0, 0, false, false, false), _msgSender());
    }

    // ---- configuration ----

    function setMetadata(string calldata metadata_) external live {
        address sender = _msgSender();
        if (!canEdit(sender)) revert NotAuthorized(sender);
        _checkMetadata(metadata_);
        metadata = metadata_;
        emit MetadataUpdated(metadata_, sender);
    }

    function setPartitions(uint32 partitions_) external live {
        address sender = _msgSender();
        if (!canEdit(sender)) revert NotAuthorized(sender);
        _checkPartitions(partitions_);
        _partitions = uint8(partitions_);
        emit PartitionsUpdated(partitions_, sender);
    }

    function transferOwnership(address newOwner) external live {
        address sender = _msgSender();
        if (sender != owner) revert NotOwner();
        if (newOwner == address(0)) revert ZeroAddress();
        owner = newOwner;
        emit OwnershipTransferred(sender, newOwner);
    }

    /// @notice Called by the registry when an authorized user deletes the stream.
    function markDeleted(address by) external live {
        if (msg.sender != registry) revert NotRegistry();
        deleted = true;
        emit Deleted(by);
    }

    // ---- encryption keys of subscribers ----

    /// @notice Registers the caller's encryption public key (33-byte compressed secp256k1).
    function setEncryptionKey(bytes calldata key) external live {
        address sender = _msgSender();
        _setKey(sender, key, sender);
    }

    /// @notice Registers `user`'s key on their behalf (license contracts, granters).
    function setEncryptionKeyFor(address user, bytes calldata key) external live onlyGranter {
        _setKey(user, key, _msgSender());
    }

    function removeEncryptionKey() external {
        address sender = _msgSender();
        uint256 idx = _keyIndex[sender];
        if (idx == 0) return;
        address last = _keyHolders[_keyHolders.length - 1];
        _keyHolders[idx - 1] = last;
        _keyIndex[last] = idx;
        _keyHolders.pop();
        delete _keyIndex[sender];
        delete _keys[sender];
        emit EncryptionKeyRemoved(sender, sender);
    }

    function encryptionKeyOf(address user) external view returns (bytes memory) {
        return _keys[user];
    }

    function keyHolderCount() external view returns (uint256) {
        return _keyHolders.length;
    }

    /// @notice Pages through subscribers' keys (for publishers sealing group keys).
    function keyHolders(uint256 offset, uint256 limit)
        external
        view
        returns (address[] memory users, bytes[] memory keys)
    {
        uint256 n = _keyHolders.length;
        if (offset >= n) return (new address[](0), new bytes[](0));
        uint256 end = limit > n - offset ? n : offset + limit; // no overflow for huge limits
        users = new address[](end - offset);
        keys = new bytes[](end - offset);
        for (uint256 i = offset; i < end; i++) {
            users[i - offset] = _keyHolders[i];
            keys[i - offset] = _keys[_keyHolders[i]];
        }
    }

    // ---- internals ----

    function _requireGranter(address sender) private view {
        if (sender != owner && !_permissions[sender].canGrant) revert NotAuthorized(sender);
    }

    function _setMany(address[] calldata users, Permission[] calldata perms, address by) private {
        if (users.length != perms.length) revert LengthMismatch();
        for (uint256 i = 0; i < users.length; i++) {
            _set(users[i], perms[i], by);
        }
    }

    function _set(address user, Permission memory p, address by) private {
        if (user == address(0) && (p.canEdit || p.canDelete || p.canGrant)) revert PublicCannotManage();
        _permissions[user] = p;
        emit PermissionUpdated(user, p.publishExpiry, p.subscribeExpiry, p.canEdit, p.canDelete, p.canGrant, by);
    }

    function _setKey(address user, bytes calldata key, address by) private {
        if (key.length != ENCRYPTION_KEY_BYTES || (key[0] != 0x02 && key[0] != 0x03)) revert InvalidEncryptionKey();
        if (user == address(0)) revert ZeroAddress();
        if (_keyIndex[user] == 0) {
            _keyHolders.push(user);
            _keyIndex[user] = _keyHolders.length;
        }
        _keys[user] = key;
        emit EncryptionKeySet(user, key, by);
    }

    function _checkPartitions(uint32 p) private pure {
        if (p == 0 || p > MAX_PARTITIONS) revert InvalidPartitions(p);
    }

    function _checkMetadata(string calldata m) private pure {
        if (bytes(m).length > MAX_METADATA_BYTES) revert MetadataTooLong(bytes(m).length);
    }
}
