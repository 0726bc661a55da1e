// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// A permission of one address on one stream. Expiries are unix seconds: a right holds while
/// block.timestamp < expiry (0 = none, type(uint64).max = forever). address(0) is "public" and
/// carries only the two expiries.
struct Permission {
    uint64 publishExpiry;
    uint64 subscribeExpiry;
    bool canEdit;
    bool canDelete;
    bool canGrant;
}

/// What other contracts (DataLicense, DeliveryHub, NetworkCoordinator) need from a stream.
interface IStream {
    function owner() external view returns (address);
    function deleted() external view returns (bool);
    function partitions() external view returns (uint32);
    function canPublish(address user) external view returns (bool);
    function canSubscribe(address user) external view returns (bool);
    function canGrant(address user) external view returns (bool);
    function extendSubscribe(address user, uint64 expiry) external;
    function setEncryptionKeyFor(address user, bytes calldata key) external;
}
