// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package networkcoordinator

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// NetworkCoordinatorMetaData contains all meta data concerning the NetworkCoordinator contract.
var NetworkCoordinatorMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epochLength_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reportWindow_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"partitionFloor_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"partitionsPerBroker_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"replication_\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"AGREEMENT_BONUS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEVIANT_PENALTY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"INITIAL_REPUTATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ACTIVE_BROKERS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PARTITIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPLICATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_REPUTATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_REPUTATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SILENT_PENALTY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activeBrokerCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activeBrokers\",\"inputs\":[],\"outputs\":[{\"name\":\"out\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"agreedRoot\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assignedBrokers\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"brokers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"brokerAt\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"brokerIdOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"brokerInfo\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reputation\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"assignments\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumNetworkCoordinator.Status\"},{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochOf\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochReward\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fund\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isAssigned\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"broker\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"leave\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"needsRebalance\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"partitionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"partitionFloor\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"partitionsPerBroker\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"penalizeSilent\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"penalized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rebalance\",\"inputs\":[{\"name\":\"maxSteps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"changes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rebalanceReward\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"register\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"replication\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportEpoch\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reportOf\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"broker\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reportWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setMinStake\",\"inputs\":[{\"name\":\"minStake_\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPartitioning\",\"inputs\":[{\"name\":\"floor_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"partitionsPerBroker_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"replication_\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRewards\",\"inputs\":[{\"name\":\"epochReward_\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"rebalanceReward_\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"targetPartitionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateEndpoint\",\"inputs\":[{\"name\":\"endpoint\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawRewards\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawStake\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Assigned\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BrokerLeft\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BrokerRegistered\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"endpoint\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"stake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BrokerRewarded\",\"inputs\":[{\"name\":\"brokerId\",\"type\":\"uint16\",\"indexed\":true,\"internalType\":\"uint16\"},{\"name\":\"networkPartition\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConfigChanged\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"epochReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rebalanceReward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"partitionFloor\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"partitionsPerBroker\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"replication\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EndpointUpdated\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"endpoint\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochAgreed\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochReported\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"root\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartitionCountChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"current\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PoolFunded\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Rebalanced\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"changes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reward\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReputationChanged\",\"inputs\":[{\"name\":\"brokerId\",\"type\":\"uint16\",\"indexed\":true,\"internalType\":\"uint16\"},{\"name\":\"reputation\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsWithdrawn\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeWithdrawn\",\"inputs\":[{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unassigned\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"broker\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyRegistered\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AlreadyReported\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AmountTooLarge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"DeadlineNotPassed\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EndpointTooLong\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EpochNotClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"InvalidConfig\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidRoot\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotAssigned\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"broker\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotLeaving\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotRegistered\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StakeTooLow\",\"inputs\":[{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StillAssigned\",\"inputs\":[{\"name\":\"assignments\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TooManyBrokers\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161492a38038061492a83398101604081905261002e91610324565b856001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610146565b5060016002556001600160401b0385165f03610094576040516306b7c75960e31b815260040160405180910390fd5b6001600160a01b0387166080526001600160401b0380861660a052841660c052600780546001810182555f919091527fa66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c6880180546001600160a01b03191690556100fe838383610162565b6003805463ffffffff60c01b1916600160c01b63ffffffff8616908102919091179091556005805463ffffffff1916909117905561013a610210565b505050505050506103c7565b600180546001600160a01b031916905561015f816102a6565b50565b63ffffffff8316158061017d57506201000063ffffffff8416115b80610189575060ff8116155b806101975750600860ff8216115b156101b5576040516306b7c75960e31b815260040160405180910390fd5b6004805465ffffffffffff60c01b1916600160c01b63ffffffff959095169490940261ffff60e01b191693909317600160e01b61ffff939093168302179092556003805460ff60e01b191660ff909316909102919091179055565b600454600354604080516c010000000000000000000000008085046001600160601b03908116835290840481166020830152841681830152600160c01b840463ffffffff166060820152600160e01b9384900461ffff1660808201529290910460ff1660a0830152517fc5cd1bac004e488977f44729501f769a70b52f8a6741e6612e4173abea49f00b9160c0908290030190a1565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b038116811461015f575f5ffd5b80516001600160401b038116811461031f575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a03121561033a575f5ffd5b8751610345816102f5565b6020890151909750610356816102f5565b955061036460408901610309565b945061037260608901610309565b9350608088015163ffffffff8116811461038a575f5ffd5b60a089015190935061ffff811681146103a1575f5ffd5b60c089015190925060ff811681146103b7575f5ffd5b8091505092959891949750929550565b60805160a05160c0516144f36104375f395f81816106730152611a9f01525f8181610468015281816107b40152818161141d01528181611aca0152611b6c01525f818161074b0152818161179a015281816118e601528181611a69015281816123ec015261292d01526144f35ff3fe608060405234801561000f575f5ffd5b506004361061031a575f3560e01c8063a264c3cf116101a8578063d33bdf97116100f3578063e30c39781161009e578063f250fe0011610079578063f250fe0014610718578063f2fde38b14610720578063f499301814610733578063fc0c546a14610746575f5ffd5b8063e30c3978146106df578063e5c4a13c146106fd578063ea87152b14610705575f5ffd5b8063d77f2c27116100ce578063d77f2c271461069d578063de46138e146106b0578063e01d964d146106c8575f5ffd5b8063d33bdf97146104e1578063d57b48041461066e578063d66d9e1914610695575f5ffd5b8063c2d2069211610153578063ca1d209d1161012e578063ca1d209d1461063f578063d213c0f214610652578063d2c4d6221461065b575f5ffd5b8063c2d2069214610600578063c6fd9df014610623578063c7b8981c14610637575f5ffd5b8063ad87067411610183578063ad870674146105c5578063bdf04052146105e5578063bed9d861146105f8575f5ffd5b8063a264c3cf1461057a578063a3d545f51461059f578063a8fa623d146105b2575f5ffd5b806359eb82751161026857806379ba5097116102135780638835af8f116101ee5780638835af8f1461051d5780638da5cb5b14610534578063a1325aff14610572575f5ffd5b806379ba5097146105045780637b0572581461050c578063873d034514610515575f5ffd5b8063697c604511610243578063697c6045146104e157806370ff4d96146104e9578063715018a6146104fc575f5ffd5b806359eb8275146104a35780635c019d2e146104b657806366666aa9146104c9575f5ffd5b806327515155116102c857806348bcbe05116102a357806348bcbe05146104365780635285f3411461045057806357d775f814610463575f5ffd5b806327515155146103cf578063311f063a146103e6578063375b3c0a1461040e575f5ffd5b80630e213eb3116102f85780630e213eb31461035d5780631604e416146103805780632532e5cc146103c5575f5ffd5b80630381ecc71461031e5780630b972ff9146103405780630c17c76b14610348575b5f5ffd5b610326606481565b60405163ffffffff90911681526020015b60405180910390f35b610326603281565b61035b610356366004613ca4565b61076d565b005b61037061036b366004613d00565b610cf9565b6040519015158152602001610337565b6003546103a8906c0100000000000000000000000090046bffffffffffffffffffffffff1681565b6040516bffffffffffffffffffffffff9091168152602001610337565b6103266201000081565b6103d86103e881565b604051908152602001610337565b6004546103fb90600160e01b900461ffff1681565b60405161ffff9091168152602001610337565b6004546103a8906c0100000000000000000000000090046bffffffffffffffffffffffff1681565b61043e600881565b60405160ff9091168152602001610337565b61035b61045e366004613d4c565b610d5a565b61048a7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff9091168152602001610337565b6103d86104b1366004613d65565b610db4565b61035b6104c4366004613dea565b610eec565b6003546103a8906bffffffffffffffffffffffff1681565b610326600181565b61035b6104f7366004613e3a565b61103c565b61035b61105c565b61035b61106f565b6103266101f481565b6103266110e3565b60035461032690600160c01b900463ffffffff1681565b5f5473ffffffffffffffffffffffffffffffffffffffff165b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610337565b610370611139565b61058d610588366004613e83565b61122f565b60405161033796959493929190613ec9565b61048a6105ad366004613f7a565b61140e565b61054d6105c0366004613f91565b611443565b6105d86105d3366004613faa565b611482565b6040516103379190613fc3565b61035b6105f336600461401b565b611581565b61035b611613565b6103fb61060e366004613e83565b60066020525f908152604090205461ffff1681565b60035461043e90600160e01b900460ff1681565b61035b6117ce565b61035b61064d366004613f7a565b611919565b6103266103e881565b6103d8610669366004614043565b611a9b565b61048a7f000000000000000000000000000000000000000000000000000000000000000081565b61035b611cc0565b6103d86106ab366004614043565b611ef3565b6004546103a8906bffffffffffffffffffffffff1681565b60045461032690600160c01b900463ffffffff1681565b60015473ffffffffffffffffffffffffffffffffffffffff1661054d565b600a546103d8565b61035b61071336600461406b565b611fa0565b6105d8612420565b61035b61072e366004613e83565b61252b565b6103d8610741366004613f7a565b6125da565b61054d7f000000000000000000000000000000000000000000000000000000000000000081565b80158061077a5750600181145b156107b1576040517f504570e300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b427f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168367ffffffffffffffff1660016107f491906140e0565b6107fe91906140f3565b1115610847576040517f284c27ad00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024015b60405180910390fd5b335f9081526006602090815260408083205463ffffffff87168452600c9092529091205461ffff909116908115806108885750610884818361297d565b6008145b156108cd576040517f1fab38dc00000000000000000000000000000000000000000000000000000000815263ffffffff8616600482015233602482015260440161083e565b63ffffffff85165f908152600e6020908152604080832067ffffffffffffffff88168452825280832061ffff8616845291829052909120541561093c576040517f770c15e300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b63ffffffff86165f818152600f6020908152604080832067ffffffffffffffff8a16808552908352928190208151606081018352905460ff81161515825261ffff6101008204811683860152630100000090910416818301529051888152909333939290917f6fdcc02f47201e48e59ed487a81ddefc69158d945a0dd7580937dc29fa260e16910160405180910390a4805115610afb578361ffff16816040015161ffff1603610a18576040517f770c15e300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60208082015161ffff9081165f908152918490526040808320549187168352909120869055600354908614906bffffffffffffffffffffffff808216916c0100000000000000000000000090041681811115610a715750805b8215610ae4576bffffffffffffffffffffffff811615610ad357610a95818361410a565b600380547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff929092169190911790555b610adf87828c8c6129c4565b610aef565b610aef876064612c9d565b50505050505050505050565b60f883901c60015f805b83811015610b66575f610b198260106140f3565b88901c90508861ffff168161ffff1614158015610b47575061ffff81165f908152602088905260409020548a145b15610b5d5783610b568161412e565b9450508092505b50600101610b05565b50610b728360026140f3565b610b7d8360036140f3565b1015610ba2575050505061ffff929092165f9081526020929092525060409020555050565b8661ffff82165f03610bc857505061ffff86165f90815260208590526040812088905586905b60405180606001604052806001151581526020018361ffff1681526020018261ffff16815250600f5f8d63ffffffff1663ffffffff1681526020019081526020015f205f8c67ffffffffffffffff1667ffffffffffffffff1681526020019081526020015f205f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548161ffff021916908361ffff1602179055506040820151815f0160036101000a81548161ffff021916908361ffff1602179055509050508967ffffffffffffffff168b63ffffffff167f4f1e4112f294723fc29e7287c352b9b1a0b2535ae2dcbff2a409e74cdd5ec2a48b604051610cd591815260200190565b60405180910390a3610cec8b8b89878d8d8c612d6d565b5050505050505050505050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526006602052604081205461ffff168015801590610d50575063ffffffff84165f908152600c6020526040902054600890610d4e908361297d565b105b9150505b92915050565b610d62612eb5565b600480547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff166c010000000000000000000000006bffffffffffffffffffffffff841602179055610db1612f07565b50565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526006602052604081205461ffff16808203610ded57505f9050610ee5565b63ffffffff85165f908152600f6020908152604080832067ffffffffffffffff881684528252918290208251606081018452905460ff811615801580845261ffff61010084048116958501959095526301000000909204909316938201939093529190610e6557508161ffff16816040015161ffff16145b15610eab5763ffffffff86165f908152600e6020908152604080832067ffffffffffffffff8916845282528083209382015161ffff16835292905220549150610ee59050565b5063ffffffff85165f908152600e6020908152604080832067ffffffffffffffff88168452825280832061ffff9094168352929052205490505b9392505050565b335f9081526006602052604090205461ffff16801580610f565750600161ffff82165f908152600860205260409020547f0100000000000000000000000000000000000000000000000000000000000000900460ff166002811115610f5357610f53613e9c565b14155b15610f8d576040517faba4733900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610400821115610fc9576040517f9049092500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61ffff81165f908152600960205260409020610fe6838583614209565b503373ffffffffffffffffffffffffffffffffffffffff167f060a16d12d0dfc76a33a2d280e8544990981e010744db7750feb63a17041c571848460405161102f929190614328565b60405180910390a2505050565b611044612eb5565b61104f838383612fa2565b611057612f07565b505050565b611064612eb5565b61106d5f6130b4565b565b600154339073ffffffffffffffffffffffffffffffffffffffff1681146110da576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260240161083e565b610db1816130b4565b600454600a545f91829161110291600160e01b900461ffff16906140f3565b600454909150600160c01b900463ffffffff1680821015611121578091505b62010000821115611133576201000091505b50919050565b5f5f6111436110e3565b60035490915063ffffffff808316600160c01b909204161461116757600191505090565b6005545f9063ffffffff808416911611611181578161118b565b60055463ffffffff165b90505f5f5f6111986130e5565b919450925090505f5b8463ffffffff168163ffffffff161015611223575f8663ffffffff168263ffffffff16106111cf575f6111ee565b6111ee828686866003601c9054906101000a900460ff1660ff166132f0565b63ffffffff83165f908152600c6020526040902054909150811461121a57600197505050505050505090565b506001016111a1565b505f9550505050505090565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526006602090815260408083205461ffff1680845260088352818420825160a08101845281546bffffffffffffffffffffffff80821683526c0100000000000000000000000082041695820195909552600160c01b850463ffffffff1693810193909352600160e01b840462ffffff16606080850191909152859485948594859490928592919060808301907f0100000000000000000000000000000000000000000000000000000000000000900460ff16600281111561130c5761130c613e9c565b600281111561131d5761131d613e9c565b90525080516020808301516040808501516060860151608087015161ffff8a165f90815260099096529290942080549697506bffffffffffffffffffffffff958616969590931694909362ffffff169290819061137990614173565b80601f01602080910402602001604051908101604052809291908181526020018280546113a590614173565b80156113f05780601f106113c7576101008083540402835291602001916113f0565b820191905f5260205f20905b8154815290600101906020018083116113d357829003601f168201915b50505050509050975097509750975097509750505091939550919395565b5f610d5467ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001683614343565b5f60078261ffff168154811061145b5761145b61437b565b5f9182526020909120015473ffffffffffffffffffffffffffffffffffffffff1692915050565b63ffffffff81165f908152600c602052604090205460609060f881901c8067ffffffffffffffff8111156114b8576114b8614146565b6040519080825280602002602001820160405280156114e1578160200160208202803683370190505b5092505f5b8181101561157957600761ffff6114fe8360106140f3565b85901c16815481106115125761151261437b565b905f5260205f20015f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff1684828151811061154c5761154c61437b565b73ffffffffffffffffffffffffffffffffffffffff909216602092830291909101909101526001016114e6565b505050919050565b611589612eb5565b600380547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff166c010000000000000000000000006bffffffffffffffffffffffff8581169190910291909117909155600480547fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001691831691909117905561160f612f07565b5050565b61161b6137b3565b335f9081526006602090815260408083205461ffff1680845260089092529091208115806116825750600281547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600281111561167f5761167f613e9c565b14155b156116b9576040517f9ca68a4600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054600160e01b900462ffffff161561170e5780546040517f876b3048000000000000000000000000000000000000000000000000000000008152600160e01b90910462ffffff16600482015260240161083e565b80547effffffffffffffffffffffffffffffffffffff000000000000000000000000811682556040516bffffffffffffffffffffffff9091168082529033907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a280156117c1576117c173ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836137f4565b50505061106d6001600255565b6117d66137b3565b335f9081526006602090815260408083205461ffff168084526008909252909120546c0100000000000000000000000090046bffffffffffffffffffffffff16811580611821575080155b15611858576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61ffff82165f908152600860205260409081902080547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff1690555133907f8a43c4352486ec339f487f64af78ca5cbf06cd47833f073d3baf3a193e503161906118c49084815260200190565b60405180910390a261190d73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633836137f4565b505061106d6001600255565b6119216137b3565b805f0361195a576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546bffffffffffffffffffffffff90611977908216836140e0565b11156119af576040517f0625040100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600380548291905f906119d19084906bffffffffffffffffffffffff166143a8565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055503373ffffffffffffffffffffffffffffffffffffffff167f32173d8e51cec3a6fe484b7a1c3febe760cdf96e03d4cca36a43563a4333e83882604051611a4791815260200190565b60405180910390a2611a9173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333084613875565b610db16001600255565b5f5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168467ffffffffffffffff166001611b0a91906140e0565b611b1491906140f3565b611b1e91906140e0565b905080421015611b5d576040517f336d9e170000000000000000000000000000000000000000000000000000000081526004810182905260240161083e565b5f611b9567ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081169086166140f3565b63ffffffff86165f818152600c6020908152604080832054600e835281842067ffffffffffffffff8b16808652908452828520958552600f84528285209085529092528220549394509260f884901c9291630100000090910461ffff16905b83811015611cb3575f611c088260106140f3565b86901c61ffff81165f90815260208690526040902054909150151580611c3557508261ffff168161ffff16145b15611c405750611cab565b63ffffffff8b165f908152600d6020908152604080832061ffff8516845290915290205467ffffffffffffffff16871015611c7b5750611cab565b61ffff81165f90815260208590526040902060019055611c9c816032612c9d565b88611ca68161412e565b995050505b600101611bf4565b5050505050505092915050565b335f9081526006602052604090205461ffff16801580611d2a5750600161ffff82165f908152600860205260409020547f0100000000000000000000000000000000000000000000000000000000000000900460ff166002811115611d2757611d27613e9c565b14155b15611d61576040517faba4733900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61ffff81165f90815260086020908152604080832080547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0200000000000000000000000000000000000000000000000000000000000000179055600b909152812054600a8054919291611dd8906001906143cc565b81548110611de857611de861437b565b5f9182526020909120601082040154600f9091166002026101000a900461ffff16905080600a611e196001856143cc565b81548110611e2957611e2961437b565b905f5260205f2090601091828204019190066002026101000a81548161ffff021916908361ffff16021790555081600b5f8361ffff1661ffff1681526020019081526020015f2081905550600a805480611e8557611e856143df565b5f828152602080822060105f1990940193840401805461ffff6002600f8716026101000a810219909116909155929093559085168152600b90915260408082208290555133917f51c3acb118e5457ac75659984a22c2c43ec579d570b3be10cd3df47d3f89a63691a2505050565b63ffffffff82165f908152600f6020908152604080832067ffffffffffffffff8516845282528083208151606081018352905460ff8116151580835261ffff610100830481169584019590955263010000009091049093169181019190915290611f6057505f9050610d54565b63ffffffff84165f908152600e6020908152604080832067ffffffffffffffff8716845282528083209382015161ffff1683529290522054905092915050565b611fa86137b3565b6004546c0100000000000000000000000090046bffffffffffffffffffffffff1681101561202b57600480546040517f829f11630000000000000000000000000000000000000000000000000000000081529182018390526c0100000000000000000000000090046bffffffffffffffffffffffff16602482015260440161083e565b6bffffffffffffffffffffffff811115612071576040517f0625040100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6104008211156120ad576040517f9049092500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600a546103e8116120ea576040517ffeb546a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526006602052604081205461ffff16908190036121d85760075461ffff1015612143576040517ffeb546a400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5060078054600181019091557fa66cc928b5edb82af9bd49922954155ab7b0942694bea4ce44661d9a8736c68881018054337fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091555f90815260066020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff83161790555b61ffff81165f9081526008602052604081209081547f0100000000000000000000000000000000000000000000000000000000000000900460ff16600281111561222457612224613e9c565b1461225b576040517f3a81d6fc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80547f01000000000000000000000000000000000000000000000000000000000000007effffffffffffffffffffffffffffffffffffff0000000000000000000000009091166bffffffffffffffffffffffff85161717808255600160c01b900463ffffffff165f0361230b5780547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff167901f40000000000000000000000000000000000000000000000001781555b61ffff82165f908152600960205260409020612328858783614209565b50600a8054600181018255601081047fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a801805461ffff8087166002600f909516949094026101000a84810291021990911617905590545f918252600b602052604091829020555133907f49f4bd8ed322bbac555d3f70a8e6a877708163f14ce892f25dd52b84b83e076e906123c490859089908990899061440c565b60405180910390a282156124145761241473ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016333086613875565b50506110576001600255565b600a5460609067ffffffffffffffff81111561243e5761243e614146565b604051908082528060200260200182016040528015612467578160200160208202803683370190505b5090505f5b8151811015612527576007600a828154811061248a5761248a61437b565b905f5260205f2090601091828204019190066002029054906101000a900461ffff1661ffff16815481106124c0576124c061437b565b905f5260205f20015f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff168282815181106124fa576124fa61437b565b73ffffffffffffffffffffffffffffffffffffffff9092166020928302919091019091015260010161246c565b5090565b612533612eb5565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556125955f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f6125e36137b3565b600354600160c01b900463ffffffff165f6125fc6110e3565b90508163ffffffff168163ffffffff161461269b57600380547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff8481169182029290921790925560408051918516825260208201929092527fc1e4a2c5ab51c5c60e0903bf2de964cce37d1ac522a47dcee53cf7be659303d1910160405180910390a1905080826126978161412e565b9350505b60055463ffffffff9081169083168110156126e35750600580547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff8416179055815b60055463ffffffff6401000000009091048116908216811061270257505f5b5f5f5f61270d6130e5565b6003549295509093509150600160e01b900460ff165f63ffffffff87168b1061273c578663ffffffff1661273e565b8a5b90505f5b818110156127e757865f63ffffffff808d1690831610612762575f61276f565b61276f82898989896132f0565b63ffffffff83165f908152600c60205260409020549091508082146127a7576127998382846138c1565b8d6127a38161412e565b9e50505b63ffffffff8b166127b98b600161443a565b63ffffffff16146127d4576127cf8a600161443a565b6127d6565b5f5b995050600190920191506127429050565b50895f03612800575f995050505050505050505061296e565b600580547fffffffffffffffffffffffffffffffffffffffffffffffff00000000ffffffff1664010000000063ffffffff8916021790556004546003546bffffffffffffffffffffffff91821691168082111561285b578091505b6bffffffffffffffffffffffff8216156128b757612879828261410a565b600380547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff929092169190911790555b604080518d81526bffffffffffffffffffffffff8416602082015233917f3645b7cfbb41ac8e6dcc3c4877ede2c60b467a0374b7a7fc7563f0a09580999e910160405180910390a26bffffffffffffffffffffffff8216156129625761296273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016336bffffffffffffffffffffffff85166137f4565b50505050505050505050505b6129786001600255565b919050565b5f60f883901c815b818110156129b95761ffff8085169061299f8360106140f3565b87901c16036129b1579150610d549050565b600101612985565b506008949350505050565b61ffff84165f908152600860209081526040808320815160a08101835281546bffffffffffffffffffffffff80821683526c0100000000000000000000000082041694820194909452600160c01b840463ffffffff1692810192909252600160e01b830462ffffff166060830152909160808301907f0100000000000000000000000000000000000000000000000000000000000000900460ff166002811115612a7057612a70613e9c565b6002811115612a8157612a81613e9c565b8152505090508381602001818151612a9991906143a8565b6bffffffffffffffffffffffff1690525060408101515f90612abd9060019061443a565b90506103e863ffffffff821611612ad45780612ad8565b6103e85b63ffffffff908116604080850191825261ffff89165f9081526008602090815291902085518154928701519351606088015162ffffff16600160e01b027fff000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff91909616600160c01b02167fff00000000000000ffffffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9586166c01000000000000000000000000027fffffffffffffffff000000000000000000000000000000000000000000000000909516959092169490941792909217919091169190911791909117808255608084015184929182907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000836002811115612c1e57612c1e613e9c565b021790555050506bffffffffffffffffffffffff851615612c95576040516bffffffffffffffffffffffff8616815267ffffffffffffffff84169063ffffffff86169061ffff8916907f29f421ea8438f3d7e602d01fd7aa789ac330ba6ab184124a97fe23d6a9414ff19060200160405180910390a45b505050505050565b61ffff82165f90815260086020526040902054600160c01b900463ffffffff16612cc860018361443a565b63ffffffff168163ffffffff1611612ce1576001612ceb565b612ceb8282614456565b61ffff84165f8181526008602090815260409182902080547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff871690810291909117909155915191825292935090917ffcb35587b65eb1fd323e7838bd1f2f86bd08d31d522889d77fb3b9dc391930b4910161102f565b6003546bffffffffffffffffffffffff808216916c010000000000000000000000009004165f5b86811015612e56575f612da88260106140f3565b89901c90505f8661ffff168261ffff1614612dd55761ffff82165f90815260208790526040902054612dd7565b875b9050878103612e2c575f856bffffffffffffffffffffffff16856bffffffffffffffffffffffff1611612e0a5784612e0c565b855b9050612e18818761410a565b9550612e2683828f8f6129c4565b50612e4c565b8015801590612e3c575060018114155b15612e4c57612e4c826064612c9d565b5050600101612d94565b506003546bffffffffffffffffffffffff838116911614612eaa57600380547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff84161790555b505050505050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461106d576040517f118cdaa700000000000000000000000000000000000000000000000000000000815233600482015260240161083e565b600454600354604080516c010000000000000000000000008085046bffffffffffffffffffffffff908116835290840481166020830152841681830152600160c01b840463ffffffff166060820152600160e01b9384900461ffff1660808201529290910460ff1660a0830152517fc5cd1bac004e488977f44729501f769a70b52f8a6741e6612e4173abea49f00b9160c0908290030190a1565b63ffffffff83161580612fbd57506201000063ffffffff8416115b80612fc9575060ff8116155b80612fd75750600860ff8216115b1561300e576040517f35be3ac800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600480547fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b63ffffffff95909516949094027fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1693909317600160e01b61ffff93909316830217909255600380547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660ff909316909102919091179055565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610db181613b67565b600a54606090819081908067ffffffffffffffff81111561310857613108614146565b604051908082528060200260200182016040528015613131578160200160208202803683370190505b5093508067ffffffffffffffff81111561314d5761314d614146565b604051908082528060200260200182016040528015613176578160200160208202803683370190505b5092508067ffffffffffffffff81111561319257613192614146565b6040519080825280602002602001820160405280156131bb578160200160208202803683370190505b5091505f5b818110156132e9575f600a82815481106131dc576131dc61437b565b905f5260205f2090601091828204019190066002029054906101000a900461ffff169050808683815181106132135761321361437b565b602002602001019061ffff16908161ffff168152505060078161ffff16815481106132405761324061437b565b905f5260205f20015f9054906101000a900473ffffffffffffffffffffffffffffffffffffffff1685838151811061327a5761327a61437b565b73ffffffffffffffffffffffffffffffffffffffff9290921660209283029190910182015261ffff82165f908152600890915260409020548451600160c01b90910463ffffffff16908590849081106132d5576132d561437b565b6020908102919091010152506001016131c0565b5050909192565b83515f9080831115613300578092505b825f03613310575f9150506137aa565b5f8367ffffffffffffffff81111561332a5761332a614146565b604051908082528060200260200182016040528015613353578160200160208202803683370190505b5090505f8467ffffffffffffffff81111561337057613370614146565b604051908082528060200260200182016040528015613399578160200160208202803683370190505b5090505f805b84811015613660575f8882815181106133ba576133ba61437b565b602002602001015160808d8c85815181106133d7576133d761437b565b602002602001015160405160200161341792919063ffffffff92909216825273ffffffffffffffffffffffffffffffffffffffff16602082015260400190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012061345892911c6140f3565b90505f8b838151811061346d5761346d61437b565b602002602001015190505f8490505b5f8111801561350e5750856134926001836143cc565b815181106134a2576134a261437b565b602002602001015183118061350e5750856134be6001836143cc565b815181106134ce576134ce61437b565b60200260200101518314801561350e5750866134eb6001836143cc565b815181106134fb576134fb61437b565b602002602001015161ffff168261ffff16105b15613525578061351d81614472565b91505061347c565b89811061353457505050613658565b5f8a861061354c5761354760018c6143cc565b61354e565b855b90505b818111156135f557866135656001836143cc565b815181106135755761357561437b565b602002602001015187828151811061358f5761358f61437b565b6020908102919091010152876135a66001836143cc565b815181106135b6576135b661437b565b60200260200101518882815181106135d0576135d061437b565b61ffff90921660209283029190910190910152806135ed81614472565b915050613551565b838783815181106136085761360861437b565b602002602001018181525050828883815181106136275761362761437b565b602002602001019061ffff16908161ffff16815250508a861015613653578561364f8161412e565b9650505b505050505b60010161339f565b5060015b86811015613757575f84828151811061367f5761367f61437b565b602002602001015190505f8290505b5f811180156136c7575061ffff8216866136a96001846143cc565b815181106136b9576136b961437b565b602002602001015161ffff16115b1561372757856136d86001836143cc565b815181106136e8576136e861437b565b60200260200101518682815181106137025761370261437b565b61ffff909216602092830291909101909101528061371f81614472565b91505061368e565b8186828151811061373a5761373a61437b565b61ffff909216602092830291909101909101525050600101613664565b505f5b8681101561379e5761376d8160106140f3565b84828151811061377f5761377f61437b565b602002602001015161ffff16901b86179550808060010191505061375a565b505050505060f882901b175b95945050505050565b60028054036137ee576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028055565b60405173ffffffffffffffffffffffffffffffffffffffff83811660248301526044820183905261105791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050613bdb565b60405173ffffffffffffffffffffffffffffffffffffffff84811660248301528381166044830152606482018390526138bb9186918216906323b872dd9060840161382e565b50505050565b60f882811c9082901c5f5b82811015613a02575f6138e08260106140f3565b86901c90506138ef858261297d565b6008036139f95761ffff81165f908152600860205260409020805460019190601c90613928908490600160e01b900462ffffff16614487565b825462ffffff9182166101009390930a92830291909202199091161790555063ffffffff87165f908152600d6020908152604080832061ffff8516808552925290912080547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001690556007805490919081106139a6576139a661437b565b5f91825260208220015460405173ffffffffffffffffffffffffffffffffffffffff9091169163ffffffff8a16917fe9e840f03d0f439ac1b1cbbeb5471af04c98e5dae4e45999d34a9ddacf8cc7189190a35b506001016138cc565b505f5b81811015613b48575f613a198260106140f3565b85901c9050613a28868261297d565b600803613b3f5761ffff81165f908152600860205260409020805460019190601c90613a61908490600160e01b900462ffffff166144a2565b82546101009290920a62ffffff8181021990931691909216919091021790555063ffffffff87165f908152600d6020908152604080832061ffff8516808552925290912080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff16179055600780549091908110613aec57613aec61437b565b5f91825260208220015460405173ffffffffffffffffffffffffffffffffffffffff9091169163ffffffff8a16917fb775174c067bbc34aea56e5c926ae2ede3f587b109342a578e84c48e5f2346ac9190a35b50600101613a05565b50505063ffffffff9092165f908152600c602052604090209190915550565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f60205f8451602086015f885af180613bfa576040513d5f823e3d81fd5b50505f513d91508115613c11578060011415613c2b565b73ffffffffffffffffffffffffffffffffffffffff84163b155b156138bb576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161083e565b803563ffffffff81168114612978575f5ffd5b803567ffffffffffffffff81168114612978575f5ffd5b5f5f5f60608486031215613cb6575f5ffd5b613cbf84613c7a565b9250613ccd60208501613c8d565b9150604084013590509250925092565b803573ffffffffffffffffffffffffffffffffffffffff81168114612978575f5ffd5b5f5f60408385031215613d11575f5ffd5b613d1a83613c7a565b9150613d2860208401613cdd565b90509250929050565b80356bffffffffffffffffffffffff81168114612978575f5ffd5b5f60208284031215613d5c575f5ffd5b610ee582613d31565b5f5f5f60608486031215613d77575f5ffd5b613d8084613c7a565b9250613d8e60208501613c8d565b9150613d9c60408501613cdd565b90509250925092565b5f5f83601f840112613db5575f5ffd5b50813567ffffffffffffffff811115613dcc575f5ffd5b602083019150836020828501011115613de3575f5ffd5b9250929050565b5f5f60208385031215613dfb575f5ffd5b823567ffffffffffffffff811115613e11575f5ffd5b613e1d85828601613da5565b90969095509350505050565b803561ffff81168114612978575f5ffd5b5f5f5f60608486031215613e4c575f5ffd5b613e5584613c7a565b9250613e6360208501613e29565b9150604084013560ff81168114613e78575f5ffd5b809150509250925092565b5f60208284031215613e93575f5ffd5b610ee582613cdd565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b86815285602082015263ffffffff851660408201528360608201525f60038410613f1a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b83608083015260c060a083015282518060c0840152806020850160e085015e5f60e0828501015260e07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f830116840101915050979650505050505050565b5f60208284031215613f8a575f5ffd5b5035919050565b5f60208284031215613fa1575f5ffd5b610ee582613e29565b5f60208284031215613fba575f5ffd5b610ee582613c7a565b602080825282518282018190525f918401906040840190835b8181101561401057835173ffffffffffffffffffffffffffffffffffffffff16835260209384019390920191600101613fdc565b509095945050505050565b5f5f6040838503121561402c575f5ffd5b61403583613d31565b9150613d2860208401613d31565b5f5f60408385031215614054575f5ffd5b61405d83613c7a565b9150613d2860208401613c8d565b5f5f5f6040848603121561407d575f5ffd5b833567ffffffffffffffff811115614093575f5ffd5b61409f86828701613da5565b909790965060209590950135949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610d5457610d546140b3565b8082028115828204841417610d5457610d546140b3565b6bffffffffffffffffffffffff8281168282160390811115610d5457610d546140b3565b5f5f19820361413f5761413f6140b3565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b600181811c9082168061418757607f821691505b602082108103611133577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b601f82111561105757805f5260205f20601f840160051c810160208510156141e35750805b601f840160051c820191505b81811015614202575f81556001016141ef565b5050505050565b67ffffffffffffffff83111561422157614221614146565b6142358361422f8354614173565b836141be565b5f601f841160018114614266575f851561424f5750838201355b5f19600387901b1c1916600186901b178355614202565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156142b35786850135825560209485019460019092019101614293565b50868210156142cf575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f61433b6020830184866142e1565b949350505050565b5f82614376577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b6bffffffffffffffffffffffff8181168382160190811115610d5457610d546140b3565b81810381811115610d5457610d546140b3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b61ffff85168152606060208201525f6144296060830185876142e1565b905082604083015295945050505050565b63ffffffff8181168382160190811115610d5457610d546140b3565b63ffffffff8281168282160390811115610d5457610d546140b3565b5f81614480576144806140b3565b505f190190565b62ffffff8281168282160390811115610d5457610d546140b3565b62ffffff8181168382160190811115610d5457610d546140b356fea2646970667358221220a9ac4f981a854b60591a9717ad298c5f6c69690d3fb7337434bdc94b45fc2f5564736f6c634300081e0033",
}

// NetworkCoordinatorABI is the input ABI used to generate the binding from.
// Deprecated: Use NetworkCoordinatorMetaData.ABI instead.
var NetworkCoordinatorABI = NetworkCoordinatorMetaData.ABI

// NetworkCoordinatorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use NetworkCoordinatorMetaData.Bin instead.
var NetworkCoordinatorBin = NetworkCoordinatorMetaData.Bin

// DeployNetworkCoordinator deploys a new Ethereum contract, binding an instance of NetworkCoordinator to it.
func DeployNetworkCoordinator(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, owner_ common.Address, epochLength_ uint64, reportWindow_ uint64, partitionFloor_ uint32, partitionsPerBroker_ uint16, replication_ uint8) (common.Address, *types.Transaction, *NetworkCoordinator, error) {
	parsed, err := NetworkCoordinatorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(NetworkCoordinatorBin), backend, token_, owner_, epochLength_, reportWindow_, partitionFloor_, partitionsPerBroker_, replication_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &NetworkCoordinator{NetworkCoordinatorCaller: NetworkCoordinatorCaller{contract: contract}, NetworkCoordinatorTransactor: NetworkCoordinatorTransactor{contract: contract}, NetworkCoordinatorFilterer: NetworkCoordinatorFilterer{contract: contract}}, nil
}

// NetworkCoordinator is an auto generated Go binding around an Ethereum contract.
type NetworkCoordinator struct {
	NetworkCoordinatorCaller     // Read-only binding to the contract
	NetworkCoordinatorTransactor // Write-only binding to the contract
	NetworkCoordinatorFilterer   // Log filterer for contract events
}

// NetworkCoordinatorCaller is an auto generated read-only Go binding around an Ethereum contract.
type NetworkCoordinatorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NetworkCoordinatorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type NetworkCoordinatorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NetworkCoordinatorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type NetworkCoordinatorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// NetworkCoordinatorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type NetworkCoordinatorSession struct {
	Contract     *NetworkCoordinator // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// NetworkCoordinatorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type NetworkCoordinatorCallerSession struct {
	Contract *NetworkCoordinatorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// NetworkCoordinatorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type NetworkCoordinatorTransactorSession struct {
	Contract     *NetworkCoordinatorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// NetworkCoordinatorRaw is an auto generated low-level Go binding around an Ethereum contract.
type NetworkCoordinatorRaw struct {
	Contract *NetworkCoordinator // Generic contract binding to access the raw methods on
}

// NetworkCoordinatorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type NetworkCoordinatorCallerRaw struct {
	Contract *NetworkCoordinatorCaller // Generic read-only contract binding to access the raw methods on
}

// NetworkCoordinatorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type NetworkCoordinatorTransactorRaw struct {
	Contract *NetworkCoordinatorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewNetworkCoordinator creates a new instance of NetworkCoordinator, bound to a specific deployed contract.
func NewNetworkCoordinator(address common.Address, backend bind.ContractBackend) (*NetworkCoordinator, error) {
	contract, err := bindNetworkCoordinator(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinator{NetworkCoordinatorCaller: NetworkCoordinatorCaller{contract: contract}, NetworkCoordinatorTransactor: NetworkCoordinatorTransactor{contract: contract}, NetworkCoordinatorFilterer: NetworkCoordinatorFilterer{contract: contract}}, nil
}

// NewNetworkCoordinatorCaller creates a new read-only instance of NetworkCoordinator, bound to a specific deployed contract.
func NewNetworkCoordinatorCaller(address common.Address, caller bind.ContractCaller) (*NetworkCoordinatorCaller, error) {
	contract, err := bindNetworkCoordinator(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorCaller{contract: contract}, nil
}

// NewNetworkCoordinatorTransactor creates a new write-only instance of NetworkCoordinator, bound to a specific deployed contract.
func NewNetworkCoordinatorTransactor(address common.Address, transactor bind.ContractTransactor) (*NetworkCoordinatorTransactor, error) {
	contract, err := bindNetworkCoordinator(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorTransactor{contract: contract}, nil
}

// NewNetworkCoordinatorFilterer creates a new log filterer instance of NetworkCoordinator, bound to a specific deployed contract.
func NewNetworkCoordinatorFilterer(address common.Address, filterer bind.ContractFilterer) (*NetworkCoordinatorFilterer, error) {
	contract, err := bindNetworkCoordinator(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorFilterer{contract: contract}, nil
}

// bindNetworkCoordinator binds a generic wrapper to an already deployed contract.
func bindNetworkCoordinator(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := NetworkCoordinatorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NetworkCoordinator *NetworkCoordinatorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NetworkCoordinator.Contract.NetworkCoordinatorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NetworkCoordinator *NetworkCoordinatorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.NetworkCoordinatorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NetworkCoordinator *NetworkCoordinatorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.NetworkCoordinatorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_NetworkCoordinator *NetworkCoordinatorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _NetworkCoordinator.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_NetworkCoordinator *NetworkCoordinatorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_NetworkCoordinator *NetworkCoordinatorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.contract.Transact(opts, method, params...)
}

// AGREEMENTBONUS is a free data retrieval call binding the contract method 0xd33bdf97.
//
// Solidity: function AGREEMENT_BONUS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) AGREEMENTBONUS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "AGREEMENT_BONUS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// AGREEMENTBONUS is a free data retrieval call binding the contract method 0xd33bdf97.
//
// Solidity: function AGREEMENT_BONUS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) AGREEMENTBONUS() (uint32, error) {
	return _NetworkCoordinator.Contract.AGREEMENTBONUS(&_NetworkCoordinator.CallOpts)
}

// AGREEMENTBONUS is a free data retrieval call binding the contract method 0xd33bdf97.
//
// Solidity: function AGREEMENT_BONUS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) AGREEMENTBONUS() (uint32, error) {
	return _NetworkCoordinator.Contract.AGREEMENTBONUS(&_NetworkCoordinator.CallOpts)
}

// DEVIANTPENALTY is a free data retrieval call binding the contract method 0x0381ecc7.
//
// Solidity: function DEVIANT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) DEVIANTPENALTY(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "DEVIANT_PENALTY")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// DEVIANTPENALTY is a free data retrieval call binding the contract method 0x0381ecc7.
//
// Solidity: function DEVIANT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) DEVIANTPENALTY() (uint32, error) {
	return _NetworkCoordinator.Contract.DEVIANTPENALTY(&_NetworkCoordinator.CallOpts)
}

// DEVIANTPENALTY is a free data retrieval call binding the contract method 0x0381ecc7.
//
// Solidity: function DEVIANT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) DEVIANTPENALTY() (uint32, error) {
	return _NetworkCoordinator.Contract.DEVIANTPENALTY(&_NetworkCoordinator.CallOpts)
}

// INITIALREPUTATION is a free data retrieval call binding the contract method 0x7b057258.
//
// Solidity: function INITIAL_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) INITIALREPUTATION(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "INITIAL_REPUTATION")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// INITIALREPUTATION is a free data retrieval call binding the contract method 0x7b057258.
//
// Solidity: function INITIAL_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) INITIALREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.INITIALREPUTATION(&_NetworkCoordinator.CallOpts)
}

// INITIALREPUTATION is a free data retrieval call binding the contract method 0x7b057258.
//
// Solidity: function INITIAL_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) INITIALREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.INITIALREPUTATION(&_NetworkCoordinator.CallOpts)
}

// MAXACTIVEBROKERS is a free data retrieval call binding the contract method 0x27515155.
//
// Solidity: function MAX_ACTIVE_BROKERS() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MAXACTIVEBROKERS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "MAX_ACTIVE_BROKERS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXACTIVEBROKERS is a free data retrieval call binding the contract method 0x27515155.
//
// Solidity: function MAX_ACTIVE_BROKERS() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorSession) MAXACTIVEBROKERS() (*big.Int, error) {
	return _NetworkCoordinator.Contract.MAXACTIVEBROKERS(&_NetworkCoordinator.CallOpts)
}

// MAXACTIVEBROKERS is a free data retrieval call binding the contract method 0x27515155.
//
// Solidity: function MAX_ACTIVE_BROKERS() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MAXACTIVEBROKERS() (*big.Int, error) {
	return _NetworkCoordinator.Contract.MAXACTIVEBROKERS(&_NetworkCoordinator.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MAXPARTITIONS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "MAX_PARTITIONS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) MAXPARTITIONS() (uint32, error) {
	return _NetworkCoordinator.Contract.MAXPARTITIONS(&_NetworkCoordinator.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MAXPARTITIONS() (uint32, error) {
	return _NetworkCoordinator.Contract.MAXPARTITIONS(&_NetworkCoordinator.CallOpts)
}

// MAXREPLICATION is a free data retrieval call binding the contract method 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MAXREPLICATION(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "MAX_REPLICATION")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXREPLICATION is a free data retrieval call binding the contract method 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorSession) MAXREPLICATION() (uint8, error) {
	return _NetworkCoordinator.Contract.MAXREPLICATION(&_NetworkCoordinator.CallOpts)
}

// MAXREPLICATION is a free data retrieval call binding the contract method 0x48bcbe05.
//
// Solidity: function MAX_REPLICATION() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MAXREPLICATION() (uint8, error) {
	return _NetworkCoordinator.Contract.MAXREPLICATION(&_NetworkCoordinator.CallOpts)
}

// MAXREPUTATION is a free data retrieval call binding the contract method 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MAXREPUTATION(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "MAX_REPUTATION")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXREPUTATION is a free data retrieval call binding the contract method 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) MAXREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.MAXREPUTATION(&_NetworkCoordinator.CallOpts)
}

// MAXREPUTATION is a free data retrieval call binding the contract method 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MAXREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.MAXREPUTATION(&_NetworkCoordinator.CallOpts)
}

// MINREPUTATION is a free data retrieval call binding the contract method 0x697c6045.
//
// Solidity: function MIN_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MINREPUTATION(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "MIN_REPUTATION")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MINREPUTATION is a free data retrieval call binding the contract method 0x697c6045.
//
// Solidity: function MIN_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) MINREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.MINREPUTATION(&_NetworkCoordinator.CallOpts)
}

// MINREPUTATION is a free data retrieval call binding the contract method 0x697c6045.
//
// Solidity: function MIN_REPUTATION() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MINREPUTATION() (uint32, error) {
	return _NetworkCoordinator.Contract.MINREPUTATION(&_NetworkCoordinator.CallOpts)
}

// SILENTPENALTY is a free data retrieval call binding the contract method 0x0b972ff9.
//
// Solidity: function SILENT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) SILENTPENALTY(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "SILENT_PENALTY")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// SILENTPENALTY is a free data retrieval call binding the contract method 0x0b972ff9.
//
// Solidity: function SILENT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) SILENTPENALTY() (uint32, error) {
	return _NetworkCoordinator.Contract.SILENTPENALTY(&_NetworkCoordinator.CallOpts)
}

// SILENTPENALTY is a free data retrieval call binding the contract method 0x0b972ff9.
//
// Solidity: function SILENT_PENALTY() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) SILENTPENALTY() (uint32, error) {
	return _NetworkCoordinator.Contract.SILENTPENALTY(&_NetworkCoordinator.CallOpts)
}

// ActiveBrokerCount is a free data retrieval call binding the contract method 0xe5c4a13c.
//
// Solidity: function activeBrokerCount() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorCaller) ActiveBrokerCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "activeBrokerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ActiveBrokerCount is a free data retrieval call binding the contract method 0xe5c4a13c.
//
// Solidity: function activeBrokerCount() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorSession) ActiveBrokerCount() (*big.Int, error) {
	return _NetworkCoordinator.Contract.ActiveBrokerCount(&_NetworkCoordinator.CallOpts)
}

// ActiveBrokerCount is a free data retrieval call binding the contract method 0xe5c4a13c.
//
// Solidity: function activeBrokerCount() view returns(uint256)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) ActiveBrokerCount() (*big.Int, error) {
	return _NetworkCoordinator.Contract.ActiveBrokerCount(&_NetworkCoordinator.CallOpts)
}

// ActiveBrokers is a free data retrieval call binding the contract method 0xf250fe00.
//
// Solidity: function activeBrokers() view returns(address[] out)
func (_NetworkCoordinator *NetworkCoordinatorCaller) ActiveBrokers(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "activeBrokers")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// ActiveBrokers is a free data retrieval call binding the contract method 0xf250fe00.
//
// Solidity: function activeBrokers() view returns(address[] out)
func (_NetworkCoordinator *NetworkCoordinatorSession) ActiveBrokers() ([]common.Address, error) {
	return _NetworkCoordinator.Contract.ActiveBrokers(&_NetworkCoordinator.CallOpts)
}

// ActiveBrokers is a free data retrieval call binding the contract method 0xf250fe00.
//
// Solidity: function activeBrokers() view returns(address[] out)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) ActiveBrokers() ([]common.Address, error) {
	return _NetworkCoordinator.Contract.ActiveBrokers(&_NetworkCoordinator.CallOpts)
}

// AgreedRoot is a free data retrieval call binding the contract method 0xd77f2c27.
//
// Solidity: function agreedRoot(uint32 networkPartition, uint64 epoch) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) AgreedRoot(opts *bind.CallOpts, networkPartition uint32, epoch uint64) ([32]byte, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "agreedRoot", networkPartition, epoch)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AgreedRoot is a free data retrieval call binding the contract method 0xd77f2c27.
//
// Solidity: function agreedRoot(uint32 networkPartition, uint64 epoch) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorSession) AgreedRoot(networkPartition uint32, epoch uint64) ([32]byte, error) {
	return _NetworkCoordinator.Contract.AgreedRoot(&_NetworkCoordinator.CallOpts, networkPartition, epoch)
}

// AgreedRoot is a free data retrieval call binding the contract method 0xd77f2c27.
//
// Solidity: function agreedRoot(uint32 networkPartition, uint64 epoch) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) AgreedRoot(networkPartition uint32, epoch uint64) ([32]byte, error) {
	return _NetworkCoordinator.Contract.AgreedRoot(&_NetworkCoordinator.CallOpts, networkPartition, epoch)
}

// AssignedBrokers is a free data retrieval call binding the contract method 0xad870674.
//
// Solidity: function assignedBrokers(uint32 networkPartition) view returns(address[] brokers)
func (_NetworkCoordinator *NetworkCoordinatorCaller) AssignedBrokers(opts *bind.CallOpts, networkPartition uint32) ([]common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "assignedBrokers", networkPartition)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// AssignedBrokers is a free data retrieval call binding the contract method 0xad870674.
//
// Solidity: function assignedBrokers(uint32 networkPartition) view returns(address[] brokers)
func (_NetworkCoordinator *NetworkCoordinatorSession) AssignedBrokers(networkPartition uint32) ([]common.Address, error) {
	return _NetworkCoordinator.Contract.AssignedBrokers(&_NetworkCoordinator.CallOpts, networkPartition)
}

// AssignedBrokers is a free data retrieval call binding the contract method 0xad870674.
//
// Solidity: function assignedBrokers(uint32 networkPartition) view returns(address[] brokers)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) AssignedBrokers(networkPartition uint32) ([]common.Address, error) {
	return _NetworkCoordinator.Contract.AssignedBrokers(&_NetworkCoordinator.CallOpts, networkPartition)
}

// BrokerAt is a free data retrieval call binding the contract method 0xa8fa623d.
//
// Solidity: function brokerAt(uint16 id) view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCaller) BrokerAt(opts *bind.CallOpts, id uint16) (common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "brokerAt", id)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BrokerAt is a free data retrieval call binding the contract method 0xa8fa623d.
//
// Solidity: function brokerAt(uint16 id) view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorSession) BrokerAt(id uint16) (common.Address, error) {
	return _NetworkCoordinator.Contract.BrokerAt(&_NetworkCoordinator.CallOpts, id)
}

// BrokerAt is a free data retrieval call binding the contract method 0xa8fa623d.
//
// Solidity: function brokerAt(uint16 id) view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) BrokerAt(id uint16) (common.Address, error) {
	return _NetworkCoordinator.Contract.BrokerAt(&_NetworkCoordinator.CallOpts, id)
}

// BrokerIdOf is a free data retrieval call binding the contract method 0xc2d20692.
//
// Solidity: function brokerIdOf(address ) view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorCaller) BrokerIdOf(opts *bind.CallOpts, arg0 common.Address) (uint16, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "brokerIdOf", arg0)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// BrokerIdOf is a free data retrieval call binding the contract method 0xc2d20692.
//
// Solidity: function brokerIdOf(address ) view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorSession) BrokerIdOf(arg0 common.Address) (uint16, error) {
	return _NetworkCoordinator.Contract.BrokerIdOf(&_NetworkCoordinator.CallOpts, arg0)
}

// BrokerIdOf is a free data retrieval call binding the contract method 0xc2d20692.
//
// Solidity: function brokerIdOf(address ) view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) BrokerIdOf(arg0 common.Address) (uint16, error) {
	return _NetworkCoordinator.Contract.BrokerIdOf(&_NetworkCoordinator.CallOpts, arg0)
}

// BrokerInfo is a free data retrieval call binding the contract method 0xa264c3cf.
//
// Solidity: function brokerInfo(address broker) view returns(uint256 stake, uint256 owed, uint32 reputation, uint256 assignments, uint8 status, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorCaller) BrokerInfo(opts *bind.CallOpts, broker common.Address) (struct {
	Stake       *big.Int
	Owed        *big.Int
	Reputation  uint32
	Assignments *big.Int
	Status      uint8
	Endpoint    string
}, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "brokerInfo", broker)

	outstruct := new(struct {
		Stake       *big.Int
		Owed        *big.Int
		Reputation  uint32
		Assignments *big.Int
		Status      uint8
		Endpoint    string
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Stake = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Owed = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Reputation = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Assignments = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Status = *abi.ConvertType(out[4], new(uint8)).(*uint8)
	outstruct.Endpoint = *abi.ConvertType(out[5], new(string)).(*string)

	return *outstruct, err

}

// BrokerInfo is a free data retrieval call binding the contract method 0xa264c3cf.
//
// Solidity: function brokerInfo(address broker) view returns(uint256 stake, uint256 owed, uint32 reputation, uint256 assignments, uint8 status, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorSession) BrokerInfo(broker common.Address) (struct {
	Stake       *big.Int
	Owed        *big.Int
	Reputation  uint32
	Assignments *big.Int
	Status      uint8
	Endpoint    string
}, error) {
	return _NetworkCoordinator.Contract.BrokerInfo(&_NetworkCoordinator.CallOpts, broker)
}

// BrokerInfo is a free data retrieval call binding the contract method 0xa264c3cf.
//
// Solidity: function brokerInfo(address broker) view returns(uint256 stake, uint256 owed, uint32 reputation, uint256 assignments, uint8 status, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) BrokerInfo(broker common.Address) (struct {
	Stake       *big.Int
	Owed        *big.Int
	Reputation  uint32
	Assignments *big.Int
	Status      uint8
	Endpoint    string
}, error) {
	return _NetworkCoordinator.Contract.BrokerInfo(&_NetworkCoordinator.CallOpts, broker)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCaller) EpochLength(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "epochLength")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorSession) EpochLength() (uint64, error) {
	return _NetworkCoordinator.Contract.EpochLength(&_NetworkCoordinator.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) EpochLength() (uint64, error) {
	return _NetworkCoordinator.Contract.EpochLength(&_NetworkCoordinator.CallOpts)
}

// EpochOf is a free data retrieval call binding the contract method 0xa3d545f5.
//
// Solidity: function epochOf(uint256 timestamp) view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCaller) EpochOf(opts *bind.CallOpts, timestamp *big.Int) (uint64, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "epochOf", timestamp)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EpochOf is a free data retrieval call binding the contract method 0xa3d545f5.
//
// Solidity: function epochOf(uint256 timestamp) view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorSession) EpochOf(timestamp *big.Int) (uint64, error) {
	return _NetworkCoordinator.Contract.EpochOf(&_NetworkCoordinator.CallOpts, timestamp)
}

// EpochOf is a free data retrieval call binding the contract method 0xa3d545f5.
//
// Solidity: function epochOf(uint256 timestamp) view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) EpochOf(timestamp *big.Int) (uint64, error) {
	return _NetworkCoordinator.Contract.EpochOf(&_NetworkCoordinator.CallOpts, timestamp)
}

// EpochReward is a free data retrieval call binding the contract method 0x1604e416.
//
// Solidity: function epochReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCaller) EpochReward(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "epochReward")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EpochReward is a free data retrieval call binding the contract method 0x1604e416.
//
// Solidity: function epochReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorSession) EpochReward() (*big.Int, error) {
	return _NetworkCoordinator.Contract.EpochReward(&_NetworkCoordinator.CallOpts)
}

// EpochReward is a free data retrieval call binding the contract method 0x1604e416.
//
// Solidity: function epochReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) EpochReward() (*big.Int, error) {
	return _NetworkCoordinator.Contract.EpochReward(&_NetworkCoordinator.CallOpts)
}

// IsAssigned is a free data retrieval call binding the contract method 0x0e213eb3.
//
// Solidity: function isAssigned(uint32 networkPartition, address broker) view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorCaller) IsAssigned(opts *bind.CallOpts, networkPartition uint32, broker common.Address) (bool, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "isAssigned", networkPartition, broker)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsAssigned is a free data retrieval call binding the contract method 0x0e213eb3.
//
// Solidity: function isAssigned(uint32 networkPartition, address broker) view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorSession) IsAssigned(networkPartition uint32, broker common.Address) (bool, error) {
	return _NetworkCoordinator.Contract.IsAssigned(&_NetworkCoordinator.CallOpts, networkPartition, broker)
}

// IsAssigned is a free data retrieval call binding the contract method 0x0e213eb3.
//
// Solidity: function isAssigned(uint32 networkPartition, address broker) view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) IsAssigned(networkPartition uint32, broker common.Address) (bool, error) {
	return _NetworkCoordinator.Contract.IsAssigned(&_NetworkCoordinator.CallOpts, networkPartition, broker)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCaller) MinStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "minStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorSession) MinStake() (*big.Int, error) {
	return _NetworkCoordinator.Contract.MinStake(&_NetworkCoordinator.CallOpts)
}

// MinStake is a free data retrieval call binding the contract method 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) MinStake() (*big.Int, error) {
	return _NetworkCoordinator.Contract.MinStake(&_NetworkCoordinator.CallOpts)
}

// NeedsRebalance is a free data retrieval call binding the contract method 0xa1325aff.
//
// Solidity: function needsRebalance() view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorCaller) NeedsRebalance(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "needsRebalance")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// NeedsRebalance is a free data retrieval call binding the contract method 0xa1325aff.
//
// Solidity: function needsRebalance() view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorSession) NeedsRebalance() (bool, error) {
	return _NetworkCoordinator.Contract.NeedsRebalance(&_NetworkCoordinator.CallOpts)
}

// NeedsRebalance is a free data retrieval call binding the contract method 0xa1325aff.
//
// Solidity: function needsRebalance() view returns(bool)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) NeedsRebalance() (bool, error) {
	return _NetworkCoordinator.Contract.NeedsRebalance(&_NetworkCoordinator.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorSession) Owner() (common.Address, error) {
	return _NetworkCoordinator.Contract.Owner(&_NetworkCoordinator.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) Owner() (common.Address, error) {
	return _NetworkCoordinator.Contract.Owner(&_NetworkCoordinator.CallOpts)
}

// PartitionCount is a free data retrieval call binding the contract method 0x8835af8f.
//
// Solidity: function partitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) PartitionCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "partitionCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PartitionCount is a free data retrieval call binding the contract method 0x8835af8f.
//
// Solidity: function partitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) PartitionCount() (uint32, error) {
	return _NetworkCoordinator.Contract.PartitionCount(&_NetworkCoordinator.CallOpts)
}

// PartitionCount is a free data retrieval call binding the contract method 0x8835af8f.
//
// Solidity: function partitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) PartitionCount() (uint32, error) {
	return _NetworkCoordinator.Contract.PartitionCount(&_NetworkCoordinator.CallOpts)
}

// PartitionFloor is a free data retrieval call binding the contract method 0xe01d964d.
//
// Solidity: function partitionFloor() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) PartitionFloor(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "partitionFloor")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// PartitionFloor is a free data retrieval call binding the contract method 0xe01d964d.
//
// Solidity: function partitionFloor() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) PartitionFloor() (uint32, error) {
	return _NetworkCoordinator.Contract.PartitionFloor(&_NetworkCoordinator.CallOpts)
}

// PartitionFloor is a free data retrieval call binding the contract method 0xe01d964d.
//
// Solidity: function partitionFloor() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) PartitionFloor() (uint32, error) {
	return _NetworkCoordinator.Contract.PartitionFloor(&_NetworkCoordinator.CallOpts)
}

// PartitionsPerBroker is a free data retrieval call binding the contract method 0x311f063a.
//
// Solidity: function partitionsPerBroker() view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorCaller) PartitionsPerBroker(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "partitionsPerBroker")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// PartitionsPerBroker is a free data retrieval call binding the contract method 0x311f063a.
//
// Solidity: function partitionsPerBroker() view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorSession) PartitionsPerBroker() (uint16, error) {
	return _NetworkCoordinator.Contract.PartitionsPerBroker(&_NetworkCoordinator.CallOpts)
}

// PartitionsPerBroker is a free data retrieval call binding the contract method 0x311f063a.
//
// Solidity: function partitionsPerBroker() view returns(uint16)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) PartitionsPerBroker() (uint16, error) {
	return _NetworkCoordinator.Contract.PartitionsPerBroker(&_NetworkCoordinator.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorSession) PendingOwner() (common.Address, error) {
	return _NetworkCoordinator.Contract.PendingOwner(&_NetworkCoordinator.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) PendingOwner() (common.Address, error) {
	return _NetworkCoordinator.Contract.PendingOwner(&_NetworkCoordinator.CallOpts)
}

// RebalanceReward is a free data retrieval call binding the contract method 0xde46138e.
//
// Solidity: function rebalanceReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCaller) RebalanceReward(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "rebalanceReward")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RebalanceReward is a free data retrieval call binding the contract method 0xde46138e.
//
// Solidity: function rebalanceReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorSession) RebalanceReward() (*big.Int, error) {
	return _NetworkCoordinator.Contract.RebalanceReward(&_NetworkCoordinator.CallOpts)
}

// RebalanceReward is a free data retrieval call binding the contract method 0xde46138e.
//
// Solidity: function rebalanceReward() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) RebalanceReward() (*big.Int, error) {
	return _NetworkCoordinator.Contract.RebalanceReward(&_NetworkCoordinator.CallOpts)
}

// Replication is a free data retrieval call binding the contract method 0xc6fd9df0.
//
// Solidity: function replication() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorCaller) Replication(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "replication")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Replication is a free data retrieval call binding the contract method 0xc6fd9df0.
//
// Solidity: function replication() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorSession) Replication() (uint8, error) {
	return _NetworkCoordinator.Contract.Replication(&_NetworkCoordinator.CallOpts)
}

// Replication is a free data retrieval call binding the contract method 0xc6fd9df0.
//
// Solidity: function replication() view returns(uint8)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) Replication() (uint8, error) {
	return _NetworkCoordinator.Contract.Replication(&_NetworkCoordinator.CallOpts)
}

// ReportOf is a free data retrieval call binding the contract method 0x59eb8275.
//
// Solidity: function reportOf(uint32 networkPartition, uint64 epoch, address broker) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) ReportOf(opts *bind.CallOpts, networkPartition uint32, epoch uint64, broker common.Address) ([32]byte, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "reportOf", networkPartition, epoch, broker)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReportOf is a free data retrieval call binding the contract method 0x59eb8275.
//
// Solidity: function reportOf(uint32 networkPartition, uint64 epoch, address broker) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorSession) ReportOf(networkPartition uint32, epoch uint64, broker common.Address) ([32]byte, error) {
	return _NetworkCoordinator.Contract.ReportOf(&_NetworkCoordinator.CallOpts, networkPartition, epoch, broker)
}

// ReportOf is a free data retrieval call binding the contract method 0x59eb8275.
//
// Solidity: function reportOf(uint32 networkPartition, uint64 epoch, address broker) view returns(bytes32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) ReportOf(networkPartition uint32, epoch uint64, broker common.Address) ([32]byte, error) {
	return _NetworkCoordinator.Contract.ReportOf(&_NetworkCoordinator.CallOpts, networkPartition, epoch, broker)
}

// ReportWindow is a free data retrieval call binding the contract method 0xd57b4804.
//
// Solidity: function reportWindow() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCaller) ReportWindow(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "reportWindow")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ReportWindow is a free data retrieval call binding the contract method 0xd57b4804.
//
// Solidity: function reportWindow() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorSession) ReportWindow() (uint64, error) {
	return _NetworkCoordinator.Contract.ReportWindow(&_NetworkCoordinator.CallOpts)
}

// ReportWindow is a free data retrieval call binding the contract method 0xd57b4804.
//
// Solidity: function reportWindow() view returns(uint64)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) ReportWindow() (uint64, error) {
	return _NetworkCoordinator.Contract.ReportWindow(&_NetworkCoordinator.CallOpts)
}

// RewardPool is a free data retrieval call binding the contract method 0x66666aa9.
//
// Solidity: function rewardPool() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCaller) RewardPool(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "rewardPool")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RewardPool is a free data retrieval call binding the contract method 0x66666aa9.
//
// Solidity: function rewardPool() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorSession) RewardPool() (*big.Int, error) {
	return _NetworkCoordinator.Contract.RewardPool(&_NetworkCoordinator.CallOpts)
}

// RewardPool is a free data retrieval call binding the contract method 0x66666aa9.
//
// Solidity: function rewardPool() view returns(uint96)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) RewardPool() (*big.Int, error) {
	return _NetworkCoordinator.Contract.RewardPool(&_NetworkCoordinator.CallOpts)
}

// TargetPartitionCount is a free data retrieval call binding the contract method 0x873d0345.
//
// Solidity: function targetPartitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCaller) TargetPartitionCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "targetPartitionCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// TargetPartitionCount is a free data retrieval call binding the contract method 0x873d0345.
//
// Solidity: function targetPartitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorSession) TargetPartitionCount() (uint32, error) {
	return _NetworkCoordinator.Contract.TargetPartitionCount(&_NetworkCoordinator.CallOpts)
}

// TargetPartitionCount is a free data retrieval call binding the contract method 0x873d0345.
//
// Solidity: function targetPartitionCount() view returns(uint32)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) TargetPartitionCount() (uint32, error) {
	return _NetworkCoordinator.Contract.TargetPartitionCount(&_NetworkCoordinator.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _NetworkCoordinator.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorSession) Token() (common.Address, error) {
	return _NetworkCoordinator.Contract.Token(&_NetworkCoordinator.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_NetworkCoordinator *NetworkCoordinatorCallerSession) Token() (common.Address, error) {
	return _NetworkCoordinator.Contract.Token(&_NetworkCoordinator.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) AcceptOwnership() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.AcceptOwnership(&_NetworkCoordinator.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.AcceptOwnership(&_NetworkCoordinator.TransactOpts)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) Fund(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "fund", amount)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) Fund(amount *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Fund(&_NetworkCoordinator.TransactOpts, amount)
}

// Fund is a paid mutator transaction binding the contract method 0xca1d209d.
//
// Solidity: function fund(uint256 amount) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) Fund(amount *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Fund(&_NetworkCoordinator.TransactOpts, amount)
}

// Leave is a paid mutator transaction binding the contract method 0xd66d9e19.
//
// Solidity: function leave() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) Leave(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "leave")
}

// Leave is a paid mutator transaction binding the contract method 0xd66d9e19.
//
// Solidity: function leave() returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) Leave() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Leave(&_NetworkCoordinator.TransactOpts)
}

// Leave is a paid mutator transaction binding the contract method 0xd66d9e19.
//
// Solidity: function leave() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) Leave() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Leave(&_NetworkCoordinator.TransactOpts)
}

// PenalizeSilent is a paid mutator transaction binding the contract method 0xd2c4d622.
//
// Solidity: function penalizeSilent(uint32 networkPartition, uint64 epoch) returns(uint256 penalized)
func (_NetworkCoordinator *NetworkCoordinatorTransactor) PenalizeSilent(opts *bind.TransactOpts, networkPartition uint32, epoch uint64) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "penalizeSilent", networkPartition, epoch)
}

// PenalizeSilent is a paid mutator transaction binding the contract method 0xd2c4d622.
//
// Solidity: function penalizeSilent(uint32 networkPartition, uint64 epoch) returns(uint256 penalized)
func (_NetworkCoordinator *NetworkCoordinatorSession) PenalizeSilent(networkPartition uint32, epoch uint64) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.PenalizeSilent(&_NetworkCoordinator.TransactOpts, networkPartition, epoch)
}

// PenalizeSilent is a paid mutator transaction binding the contract method 0xd2c4d622.
//
// Solidity: function penalizeSilent(uint32 networkPartition, uint64 epoch) returns(uint256 penalized)
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) PenalizeSilent(networkPartition uint32, epoch uint64) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.PenalizeSilent(&_NetworkCoordinator.TransactOpts, networkPartition, epoch)
}

// Rebalance is a paid mutator transaction binding the contract method 0xf4993018.
//
// Solidity: function rebalance(uint256 maxSteps) returns(uint256 changes)
func (_NetworkCoordinator *NetworkCoordinatorTransactor) Rebalance(opts *bind.TransactOpts, maxSteps *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "rebalance", maxSteps)
}

// Rebalance is a paid mutator transaction binding the contract method 0xf4993018.
//
// Solidity: function rebalance(uint256 maxSteps) returns(uint256 changes)
func (_NetworkCoordinator *NetworkCoordinatorSession) Rebalance(maxSteps *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Rebalance(&_NetworkCoordinator.TransactOpts, maxSteps)
}

// Rebalance is a paid mutator transaction binding the contract method 0xf4993018.
//
// Solidity: function rebalance(uint256 maxSteps) returns(uint256 changes)
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) Rebalance(maxSteps *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Rebalance(&_NetworkCoordinator.TransactOpts, maxSteps)
}

// Register is a paid mutator transaction binding the contract method 0xea87152b.
//
// Solidity: function register(string endpoint, uint256 stake) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) Register(opts *bind.TransactOpts, endpoint string, stake *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "register", endpoint, stake)
}

// Register is a paid mutator transaction binding the contract method 0xea87152b.
//
// Solidity: function register(string endpoint, uint256 stake) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) Register(endpoint string, stake *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Register(&_NetworkCoordinator.TransactOpts, endpoint, stake)
}

// Register is a paid mutator transaction binding the contract method 0xea87152b.
//
// Solidity: function register(string endpoint, uint256 stake) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) Register(endpoint string, stake *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.Register(&_NetworkCoordinator.TransactOpts, endpoint, stake)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) RenounceOwnership() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.RenounceOwnership(&_NetworkCoordinator.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.RenounceOwnership(&_NetworkCoordinator.TransactOpts)
}

// ReportEpoch is a paid mutator transaction binding the contract method 0x0c17c76b.
//
// Solidity: function reportEpoch(uint32 networkPartition, uint64 epoch, bytes32 root) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) ReportEpoch(opts *bind.TransactOpts, networkPartition uint32, epoch uint64, root [32]byte) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "reportEpoch", networkPartition, epoch, root)
}

// ReportEpoch is a paid mutator transaction binding the contract method 0x0c17c76b.
//
// Solidity: function reportEpoch(uint32 networkPartition, uint64 epoch, bytes32 root) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) ReportEpoch(networkPartition uint32, epoch uint64, root [32]byte) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.ReportEpoch(&_NetworkCoordinator.TransactOpts, networkPartition, epoch, root)
}

// ReportEpoch is a paid mutator transaction binding the contract method 0x0c17c76b.
//
// Solidity: function reportEpoch(uint32 networkPartition, uint64 epoch, bytes32 root) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) ReportEpoch(networkPartition uint32, epoch uint64, root [32]byte) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.ReportEpoch(&_NetworkCoordinator.TransactOpts, networkPartition, epoch, root)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x5285f341.
//
// Solidity: function setMinStake(uint96 minStake_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) SetMinStake(opts *bind.TransactOpts, minStake_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "setMinStake", minStake_)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x5285f341.
//
// Solidity: function setMinStake(uint96 minStake_) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) SetMinStake(minStake_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetMinStake(&_NetworkCoordinator.TransactOpts, minStake_)
}

// SetMinStake is a paid mutator transaction binding the contract method 0x5285f341.
//
// Solidity: function setMinStake(uint96 minStake_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) SetMinStake(minStake_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetMinStake(&_NetworkCoordinator.TransactOpts, minStake_)
}

// SetPartitioning is a paid mutator transaction binding the contract method 0x70ff4d96.
//
// Solidity: function setPartitioning(uint32 floor_, uint16 partitionsPerBroker_, uint8 replication_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) SetPartitioning(opts *bind.TransactOpts, floor_ uint32, partitionsPerBroker_ uint16, replication_ uint8) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "setPartitioning", floor_, partitionsPerBroker_, replication_)
}

// SetPartitioning is a paid mutator transaction binding the contract method 0x70ff4d96.
//
// Solidity: function setPartitioning(uint32 floor_, uint16 partitionsPerBroker_, uint8 replication_) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) SetPartitioning(floor_ uint32, partitionsPerBroker_ uint16, replication_ uint8) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetPartitioning(&_NetworkCoordinator.TransactOpts, floor_, partitionsPerBroker_, replication_)
}

// SetPartitioning is a paid mutator transaction binding the contract method 0x70ff4d96.
//
// Solidity: function setPartitioning(uint32 floor_, uint16 partitionsPerBroker_, uint8 replication_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) SetPartitioning(floor_ uint32, partitionsPerBroker_ uint16, replication_ uint8) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetPartitioning(&_NetworkCoordinator.TransactOpts, floor_, partitionsPerBroker_, replication_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xbdf04052.
//
// Solidity: function setRewards(uint96 epochReward_, uint96 rebalanceReward_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) SetRewards(opts *bind.TransactOpts, epochReward_ *big.Int, rebalanceReward_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "setRewards", epochReward_, rebalanceReward_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xbdf04052.
//
// Solidity: function setRewards(uint96 epochReward_, uint96 rebalanceReward_) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) SetRewards(epochReward_ *big.Int, rebalanceReward_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetRewards(&_NetworkCoordinator.TransactOpts, epochReward_, rebalanceReward_)
}

// SetRewards is a paid mutator transaction binding the contract method 0xbdf04052.
//
// Solidity: function setRewards(uint96 epochReward_, uint96 rebalanceReward_) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) SetRewards(epochReward_ *big.Int, rebalanceReward_ *big.Int) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.SetRewards(&_NetworkCoordinator.TransactOpts, epochReward_, rebalanceReward_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.TransferOwnership(&_NetworkCoordinator.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.TransferOwnership(&_NetworkCoordinator.TransactOpts, newOwner)
}

// UpdateEndpoint is a paid mutator transaction binding the contract method 0x5c019d2e.
//
// Solidity: function updateEndpoint(string endpoint) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) UpdateEndpoint(opts *bind.TransactOpts, endpoint string) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "updateEndpoint", endpoint)
}

// UpdateEndpoint is a paid mutator transaction binding the contract method 0x5c019d2e.
//
// Solidity: function updateEndpoint(string endpoint) returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) UpdateEndpoint(endpoint string) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.UpdateEndpoint(&_NetworkCoordinator.TransactOpts, endpoint)
}

// UpdateEndpoint is a paid mutator transaction binding the contract method 0x5c019d2e.
//
// Solidity: function updateEndpoint(string endpoint) returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) UpdateEndpoint(endpoint string) (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.UpdateEndpoint(&_NetworkCoordinator.TransactOpts, endpoint)
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0xc7b8981c.
//
// Solidity: function withdrawRewards() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) WithdrawRewards(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "withdrawRewards")
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0xc7b8981c.
//
// Solidity: function withdrawRewards() returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) WithdrawRewards() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.WithdrawRewards(&_NetworkCoordinator.TransactOpts)
}

// WithdrawRewards is a paid mutator transaction binding the contract method 0xc7b8981c.
//
// Solidity: function withdrawRewards() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) WithdrawRewards() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.WithdrawRewards(&_NetworkCoordinator.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactor) WithdrawStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _NetworkCoordinator.contract.Transact(opts, "withdrawStake")
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_NetworkCoordinator *NetworkCoordinatorSession) WithdrawStake() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.WithdrawStake(&_NetworkCoordinator.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xbed9d861.
//
// Solidity: function withdrawStake() returns()
func (_NetworkCoordinator *NetworkCoordinatorTransactorSession) WithdrawStake() (*types.Transaction, error) {
	return _NetworkCoordinator.Contract.WithdrawStake(&_NetworkCoordinator.TransactOpts)
}

// NetworkCoordinatorAssignedIterator is returned from FilterAssigned and is used to iterate over the raw logs and unpacked data for Assigned events raised by the NetworkCoordinator contract.
type NetworkCoordinatorAssignedIterator struct {
	Event *NetworkCoordinatorAssigned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorAssignedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorAssigned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorAssigned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorAssignedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorAssignedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorAssigned represents a Assigned event raised by the NetworkCoordinator contract.
type NetworkCoordinatorAssigned struct {
	NetworkPartition uint32
	Broker           common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterAssigned is a free log retrieval operation binding the contract event 0xb775174c067bbc34aea56e5c926ae2ede3f587b109342a578e84c48e5f2346ac.
//
// Solidity: event Assigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterAssigned(opts *bind.FilterOpts, networkPartition []uint32, broker []common.Address) (*NetworkCoordinatorAssignedIterator, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "Assigned", networkPartitionRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorAssignedIterator{contract: _NetworkCoordinator.contract, event: "Assigned", logs: logs, sub: sub}, nil
}

// WatchAssigned is a free log subscription operation binding the contract event 0xb775174c067bbc34aea56e5c926ae2ede3f587b109342a578e84c48e5f2346ac.
//
// Solidity: event Assigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchAssigned(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorAssigned, networkPartition []uint32, broker []common.Address) (event.Subscription, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "Assigned", networkPartitionRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorAssigned)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "Assigned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAssigned is a log parse operation binding the contract event 0xb775174c067bbc34aea56e5c926ae2ede3f587b109342a578e84c48e5f2346ac.
//
// Solidity: event Assigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseAssigned(log types.Log) (*NetworkCoordinatorAssigned, error) {
	event := new(NetworkCoordinatorAssigned)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "Assigned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorBrokerLeftIterator is returned from FilterBrokerLeft and is used to iterate over the raw logs and unpacked data for BrokerLeft events raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerLeftIterator struct {
	Event *NetworkCoordinatorBrokerLeft // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorBrokerLeftIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorBrokerLeft)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorBrokerLeft)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorBrokerLeftIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorBrokerLeftIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorBrokerLeft represents a BrokerLeft event raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerLeft struct {
	Broker common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBrokerLeft is a free log retrieval operation binding the contract event 0x51c3acb118e5457ac75659984a22c2c43ec579d570b3be10cd3df47d3f89a636.
//
// Solidity: event BrokerLeft(address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterBrokerLeft(opts *bind.FilterOpts, broker []common.Address) (*NetworkCoordinatorBrokerLeftIterator, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "BrokerLeft", brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorBrokerLeftIterator{contract: _NetworkCoordinator.contract, event: "BrokerLeft", logs: logs, sub: sub}, nil
}

// WatchBrokerLeft is a free log subscription operation binding the contract event 0x51c3acb118e5457ac75659984a22c2c43ec579d570b3be10cd3df47d3f89a636.
//
// Solidity: event BrokerLeft(address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchBrokerLeft(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorBrokerLeft, broker []common.Address) (event.Subscription, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "BrokerLeft", brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorBrokerLeft)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerLeft", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBrokerLeft is a log parse operation binding the contract event 0x51c3acb118e5457ac75659984a22c2c43ec579d570b3be10cd3df47d3f89a636.
//
// Solidity: event BrokerLeft(address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseBrokerLeft(log types.Log) (*NetworkCoordinatorBrokerLeft, error) {
	event := new(NetworkCoordinatorBrokerLeft)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerLeft", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorBrokerRegisteredIterator is returned from FilterBrokerRegistered and is used to iterate over the raw logs and unpacked data for BrokerRegistered events raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerRegisteredIterator struct {
	Event *NetworkCoordinatorBrokerRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorBrokerRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorBrokerRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorBrokerRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorBrokerRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorBrokerRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorBrokerRegistered represents a BrokerRegistered event raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerRegistered struct {
	Broker   common.Address
	Id       uint16
	Endpoint string
	Stake    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterBrokerRegistered is a free log retrieval operation binding the contract event 0x49f4bd8ed322bbac555d3f70a8e6a877708163f14ce892f25dd52b84b83e076e.
//
// Solidity: event BrokerRegistered(address indexed broker, uint16 id, string endpoint, uint256 stake)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterBrokerRegistered(opts *bind.FilterOpts, broker []common.Address) (*NetworkCoordinatorBrokerRegisteredIterator, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "BrokerRegistered", brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorBrokerRegisteredIterator{contract: _NetworkCoordinator.contract, event: "BrokerRegistered", logs: logs, sub: sub}, nil
}

// WatchBrokerRegistered is a free log subscription operation binding the contract event 0x49f4bd8ed322bbac555d3f70a8e6a877708163f14ce892f25dd52b84b83e076e.
//
// Solidity: event BrokerRegistered(address indexed broker, uint16 id, string endpoint, uint256 stake)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchBrokerRegistered(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorBrokerRegistered, broker []common.Address) (event.Subscription, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "BrokerRegistered", brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorBrokerRegistered)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBrokerRegistered is a log parse operation binding the contract event 0x49f4bd8ed322bbac555d3f70a8e6a877708163f14ce892f25dd52b84b83e076e.
//
// Solidity: event BrokerRegistered(address indexed broker, uint16 id, string endpoint, uint256 stake)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseBrokerRegistered(log types.Log) (*NetworkCoordinatorBrokerRegistered, error) {
	event := new(NetworkCoordinatorBrokerRegistered)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorBrokerRewardedIterator is returned from FilterBrokerRewarded and is used to iterate over the raw logs and unpacked data for BrokerRewarded events raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerRewardedIterator struct {
	Event *NetworkCoordinatorBrokerRewarded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorBrokerRewardedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorBrokerRewarded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorBrokerRewarded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorBrokerRewardedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorBrokerRewardedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorBrokerRewarded represents a BrokerRewarded event raised by the NetworkCoordinator contract.
type NetworkCoordinatorBrokerRewarded struct {
	BrokerId         uint16
	NetworkPartition uint32
	Epoch            uint64
	Amount           *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterBrokerRewarded is a free log retrieval operation binding the contract event 0x29f421ea8438f3d7e602d01fd7aa789ac330ba6ab184124a97fe23d6a9414ff1.
//
// Solidity: event BrokerRewarded(uint16 indexed brokerId, uint32 indexed networkPartition, uint64 indexed epoch, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterBrokerRewarded(opts *bind.FilterOpts, brokerId []uint16, networkPartition []uint32, epoch []uint64) (*NetworkCoordinatorBrokerRewardedIterator, error) {

	var brokerIdRule []interface{}
	for _, brokerIdItem := range brokerId {
		brokerIdRule = append(brokerIdRule, brokerIdItem)
	}
	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "BrokerRewarded", brokerIdRule, networkPartitionRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorBrokerRewardedIterator{contract: _NetworkCoordinator.contract, event: "BrokerRewarded", logs: logs, sub: sub}, nil
}

// WatchBrokerRewarded is a free log subscription operation binding the contract event 0x29f421ea8438f3d7e602d01fd7aa789ac330ba6ab184124a97fe23d6a9414ff1.
//
// Solidity: event BrokerRewarded(uint16 indexed brokerId, uint32 indexed networkPartition, uint64 indexed epoch, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchBrokerRewarded(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorBrokerRewarded, brokerId []uint16, networkPartition []uint32, epoch []uint64) (event.Subscription, error) {

	var brokerIdRule []interface{}
	for _, brokerIdItem := range brokerId {
		brokerIdRule = append(brokerIdRule, brokerIdItem)
	}
	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "BrokerRewarded", brokerIdRule, networkPartitionRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorBrokerRewarded)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerRewarded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBrokerRewarded is a log parse operation binding the contract event 0x29f421ea8438f3d7e602d01fd7aa789ac330ba6ab184124a97fe23d6a9414ff1.
//
// Solidity: event BrokerRewarded(uint16 indexed brokerId, uint32 indexed networkPartition, uint64 indexed epoch, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseBrokerRewarded(log types.Log) (*NetworkCoordinatorBrokerRewarded, error) {
	event := new(NetworkCoordinatorBrokerRewarded)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "BrokerRewarded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorConfigChangedIterator is returned from FilterConfigChanged and is used to iterate over the raw logs and unpacked data for ConfigChanged events raised by the NetworkCoordinator contract.
type NetworkCoordinatorConfigChangedIterator struct {
	Event *NetworkCoordinatorConfigChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorConfigChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorConfigChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorConfigChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorConfigChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorConfigChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorConfigChanged represents a ConfigChanged event raised by the NetworkCoordinator contract.
type NetworkCoordinatorConfigChanged struct {
	MinStake            *big.Int
	EpochReward         *big.Int
	RebalanceReward     *big.Int
	PartitionFloor      uint32
	PartitionsPerBroker uint16
	Replication         uint8
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterConfigChanged is a free log retrieval operation binding the contract event 0xc5cd1bac004e488977f44729501f769a70b52f8a6741e6612e4173abea49f00b.
//
// Solidity: event ConfigChanged(uint256 minStake, uint256 epochReward, uint256 rebalanceReward, uint32 partitionFloor, uint16 partitionsPerBroker, uint8 replication)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterConfigChanged(opts *bind.FilterOpts) (*NetworkCoordinatorConfigChangedIterator, error) {

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "ConfigChanged")
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorConfigChangedIterator{contract: _NetworkCoordinator.contract, event: "ConfigChanged", logs: logs, sub: sub}, nil
}

// WatchConfigChanged is a free log subscription operation binding the contract event 0xc5cd1bac004e488977f44729501f769a70b52f8a6741e6612e4173abea49f00b.
//
// Solidity: event ConfigChanged(uint256 minStake, uint256 epochReward, uint256 rebalanceReward, uint32 partitionFloor, uint16 partitionsPerBroker, uint8 replication)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchConfigChanged(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorConfigChanged) (event.Subscription, error) {

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "ConfigChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorConfigChanged)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "ConfigChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseConfigChanged is a log parse operation binding the contract event 0xc5cd1bac004e488977f44729501f769a70b52f8a6741e6612e4173abea49f00b.
//
// Solidity: event ConfigChanged(uint256 minStake, uint256 epochReward, uint256 rebalanceReward, uint32 partitionFloor, uint16 partitionsPerBroker, uint8 replication)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseConfigChanged(log types.Log) (*NetworkCoordinatorConfigChanged, error) {
	event := new(NetworkCoordinatorConfigChanged)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "ConfigChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorEndpointUpdatedIterator is returned from FilterEndpointUpdated and is used to iterate over the raw logs and unpacked data for EndpointUpdated events raised by the NetworkCoordinator contract.
type NetworkCoordinatorEndpointUpdatedIterator struct {
	Event *NetworkCoordinatorEndpointUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorEndpointUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorEndpointUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorEndpointUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorEndpointUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorEndpointUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorEndpointUpdated represents a EndpointUpdated event raised by the NetworkCoordinator contract.
type NetworkCoordinatorEndpointUpdated struct {
	Broker   common.Address
	Endpoint string
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterEndpointUpdated is a free log retrieval operation binding the contract event 0x060a16d12d0dfc76a33a2d280e8544990981e010744db7750feb63a17041c571.
//
// Solidity: event EndpointUpdated(address indexed broker, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterEndpointUpdated(opts *bind.FilterOpts, broker []common.Address) (*NetworkCoordinatorEndpointUpdatedIterator, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "EndpointUpdated", brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorEndpointUpdatedIterator{contract: _NetworkCoordinator.contract, event: "EndpointUpdated", logs: logs, sub: sub}, nil
}

// WatchEndpointUpdated is a free log subscription operation binding the contract event 0x060a16d12d0dfc76a33a2d280e8544990981e010744db7750feb63a17041c571.
//
// Solidity: event EndpointUpdated(address indexed broker, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchEndpointUpdated(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorEndpointUpdated, broker []common.Address) (event.Subscription, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "EndpointUpdated", brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorEndpointUpdated)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "EndpointUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEndpointUpdated is a log parse operation binding the contract event 0x060a16d12d0dfc76a33a2d280e8544990981e010744db7750feb63a17041c571.
//
// Solidity: event EndpointUpdated(address indexed broker, string endpoint)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseEndpointUpdated(log types.Log) (*NetworkCoordinatorEndpointUpdated, error) {
	event := new(NetworkCoordinatorEndpointUpdated)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "EndpointUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorEpochAgreedIterator is returned from FilterEpochAgreed and is used to iterate over the raw logs and unpacked data for EpochAgreed events raised by the NetworkCoordinator contract.
type NetworkCoordinatorEpochAgreedIterator struct {
	Event *NetworkCoordinatorEpochAgreed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorEpochAgreedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorEpochAgreed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorEpochAgreed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorEpochAgreedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorEpochAgreedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorEpochAgreed represents a EpochAgreed event raised by the NetworkCoordinator contract.
type NetworkCoordinatorEpochAgreed struct {
	NetworkPartition uint32
	Epoch            uint64
	Root             [32]byte
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterEpochAgreed is a free log retrieval operation binding the contract event 0x4f1e4112f294723fc29e7287c352b9b1a0b2535ae2dcbff2a409e74cdd5ec2a4.
//
// Solidity: event EpochAgreed(uint32 indexed networkPartition, uint64 indexed epoch, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterEpochAgreed(opts *bind.FilterOpts, networkPartition []uint32, epoch []uint64) (*NetworkCoordinatorEpochAgreedIterator, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "EpochAgreed", networkPartitionRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorEpochAgreedIterator{contract: _NetworkCoordinator.contract, event: "EpochAgreed", logs: logs, sub: sub}, nil
}

// WatchEpochAgreed is a free log subscription operation binding the contract event 0x4f1e4112f294723fc29e7287c352b9b1a0b2535ae2dcbff2a409e74cdd5ec2a4.
//
// Solidity: event EpochAgreed(uint32 indexed networkPartition, uint64 indexed epoch, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchEpochAgreed(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorEpochAgreed, networkPartition []uint32, epoch []uint64) (event.Subscription, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "EpochAgreed", networkPartitionRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorEpochAgreed)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "EpochAgreed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochAgreed is a log parse operation binding the contract event 0x4f1e4112f294723fc29e7287c352b9b1a0b2535ae2dcbff2a409e74cdd5ec2a4.
//
// Solidity: event EpochAgreed(uint32 indexed networkPartition, uint64 indexed epoch, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseEpochAgreed(log types.Log) (*NetworkCoordinatorEpochAgreed, error) {
	event := new(NetworkCoordinatorEpochAgreed)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "EpochAgreed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorEpochReportedIterator is returned from FilterEpochReported and is used to iterate over the raw logs and unpacked data for EpochReported events raised by the NetworkCoordinator contract.
type NetworkCoordinatorEpochReportedIterator struct {
	Event *NetworkCoordinatorEpochReported // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorEpochReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorEpochReported)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorEpochReported)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorEpochReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorEpochReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorEpochReported represents a EpochReported event raised by the NetworkCoordinator contract.
type NetworkCoordinatorEpochReported struct {
	NetworkPartition uint32
	Epoch            uint64
	Broker           common.Address
	Root             [32]byte
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterEpochReported is a free log retrieval operation binding the contract event 0x6fdcc02f47201e48e59ed487a81ddefc69158d945a0dd7580937dc29fa260e16.
//
// Solidity: event EpochReported(uint32 indexed networkPartition, uint64 indexed epoch, address indexed broker, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterEpochReported(opts *bind.FilterOpts, networkPartition []uint32, epoch []uint64, broker []common.Address) (*NetworkCoordinatorEpochReportedIterator, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "EpochReported", networkPartitionRule, epochRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorEpochReportedIterator{contract: _NetworkCoordinator.contract, event: "EpochReported", logs: logs, sub: sub}, nil
}

// WatchEpochReported is a free log subscription operation binding the contract event 0x6fdcc02f47201e48e59ed487a81ddefc69158d945a0dd7580937dc29fa260e16.
//
// Solidity: event EpochReported(uint32 indexed networkPartition, uint64 indexed epoch, address indexed broker, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchEpochReported(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorEpochReported, networkPartition []uint32, epoch []uint64, broker []common.Address) (event.Subscription, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "EpochReported", networkPartitionRule, epochRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorEpochReported)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "EpochReported", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochReported is a log parse operation binding the contract event 0x6fdcc02f47201e48e59ed487a81ddefc69158d945a0dd7580937dc29fa260e16.
//
// Solidity: event EpochReported(uint32 indexed networkPartition, uint64 indexed epoch, address indexed broker, bytes32 root)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseEpochReported(log types.Log) (*NetworkCoordinatorEpochReported, error) {
	event := new(NetworkCoordinatorEpochReported)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "EpochReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the NetworkCoordinator contract.
type NetworkCoordinatorOwnershipTransferStartedIterator struct {
	Event *NetworkCoordinatorOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the NetworkCoordinator contract.
type NetworkCoordinatorOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*NetworkCoordinatorOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorOwnershipTransferStartedIterator{contract: _NetworkCoordinator.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorOwnershipTransferStarted)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseOwnershipTransferStarted(log types.Log) (*NetworkCoordinatorOwnershipTransferStarted, error) {
	event := new(NetworkCoordinatorOwnershipTransferStarted)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the NetworkCoordinator contract.
type NetworkCoordinatorOwnershipTransferredIterator struct {
	Event *NetworkCoordinatorOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorOwnershipTransferred represents a OwnershipTransferred event raised by the NetworkCoordinator contract.
type NetworkCoordinatorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*NetworkCoordinatorOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorOwnershipTransferredIterator{contract: _NetworkCoordinator.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorOwnershipTransferred)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseOwnershipTransferred(log types.Log) (*NetworkCoordinatorOwnershipTransferred, error) {
	event := new(NetworkCoordinatorOwnershipTransferred)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorPartitionCountChangedIterator is returned from FilterPartitionCountChanged and is used to iterate over the raw logs and unpacked data for PartitionCountChanged events raised by the NetworkCoordinator contract.
type NetworkCoordinatorPartitionCountChangedIterator struct {
	Event *NetworkCoordinatorPartitionCountChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorPartitionCountChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorPartitionCountChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorPartitionCountChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorPartitionCountChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorPartitionCountChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorPartitionCountChanged represents a PartitionCountChanged event raised by the NetworkCoordinator contract.
type NetworkCoordinatorPartitionCountChanged struct {
	Previous uint32
	Current  uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPartitionCountChanged is a free log retrieval operation binding the contract event 0xc1e4a2c5ab51c5c60e0903bf2de964cce37d1ac522a47dcee53cf7be659303d1.
//
// Solidity: event PartitionCountChanged(uint32 previous, uint32 current)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterPartitionCountChanged(opts *bind.FilterOpts) (*NetworkCoordinatorPartitionCountChangedIterator, error) {

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "PartitionCountChanged")
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorPartitionCountChangedIterator{contract: _NetworkCoordinator.contract, event: "PartitionCountChanged", logs: logs, sub: sub}, nil
}

// WatchPartitionCountChanged is a free log subscription operation binding the contract event 0xc1e4a2c5ab51c5c60e0903bf2de964cce37d1ac522a47dcee53cf7be659303d1.
//
// Solidity: event PartitionCountChanged(uint32 previous, uint32 current)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchPartitionCountChanged(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorPartitionCountChanged) (event.Subscription, error) {

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "PartitionCountChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorPartitionCountChanged)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "PartitionCountChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePartitionCountChanged is a log parse operation binding the contract event 0xc1e4a2c5ab51c5c60e0903bf2de964cce37d1ac522a47dcee53cf7be659303d1.
//
// Solidity: event PartitionCountChanged(uint32 previous, uint32 current)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParsePartitionCountChanged(log types.Log) (*NetworkCoordinatorPartitionCountChanged, error) {
	event := new(NetworkCoordinatorPartitionCountChanged)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "PartitionCountChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorPoolFundedIterator is returned from FilterPoolFunded and is used to iterate over the raw logs and unpacked data for PoolFunded events raised by the NetworkCoordinator contract.
type NetworkCoordinatorPoolFundedIterator struct {
	Event *NetworkCoordinatorPoolFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorPoolFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorPoolFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorPoolFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorPoolFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorPoolFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorPoolFunded represents a PoolFunded event raised by the NetworkCoordinator contract.
type NetworkCoordinatorPoolFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPoolFunded is a free log retrieval operation binding the contract event 0x32173d8e51cec3a6fe484b7a1c3febe760cdf96e03d4cca36a43563a4333e838.
//
// Solidity: event PoolFunded(address indexed from, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterPoolFunded(opts *bind.FilterOpts, from []common.Address) (*NetworkCoordinatorPoolFundedIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "PoolFunded", fromRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorPoolFundedIterator{contract: _NetworkCoordinator.contract, event: "PoolFunded", logs: logs, sub: sub}, nil
}

// WatchPoolFunded is a free log subscription operation binding the contract event 0x32173d8e51cec3a6fe484b7a1c3febe760cdf96e03d4cca36a43563a4333e838.
//
// Solidity: event PoolFunded(address indexed from, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchPoolFunded(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorPoolFunded, from []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "PoolFunded", fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorPoolFunded)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "PoolFunded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePoolFunded is a log parse operation binding the contract event 0x32173d8e51cec3a6fe484b7a1c3febe760cdf96e03d4cca36a43563a4333e838.
//
// Solidity: event PoolFunded(address indexed from, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParsePoolFunded(log types.Log) (*NetworkCoordinatorPoolFunded, error) {
	event := new(NetworkCoordinatorPoolFunded)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "PoolFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorRebalancedIterator is returned from FilterRebalanced and is used to iterate over the raw logs and unpacked data for Rebalanced events raised by the NetworkCoordinator contract.
type NetworkCoordinatorRebalancedIterator struct {
	Event *NetworkCoordinatorRebalanced // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorRebalancedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorRebalanced)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorRebalanced)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorRebalancedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorRebalancedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorRebalanced represents a Rebalanced event raised by the NetworkCoordinator contract.
type NetworkCoordinatorRebalanced struct {
	Caller  common.Address
	Changes *big.Int
	Reward  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRebalanced is a free log retrieval operation binding the contract event 0x3645b7cfbb41ac8e6dcc3c4877ede2c60b467a0374b7a7fc7563f0a09580999e.
//
// Solidity: event Rebalanced(address indexed caller, uint256 changes, uint256 reward)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterRebalanced(opts *bind.FilterOpts, caller []common.Address) (*NetworkCoordinatorRebalancedIterator, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "Rebalanced", callerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorRebalancedIterator{contract: _NetworkCoordinator.contract, event: "Rebalanced", logs: logs, sub: sub}, nil
}

// WatchRebalanced is a free log subscription operation binding the contract event 0x3645b7cfbb41ac8e6dcc3c4877ede2c60b467a0374b7a7fc7563f0a09580999e.
//
// Solidity: event Rebalanced(address indexed caller, uint256 changes, uint256 reward)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchRebalanced(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorRebalanced, caller []common.Address) (event.Subscription, error) {

	var callerRule []interface{}
	for _, callerItem := range caller {
		callerRule = append(callerRule, callerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "Rebalanced", callerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorRebalanced)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "Rebalanced", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRebalanced is a log parse operation binding the contract event 0x3645b7cfbb41ac8e6dcc3c4877ede2c60b467a0374b7a7fc7563f0a09580999e.
//
// Solidity: event Rebalanced(address indexed caller, uint256 changes, uint256 reward)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseRebalanced(log types.Log) (*NetworkCoordinatorRebalanced, error) {
	event := new(NetworkCoordinatorRebalanced)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "Rebalanced", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorReputationChangedIterator is returned from FilterReputationChanged and is used to iterate over the raw logs and unpacked data for ReputationChanged events raised by the NetworkCoordinator contract.
type NetworkCoordinatorReputationChangedIterator struct {
	Event *NetworkCoordinatorReputationChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorReputationChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorReputationChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorReputationChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorReputationChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorReputationChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorReputationChanged represents a ReputationChanged event raised by the NetworkCoordinator contract.
type NetworkCoordinatorReputationChanged struct {
	BrokerId   uint16
	Reputation uint32
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterReputationChanged is a free log retrieval operation binding the contract event 0xfcb35587b65eb1fd323e7838bd1f2f86bd08d31d522889d77fb3b9dc391930b4.
//
// Solidity: event ReputationChanged(uint16 indexed brokerId, uint32 reputation)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterReputationChanged(opts *bind.FilterOpts, brokerId []uint16) (*NetworkCoordinatorReputationChangedIterator, error) {

	var brokerIdRule []interface{}
	for _, brokerIdItem := range brokerId {
		brokerIdRule = append(brokerIdRule, brokerIdItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "ReputationChanged", brokerIdRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorReputationChangedIterator{contract: _NetworkCoordinator.contract, event: "ReputationChanged", logs: logs, sub: sub}, nil
}

// WatchReputationChanged is a free log subscription operation binding the contract event 0xfcb35587b65eb1fd323e7838bd1f2f86bd08d31d522889d77fb3b9dc391930b4.
//
// Solidity: event ReputationChanged(uint16 indexed brokerId, uint32 reputation)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchReputationChanged(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorReputationChanged, brokerId []uint16) (event.Subscription, error) {

	var brokerIdRule []interface{}
	for _, brokerIdItem := range brokerId {
		brokerIdRule = append(brokerIdRule, brokerIdItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "ReputationChanged", brokerIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorReputationChanged)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "ReputationChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseReputationChanged is a log parse operation binding the contract event 0xfcb35587b65eb1fd323e7838bd1f2f86bd08d31d522889d77fb3b9dc391930b4.
//
// Solidity: event ReputationChanged(uint16 indexed brokerId, uint32 reputation)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseReputationChanged(log types.Log) (*NetworkCoordinatorReputationChanged, error) {
	event := new(NetworkCoordinatorReputationChanged)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "ReputationChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorRewardsWithdrawnIterator is returned from FilterRewardsWithdrawn and is used to iterate over the raw logs and unpacked data for RewardsWithdrawn events raised by the NetworkCoordinator contract.
type NetworkCoordinatorRewardsWithdrawnIterator struct {
	Event *NetworkCoordinatorRewardsWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorRewardsWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorRewardsWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorRewardsWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorRewardsWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorRewardsWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorRewardsWithdrawn represents a RewardsWithdrawn event raised by the NetworkCoordinator contract.
type NetworkCoordinatorRewardsWithdrawn struct {
	Broker common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRewardsWithdrawn is a free log retrieval operation binding the contract event 0x8a43c4352486ec339f487f64af78ca5cbf06cd47833f073d3baf3a193e503161.
//
// Solidity: event RewardsWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterRewardsWithdrawn(opts *bind.FilterOpts, broker []common.Address) (*NetworkCoordinatorRewardsWithdrawnIterator, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "RewardsWithdrawn", brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorRewardsWithdrawnIterator{contract: _NetworkCoordinator.contract, event: "RewardsWithdrawn", logs: logs, sub: sub}, nil
}

// WatchRewardsWithdrawn is a free log subscription operation binding the contract event 0x8a43c4352486ec339f487f64af78ca5cbf06cd47833f073d3baf3a193e503161.
//
// Solidity: event RewardsWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchRewardsWithdrawn(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorRewardsWithdrawn, broker []common.Address) (event.Subscription, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "RewardsWithdrawn", brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorRewardsWithdrawn)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "RewardsWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsWithdrawn is a log parse operation binding the contract event 0x8a43c4352486ec339f487f64af78ca5cbf06cd47833f073d3baf3a193e503161.
//
// Solidity: event RewardsWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseRewardsWithdrawn(log types.Log) (*NetworkCoordinatorRewardsWithdrawn, error) {
	event := new(NetworkCoordinatorRewardsWithdrawn)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "RewardsWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorStakeWithdrawnIterator is returned from FilterStakeWithdrawn and is used to iterate over the raw logs and unpacked data for StakeWithdrawn events raised by the NetworkCoordinator contract.
type NetworkCoordinatorStakeWithdrawnIterator struct {
	Event *NetworkCoordinatorStakeWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorStakeWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorStakeWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorStakeWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorStakeWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorStakeWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorStakeWithdrawn represents a StakeWithdrawn event raised by the NetworkCoordinator contract.
type NetworkCoordinatorStakeWithdrawn struct {
	Broker common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterStakeWithdrawn is a free log retrieval operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterStakeWithdrawn(opts *bind.FilterOpts, broker []common.Address) (*NetworkCoordinatorStakeWithdrawnIterator, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "StakeWithdrawn", brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorStakeWithdrawnIterator{contract: _NetworkCoordinator.contract, event: "StakeWithdrawn", logs: logs, sub: sub}, nil
}

// WatchStakeWithdrawn is a free log subscription operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchStakeWithdrawn(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorStakeWithdrawn, broker []common.Address) (event.Subscription, error) {

	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "StakeWithdrawn", brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorStakeWithdrawn)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakeWithdrawn is a log parse operation binding the contract event 0x8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc.
//
// Solidity: event StakeWithdrawn(address indexed broker, uint256 amount)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseStakeWithdrawn(log types.Log) (*NetworkCoordinatorStakeWithdrawn, error) {
	event := new(NetworkCoordinatorStakeWithdrawn)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "StakeWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// NetworkCoordinatorUnassignedIterator is returned from FilterUnassigned and is used to iterate over the raw logs and unpacked data for Unassigned events raised by the NetworkCoordinator contract.
type NetworkCoordinatorUnassignedIterator struct {
	Event *NetworkCoordinatorUnassigned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *NetworkCoordinatorUnassignedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(NetworkCoordinatorUnassigned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(NetworkCoordinatorUnassigned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *NetworkCoordinatorUnassignedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *NetworkCoordinatorUnassignedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// NetworkCoordinatorUnassigned represents a Unassigned event raised by the NetworkCoordinator contract.
type NetworkCoordinatorUnassigned struct {
	NetworkPartition uint32
	Broker           common.Address
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterUnassigned is a free log retrieval operation binding the contract event 0xe9e840f03d0f439ac1b1cbbeb5471af04c98e5dae4e45999d34a9ddacf8cc718.
//
// Solidity: event Unassigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) FilterUnassigned(opts *bind.FilterOpts, networkPartition []uint32, broker []common.Address) (*NetworkCoordinatorUnassignedIterator, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.FilterLogs(opts, "Unassigned", networkPartitionRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return &NetworkCoordinatorUnassignedIterator{contract: _NetworkCoordinator.contract, event: "Unassigned", logs: logs, sub: sub}, nil
}

// WatchUnassigned is a free log subscription operation binding the contract event 0xe9e840f03d0f439ac1b1cbbeb5471af04c98e5dae4e45999d34a9ddacf8cc718.
//
// Solidity: event Unassigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) WatchUnassigned(opts *bind.WatchOpts, sink chan<- *NetworkCoordinatorUnassigned, networkPartition []uint32, broker []common.Address) (event.Subscription, error) {

	var networkPartitionRule []interface{}
	for _, networkPartitionItem := range networkPartition {
		networkPartitionRule = append(networkPartitionRule, networkPartitionItem)
	}
	var brokerRule []interface{}
	for _, brokerItem := range broker {
		brokerRule = append(brokerRule, brokerItem)
	}

	logs, sub, err := _NetworkCoordinator.contract.WatchLogs(opts, "Unassigned", networkPartitionRule, brokerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(NetworkCoordinatorUnassigned)
				if err := _NetworkCoordinator.contract.UnpackLog(event, "Unassigned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnassigned is a log parse operation binding the contract event 0xe9e840f03d0f439ac1b1cbbeb5471af04c98e5dae4e45999d34a9ddacf8cc718.
//
// Solidity: event Unassigned(uint32 indexed networkPartition, address indexed broker)
func (_NetworkCoordinator *NetworkCoordinatorFilterer) ParseUnassigned(log types.Log) (*NetworkCoordinatorUnassigned, error) {
	event := new(NetworkCoordinatorUnassigned)
	if err := _NetworkCoordinator.contract.UnpackLog(event, "Unassigned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
