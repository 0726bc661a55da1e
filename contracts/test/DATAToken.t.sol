// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {DATAToken} from "../src/DATAToken.sol";
import {IERC677Receiver} from "../src/interfaces/IERC677Receiver.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// Records every onTokenTransfer it receives.
contract RecordingReceiver is IERC677Receiver {
    address public lastToken;
    address public lastFrom;
    uint256 public lastAmount;
    bytes public lastData;
    uint256 public calls;

    function onTokenTransfer(address from, uint256 amount, bytes calldata data) external {
        lastToken = msg.sender;
        lastFrom = from;
        lastAmount = amount;
        lastData = data;
        calls++;
    }
}

/// Refuses every payment.
contract RevertingReceiver is IERC677Receiver {
    error Refused();

    function onTokenTransfer(address, uint256, bytes calldata) external pure {
        revert Refused();
    }
}

/// A contract that does not implement onTokenTransfer at all.
contract NotAReceiver {}

contract DATATokenTest is Test {
    DATAToken token;

    address admin = address(0xAD);
    uint256 alicePk = 0xA11CE;
    address alice;
    address bob = address(0xB0B);

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Transfer(address indexed from, address indexed to, uint256 value, bytes data);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    bytes32 constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    function setUp() public {
        token = new DATAToken(admin);
        alice = vm.addr(alicePk);
        vm.prank(admin);
        token.mint(alice, 1000 ether);
    }

    // ---- metadata and roles ----

    function test_metadata() public view {
        assertEq(token.name(), "Streamr DATA");
        assertEq(token.symbol(), "DATA");
        assertEq(uint256(token.decimals()), 18);
        assertEq(token.totalSupply(), 1000 ether);
    }

    function test_constructorGrantsAdminAndMinter() public view {
        assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), admin));
        assertTrue(token.hasRole(token.MINTER_ROLE(), admin));
        assertFalse(token.hasRole(token.MINTER_ROLE(), alice));
    }

    function test_mint() public {
        vm.expectEmit(address(token));
        emit Transfer(address(0), bob, 5 ether);
        vm.prank(admin);
        token.mint(bob, 5 ether);
        assertEq(token.balanceOf(bob), 5 ether);
        assertEq(token.totalSupply(), 1005 ether);
    }

    function test_mint_revertsForNonMinter() public {
        bytes32 role = token.MINTER_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, role));
        vm.prank(bob);
        token.mint(bob, 1);
    }

    function test_mint_revertsToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(admin);
        token.mint(address(0), 1);
    }

    function test_adminCanGrantMinter() public {
        bytes32 role = token.MINTER_ROLE();
        vm.prank(admin);
        token.grantRole(role, bob);
        vm.prank(bob);
        token.mint(bob, 7);
        assertEq(token.balanceOf(bob), 7);
    }

    function test_grantRole_revertsForNonAdmin() public {
        bytes32 role = token.MINTER_ROLE();
        bytes32 adminRole = token.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, adminRole)
        );
        vm.prank(bob);
        token.grantRole(role, bob);
    }

    function test_revokedMinterCannotMint() public {
        bytes32 role = token.MINTER_ROLE();
        vm.prank(admin);
        token.revokeRole(role, admin);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, role));
        vm.prank(admin);
        token.mint(admin, 1);
    }

    function test_supportsInterface() public view {
        assertTrue(token.supportsInterface(type(IAccessControl).interfaceId));
        assertFalse(token.supportsInterface(0xffffffff));
    }

    // ---- ERC-20 ----

    function test_transfer() public {
        vm.expectEmit(address(token));
        emit Transfer(alice, bob, 10 ether);
        vm.prank(alice);
        assertTrue(token.transfer(bob, 10 ether));
        assertEq(token.balanceOf(alice), 990 ether);
        assertEq(token.balanceOf(bob), 10 ether);
    }

    function test_transfer_revertsOnInsufficientBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, uint256(0), uint256(1))
        );
        vm.prank(bob);
        token.transfer(alice, 1);
    }

    function test_transfer_revertsToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        token.transfer(address(0), 1);
    }

    function test_approveAndTransferFrom() public {
        vm.expectEmit(address(token));
        emit Approval(alice, bob, 30 ether);
        vm.prank(alice);
        assertTrue(token.approve(bob, 30 ether));
        vm.prank(bob);
        assertTrue(token.transferFrom(alice, bob, 20 ether));
        assertEq(token.allowance(alice, bob), 10 ether);
        assertEq(token.balanceOf(bob), 20 ether);
    }

    function test_transferFrom_infiniteAllowanceNotDecreased() public {
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.prank(bob);
        token.transferFrom(alice, bob, 20 ether);
        assertEq(token.allowance(alice, bob), type(uint256).max);
    }

    function test_transferFrom_revertsOnInsufficientAllowance() public {
        vm.prank(alice);
        token.approve(bob, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, bob, uint256(1 ether), uint256(2 ether)
            )
        );
        vm.prank(bob);
        token.transferFrom(alice, bob, 2 ether);
    }

    function test_approve_revertsForZeroSpender() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSpender.selector, address(0)));
        vm.prank(alice);
        token.approve(address(0), 1);
    }

    // ---- burning ----

    function test_burn() public {
        vm.expectEmit(address(token));
        emit Transfer(alice, address(0), 100 ether);
        vm.prank(alice);
        token.burn(100 ether);
        assertEq(token.balanceOf(alice), 900 ether);
        assertEq(token.totalSupply(), 900 ether);
    }

    function test_burn_revertsBeyondBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, uint256(0), uint256(1))
        );
        vm.prank(bob);
        token.burn(1);
    }

    function test_burnFrom() public {
        vm.prank(alice);
        token.approve(bob, 50 ether);
        vm.prank(bob);
        token.burnFrom(alice, 40 ether);
        assertEq(token.balanceOf(alice), 960 ether);
        assertEq(token.allowance(alice, bob), 10 ether);
        assertEq(token.totalSupply(), 960 ether);
    }

    function test_burnFrom_revertsWithoutAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, uint256(0), uint256(1))
        );
        vm.prank(bob);
        token.burnFrom(alice, 1);
    }

    // ---- ERC-677 transferAndCall ----

    function test_transferAndCall_toReceiverContract() public {
        RecordingReceiver r = new RecordingReceiver();
        bytes memory data = abi.encode(uint256(42), "hello");
        vm.expectEmit(address(token));
        emit Transfer(alice, address(r), 3 ether);
        vm.expectEmit(address(token));
        emit Transfer(alice, address(r), 3 ether, data);
        vm.prank(alice);
        assertTrue(token.transferAndCall(address(r), 3 ether, data));
        assertEq(token.balanceOf(address(r)), 3 ether);
        assertEq(r.calls(), 1);
        assertEq(r.lastToken(), address(token));
        assertEq(r.lastFrom(), alice);
        assertEq(r.lastAmount(), 3 ether);
        assertEq(r.lastData(), data);
    }

    function test_transferAndCall_receiverSeesBalanceDuringCallback() public {
        BalanceCheckingReceiver r = new BalanceCheckingReceiver(token);
        vm.prank(alice);
        token.transferAndCall(address(r), 4 ether, "");
        assertEq(r.balanceSeen(), 4 ether);
    }

    function test_transferAndCall_toEOA() public {
        vm.expectEmit(address(token));
        emit Transfer(alice, bob, 2 ether, hex"beef");
        vm.prank(alice);
        assertTrue(token.transferAndCall(bob, 2 ether, hex"beef"));
        assertEq(token.balanceOf(bob), 2 ether);
    }

    function test_transferAndCall_revertingReceiverRevertsTransfer() public {
        RevertingReceiver r = new RevertingReceiver();
        vm.expectRevert(RevertingReceiver.Refused.selector);
        vm.prank(alice);
        token.transferAndCall(address(r), 1 ether, "");
        assertEq(token.balanceOf(alice), 1000 ether);
        assertEq(token.balanceOf(address(r)), 0);
    }

    function test_transferAndCall_nonReceiverContractReverts() public {
        NotAReceiver r = new NotAReceiver();
        vm.expectRevert();
        vm.prank(alice);
        token.transferAndCall(address(r), 1 ether, "");
        assertEq(token.balanceOf(address(r)), 0);
    }

    function test_transferAndCall_revertsOnInsufficientBalance() public {
        RecordingReceiver r = new RecordingReceiver();
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, uint256(0), uint256(1))
        );
        vm.prank(bob);
        token.transferAndCall(address(r), 1, "");
    }

    function test_transferAndCall_revertsToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        token.transferAndCall(address(0), 1, "");
    }

    // ---- ERC-2612 permit ----

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Streamr DATA"), keccak256("1"), block.chainid, address(token))
        );
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    function test_domainSeparatorMatchesEIP712() public view {
        assertEq(token.DOMAIN_SEPARATOR(), _domainSeparator());
    }

    function test_permit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alicePk, _permitDigest(alice, bob, 77 ether, 0, deadline));
        vm.expectEmit(address(token));
        emit Approval(alice, bob, 77 ether);
        token.permit(alice, bob, 77 ether, deadline, v, r, s); // anyone may relay it
        assertEq(token.allowance(alice, bob), 77 ether);
        assertEq(token.nonces(alice), 1);
        vm.prank(bob);
        token.transferFrom(alice, bob, 77 ether);
        assertEq(token.balanceOf(bob), 77 ether);
    }

    function test_permit_revertsOnReplay() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alicePk, _permitDigest(alice, bob, 1 ether, 0, deadline));
        token.permit(alice, bob, 1 ether, deadline, v, r, s);
        // the nonce moved on, so the same signature now recovers someone else
        vm.expectRevert();
        token.permit(alice, bob, 1 ether, deadline, v, r, s);
    }

    function test_permit_revertsWhenExpired() public {
        vm.warp(10_000);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alicePk, _permitDigest(alice, bob, 1 ether, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, bob, 1 ether, deadline, v, r, s);
    }

    function test_permit_acceptedAtDeadline() public {
        vm.warp(10_000);
        uint256 deadline = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alicePk, _permitDigest(alice, bob, 1 ether, 0, deadline));
        token.permit(alice, bob, 1 ether, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), 1 ether);
    }

    function test_permit_revertsOnWrongSigner() public {
        uint256 malloryPk = 0xBAD;
        uint256 deadline = block.timestamp + 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(malloryPk, _permitDigest(alice, bob, 1 ether, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(malloryPk), alice));
        token.permit(alice, bob, 1 ether, deadline, v, r, s);
    }

    function test_permit_revertsOnTamperedValue() public {
        uint256 deadline = block.timestamp + 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(alicePk, _permitDigest(alice, bob, 1 ether, 0, deadline));
        vm.expectRevert();
        token.permit(alice, bob, 2 ether, deadline, v, r, s);
        assertEq(token.allowance(alice, bob), 0);
    }

    // ---- fuzz ----

    function testFuzz_transferConservesSupply(uint256 amount, address to) public {
        vm.assume(to != address(0) && to != alice);
        amount = bound(amount, 0, 1000 ether);
        uint256 supply = token.totalSupply();
        vm.prank(alice);
        token.transfer(to, amount);
        assertEq(token.balanceOf(alice) + token.balanceOf(to), 1000 ether);
        assertEq(token.totalSupply(), supply);
    }

    function testFuzz_permit(uint256 pk, address spender, uint256 value, uint256 deadline) public {
        pk = bound(pk, 1, 115792089237316195423570985008687907852837564279074904382605163141518161494336);
        vm.assume(spender != address(0));
        deadline = bound(deadline, block.timestamp, type(uint256).max);
        address owner = vm.addr(pk);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, _permitDigest(owner, spender, value, 0, deadline));
        token.permit(owner, spender, value, deadline, v, r, s);
        assertEq(token.allowance(owner, spender), value);
        assertEq(token.nonces(owner), 1);
    }
}

/// Checks that the tokens have arrived before the callback runs.
contract BalanceCheckingReceiver is IERC677Receiver {
    DATAToken immutable token;
    uint256 public balanceSeen;

    constructor(DATAToken t) {
        token = t;
    }

    function onTokenTransfer(address, uint256, bytes calldata) external {
        balanceSeen = token.balanceOf(address(this));
    }
}
