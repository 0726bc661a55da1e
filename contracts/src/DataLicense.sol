// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IERC677Receiver} from "./interfaces/IERC677Receiver.sol";
import {IStream} from "./interfaces/IStream.sol";
import {INetworkCoordinator} from "./interfaces/INetworkCoordinator.sol";

/// @title DataLicense
/// @notice Data marketplace. A product bundles streams at a price per second; buying it (approve +
/// `buy`, ERC-2612 `buyWithPermit`, or one DATA `transferAndCall`) grants the buyer subscribe
/// permission on every stream until the license expires and optionally registers the buyer's
/// encryption key on them. This contract must hold canGrant on each stream.
///
/// Payment: a protocol fee (at most MAX_FEE_BPS) is credited to the treasury at purchase; the
/// rest is escrowed per license and released to the product's beneficiary epoch by epoch, when
/// a Merkle proof shows (against the NetworkCoordinator's agreed root) that one of the product's
/// streams delivered events in that epoch. Escrow left after the license ended plus the grace
/// period (unserved time) is refunded to the buyer.
///
/// Escrow accounting: a license term holds `escrow` (DATA not yet released or refunded) and
/// `unsettled` (its seconds not yet released or refunded). Releasing an epoch moves
/// escrow * overlap / unsettled to the beneficiary, where overlap is the epoch's seconds inside
/// the term; so the escrow is always exactly what remains to pay out and the contract stays
/// solvent whatever the order of releases, extensions and refunds.
///
/// Leaf of the delivery Merkle tree (built by brokers):
/// keccak256(bytes.concat(keccak256(abi.encode(address stream, uint32 streamPartition,
/// uint64 epoch, uint64 count, bytes32 rollingHash)))), pairs hashed sorted (OpenZeppelin MerkleProof).
contract DataLicense is IERC677Receiver, EIP712, Ownable2Step, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint16 public constant MAX_FEE_BPS = 1000;
    uint256 public constant MAX_STREAMS = 32;
    uint256 public constant MAX_SECONDS = 100 * 365 days;
    uint256 public constant MAX_GRACE_PERIOD = 365 days;
    uint256 private constant BPS = 10_000;

    /// EIP-712 type of the KYC attestation a product's requiredAttester signs.
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(address buyer,uint256 productId,uint256 deadline)");

    // ---- errors ----

    error NotProductOwner(uint256 productId);
    error ProductInactive(uint256 productId);
    error UnknownProduct(uint256 productId);
    error NoStreams();
    error TooManyStreams();
    error DuplicateStream(address stream);
    error NotStreamGranter(address stream);
    error LicenseNotGranter(address stream);
    error ZeroAddress();
    error InvalidSeconds(uint256 seconds_);
    error BelowMinimumSeconds(uint256 seconds_, uint256 minSeconds);
    error WrongAmount(uint256 expected, uint256 received);
    error NotToken();
    error AttestationExpired(uint256 deadline);
    error InvalidAttestation();
    error PreviousTermUnsettled();
    error AmountOverflow();
    error FeeTooHigh(uint256 bps);
    error GraceTooLong(uint256 seconds_);
    error NoDeliveries();
    error InvalidStreamIndex(uint256 index);
    error EpochNotAgreed(uint32 networkPartition, uint64 epoch);
    error InvalidProof();
    error AlreadyReleased(uint64 epoch);
    error NothingToRelease();
    error NothingToRefund();
    error NotLicensed();
    error NothingToWithdraw();

    // ---- events ----

    event ProductCreated(
        uint256 indexed productId,
        address indexed owner,
        address beneficiary,
        address[] streams,
        uint256 pricePerSecond,
        uint64 minSeconds,
        string termsCID,
        address requiredAttester,
        string metadata
    );
    event ProductUpdated(
        uint256 indexed productId,
        address indexed owner,
        address beneficiary,
        address[] streams,
        uint256 pricePerSecond,
        uint64 minSeconds,
        string termsCID,
        address requiredAttester,
        string metadata
    );
    event ProductDeactivated(uint256 indexed productId);
    event LicensePurchased(
        uint256 indexed productId,
        address indexed buyer,
        address indexed payer,
        uint256 seconds_,
        uint256 price,
        uint256 fee,
        uint64 newExpiry
    );
    event PaymentReleased(
        uint256 indexed productId, address indexed buyer, uint64 indexed epoch, address beneficiary, uint256 amount
    );
    event Refunded(uint256 indexed productId, address indexed buyer, uint256 amount);
    event Flagged(uint256 indexed productId, address indexed buyer, string reason);
    event Withdrawn(address indexed account, uint256 amount);
    event FeeChanged(uint16 feeBps);
    event TreasuryChanged(address treasury);
    event GracePeriodChanged(uint64 seconds_);

    // ---- types ----

    struct Product {
        // slot 0: what a purchase reads first
        address requiredAttester;
        uint64 minSeconds;
        bool active;
        // slot 1
        address beneficiary;
        uint96 pricePerSecond;
        // slot 2
        address owner;
        address[] streams;
        string termsCID;
        string metadata;
    }

    /// One license term: a continuous stretch of licensed time (one slot).
    struct Term {
        uint40 start;
        uint40 expiry;
        uint40 unsettled; // seconds of the term not yet released or refunded
        uint128 escrow; // DATA not yet released or refunded
    }

    /// The current term and, after a lapse and a renewal, the previous one while it still holds
    /// escrow.
    struct License {
        Term cur;
        Term prev;
    }

    /// A broker-tree leaf proving that `stream`/`streamPartition` carried `count` events in an epoch.
    struct DeliveryProof {
        uint32 networkPartition;
        uint32 streamIndex; // index into the product's streams
        uint32 streamPartition;
        uint64 count;
        bytes32 rollingHash;
        bytes32[] proof;
    }

    /// A purchase being processed.
    struct Order {
        address payer;
        address buyer;
        uint256 productId;
        uint256 seconds_;
        bytes encryptionKey;
        uint256 attesterDeadline;
        bytes attesterSig;
        bool pull; // true: transferFrom the payer; false: `received` already arrived (ERC-677)
        uint256 received;
    }

    /// ERC-2612 permit for the purchase price.
    struct Permit {
        uint256 deadline;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    // ---- state ----

    IERC20 public immutable token;
    INetworkCoordinator public immutable coordinator;
    uint64 public immutable epochLength;

    address public treasury;
    uint16 public feeBps;
    uint64 public refundGracePeriod;

    uint256 public productCount;
    mapping(uint256 => Product) private _products;
    mapping(uint256 => mapping(address => License)) private _licenses;
    /// productId => buyer => epoch / 256 => bitmap of released epochs
    mapping(uint256 => mapping(address => mapping(uint256 => uint256))) private _released;
    /// Released payments and fees, withdrawable.
    mapping(address => uint256) public owed;
    mapping(uint256 => uint256) public flagCount;

    constructor(
        IERC20 token_,
        INetworkCoordinator coordinator_,
        address owner_,
        address treasury_,
        uint16 feeBps_,
        uint64 refundGracePeriod_
    ) EIP712("StreamrDataLicense", "1") Ownable(owner_) {
        if (address(token_) == address(0) || address(coordinator_) == address(0) || treasury_ == address(0)) {
            revert ZeroAddress();
        }
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_);
        if (refundGracePeriod_ > MAX_GRACE_PERIOD) revert GraceTooLong(refundGracePeriod_);
        token = token_;
        coordinator = coordinator_;
        epochLength = coordinator_.epochLength();
        treasury = treasury_;
        feeBps = feeBps_;
        refundGracePeriod = refundGracePeriod_;
    }

    // ---- products ----

    /// @notice Creates a product over `streams`, owned by the caller. The caller must hold
    /// canGrant on every stream and must have granted canGrant to this contract.
    /// Streams are fixed for the product's life (buyers' escrow depends on them).
    function createProduct(
        address beneficiary,
        address[] calldata streams,
        uint96 pricePerSecond,
        uint64 minSeconds,
        string calldata termsCID,
        address requiredAttester,
        string calldata metadata
    ) external returns (uint256 productId) {
        if (beneficiary == address(0)) revert ZeroAddress();
        uint256 n = streams.length;
        if (n == 0) revert NoStreams();
        if (n > MAX_STREAMS) revert TooManyStreams();
        for (uint256 i = 0; i < n; i++) {
            address s = streams[i];
            for (uint256 j = 0; j < i; j++) {
                if (streams[j] == s) revert DuplicateStream(s);
            }
            _checkGrants(s);
        }
        productId = ++productCount;
        Product storage p = _products[productId];
        p.requiredAttester = requiredAttester;
        p.minSeconds = minSeconds;
        p.active = true;
        p.beneficiary = beneficiary;
        p.pricePerSecond = pricePerSecond;
        p.owner = msg.sender;
        p.streams = streams;
        p.termsCID = termsCID;
        p.metadata = metadata;
        emit ProductCreated(
            productId,
            msg.sender,
            beneficiary,
            streams,
            pricePerSecond,
            minSeconds,
            termsCID,
            requiredAttester,
            metadata
        );
    }

    /// @notice Changes a product's terms (not its streams). Owner only; the owner must still
    /// hold canGrant on every stream. Existing licenses keep what they paid for.
    function updateProduct(
        uint256 productId,
        address beneficiary,
        uint96 pricePerSecond,
        uint64 minSeconds,
        string calldata termsCID,
        address requiredAttester,
        string calldata metadata
    ) external {
        Product storage p = _ownedProduct(productId);
        if (!p.active) revert ProductInactive(productId);
        if (beneficiary == address(0)) revert ZeroAddress();
        address[] memory streams = p.streams;
        for (uint256 i = 0; i < streams.length; i++) {
            _checkGrants(streams[i]);
        }
        p.requiredAttester = requiredAttester;
        p.minSeconds = minSeconds;
        p.beneficiary = beneficiary;
        p.pricePerSecond = pricePerSecond;
        p.termsCID = termsCID;
        p.metadata = metadata;
        emit ProductUpdated(
            productId,
            msg.sender,
            beneficiary,
            streams,
            pricePerSecond,
            minSeconds,
            termsCID,
            requiredAttester,
            metadata
        );
    }

    /// @notice Stops sales of a product for good. Existing licenses, releases and refunds continue.
    function deactivateProduct(uint256 productId) external {
        Product storage p = _ownedProduct(productId);
        if (!p.active) revert ProductInactive(productId);
        p.active = false;
        emit ProductDeactivated(productId);
    }

    // ---- buying ----

    /// @notice Buys (or extends) the caller's license for `seconds_`, paying with a prior
    /// approval. `encryptionKey` (33-byte compressed secp256k1, or empty) is registered on every
    /// stream. Products requiring an attestation need `buyFor`.
    function buy(uint256 productId, uint256 seconds_, bytes calldata encryptionKey) external nonReentrant {
        _buy(Order(msg.sender, msg.sender, productId, seconds_, encryptionKey, 0, "", true, 0));
    }

    /// @notice Buys (or extends) a license for `buyer`, paid by the caller (approval), with the
    /// attester's signature when the product requires one.
    function buyFor(
        address buyer,
        uint256 productId,
        uint256 seconds_,
        bytes calldata encryptionKey,
        uint256 attesterDeadline,
        bytes calldata attesterSig
    ) external nonReentrant {
        if (buyer == address(0)) revert ZeroAddress();
        _buy(Order(msg.sender, buyer, productId, seconds_, encryptionKey, attesterDeadline, attesterSig, true, 0));
    }

    /// @notice Like `buyFor(msg.sender, ...)` with an ERC-2612 permit for exactly the price. A
    /// permit that fails (e.g. already used by a front-runner) is ignored when the allowance is
    /// there anyway.
    function buyWithPermit(
        uint256 productId,
        uint256 seconds_,
        bytes calldata encryptionKey,
        uint256 attesterDeadline,
        bytes calldata attesterSig,
        Permit calldata permit
    ) external nonReentrant {
        (uint256 price,) = quote(productId, seconds_);
        try IERC20Permit(address(token))
            .permit(msg.sender, address(this), price, permit.deadline, permit.v, permit.r, permit.s) {}
            catch {}
        _buy(Order(msg.sender, msg.sender, productId, seconds_, encryptionKey, attesterDeadline, attesterSig, true, 0));
    }

    /// @notice ERC-677 entry: DATA.transferAndCall(license, price, abi.encode(productId,
    /// seconds, encryptionKey, attesterDeadline, attesterSig)) buys for the sender in one
    /// transaction. The amount must equal the price exactly.
    function onTokenTransfer(address from, uint256 amount, bytes calldata data) external nonReentrant {
        if (msg.sender != address(token)) revert NotToken();
        Order memory o;
        (o.productId, o.seconds_, o.encryptionKey, o.attesterDeadline, o.attesterSig) =
            abi.decode(data, (uint256, uint256, bytes, uint256, bytes));
        o.payer = from;
        o.buyer = from;
        o.received = amount;
        _buy(o);
    }

    /// @notice Price and protocol fee of `seconds_` of a product.
    function quote(uint256 productId, uint256 seconds_) public view returns (uint256 price, uint256 fee) {
        price = uint256(_products[productId].pricePerSecond) * seconds_;
        fee = price * feeBps / BPS;
    }

    // ---- settlement ----

    /// @notice Releases to the beneficiary the escrow share of `epoch` in `buyer`'s license, given
    /// a proof that one of the product's streams delivered events (count > 0) in that epoch,
    /// against the coordinator's agreed root of `proof.networkPartition`. Anyone may call.
    function release(uint256 productId, address buyer, uint64 epoch, DeliveryProof calldata proof)
        external
        nonReentrant
        returns (uint256 amount)
    {
        Product storage p = _products[productId];
        _verifyDelivery(p, epoch, proof);
        mapping(uint256 => uint256) storage released = _released[productId][buyer];
        uint256 bits = released[epoch >> 8];
        uint256 bit = 1 << (epoch & 0xff);
        if (bits & bit != 0) revert AlreadyReleased(epoch);
        released[epoch >> 8] = bits | bit;

        uint256 from = uint256(epoch) * epochLength;
        License storage l = _licenses[productId][buyer];
        amount = _take(l.cur, from, from + epochLength) + _take(l.prev, from, from + epochLength);
        if (amount == 0) revert NothingToRelease();
        address beneficiary = p.beneficiary;
        owed[beneficiary] += amount;
        emit PaymentReleased(productId, buyer, epoch, beneficiary, amount);
    }

    /// @notice Refunds to `buyer` the escrow of their license terms that ended more than the
    /// grace period ago (time never proven served). Anyone may call; the buyer gets the DATA.
    function refund(uint256 productId, address buyer) external nonReentrant returns (uint256 amount) {
        License storage l = _licenses[productId][buyer];
        uint256 grace = refundGracePeriod;
        amount = _refundTerm(l.cur, grace) + _refundTerm(l.prev, grace);
        if (amount == 0) revert NothingToRefund();
        emit Refunded(productId, buyer, amount);
        token.safeTransfer(buyer, amount);
    }

    /// @notice Pays out the caller's released payments (beneficiaries) or fees (treasury).
    function withdraw() external nonReentrant {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        owed[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Reports bad data on a product; only holders of a current license.
    function flag(uint256 productId, string calldata reason) external {
        if (_licenses[productId][msg.sender].cur.expiry <= block.timestamp) revert NotLicensed();
        flagCount[productId] += 1;
        emit Flagged(productId, msg.sender, reason);
    }

    // ---- admin ----

    function setFeeBps(uint16 feeBps_) external onlyOwner {
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_);
        feeBps = feeBps_;
        emit FeeChanged(feeBps_);
    }

    function setTreasury(address treasury_) external onlyOwner {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasuryChanged(treasury_);
    }

    function setRefundGracePeriod(uint64 seconds_) external onlyOwner {
        if (seconds_ > MAX_GRACE_PERIOD) revert GraceTooLong(seconds_);
        refundGracePeriod = seconds_;
        emit GracePeriodChanged(seconds_);
    }

    // ---- views ----

    function product(uint256 productId) external view returns (Product memory) {
        return _products[productId];
    }

    function productStreams(uint256 productId) external view returns (address[] memory) {
        return _products[productId].streams;
    }

    function license(uint256 productId, address buyer) external view returns (License memory) {
        return _licenses[productId][buyer];
    }

    /// @notice When `buyer`'s license ends (0 when never bought).
    function expiryOf(uint256 productId, address buyer) external view returns (uint64) {
        return _licenses[productId][buyer].cur.expiry;
    }

    /// @notice DATA held for `buyer`'s license (not yet released or refunded).
    function escrowOf(uint256 productId, address buyer) external view returns (uint256) {
        License storage l = _licenses[productId][buyer];
        return uint256(l.cur.escrow) + l.prev.escrow;
    }

    function isReleased(uint256 productId, address buyer, uint64 epoch) external view returns (bool) {
        return _released[productId][buyer][epoch >> 8] & (1 << (epoch & 0xff)) != 0;
    }

    /// @notice The delivery Merkle leaf (see the contract notes).
    function deliveryLeaf(address stream, uint32 streamPartition, uint64 epoch, uint64 count, bytes32 rollingHash)
        public
        pure
        returns (bytes32)
    {
        return keccak256(bytes.concat(keccak256(abi.encode(stream, streamPartition, epoch, count, rollingHash))));
    }

    /// @notice EIP-712 digest the attester signs for `buyer`.
    function attestationDigest(address buyer, uint256 productId, uint256 deadline) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(ATTESTATION_TYPEHASH, buyer, productId, deadline)));
    }

    // ---- internals ----

    function _buy(Order memory o) private {
        Product storage p = _products[o.productId];
        if (!p.active) revert ProductInactive(o.productId);
        if (o.seconds_ == 0 || o.seconds_ > MAX_SECONDS) revert InvalidSeconds(o.seconds_);
        address attester = p.requiredAttester;
        if (attester != address(0)) _checkAttestation(attester, o);

        (uint256 price, uint256 fee) = quote(o.productId, o.seconds_);
        if (!o.pull && o.received != price) revert WrongAmount(price, o.received);
        uint64 newExpiry = _extend(p, o, price - fee);
        if (fee > 0) owed[treasury] += fee;
        emit LicensePurchased(o.productId, o.buyer, o.payer, o.seconds_, price, fee, newExpiry);

        if (o.pull && price > 0) token.safeTransferFrom(o.payer, address(this), price);
        address[] storage streams = p.streams;
        uint256 n = streams.length;
        bool withKey = o.encryptionKey.length > 0;
        for (uint256 i = 0; i < n; i++) {
            IStream s = IStream(streams[i]);
            s.extendSubscribe(o.buyer, newExpiry);
            if (withKey) s.setEncryptionKeyFor(o.buyer, o.encryptionKey);
        }
    }

    /// Extends the buyer's current term, or starts a new one (keeping a lapsed term that still
    /// holds escrow as the previous term), adding `net` to its escrow.
    function _extend(Product storage p, Order memory o, uint256 net) private returns (uint64) {
        License storage l = _licenses[o.productId][o.buyer];
        Term memory cur = l.cur;
        if (cur.expiry <= block.timestamp) {
            if (o.seconds_ < p.minSeconds) revert BelowMinimumSeconds(o.seconds_, p.minSeconds);
            if (cur.escrow > 0) {
                if (l.prev.escrow > 0) revert PreviousTermUnsettled();
                l.prev = cur;
            }
            cur = Term(uint40(block.timestamp), uint40(block.timestamp), 0, 0);
        }
        uint256 newExpiry = cur.expiry + o.seconds_;
        uint256 unsettled = cur.unsettled + o.seconds_;
        uint256 escrow = cur.escrow + net;
        if (newExpiry > type(uint40).max || unsettled > type(uint40).max || escrow > type(uint128).max) {
            revert AmountOverflow();
        }
        l.cur = Term(cur.start, uint40(newExpiry), uint40(unsettled), uint128(escrow));
        return uint64(newExpiry);
    }

    function _checkAttestation(address attester, Order memory o) private view {
        if (block.timestamp > o.attesterDeadline) revert AttestationExpired(o.attesterDeadline);
        bytes32 digest = attestationDigest(o.buyer, o.productId, o.attesterDeadline);
        if (!SignatureChecker.isValidSignatureNow(attester, digest, o.attesterSig)) revert InvalidAttestation();
    }

    /// Reverts unless `proof` shows one of the product's streams delivered events in `epoch`.
    function _verifyDelivery(Product storage p, uint64 epoch, DeliveryProof calldata proof) private view {
        if (proof.count == 0) revert NoDeliveries();
        if (proof.streamIndex >= p.streams.length) revert InvalidStreamIndex(proof.streamIndex);
        bytes32 root = coordinator.agreedRoot(proof.networkPartition, epoch);
        if (root == 0) revert EpochNotAgreed(proof.networkPartition, epoch);
        bytes32 leaf =
            deliveryLeaf(p.streams[proof.streamIndex], proof.streamPartition, epoch, proof.count, proof.rollingHash);
        if (!MerkleProof.verifyCalldata(proof.proof, root, leaf)) revert InvalidProof();
    }

    /// Takes the share of [from, to) out of a term's escrow.
    function _take(Term storage t, uint256 from, uint256 to) private returns (uint256 amount) {
        Term memory m = t;
        if (m.escrow == 0) return 0;
        uint256 lo = from > m.start ? from : m.start;
        uint256 hi = to < m.expiry ? to : m.expiry;
        if (hi <= lo) return 0;
        uint256 overlap = hi - lo;
        amount = uint256(m.escrow) * overlap / m.unsettled;
        m.escrow -= uint128(amount);
        m.unsettled -= uint40(overlap);
        t.escrow = m.escrow;
        t.unsettled = m.unsettled;
    }

    function _refundTerm(Term storage t, uint256 grace) private returns (uint256 amount) {
        amount = t.escrow;
        if (amount == 0 || uint256(t.expiry) + grace > block.timestamp) return 0;
        t.escrow = 0;
        t.unsettled = 0;
    }

    function _ownedProduct(uint256 productId) private view returns (Product storage p) {
        p = _products[productId];
        if (p.owner == address(0)) revert UnknownProduct(productId);
        if (p.owner != msg.sender) revert NotProductOwner(productId);
    }

    function _checkGrants(address stream) private view {
        if (stream == address(0)) revert ZeroAddress();
        if (!IStream(stream).canGrant(msg.sender)) revert NotStreamGranter(stream);
        if (!IStream(stream).canGrant(address(this))) revert LicenseNotGranter(stream);
    }
}
