// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @title Streamr trusted forwarder
/// @notice ERC-2771 forwarder: a relayer submits a request the user signed (EIP-712), so users
/// create and configure streams without holding ETH. Domain: {name: "StreamrForwarder", version: "1"}.
contract StreamrForwarder is ERC2771Forwarder {
    constructor() ERC2771Forwarder("StreamrForwarder") {}
}
