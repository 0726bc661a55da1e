// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice What other contracts (DataLicense) read from the NetworkCoordinator.
interface INetworkCoordinator {
    /// @notice Length of an epoch in seconds; epoch e covers [e * epochLength, (e + 1) * epochLength).
    function epochLength() external view returns (uint64);

    /// @notice The epoch containing `timestamp`.
    function epochOf(uint256 timestamp) external view returns (uint64);

    /// @notice The Merkle root the assigned brokers of `networkPartition` agreed on for `epoch`,
    /// or zero while there is no agreement.
    function agreedRoot(uint32 networkPartition, uint64 epoch) external view returns (bytes32);
}
