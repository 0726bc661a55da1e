// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IStreamConsumer} from "./interfaces/IStreamConsumer.sol";

/// @title FeedConsumer
/// @notice Example DeliveryHub consumer: keeps the latest event of a stream (a price feed, say).
/// A 32-byte content is taken as one ABI-encoded uint256 and stored only as `latestValue` (the
/// content is rebuilt from it); any other content (e.g. JSON) is stored as raw bytes. Kept to two
/// storage writes per event so a delivery stays cheap; the hub's Delivered event carries the
/// publisher and the message chain.
contract FeedConsumer is IStreamConsumer {
    error NotHub();

    address public immutable hub;

    // one slot
    uint64 public latestTimestamp;
    uint32 public latestSequence;
    uint64 public count;
    bool public hasValue; // the latest content was 32 bytes: see latestValue

    uint256 public latestValue;
    bytes private _latestContent; // only for contents that are not 32 bytes

    constructor(address hub_) {
        hub = hub_;
    }

    /// @inheritdoc IStreamConsumer
    function onStreamEvent(address, uint32, address, uint64 timestamp, uint32 sequence, bytes calldata content)
        external
    {
        if (msg.sender != hub) revert NotHub();
        bool isValue = content.length == 32;
        if (isValue) {
            latestValue = uint256(bytes32(content));
        } else {
            _latestContent = content;
        }
        latestTimestamp = timestamp;
        latestSequence = sequence;
        count += 1;
        hasValue = isValue;
    }

    /// @notice The latest content as delivered.
    function latestContent() external view returns (bytes memory) {
        return hasValue ? abi.encode(latestValue) : _latestContent;
    }
}
