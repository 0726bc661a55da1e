// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC677Receiver} from "./interfaces/IERC677Receiver.sol";

/// @title DATA token
/// @notice ERC-20 with ERC-2612 permit, ERC-677 transferAndCall, a minter role and burning.
contract DATAToken is ERC20, ERC20Burnable, ERC20Permit, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// ERC-677 transfer event (in addition to the ERC-20 Transfer).
    event Transfer(address indexed from, address indexed to, uint256 value, bytes data);

    constructor(address admin) ERC20("Streamr DATA", "DATA") ERC20Permit("Streamr DATA") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Transfers and, when `to` is a contract, calls its onTokenTransfer(from, amount, data).
    /// The whole transaction reverts when the receiver reverts, so a payment and what it buys are atomic.
    function transferAndCall(address to, uint256 amount, bytes calldata data) external returns (bool) {
        _transfer(msg.sender, to, amount);
        emit Transfer(msg.sender, to, amount, data);
        if (to.code.length > 0) {
            IERC677Receiver(to).onTokenTransfer(msg.sender, amount, data);
        }
        return true;
    }
}
