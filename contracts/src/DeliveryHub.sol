// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IStream} from "./interfaces/IStream.sol";
import {IStreamConsumer} from "./interfaces/IStreamConsumer.sol";
import {StreamMessageLib} from "./lib/StreamMessageLib.sol";

/// @title DeliveryHub
/// @notice Smart-contract subscriptions to streams. A subscriber pays a DATA deposit for a
/// consumer contract to receive the events of one stream partition; anyone may deliver a signed
/// event (`deliver`, `deliverBatch`): the hub checks the publisher's EIP-712 signature and
/// current publish permission, enforces per (publisher, message chain) order so no event is
/// delivered twice, calls the consumer with the subscription's gas limit (a failing consumer
/// does not undo the delivery) and credits the bounty to the deliverer.
///
/// Signature: EIP-712, domain {name "Streamr", version "1", chainId, verifyingContract =
/// StreamRegistry}, primary type
/// StreamMessage(uint8 version,address stream,uint32 partition,uint64 timestamp,uint32 sequence,
/// address publisher,uint8 originType,bytes32 msgChainId,uint64 prevTimestamp,uint32 prevSequence,
/// uint8 messageType,uint8 contentType,uint8 encryptionType,bytes32 groupKeyId,bytes32 contentHash)
/// with contentHash = keccak256(content) (StreamMessageLib). Only signature type 1 (EIP-712,
/// 65 bytes) with a low s is accepted.
contract DeliveryHub is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// Three slots; `deliver` reads all of them.
    struct Subscription {
        address consumer;
        uint32 callbackGasLimit;
        uint32 partition;
        bool active;
        address stream;
        uint96 bountyPerEvent;
        address owner;
        uint96 deposit;
    }

    bytes32 public constant MESSAGE_TYPEHASH = StreamMessageLib.TYPEHASH;
    uint32 public constant MAX_CALLBACK_GAS = 2_000_000;
    /// Gas kept back for the CALL itself and the work after it, on top of 1/63 (EIP-150).
    uint256 private constant CALL_RESERVE = 12_000;
    /// Number of static (32-byte) fields before `content` in StreamMessage.
    uint256 private constant STATIC_FIELDS = 14;

    error ZeroAddress();
    error InvalidConsumer(address consumer);
    error InvalidPartition(uint32 partition);
    error ConsumerCannotSubscribe(address consumer);
    error CallbackGasTooHigh(uint32 limit);
    error AmountTooLarge();
    error ZeroAmount();
    error NotSubscriptionOwner(uint256 subscriptionId);
    error SubscriptionInactive(uint256 subscriptionId);
    error WrongStream(address stream, uint32 partition);
    error AlreadyDelivered(address publisher, bytes32 msgChainId, uint64 timestamp, uint32 sequence);
    error InvalidSignature();
    error NotPublisher(address publisher);
    error InsufficientDeposit(uint256 deposit, uint256 needed);
    error InsufficientGasForCallback();
    error UnsupportedSignatureType(uint8 signatureType);
    error EmptyBatch();
    error NothingToWithdraw();

    event Subscribed(
        uint256 indexed subscriptionId,
        address indexed owner,
        address indexed stream,
        uint32 partition,
        address consumer,
        uint256 bountyPerEvent,
        uint32 callbackGasLimit,
        uint256 deposit
    );
    event ToppedUp(uint256 indexed subscriptionId, address indexed from, uint256 amount, uint256 deposit);
    event Cancelled(uint256 indexed subscriptionId, uint256 refund);
    event Delivered(
        uint256 indexed subscriptionId,
        address indexed publisher,
        bytes32 indexed msgChainId,
        uint64 timestamp,
        uint32 sequence,
        address deliverer,
        uint256 bounty
    );
    event ConsumerFailed(
        uint256 indexed subscriptionId,
        address indexed publisher,
        bytes32 indexed msgChainId,
        uint64 timestamp,
        uint32 sequence
    );
    event Withdrawn(address indexed deliverer, uint256 amount);

    IERC20 public immutable token;
    /// The StreamRegistry: verifyingContract of the message signatures.
    address public immutable registry;
    uint256 private immutable _chainId;
    bytes32 private immutable _domainSeparator;

    uint256 public subscriptionCount;
    mapping(uint256 => Subscription) private _subs;
    /// subscription => publisher => msgChainId => 1 + last delivered (timestamp << 32 | sequence);
    /// 0 = nothing delivered yet. An event is accepted when its position is >= this value.
    mapping(uint256 => mapping(address => mapping(bytes32 => uint128))) private _next;
    /// Bounties credited to deliverers.
    mapping(address => uint256) public owed;

    constructor(IERC20 token_, address registry_) {
        if (address(token_) == address(0) || registry_ == address(0)) revert ZeroAddress();
        token = token_;
        registry = registry_;
        _chainId = block.chainid;
        _domainSeparator = _buildDomainSeparator();
    }

    // ---- subscriptions ----

    /// @notice Subscribes `consumer` to `stream`/`partition`: each delivered event pays
    /// `bountyPerEvent` DATA from `deposit` (pulled with transferFrom) to its deliverer and calls
    /// the consumer with `callbackGasLimit` gas. The consumer must be allowed to subscribe.
    function subscribe(
        address stream,
        uint32 partition,
        address consumer,
        uint96 bountyPerEvent,
        uint32 callbackGasLimit,
        uint256 deposit
    ) external nonReentrant returns (uint256 subscriptionId) {
        if (stream == address(0)) revert ZeroAddress();
        if (consumer.code.length == 0) revert InvalidConsumer(consumer);
        if (partition >= IStream(stream).partitions()) revert InvalidPartition(partition);
        if (!IStream(stream).canSubscribe(consumer)) revert ConsumerCannotSubscribe(consumer);
        if (callbackGasLimit > MAX_CALLBACK_GAS) revert CallbackGasTooHigh(callbackGasLimit);
        if (deposit > type(uint96).max) revert AmountTooLarge();
        subscriptionId = ++subscriptionCount;
        _subs[subscriptionId] = Subscription({
            consumer: consumer,
            callbackGasLimit: callbackGasLimit,
            partition: partition,
            active: true,
            stream: stream,
            bountyPerEvent: bountyPerEvent,
            owner: msg.sender,
            deposit: uint96(deposit)
        });
        emit Subscribed(
            subscriptionId, msg.sender, stream, partition, consumer, bountyPerEvent, callbackGasLimit, deposit
        );
        if (deposit > 0) token.safeTransferFrom(msg.sender, address(this), deposit);
    }

    /// @notice Adds `amount` DATA (transferFrom) to a live subscription's deposit. Anyone may.
    function topUp(uint256 subscriptionId, uint256 amount) external nonReentrant {
        Subscription storage s = _subs[subscriptionId];
        if (!s.active) revert SubscriptionInactive(subscriptionId);
        if (amount == 0) revert ZeroAmount();
        uint256 deposit = s.deposit + amount;
        if (deposit > type(uint96).max) revert AmountTooLarge();
        s.deposit = uint96(deposit);
        emit ToppedUp(subscriptionId, msg.sender, amount, deposit);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Ends a subscription and refunds its unspent deposit to its owner.
    function cancel(uint256 subscriptionId) external nonReentrant {
        Subscription storage s = _subs[subscriptionId];
        if (s.owner != msg.sender) revert NotSubscriptionOwner(subscriptionId);
        if (!s.active) revert SubscriptionInactive(subscriptionId);
        uint256 refund = s.deposit;
        s.active = false;
        s.deposit = 0;
        emit Cancelled(subscriptionId, refund);
        if (refund > 0) token.safeTransfer(msg.sender, refund);
    }

    // ---- delivery ----

    /// @notice Delivers one signed event (signature inside the message) to a subscription's consumer and credits the bounty to
    /// the caller. Reverts with AlreadyDelivered (before any signature work) when the event is
    /// not strictly after the last one delivered for its (publisher, msgChainId).
    function deliver(uint256 subscriptionId, StreamMessageLib.StreamMessage calldata message) external nonReentrant {
        Subscription memory sub = _subs[subscriptionId];
        if (!sub.active) revert SubscriptionInactive(subscriptionId);
        if (sub.deposit < sub.bountyPerEvent) revert InsufficientDeposit(sub.deposit, sub.bountyPerEvent);
        _accept(subscriptionId, sub, message);
        if (!IStream(sub.stream).canPublish(message.publisher)) revert NotPublisher(message.publisher);
        uint96 bounty = sub.bountyPerEvent;
        if (bounty > 0) {
            _subs[subscriptionId].deposit = sub.deposit - bounty;
            owed[msg.sender] += bounty;
        }
        emit Delivered(
            subscriptionId,
            message.publisher,
            message.msgChainId,
            message.timestamp,
            message.sequence,
            msg.sender,
            bounty
        );
        _callConsumer(subscriptionId, sub, message);
    }

    /// @notice Delivers several signed events (in order) to one subscription. Any invalid,
    /// duplicate or unpaid event reverts the whole batch.
    function deliverBatch(uint256 subscriptionId, StreamMessageLib.StreamMessage[] calldata messages)
        external
        nonReentrant
    {
        uint256 n = messages.length;
        if (n == 0) revert EmptyBatch();
        Subscription memory sub = _subs[subscriptionId];
        if (!sub.active) revert SubscriptionInactive(subscriptionId);
        uint256 total = uint256(sub.bountyPerEvent) * n;
        if (sub.deposit < total) revert InsufficientDeposit(sub.deposit, total);
        if (total > 0) {
            _subs[subscriptionId].deposit = uint96(sub.deposit - total);
            owed[msg.sender] += total;
        }
        address checked; // last publisher whose permission was checked
        for (uint256 i = 0; i < n; i++) {
            StreamMessageLib.StreamMessage calldata m = messages[i];
            _accept(subscriptionId, sub, m);
            if (m.publisher != checked) {
                if (!IStream(sub.stream).canPublish(m.publisher)) revert NotPublisher(m.publisher);
                checked = m.publisher;
            }
            emit Delivered(
                subscriptionId, m.publisher, m.msgChainId, m.timestamp, m.sequence, msg.sender, sub.bountyPerEvent
            );
            _callConsumer(subscriptionId, sub, m);
        }
    }

    /// @notice Pays out the caller's credited bounties.
    function withdraw() external nonReentrant {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        owed[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---- views ----

    function subscription(uint256 subscriptionId) external view returns (Subscription memory) {
        return _subs[subscriptionId];
    }

    /// @notice The last delivered (timestamp, sequence) of a publisher's message chain;
    /// `any` is false when nothing was delivered yet.
    function lastDelivered(uint256 subscriptionId, address publisher, bytes32 msgChainId)
        external
        view
        returns (bool any, uint64 timestamp, uint32 sequence)
    {
        uint128 next = _next[subscriptionId][publisher][msgChainId];
        if (next == 0) return (false, 0, 0);
        return (true, uint64((next - 1) >> 32), uint32(next - 1));
    }

    function domainSeparator() public view returns (bytes32) {
        return block.chainid == _chainId ? _domainSeparator : _buildDomainSeparator();
    }

    /// @notice The EIP-712 digest a publisher signs for `message`.
    function messageDigest(StreamMessageLib.StreamMessage calldata message) public view returns (bytes32) {
        return _digest(message);
    }

    // ---- internals ----

    /// Checks stream, order and signature, then records the event as delivered.
    function _accept(uint256 subscriptionId, Subscription memory sub, StreamMessageLib.StreamMessage calldata m)
        private
    {
        if (m.stream != sub.stream || m.partition != sub.partition) revert WrongStream(m.stream, m.partition);
        uint128 position = (uint128(m.timestamp) << 32) | m.sequence;
        mapping(bytes32 => uint128) storage next = _next[subscriptionId][m.publisher];
        if (position < next[m.msgChainId]) {
            revert AlreadyDelivered(m.publisher, m.msgChainId, m.timestamp, m.sequence);
        }
        if (m.signatureType != StreamMessageLib.SIGNATURE_EIP712) revert UnsupportedSignatureType(m.signatureType);
        bytes calldata sig = m.signature;
        if (sig.length != 65) revert InvalidSignature();
        (address signer, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(_digest(m), uint8(sig[64]), bytes32(sig[0:32]), bytes32(sig[32:64]));
        if (err != ECDSA.RecoverError.NoError || signer != m.publisher) revert InvalidSignature();
        next[m.msgChainId] = position + 1;
    }

    /// Calls the consumer with exactly the subscription's gas limit (reverting when the caller
    /// did not supply enough for that), without copying return data.
    function _callConsumer(uint256 subscriptionId, Subscription memory sub, StreamMessageLib.StreamMessage calldata m)
        private
    {
        uint256 gasLimit = sub.callbackGasLimit;
        if (gasleft() < gasLimit + gasLimit / 63 + CALL_RESERVE) revert InsufficientGasForCallback();
        bytes memory data = abi.encodeCall(
            IStreamConsumer.onStreamEvent, (m.stream, m.partition, m.publisher, m.timestamp, m.sequence, m.content)
        );
        address consumer = sub.consumer;
        bool ok;
        assembly ("memory-safe") {
            ok := call(gasLimit, consumer, 0, add(data, 32), mload(data), 0, 0)
        }
        if (!ok) emit ConsumerFailed(subscriptionId, m.publisher, m.msgChainId, m.timestamp, m.sequence);
    }

    /// EIP-712 digest of a calldata message, equal to StreamMessageLib.digest but without copying
    /// the message to memory: the first 14 fields of the calldata struct are static ABI words,
    /// which is exactly their EIP-712 encoding (a dirty word only yields a digest nobody signed);
    /// the content is replaced by its hash.
    function _digest(StreamMessageLib.StreamMessage calldata m) private view returns (bytes32 digest) {
        bytes32 contentHash = keccak256(m.content);
        bytes32 typeHash = MESSAGE_TYPEHASH;
        bytes32 structHash;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, typeHash)
            calldatacopy(add(ptr, 0x20), m, mul(STATIC_FIELDS, 0x20))
            mstore(add(ptr, mul(add(STATIC_FIELDS, 1), 0x20)), contentHash)
            structHash := keccak256(ptr, mul(add(STATIC_FIELDS, 2), 0x20))
        }
        bytes32 sep = domainSeparator();
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, hex"1901")
            mstore(add(ptr, 0x02), sep)
            mstore(add(ptr, 0x22), structHash)
            digest := keccak256(ptr, 0x42)
        }
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return StreamMessageLib.domainSeparator(block.chainid, registry);
    }
}
