// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Receiver side of ERC-677 transferAndCall.
interface IERC677Receiver {
    function onTokenTransfer(address from, uint256 amount, bytes calldata data) external;
}
