// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A contract that receives stream events from DeliveryHub.
interface IStreamConsumer {
    /// @notice Called by the hub once per delivered event, with the gas limit the subscription set.
    /// A revert here does not undo the delivery (the hub emits ConsumerFailed instead).
    function onStreamEvent(
        address stream,
        uint32 partition,
        address publisher,
        uint64 timestamp,
        uint32 sequence,
        bytes calldata content
    ) external;
}
