// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {INetworkCoordinator} from "./interfaces/INetworkCoordinator.sol";

/// @title NetworkCoordinator
/// @notice Broker registry of the Streamr network: brokers register (with an optional DATA stake),
/// the network is cut into `partitionCount` network partitions, each replicated on
/// `replication` brokers chosen by rendezvous hashing weighted by reputation, and the brokers of a
/// network partition report, per closed epoch, the Merkle root of the per-stream event counts and
/// rolling hashes they saw. When a coherent majority (ceil(2/3) of the assigned brokers) reports
/// the same root the epoch is agreed: agreeing brokers are credited a reward from a funded pool,
/// deviant ones lose reputation, and silent ones lose reputation through `penalizeSilent`.
///
/// Assignment is moved toward its target by `rebalance(maxSteps)`, which anyone may call; it does
/// bounded work and pays its caller a reward only when it changed something.
///
/// Storage layout notes (gas): a broker is one slot (stake, owed rewards, reputation, assignment
/// count, status); a network partition's assignment is one word of up to 8 broker ids (16 bits
/// each, ascending) with the count in the top byte; a report costs one new slot.
contract NetworkCoordinator is INetworkCoordinator, Ownable2Step, ReentrancyGuard {
    using SafeERC20 for IERC20;

    // ---- constants ----

    uint8 public constant MAX_REPLICATION = 8;
    uint32 public constant MAX_PARTITIONS = 1 << 16;
    uint256 public constant MAX_ACTIVE_BROKERS = 1000;
    uint32 public constant INITIAL_REPUTATION = 500;
    uint32 public constant MAX_REPUTATION = 1000;
    uint32 public constant MIN_REPUTATION = 1;
    uint32 public constant AGREEMENT_BONUS = 1;
    uint32 public constant DEVIANT_PENALTY = 100;
    uint32 public constant SILENT_PENALTY = 50;

    /// Marks a broker penalized as silent for an epoch (cannot be a reported root).
    bytes32 private constant SILENT = bytes32(uint256(1));
    uint256 private constant COUNT_SHIFT = 248;
    uint256 private constant LANE_MASK = 0xffff;

    // ---- errors ----

    error StakeTooLow(uint256 stake, uint256 minStake);
    error AlreadyRegistered();
    error NotRegistered();
    error NotLeaving();
    error StillAssigned(uint256 assignments);
    error TooManyBrokers();
    error EndpointTooLong();
    error InvalidConfig();
    error InvalidRoot();
    error EpochNotClosed(uint64 epoch);
    error NotAssigned(uint32 networkPartition, address broker);
    error AlreadyReported();
    error DeadlineNotPassed(uint256 deadline);
    error ZeroAmount();
    error AmountTooLarge();

    // ---- events ----

    event BrokerRegistered(address indexed broker, uint16 id, string endpoint, uint256 stake);
    event EndpointUpdated(address indexed broker, string endpoint);
    event BrokerLeft(address indexed broker);
    event StakeWithdrawn(address indexed broker, uint256 amount);
    event RewardsWithdrawn(address indexed broker, uint256 amount);
    event PoolFunded(address indexed from, uint256 amount);
    event PartitionCountChanged(uint32 previous, uint32 current);
    event Assigned(uint32 indexed networkPartition, address indexed broker);
    event Unassigned(uint32 indexed networkPartition, address indexed broker);
    event Rebalanced(address indexed caller, uint256 changes, uint256 reward);
    event EpochReported(uint32 indexed networkPartition, uint64 indexed epoch, address indexed broker, bytes32 root);
    event EpochAgreed(uint32 indexed networkPartition, uint64 indexed epoch, bytes32 root);
    /// Broker ids (see BrokerRegistered, `brokerAt`) keep the reporting path free of extra reads.
    event BrokerRewarded(
        uint16 indexed brokerId, uint32 indexed networkPartition, uint64 indexed epoch, uint256 amount
    );
    event ReputationChanged(uint16 indexed brokerId, uint32 reputation);
    event ConfigChanged(
        uint256 minStake,
        uint256 epochReward,
        uint256 rebalanceReward,
        uint32 partitionFloor,
        uint16 partitionsPerBroker,
        uint8 replication
    );

    // ---- types ----

    enum Status {
        None,
        Active,
        Leaving
    }

    /// One slot per broker.
    struct Broker {
        uint96 stake;
        uint96 owed; // credited epoch rewards, withdrawable
        uint32 reputation;
        uint24 assignments; // network partitions currently assigned
        Status status;
    }

    /// Per (network partition, epoch): set once, when the epoch is agreed. The agreed root is the
    /// stored report of `agreedWith`; `finalizer` is the broker whose report completed the
    /// agreement (its report is the agreed root and is not stored separately).
    struct Agreement {
        bool agreed;
        uint16 agreedWith;
        uint16 finalizer;
    }

    // ---- state ----

    IERC20 public immutable token;
    /// @inheritdoc INetworkCoordinator
    uint64 public immutable epochLength;
    /// Seconds after an epoch closes before silent brokers can be penalized.
    uint64 public immutable reportWindow;

    // slot: pool | epoch reward | partition count | replication
    uint96 public rewardPool;
    uint96 public epochReward;
    uint32 public partitionCount;
    uint8 public replication;

    // slot: rebalance reward | min stake | floor | partitions per broker
    uint96 public rebalanceReward;
    uint96 public minStake;
    uint32 public partitionFloor;
    uint16 public partitionsPerBroker;

    // slot: rebalance sweep state
    uint32 private _span; // network partitions that may hold an assignment
    uint32 private _cursor; // next network partition rebalance examines

    mapping(address => uint16) public brokerIdOf;
    address[] private _brokerAddr; // id -> address; id 0 unused
    mapping(uint16 => Broker) private _brokers;
    mapping(uint16 => string) private _endpoints;

    uint16[] private _active;
    mapping(uint16 => uint256) private _activePos; // 1-based

    mapping(uint32 => uint256) private _assignment;
    mapping(uint32 => mapping(uint16 => uint64)) private _assignedSince;

    mapping(uint32 => mapping(uint64 => mapping(uint16 => bytes32))) private _reports;
    mapping(uint32 => mapping(uint64 => Agreement)) private _agreements;

    /// @param token_ the DATA token (stakes and rewards)
    /// @param owner_ governance: sets stakes, rewards and partitioning
    /// @param epochLength_ seconds per epoch
    /// @param reportWindow_ seconds after an epoch closes before silence is penalized
    /// @param partitionFloor_ minimum network partition count
    /// @param partitionsPerBroker_ network partitions per active broker
    /// @param replication_ brokers per network partition (R)
    constructor(
        IERC20 token_,
        address owner_,
        uint64 epochLength_,
        uint64 reportWindow_,
        uint32 partitionFloor_,
        uint16 partitionsPerBroker_,
        uint8 replication_
    ) Ownable(owner_) {
        if (epochLength_ == 0) revert InvalidConfig();
        token = token_;
        epochLength = epochLength_;
        reportWindow = reportWindow_;
        _brokerAddr.push(address(0));
        _setPartitioning(partitionFloor_, partitionsPerBroker_, replication_);
        partitionCount = partitionFloor_;
        _span = partitionFloor_;
        _emitConfig();
    }

    // ---- brokers ----

    /// @notice Joins the network as a broker reachable at `endpoint`, staking `stake` DATA
    /// (pulled with transferFrom; at least `minStake`). A broker that left and withdrew may join
    /// again; its reputation is kept.
    function register(string calldata endpoint, uint256 stake) external nonReentrant {
        if (stake < minStake) revert StakeTooLow(stake, minStake);
        if (stake > type(uint96).max) revert AmountTooLarge();
        if (bytes(endpoint).length > 1024) revert EndpointTooLong();
        if (_active.length >= MAX_ACTIVE_BROKERS) revert TooManyBrokers();
        uint16 id = brokerIdOf[msg.sender];
        if (id == 0) {
            if (_brokerAddr.length > type(uint16).max) revert TooManyBrokers();
            id = uint16(_brokerAddr.length);
            _brokerAddr.push(msg.sender);
            brokerIdOf[msg.sender] = id;
        }
        Broker storage b = _brokers[id];
        if (b.status != Status.None) revert AlreadyRegistered();
        b.status = Status.Active;
        b.stake = uint96(stake);
        if (b.reputation == 0) b.reputation = INITIAL_REPUTATION;
        _endpoints[id] = endpoint;
        _active.push(id);
        _activePos[id] = _active.length;
        emit BrokerRegistered(msg.sender, id, endpoint, stake);
        if (stake > 0) token.safeTransferFrom(msg.sender, address(this), stake);
    }

    /// @notice Changes the caller's advertised endpoint.
    function updateEndpoint(string calldata endpoint) external {
        uint16 id = brokerIdOf[msg.sender];
        if (id == 0 || _brokers[id].status != Status.Active) revert NotRegistered();
        if (bytes(endpoint).length > 1024) revert EndpointTooLong();
        _endpoints[id] = endpoint;
        emit EndpointUpdated(msg.sender, endpoint);
    }

    /// @notice Leaves the network: the caller gets no new assignments and its current ones are
    /// moved away by `rebalance`; the stake is withdrawable once nothing is assigned to it.
    function leave() external {
        uint16 id = brokerIdOf[msg.sender];
        if (id == 0 || _brokers[id].status != Status.Active) revert NotRegistered();
        _brokers[id].status = Status.Leaving;
        uint256 pos = _activePos[id];
        uint16 last = _active[_active.length - 1];
        _active[pos - 1] = last;
        _activePos[last] = pos;
        _active.pop();
        delete _activePos[id];
        emit BrokerLeft(msg.sender);
    }

    /// @notice Returns the stake of a broker that left, once it holds no assignment.
    function withdrawStake() external nonReentrant {
        uint16 id = brokerIdOf[msg.sender];
        Broker storage b = _brokers[id];
        if (id == 0 || b.status != Status.Leaving) revert NotLeaving();
        if (b.assignments != 0) revert StillAssigned(b.assignments);
        uint256 amount = b.stake;
        b.stake = 0;
        b.status = Status.None;
        emit StakeWithdrawn(msg.sender, amount);
        if (amount > 0) token.safeTransfer(msg.sender, amount);
    }

    /// @notice Pays out the caller's credited epoch rewards.
    function withdrawRewards() external nonReentrant {
        uint16 id = brokerIdOf[msg.sender];
        uint256 amount = _brokers[id].owed;
        if (id == 0 || amount == 0) revert ZeroAmount();
        _brokers[id].owed = 0;
        emit RewardsWithdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice Adds `amount` DATA (transferFrom) to the pool paying epoch and rebalance rewards.
    function fund(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        if (amount + rewardPool > type(uint96).max) revert AmountTooLarge();
        rewardPool += uint96(amount);
        emit PoolFunded(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    // ---- governance ----

    function setMinStake(uint96 minStake_) external onlyOwner {
        minStake = minStake_;
        _emitConfig();
    }

    function setRewards(uint96 epochReward_, uint96 rebalanceReward_) external onlyOwner {
        epochReward = epochReward_;
        rebalanceReward = rebalanceReward_;
        _emitConfig();
    }

    /// @notice Changes the partitioning; takes effect through `rebalance`.
    function setPartitioning(uint32 floor_, uint16 partitionsPerBroker_, uint8 replication_) external onlyOwner {
        _setPartitioning(floor_, partitionsPerBroker_, replication_);
        _emitConfig();
    }

    // ---- assignment ----

    /// @notice The partition count the network should have now: max(floor, active brokers *
    /// partitionsPerBroker), capped at MAX_PARTITIONS.
    function targetPartitionCount() public view returns (uint32) {
        uint256 n = _active.length * partitionsPerBroker;
        uint256 floor_ = partitionFloor;
        if (n < floor_) n = floor_;
        if (n > MAX_PARTITIONS) n = MAX_PARTITIONS;
        return uint32(n);
    }

    /// @notice Moves the assignment toward its target: first the partition count, then up to
    /// `maxSteps` network partitions from where the previous effective call stopped, each set to
    /// its top-R active brokers by weighted rendezvous score. Pays the caller `rebalanceReward`
    /// (from the pool) only when something changed; otherwise nothing is written.
    /// @return changes number of network partitions (and partition-count updates) changed
    function rebalance(uint256 maxSteps) external nonReentrant returns (uint256 changes) {
        uint32 count = partitionCount;
        uint32 target = targetPartitionCount();
        if (target != count) {
            partitionCount = target;
            emit PartitionCountChanged(count, target);
            count = target;
            changes++;
        }
        uint32 span = _span;
        if (count > span) {
            span = count;
            _span = span;
        }
        uint32 cursor = _cursor;
        if (cursor >= span) cursor = 0;

        (uint16[] memory ids, address[] memory addrs, uint256[] memory weights) = _loadActive();
        uint256 r = replication;
        uint256 steps = maxSteps < span ? maxSteps : span;
        for (uint256 i = 0; i < steps; i++) {
            uint32 np = cursor;
            uint256 want = np < count ? _targetWord(np, ids, addrs, weights, r) : 0;
            uint256 have = _assignment[np];
            if (want != have) {
                _apply(np, have, want);
                changes++;
            }
            cursor = cursor + 1 == span ? 0 : cursor + 1;
        }
        if (changes == 0) return 0;
        _cursor = cursor;
        uint96 reward = rebalanceReward;
        uint96 pool = rewardPool;
        if (reward > pool) reward = pool;
        if (reward > 0) rewardPool = pool - reward;
        emit Rebalanced(msg.sender, changes, reward);
        if (reward > 0) token.safeTransfer(msg.sender, reward);
    }

    /// @notice True when `rebalance` would change something (view; O(span * brokers)).
    function needsRebalance() external view returns (bool) {
        uint32 count = targetPartitionCount();
        if (count != partitionCount) return true;
        uint32 span = _span > count ? _span : count;
        (uint16[] memory ids, address[] memory addrs, uint256[] memory weights) = _loadActive();
        for (uint32 np = 0; np < span; np++) {
            uint256 want = np < count ? _targetWord(np, ids, addrs, weights, replication) : 0;
            if (want != _assignment[np]) return true;
        }
        return false;
    }

    /// @notice The brokers currently assigned to `networkPartition` (ascending id order).
    function assignedBrokers(uint32 networkPartition) external view returns (address[] memory brokers) {
        uint256 word = _assignment[networkPartition];
        uint256 n = word >> COUNT_SHIFT;
        brokers = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            brokers[i] = _brokerAddr[(word >> (16 * i)) & LANE_MASK];
        }
    }

    function isAssigned(uint32 networkPartition, address broker) public view returns (bool) {
        uint16 id = brokerIdOf[broker];
        return id != 0 && _laneOf(_assignment[networkPartition], id) < 8;
    }

    /// @notice The address of broker `id` (ids are assigned at first registration, from 1).
    function brokerAt(uint16 id) external view returns (address) {
        return _brokerAddr[id];
    }

    function activeBrokerCount() external view returns (uint256) {
        return _active.length;
    }

    function activeBrokers() external view returns (address[] memory out) {
        out = new address[](_active.length);
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = _brokerAddr[_active[i]];
        }
    }

    /// @notice Stake, credited rewards, reputation, assignment count and status of `broker`.
    function brokerInfo(address broker)
        external
        view
        returns (
            uint256 stake,
            uint256 owed,
            uint32 reputation,
            uint256 assignments,
            Status status,
            string memory endpoint
        )
    {
        uint16 id = brokerIdOf[broker];
        Broker memory b = _brokers[id];
        return (b.stake, b.owed, b.reputation, b.assignments, b.status, _endpoints[id]);
    }

    // ---- epochs ----

    /// @inheritdoc INetworkCoordinator
    function epochOf(uint256 timestamp) public view returns (uint64) {
        return uint64(timestamp / epochLength);
    }

    /// @notice Reports the caller's Merkle root for a closed `epoch` of `networkPartition`
    /// (leaves: keccak256(bytes.concat(keccak256(abi.encode(stream, streamPartition, epoch,
    /// count, rollingHash))))). The caller must be assigned to the partition now. When
    /// ceil(2/3) of the assigned brokers reported the same root, the epoch is agreed.
    function reportEpoch(uint32 networkPartition, uint64 epoch, bytes32 root) external {
        if (root == 0 || root == SILENT) revert InvalidRoot();
        if ((uint256(epoch) + 1) * epochLength > block.timestamp) revert EpochNotClosed(epoch);
        uint16 id = brokerIdOf[msg.sender];
        uint256 word = _assignment[networkPartition];
        if (id == 0 || _laneOf(word, id) == 8) revert NotAssigned(networkPartition, msg.sender);

        mapping(uint16 => bytes32) storage reports = _reports[networkPartition][epoch];
        if (reports[id] != 0) revert AlreadyReported();
        Agreement memory a = _agreements[networkPartition][epoch];
        emit EpochReported(networkPartition, epoch, msg.sender, root);

        if (a.agreed) {
            if (a.finalizer == id) revert AlreadyReported();
            bool agrees = root == reports[a.agreedWith];
            reports[id] = root;
            uint96 pool = rewardPool;
            uint96 reward = epochReward;
            if (reward > pool) reward = pool;
            if (agrees) {
                if (reward > 0) rewardPool = pool - reward;
                _credit(id, reward, networkPartition, epoch);
            } else {
                _penalize(id, DEVIANT_PENALTY);
            }
            return;
        }

        uint256 n = word >> COUNT_SHIFT;
        uint256 matches = 1;
        uint16 with;
        for (uint256 i = 0; i < n; i++) {
            uint16 other = uint16(word >> (16 * i));
            if (other != id && reports[other] == root) {
                matches++;
                with = other;
            }
        }
        if (matches * 3 < 2 * n) {
            reports[id] = root; // not yet coherent
            return;
        }

        // Agreement: the finalizer's report is implied by the agreement record.
        uint16 finalizer = id;
        if (with == 0) {
            reports[id] = root;
            with = id;
            finalizer = 0;
        }
        _agreements[networkPartition][epoch] = Agreement(true, with, finalizer);
        emit EpochAgreed(networkPartition, epoch, root);
        _settleAgreement(networkPartition, epoch, word, n, root, id, reports);
    }

    /// @notice After the report window of `epoch`, lowers the reputation of every broker
    /// assigned to `networkPartition` since before the epoch started that did not report.
    /// @return penalized number of brokers penalized
    function penalizeSilent(uint32 networkPartition, uint64 epoch) external returns (uint256 penalized) {
        uint256 deadline = (uint256(epoch) + 1) * epochLength + reportWindow;
        if (block.timestamp < deadline) revert DeadlineNotPassed(deadline);
        uint256 start = uint256(epoch) * epochLength;
        uint256 word = _assignment[networkPartition];
        uint256 n = word >> COUNT_SHIFT;
        mapping(uint16 => bytes32) storage reports = _reports[networkPartition][epoch];
        uint16 finalizer = _agreements[networkPartition][epoch].finalizer;
        for (uint256 i = 0; i < n; i++) {
            uint16 id = uint16(word >> (16 * i));
            if (reports[id] != 0 || id == finalizer) continue;
            if (_assignedSince[networkPartition][id] > start) continue;
            reports[id] = SILENT;
            _penalize(id, SILENT_PENALTY);
            penalized++;
        }
    }

    /// @inheritdoc INetworkCoordinator
    function agreedRoot(uint32 networkPartition, uint64 epoch) external view returns (bytes32) {
        Agreement memory a = _agreements[networkPartition][epoch];
        if (!a.agreed) return 0;
        return _reports[networkPartition][epoch][a.agreedWith];
    }

    /// @notice What `broker` reported for the epoch: zero when nothing, bytes32(1) when it was
    /// penalized as silent.
    function reportOf(uint32 networkPartition, uint64 epoch, address broker) external view returns (bytes32) {
        uint16 id = brokerIdOf[broker];
        if (id == 0) return 0;
        Agreement memory a = _agreements[networkPartition][epoch];
        if (a.agreed && a.finalizer == id) return _reports[networkPartition][epoch][a.agreedWith];
        return _reports[networkPartition][epoch][id];
    }

    // ---- internals ----

    function _settleAgreement(
        uint32 np,
        uint64 epoch,
        uint256 word,
        uint256 n,
        bytes32 root,
        uint16 reporter,
        mapping(uint16 => bytes32) storage reports
    ) private {
        uint96 pool = rewardPool;
        uint96 reward = epochReward;
        for (uint256 i = 0; i < n; i++) {
            uint16 other = uint16(word >> (16 * i));
            bytes32 r = other == reporter ? root : reports[other];
            if (r == root) {
                uint96 paid = reward > pool ? pool : reward;
                pool -= paid;
                _credit(other, paid, np, epoch);
            } else if (r != 0 && r != SILENT) {
                _penalize(other, DEVIANT_PENALTY);
            }
        }
        if (pool != rewardPool) rewardPool = pool;
    }

    function _credit(uint16 id, uint96 amount, uint32 np, uint64 epoch) private {
        Broker memory b = _brokers[id];
        b.owed += amount;
        uint32 rep = b.reputation + AGREEMENT_BONUS;
        b.reputation = rep > MAX_REPUTATION ? MAX_REPUTATION : rep;
        _brokers[id] = b;
        if (amount > 0) emit BrokerRewarded(id, np, epoch, amount);
    }

    function _penalize(uint16 id, uint32 penalty) private {
        uint32 rep = _brokers[id].reputation;
        rep = rep > penalty + MIN_REPUTATION ? rep - penalty : MIN_REPUTATION;
        _brokers[id].reputation = rep;
        emit ReputationChanged(id, rep);
    }

    /// Lane (0..7) of `id` in an assignment word, or 8 when absent.
    function _laneOf(uint256 word, uint16 id) private pure returns (uint256) {
        uint256 n = word >> COUNT_SHIFT;
        for (uint256 i = 0; i < n; i++) {
            if ((word >> (16 * i)) & LANE_MASK == id) return i;
        }
        return 8;
    }

    function _loadActive()
        private
        view
        returns (uint16[] memory ids, address[] memory addrs, uint256[] memory weights)
    {
        uint256 n = _active.length;
        ids = new uint16[](n);
        addrs = new address[](n);
        weights = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            uint16 id = _active[i];
            ids[i] = id;
            addrs[i] = _brokerAddr[id];
            weights[i] = _brokers[id].reputation;
        }
    }

    /// The assignment word `np` should have: the `r` active brokers with the highest score
    /// (uint128 hash of (np, broker)) * reputation, ties to the lower id, stored in ascending
    /// id order with the count in the top byte.
    function _targetWord(uint32 np, uint16[] memory ids, address[] memory addrs, uint256[] memory weights, uint256 r)
        private
        pure
        returns (uint256 word)
    {
        uint256 n = ids.length;
        if (r > n) r = n;
        if (r == 0) return 0;
        uint16[] memory topIds = new uint16[](r);
        uint256[] memory topScores = new uint256[](r);
        uint256 filled = 0;
        for (uint256 i = 0; i < n; i++) {
            uint256 score = (uint256(keccak256(abi.encode(np, addrs[i]))) >> 128) * weights[i];
            uint16 id = ids[i];
            // position among the current top (descending score, ascending id on ties)
            uint256 pos = filled;
            while (pos > 0 && (score > topScores[pos - 1] || (score == topScores[pos - 1] && id < topIds[pos - 1]))) {
                pos--;
            }
            if (pos >= r) continue;
            uint256 j = filled < r ? filled : r - 1;
            for (; j > pos; j--) {
                topScores[j] = topScores[j - 1];
                topIds[j] = topIds[j - 1];
            }
            topScores[pos] = score;
            topIds[pos] = id;
            if (filled < r) filled++;
        }
        // ascending ids
        for (uint256 i = 1; i < r; i++) {
            uint16 v = topIds[i];
            uint256 j = i;
            while (j > 0 && topIds[j - 1] > v) {
                topIds[j] = topIds[j - 1];
                j--;
            }
            topIds[j] = v;
        }
        for (uint256 i = 0; i < r; i++) {
            word |= uint256(topIds[i]) << (16 * i);
        }
        word |= r << COUNT_SHIFT;
    }

    function _apply(uint32 np, uint256 have, uint256 want) private {
        uint256 nh = have >> COUNT_SHIFT;
        uint256 nw = want >> COUNT_SHIFT;
        for (uint256 i = 0; i < nh; i++) {
            uint16 id = uint16(have >> (16 * i));
            if (_laneOf(want, id) == 8) {
                _brokers[id].assignments -= 1;
                delete _assignedSince[np][id];
                emit Unassigned(np, _brokerAddr[id]);
            }
        }
        for (uint256 i = 0; i < nw; i++) {
            uint16 id = uint16(want >> (16 * i));
            if (_laneOf(have, id) == 8) {
                _brokers[id].assignments += 1;
                _assignedSince[np][id] = uint64(block.timestamp);
                emit Assigned(np, _brokerAddr[id]);
            }
        }
        _assignment[np] = want;
    }

    function _setPartitioning(uint32 floor_, uint16 partitionsPerBroker_, uint8 replication_) private {
        if (floor_ == 0 || floor_ > MAX_PARTITIONS || replication_ == 0 || replication_ > MAX_REPLICATION) {
            revert InvalidConfig();
        }
        partitionFloor = floor_;
        partitionsPerBroker = partitionsPerBroker_;
        replication = replication_;
    }

    function _emitConfig() private {
        emit ConfigChanged(minStake, epochReward, rebalanceReward, partitionFloor, partitionsPerBroker, replication);
    }
}
