// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test, Vm} from "../utils/Test.sol";
import {DATAToken} from "../../src/DATAToken.sol";
import {IERC677Receiver} from "../../src/interfaces/IERC677Receiver.sol";

/// A receiver contract that accepts every payment and can pass tokens on.
contract SinkReceiver is IERC677Receiver {
    uint256 public received;

    function onTokenTransfer(address, uint256 amount, bytes calldata) external {
        received += amount;
    }

    function forward(DATAToken token, address to, uint256 amount) external {
        token.transfer(to, amount);
    }
}

/// Drives DATAToken with random mints, transfers, approvals, transferFroms, burns, permits and
/// transferAndCalls among a fixed set of actors. Tokens never leave the actor set.
contract TokenHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    bytes32 constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    DATAToken public immutable token;
    SinkReceiver public immutable sink;
    address[] public actors;
    uint256[] internal pks;

    uint256 public ghostMinted;
    uint256 public ghostBurned;
    mapping(bytes32 => uint256) public calls;

    constructor() {
        token = new DATAToken(address(this));
        sink = new SinkReceiver();
        for (uint256 i = 1; i <= 4; i++) {
            pks.push(0xD00D + i);
            actors.push(vm.addr(0xD00D + i));
        }
        actors.push(address(sink));
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _eoa(uint256 seed) internal view returns (uint256 pk, address a) {
        uint256 i = seed % pks.length;
        return (pks[i], actors[i]);
    }

    function mint(uint256 toSeed, uint256 amount) external {
        amount = amount % 1e27;
        token.mint(_actor(toSeed), amount);
        ghostMinted += amount;
        calls["mint"]++;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        (, address from) = _eoa(fromSeed);
        uint256 bal = token.balanceOf(from);
        if (bal == 0) return;
        amount = amount % (bal + 1);
        vm.prank(from);
        token.transfer(_actor(toSeed), amount);
        calls["transfer"]++;
    }

    function approve(uint256 ownerSeed, uint256 spenderSeed, uint256 amount) external {
        (, address o) = _eoa(ownerSeed);
        vm.prank(o);
        token.approve(_actor(spenderSeed), amount);
        calls["approve"]++;
    }

    function transferFrom(uint256 spenderSeed, uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        (, address spender) = _eoa(spenderSeed);
        address from = _actor(fromSeed);
        uint256 max = token.balanceOf(from);
        uint256 allowed = token.allowance(from, spender);
        if (allowed < max) max = allowed;
        if (max == 0) return;
        amount = amount % (max + 1);
        vm.prank(spender);
        token.transferFrom(from, _actor(toSeed), amount);
        calls["transferFrom"]++;
    }

    function burn(uint256 fromSeed, uint256 amount) external {
        (, address from) = _eoa(fromSeed);
        uint256 bal = token.balanceOf(from);
        amount = amount % (bal + 1);
        vm.prank(from);
        token.burn(amount);
        ghostBurned += amount;
        calls["burn"]++;
    }

    function burnFrom(uint256 spenderSeed, uint256 fromSeed, uint256 amount) external {
        (, address spender) = _eoa(spenderSeed);
        address from = _actor(fromSeed);
        uint256 max = token.balanceOf(from);
        uint256 allowed = token.allowance(from, spender);
        if (allowed < max) max = allowed;
        amount = amount % (max + 1);
        vm.prank(spender);
        token.burnFrom(from, amount);
        ghostBurned += amount;
        calls["burnFrom"]++;
    }

    function transferAndCall(uint256 fromSeed, uint256 toSeed, uint256 amount, bytes calldata data) external {
        (, address from) = _eoa(fromSeed);
        uint256 bal = token.balanceOf(from);
        amount = amount % (bal + 1);
        vm.prank(from);
        token.transferAndCall(_actor(toSeed), amount, data);
        calls["transferAndCall"]++;
    }

    function sinkForwards(uint256 toSeed, uint256 amount) external {
        uint256 bal = token.balanceOf(address(sink));
        amount = amount % (bal + 1);
        sink.forward(token, _actor(toSeed), amount);
        calls["sinkForwards"]++;
    }

    function permit(uint256 ownerSeed, uint256 spenderSeed, uint256 value) external {
        (uint256 pk, address o) = _eoa(ownerSeed);
        address spender = _actor(spenderSeed);
        uint256 deadline = block.timestamp + 1;
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, o, spender, value, token.nonces(o), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        token.permit(o, spender, value, deadline, v, r, s);
        calls["permit"]++;
    }
}

contract DATATokenInvariants is Test {
    TokenHandler handler;

    function setUp() public {
        handler = new TokenHandler();
        targetContract(address(handler));
    }

    function invariant_totalSupplyEqualsSumOfBalances() public view {
        DATAToken token = handler.token();
        uint256 sum;
        uint256 n = handler.actorCount();
        for (uint256 i = 0; i < n; i++) {
            sum += token.balanceOf(handler.actors(i));
        }
        assertEq(token.totalSupply(), sum, "totalSupply != sum of balances");
    }

    function invariant_supplyIsMintedMinusBurned() public view {
        assertEq(handler.token().totalSupply(), handler.ghostMinted() - handler.ghostBurned(), "supply accounting");
    }
}
