// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package deliveryhub

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

// DeliveryHubSubscription is an auto generated low-level Go binding around an user-defined struct.
type DeliveryHubSubscription struct {
	Consumer         common.Address
	CallbackGasLimit uint32
	Partition        uint32
	Active           bool
	Stream           common.Address
	BountyPerEvent   *big.Int
	Owner            common.Address
	Deposit          *big.Int
}

// StreamMessageLibStreamMessage is an auto generated low-level Go binding around an user-defined struct.
type StreamMessageLibStreamMessage struct {
	Version        uint8
	Stream         common.Address
	Partition      uint32
	Timestamp      uint64
	Sequence       uint32
	Publisher      common.Address
	OriginType     uint8
	MsgChainId     [32]byte
	PrevTimestamp  uint64
	PrevSequence   uint32
	MessageType    uint8
	ContentType    uint8
	EncryptionType uint8
	GroupKeyId     [32]byte
	Content        []byte
	SignatureType  uint8
	Signature      []byte
}

// DeliveryHubMetaData contains all meta data concerning the DeliveryHub contract.
var DeliveryHubMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_CALLBACK_GAS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MESSAGE_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deliver\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"message\",\"type\":\"tuple\",\"internalType\":\"structStreamMessageLib.StreamMessage\",\"components\":[{\"name\":\"version\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"originType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"prevTimestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevSequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"messageType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contentType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"encryptionType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"groupKeyId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"content\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatureType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deliverBatch\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"messages\",\"type\":\"tuple[]\",\"internalType\":\"structStreamMessageLib.StreamMessage[]\",\"components\":[{\"name\":\"version\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"originType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"prevTimestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevSequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"messageType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contentType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"encryptionType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"groupKeyId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"content\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatureType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"domainSeparator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastDelivered\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"any\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"messageDigest\",\"inputs\":[{\"name\":\"message\",\"type\":\"tuple\",\"internalType\":\"structStreamMessageLib.StreamMessage\",\"components\":[{\"name\":\"version\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"originType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"prevTimestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"prevSequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"messageType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contentType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"encryptionType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"groupKeyId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"content\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signatureType\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owed\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"subscribe\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bountyPerEvent\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"subscription\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDeliveryHub.Subscription\",\"components\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bountyPerEvent\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"deposit\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"subscriptionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"topUp\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Cancelled\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ConsumerFailed\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"publisher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Delivered\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"publisher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"deliverer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"bounty\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Subscribed\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"stream\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"consumer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"bountyPerEvent\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"callbackGasLimit\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ToppedUp\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"deposit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"deliverer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyDelivered\",\"inputs\":[{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"msgChainId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"AmountTooLarge\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CallbackGasTooHigh\",\"inputs\":[{\"name\":\"limit\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ConsumerCannotSubscribe\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientDeposit\",\"inputs\":[{\"name\":\"deposit\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientGasForCallback\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidConsumer\",\"inputs\":[{\"name\":\"consumer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidPartition\",\"inputs\":[{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotPublisher\",\"inputs\":[{\"name\":\"publisher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSubscriptionOwner\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SubscriptionInactive\",\"inputs\":[{\"name\":\"subscriptionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnsupportedSignatureType\",\"inputs\":[{\"name\":\"signatureType\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"WrongStream\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"partition\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051612a80380380612a8083398101604081905261002f91610174565b6001600160a01b038216158061004c57506001600160a01b038116155b1561006a5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808316608052811660a0524660c052610089610094565b60e052506101ac9050565b5f6100a74660a0516100ac60201b60201c565b905090565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fbc9211a51ce2feced0d2078c3a27156fd77cb553512b626d67d54095b8363b02918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018390526001600160a01b03821660a08201525f9060c00160405160208183030381529060405280519060200120905092915050565b6001600160a01b0381168114610171575f5ffd5b50565b5f5f60408385031215610185575f5ffd5b82516101908161015d565b60208401519092506101a18161015d565b809150509250929050565b60805160a05160c05160e05161287e6102025f395f6117ac01525f6116b701525f81816101d4015261176601525f81816103c0015281816109d501528181610b6c015281816110e3015261167c015261287e5ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c806389023ab811610093578063df18e04711610063578063df18e04714610381578063f003d15f146103a0578063f698da25146103b3578063fc0c546a146103bb575f5ffd5b806389023ab81461020e578063a9fdc40b14610221578063da2832331461035b578063de643a711461036e575f5ffd5b806340e58ee5116100ce57806340e58ee51461017657806346e356b1146101895780636d9809a0146101b05780637b103999146101cf575f5ffd5b8063019818c9146100ff578063173b6d9014610114578063320217281461012f5780633ccfd60b1461016e575b5f5ffd5b61011261010d36600461214e565b6103e2565b005b61011c5f5481565b6040519081526020015b60405180910390f35b61014261013d3660046121e3565b610898565b60408051931515845267ffffffffffffffff909216602084015263ffffffff1690820152606001610126565b61011261092c565b610112610184366004612215565b610a07565b61011c7fc725ede1937401769a1fce7fbb566204412169bee194201a3a591d16db41eb6481565b6101ba621e848081565b60405163ffffffff9091168152602001610126565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610126565b61011c61021c36600461223d565b610ba0565b61034e61022f366004612215565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f9081526001602081815260409283902083516101008101855281546001600160a01b03808216835263ffffffff7401000000000000000000000000000000000000000080840482169685019690965278010000000000000000000000000000000000000000000000008304169683019690965260ff7c010000000000000000000000000000000000000000000000000000000090910416151560608201529281015480851660808501526bffffffffffffffffffffffff90839004811660a085015260029091015493841660c0840152920490911660e082015290565b60405161012691906122be565b61011261036936600461239a565b61111d565b61011261037c3660046123de565b6114ce565b61011c61038f3660046123fe565b60036020525f908152604090205481565b61011c6103ae36600461241e565b6116a4565b61011c6116b4565b6101f67f000000000000000000000000000000000000000000000000000000000000000081565b6103ea6117ce565b805f819003610425576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526001602081815260409283902083516101008101855281546001600160a01b03808216835263ffffffff7401000000000000000000000000000000000000000080840482169685019690965278010000000000000000000000000000000000000000000000008304169683019690965260ff7c0100000000000000000000000000000000000000000000000000000000909104161515606082018190529382015480861660808301526bffffffffffffffffffffffff90849004811660a083015260029092015494851660c08201529190930490921660e0830152610542576040517f6f0a6b4b000000000000000000000000000000000000000000000000000000008152600481018690526024015b60405180910390fd5b5f828260a001516bffffffffffffffffffffffff166105619190612485565b9050808260e001516bffffffffffffffffffffffff1610156105cc5760e08201516040517f25c3f46e0000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff909116600482015260248101829052604401610539565b801561065f57808260e001516bffffffffffffffffffffffff166105f0919061249c565b5f87815260016020908152604080832060020180546bffffffffffffffffffffffff9590951674010000000000000000000000000000000000000000026001600160a01b03909516949094179093553382526003905290812080548392906106599084906124af565b90915550505b5f805b84811015610886573687878381811061067d5761067d6124c2565b905060200281019061068f91906124ef565b905061069c898683611854565b6001600160a01b0383166106b660c0830160a084016123fe565b6001600160a01b0316146107ca5760808501516001600160a01b0316639b55f9016106e760c0840160a085016123fe565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015610741573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610765919061252b565b6107b75761077960c0820160a083016123fe565b6040517fe35593b50000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610539565b6107c760c0820160a083016123fe565b92505b60e08101356107df60c0830160a084016123fe565b6001600160a01b03168a7f98172ed60fa0845fbe65fd0a7cb921ab3a48932374b124194cc0f85bbeab5c7161081a608086016060870161254a565b61082a60a0870160808801612571565b60a08b01516040805167ffffffffffffffff94909416845263ffffffff92909216602084015233838301526bffffffffffffffffffffffff166060830152519081900360800190a461087d898683611c4e565b50600101610662565b5050505050610893611e4a565b505050565b5f8381526002602090815260408083206001600160a01b03861684528252808320848452909152812054819081906fffffffffffffffffffffffffffffffff168082036108ee575f5f5f93509350935050610923565b600160206108fc828461258c565b6fffffffffffffffffffffffffffffffff16901c61091b60018461258c565b935093509350505b93509350939050565b6109346117ce565b335f908152600360205260408120549081900361097d576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526003602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906109c09084815260200190565b60405180910390a26109fc6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611e74565b50610a05611e4a565b565b610a0f6117ce565b5f81815260016020526040902060028101546001600160a01b03163314610a65576040517f27d18fce00000000000000000000000000000000000000000000000000000000815260048101839052602401610539565b80547c0100000000000000000000000000000000000000000000000000000000900460ff16610ac3576040517f6f0a6b4b00000000000000000000000000000000000000000000000000000000815260048101839052602401610539565b60028101805482547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1683556001600160a01b038116909155604051740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff168082529083907fa761582a460180d55522f9f5fdc076390a1f48a7a62a8afbd45c1bb797948edb9060200160405180910390a28015610b9357610b936001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383611e74565b5050610b9d611e4a565b50565b5f610ba96117ce565b6001600160a01b038716610be9576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b846001600160a01b03163b5f03610c37576040517f728aeb5f0000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610539565b866001600160a01b03166361cc44156040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c9791906125b4565b63ffffffff168663ffffffff1610610ce3576040517fe55ffb9700000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610539565b6040517f383faea60000000000000000000000000000000000000000000000000000000081526001600160a01b03868116600483015288169063383faea690602401602060405180830381865afa158015610d40573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d64919061252b565b610da5576040517f08d710360000000000000000000000000000000000000000000000000000000081526001600160a01b0386166004820152602401610539565b621e848063ffffffff84161115610df0576040517fa7e9c21e00000000000000000000000000000000000000000000000000000000815263ffffffff84166004820152602401610539565b6bffffffffffffffffffffffff821115610e36576040517f0625040100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f8154610e43906125cf565b9190508190559050604051806101000160405280866001600160a01b031681526020018463ffffffff1681526020018763ffffffff168152602001600115158152602001886001600160a01b03168152602001856bffffffffffffffffffffffff168152602001336001600160a01b03168152602001836bffffffffffffffffffffffff1681525060015f8381526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160186101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01601c6101000a81548160ff0219169083151502179055506080820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160010160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555060c0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060e08201518160020160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550905050866001600160a01b0316336001600160a01b0316827fdd2e0b98b6c16274ed8b079f0013273a68ff5343c6ed4187ac77cf329a79a9bf89898989896040516110c895949392919063ffffffff95861681526001600160a01b039490941660208501526bffffffffffffffffffffffff9290921660408401529092166060820152608081019190915260a00190565b60405180910390a4811561110b5761110b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085611ee8565b611113611e4a565b9695505050505050565b6111256117ce565b5f8281526001602081815260409283902083516101008101855281546001600160a01b03808216835263ffffffff7401000000000000000000000000000000000000000080840482169685019690965278010000000000000000000000000000000000000000000000008304169683019690965260ff7c0100000000000000000000000000000000000000000000000000000000909104161515606082018190529382015480861660808301526bffffffffffffffffffffffff90849004811660a083015260029092015494851660c08201529190930490921660e083015261123d576040517f6f0a6b4b00000000000000000000000000000000000000000000000000000000815260048101849052602401610539565b8060a001516bffffffffffffffffffffffff168160e001516bffffffffffffffffffffffff1610156112bd5760e081015160a08201516040517f25c3f46e0000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff928316600482015291166024820152604401610539565b6112c8838284611854565b60808101516001600160a01b0316639b55f9016112eb60c0850160a086016123fe565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa158015611345573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611369919061252b565b61137d5761077960c0830160a084016123fe565b60a08101516bffffffffffffffffffffffff81161561141257808260e001516113a69190612606565b5f85815260016020908152604080832060020180546001600160a01b0316740100000000000000000000000000000000000000006bffffffffffffffffffffffff968716021790553383526003909152812080549284169290919061140c9084906124af565b90915550505b60e083013561142760c0850160a086016123fe565b6001600160a01b0316857f98172ed60fa0845fbe65fd0a7cb921ab3a48932374b124194cc0f85bbeab5c71611462608088016060890161254a565b61147260a0890160808a01612571565b6040805167ffffffffffffffff909316835263ffffffff909116602083015233908201526bffffffffffffffffffffffff8616606082015260800160405180910390a46114c0848385611c4e565b50506114ca611e4a565b5050565b6114d66117ce565b5f82815260016020526040902080547c0100000000000000000000000000000000000000000000000000000000900460ff16611541576040517f6f0a6b4b00000000000000000000000000000000000000000000000000000000815260048101849052602401610539565b815f0361157a576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028101545f906115b29084907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166124af565b90506bffffffffffffffffffffffff8111156115fa576040517f0625040100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002820180546001600160a01b0316740100000000000000000000000000000000000000006bffffffffffffffffffffffff8416021790556040805184815260208101839052339186917fc00dc4ed0adb8d1c5a6fbaf927812037f8c0326274d9b90a25675650eceb0561910160405180910390a36114c06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611ee8565b5f6116ae82611f27565b92915050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146117a95750604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527fbc9211a51ce2feced0d2078c3a27156fd77cb553512b626d67d54095b8363b02828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660a0808401919091528351808403909101815260c0909201909252805191012090565b507f000000000000000000000000000000000000000000000000000000000000000090565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611827576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a0560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611fdc565b60808201516001600160a01b031661187260408301602084016123fe565b6001600160a01b03161415806118aa5750816040015163ffffffff168160400160208101906118a19190612571565b63ffffffff1614155b15611918576118bf60408201602083016123fe565b6118cf6060830160408401612571565b6040517f9dc9603a0000000000000000000000000000000000000000000000000000000081526001600160a01b03909216600483015263ffffffff166024820152604401610539565b5f61192960a0830160808401612571565b63ffffffff166020611941608085016060860161254a565b5f87815260026020526040812067ffffffffffffffff9290921690921b929092179250908161197660c0860160a087016123fe565b6001600160a01b0316815260208082019290925260409081015f90812060e087013582529283905220549091506fffffffffffffffffffffffffffffffff9081169083161015611a55576119d060c0840160a085016123fe565b60e08401356119e5608086016060870161254a565b6119f560a0870160808801612571565b6040517f36ec272b0000000000000000000000000000000000000000000000000000000081526001600160a01b039094166004850152602484019290925267ffffffffffffffff16604483015263ffffffff166064820152608401610539565b6001611a6961020085016101e0860161262a565b60ff1614611abb57611a8361020084016101e0850161262a565b6040517ff64c081400000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610539565b365f611acb61020086018661264a565b909250905060418114611b0a576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f611b67611b1888611f27565b85856040818110611b2b57611b2b6124c2565b919091013560f81c9050611b4260205f888a6126b2565b611b4b916126d9565b611b5960406020898b6126b2565b611b62916126d9565b611fe3565b5090925090505f816003811115611b8057611b80612715565b141580611bae5750611b9860c0880160a089016123fe565b6001600160a01b0316826001600160a01b031614155b15611be5576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611bf0866001612742565b60e097909701355f9081526020959095525050604090922080547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff909516949094179093555050505050565b602082015163ffffffff16612ee0611c67603f8361276a565b611c7190836124af565b611c7b91906124af565b5a1015611cb4576040517f657989e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611cc560408401602085016123fe565b611cd56060850160408601612571565b611ce560c0860160a087016123fe565b611cf5608087016060880161254a565b611d0560a0880160808901612571565b611d136101c089018961264a565b604051602401611d2997969594939291906127a2565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529190526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167ff8182e1d0000000000000000000000000000000000000000000000000000000017815285518251929350915f9182918291828689f1905080611e415760e0850135611dcd60c0870160a088016123fe565b6001600160a01b0316887ff700262393beb86437a7abf0b6aeebd3fd2f69e685993a8de90d8485f38d818c611e0860808a0160608b0161254a565b611e1860a08b0160808c01612571565b6040805167ffffffffffffffff909316835263ffffffff90911660208301520160405180910390a45b50505050505050565b610a055f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061184e565b6040516001600160a01b0383811660248301526044820183905261089391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506120c9565b6040516001600160a01b038481166024830152838116604483015260648201839052611f219186918216906323b872dd90608401611ea1565b50505050565b5f80611f376101c084018461264a565b604051611f45929190612839565b6040519081900381207fc725ede1937401769a1fce7fbb566204412169bee194201a3a591d16db41eb64808352909250905f906101c08660208301376101e08101849052610200902090505f611f996116b4565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019190915260228101929092525060429020949350505050565b80825d5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561201c57505f915060039050826120bf565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561206d573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001519150506001600160a01b0381166120b657505f9250600191508290506120bf565b92505f91508190505b9450945094915050565b5f5f60205f8451602086015f885af1806120e8576040513d5f823e3d81fd5b50505f513d915081156120ff57806001141561210c565b6001600160a01b0384163b155b15611f21576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610539565b5f5f5f60408486031215612160575f5ffd5b83359250602084013567ffffffffffffffff81111561217d575f5ffd5b8401601f8101861361218d575f5ffd5b803567ffffffffffffffff8111156121a3575f5ffd5b8660208260051b84010111156121b7575f5ffd5b939660209190910195509293505050565b80356001600160a01b03811681146121de575f5ffd5b919050565b5f5f5f606084860312156121f5575f5ffd5b83359250612205602085016121c8565b9150604084013590509250925092565b5f60208284031215612225575f5ffd5b5035919050565b63ffffffff81168114610b9d575f5ffd5b5f5f5f5f5f5f60c08789031215612252575f5ffd5b61225b876121c8565b9550602087013561226b8161222c565b9450612279604088016121c8565b935060608701356bffffffffffffffffffffffff81168114612299575f5ffd5b925060808701356122a98161222c565b9598949750929591949360a090920135925050565b5f610100820190506001600160a01b03835116825263ffffffff602084015116602083015263ffffffff60408401511660408301526060830151612306606084018215159052565b50608083015161232160808401826001600160a01b03169052565b5060a083015161234160a08401826bffffffffffffffffffffffff169052565b5060c083015161235c60c08401826001600160a01b03169052565b5060e083015161237c60e08401826bffffffffffffffffffffffff169052565b5092915050565b5f6102208284031215612394575f5ffd5b50919050565b5f5f604083850312156123ab575f5ffd5b82359150602083013567ffffffffffffffff8111156123c8575f5ffd5b6123d485828601612383565b9150509250929050565b5f5f604083850312156123ef575f5ffd5b50508035926020909101359150565b5f6020828403121561240e575f5ffd5b612417826121c8565b9392505050565b5f6020828403121561242e575f5ffd5b813567ffffffffffffffff811115612444575f5ffd5b61245084828501612383565b949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820281158282048414176116ae576116ae612458565b818103818111156116ae576116ae612458565b808201808211156116ae576116ae612458565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde1833603018112612521575f5ffd5b9190910192915050565b5f6020828403121561253b575f5ffd5b81518015158114612417575f5ffd5b5f6020828403121561255a575f5ffd5b813567ffffffffffffffff81168114612417575f5ffd5b5f60208284031215612581575f5ffd5b81356124178161222c565b6fffffffffffffffffffffffffffffffff82811682821603908111156116ae576116ae612458565b5f602082840312156125c4575f5ffd5b81516124178161222c565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036125ff576125ff612458565b5060010190565b6bffffffffffffffffffffffff82811682821603908111156116ae576116ae612458565b5f6020828403121561263a575f5ffd5b813560ff81168114612417575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261267d575f5ffd5b83018035915067ffffffffffffffff821115612697575f5ffd5b6020019150368190038213156126ab575f5ffd5b9250929050565b5f5f858511156126c0575f5ffd5b838611156126cc575f5ffd5b5050820193919092039150565b803560208310156116ae577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6fffffffffffffffffffffffffffffffff81811683821601908111156116ae576116ae612458565b5f8261279d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b6001600160a01b038816815263ffffffff871660208201526001600160a01b038616604082015267ffffffffffffffff8516606082015263ffffffff8416608082015260c060a08201528160c0820152818360e08301375f81830160e090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019695505050505050565b818382375f910190815291905056fea264697066735822122041cb2563a661dc7e09cd0ebb0e5c8dafe543ab791b76116b472277736b928dd064736f6c634300081e0033",
}

// DeliveryHubABI is the input ABI used to generate the binding from.
// Deprecated: Use DeliveryHubMetaData.ABI instead.
var DeliveryHubABI = DeliveryHubMetaData.ABI

// DeliveryHubBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DeliveryHubMetaData.Bin instead.
var DeliveryHubBin = DeliveryHubMetaData.Bin

// DeployDeliveryHub deploys a new Ethereum contract, binding an instance of DeliveryHub to it.
func DeployDeliveryHub(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, registry_ common.Address) (common.Address, *types.Transaction, *DeliveryHub, error) {
	parsed, err := DeliveryHubMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DeliveryHubBin), backend, token_, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DeliveryHub{DeliveryHubCaller: DeliveryHubCaller{contract: contract}, DeliveryHubTransactor: DeliveryHubTransactor{contract: contract}, DeliveryHubFilterer: DeliveryHubFilterer{contract: contract}}, nil
}

// DeliveryHub is an auto generated Go binding around an Ethereum contract.
type DeliveryHub struct {
	DeliveryHubCaller     // Read-only binding to the contract
	DeliveryHubTransactor // Write-only binding to the contract
	DeliveryHubFilterer   // Log filterer for contract events
}

// DeliveryHubCaller is an auto generated read-only Go binding around an Ethereum contract.
type DeliveryHubCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeliveryHubTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DeliveryHubTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeliveryHubFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DeliveryHubFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeliveryHubSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DeliveryHubSession struct {
	Contract     *DeliveryHub      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DeliveryHubCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DeliveryHubCallerSession struct {
	Contract *DeliveryHubCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// DeliveryHubTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DeliveryHubTransactorSession struct {
	Contract     *DeliveryHubTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// DeliveryHubRaw is an auto generated low-level Go binding around an Ethereum contract.
type DeliveryHubRaw struct {
	Contract *DeliveryHub // Generic contract binding to access the raw methods on
}

// DeliveryHubCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DeliveryHubCallerRaw struct {
	Contract *DeliveryHubCaller // Generic read-only contract binding to access the raw methods on
}

// DeliveryHubTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DeliveryHubTransactorRaw struct {
	Contract *DeliveryHubTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDeliveryHub creates a new instance of DeliveryHub, bound to a specific deployed contract.
func NewDeliveryHub(address common.Address, backend bind.ContractBackend) (*DeliveryHub, error) {
	contract, err := bindDeliveryHub(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DeliveryHub{DeliveryHubCaller: DeliveryHubCaller{contract: contract}, DeliveryHubTransactor: DeliveryHubTransactor{contract: contract}, DeliveryHubFilterer: DeliveryHubFilterer{contract: contract}}, nil
}

// NewDeliveryHubCaller creates a new read-only instance of DeliveryHub, bound to a specific deployed contract.
func NewDeliveryHubCaller(address common.Address, caller bind.ContractCaller) (*DeliveryHubCaller, error) {
	contract, err := bindDeliveryHub(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubCaller{contract: contract}, nil
}

// NewDeliveryHubTransactor creates a new write-only instance of DeliveryHub, bound to a specific deployed contract.
func NewDeliveryHubTransactor(address common.Address, transactor bind.ContractTransactor) (*DeliveryHubTransactor, error) {
	contract, err := bindDeliveryHub(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubTransactor{contract: contract}, nil
}

// NewDeliveryHubFilterer creates a new log filterer instance of DeliveryHub, bound to a specific deployed contract.
func NewDeliveryHubFilterer(address common.Address, filterer bind.ContractFilterer) (*DeliveryHubFilterer, error) {
	contract, err := bindDeliveryHub(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubFilterer{contract: contract}, nil
}

// bindDeliveryHub binds a generic wrapper to an already deployed contract.
func bindDeliveryHub(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DeliveryHubMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DeliveryHub *DeliveryHubRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DeliveryHub.Contract.DeliveryHubCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DeliveryHub *DeliveryHubRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DeliveryHub.Contract.DeliveryHubTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DeliveryHub *DeliveryHubRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DeliveryHub.Contract.DeliveryHubTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DeliveryHub *DeliveryHubCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DeliveryHub.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DeliveryHub *DeliveryHubTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DeliveryHub.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DeliveryHub *DeliveryHubTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DeliveryHub.Contract.contract.Transact(opts, method, params...)
}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_DeliveryHub *DeliveryHubCaller) MAXCALLBACKGAS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "MAX_CALLBACK_GAS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_DeliveryHub *DeliveryHubSession) MAXCALLBACKGAS() (uint32, error) {
	return _DeliveryHub.Contract.MAXCALLBACKGAS(&_DeliveryHub.CallOpts)
}

// MAXCALLBACKGAS is a free data retrieval call binding the contract method 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint32)
func (_DeliveryHub *DeliveryHubCallerSession) MAXCALLBACKGAS() (uint32, error) {
	return _DeliveryHub.Contract.MAXCALLBACKGAS(&_DeliveryHub.CallOpts)
}

// MESSAGETYPEHASH is a free data retrieval call binding the contract method 0x46e356b1.
//
// Solidity: function MESSAGE_TYPEHASH() view returns(bytes32)
func (_DeliveryHub *DeliveryHubCaller) MESSAGETYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "MESSAGE_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MESSAGETYPEHASH is a free data retrieval call binding the contract method 0x46e356b1.
//
// Solidity: function MESSAGE_TYPEHASH() view returns(bytes32)
func (_DeliveryHub *DeliveryHubSession) MESSAGETYPEHASH() ([32]byte, error) {
	return _DeliveryHub.Contract.MESSAGETYPEHASH(&_DeliveryHub.CallOpts)
}

// MESSAGETYPEHASH is a free data retrieval call binding the contract method 0x46e356b1.
//
// Solidity: function MESSAGE_TYPEHASH() view returns(bytes32)
func (_DeliveryHub *DeliveryHubCallerSession) MESSAGETYPEHASH() ([32]byte, error) {
	return _DeliveryHub.Contract.MESSAGETYPEHASH(&_DeliveryHub.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DeliveryHub *DeliveryHubCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DeliveryHub *DeliveryHubSession) DomainSeparator() ([32]byte, error) {
	return _DeliveryHub.Contract.DomainSeparator(&_DeliveryHub.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_DeliveryHub *DeliveryHubCallerSession) DomainSeparator() ([32]byte, error) {
	return _DeliveryHub.Contract.DomainSeparator(&_DeliveryHub.CallOpts)
}

// LastDelivered is a free data retrieval call binding the contract method 0x32021728.
//
// Solidity: function lastDelivered(uint256 subscriptionId, address publisher, bytes32 msgChainId) view returns(bool any, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubCaller) LastDelivered(opts *bind.CallOpts, subscriptionId *big.Int, publisher common.Address, msgChainId [32]byte) (struct {
	Any       bool
	Timestamp uint64
	Sequence  uint32
}, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "lastDelivered", subscriptionId, publisher, msgChainId)

	outstruct := new(struct {
		Any       bool
		Timestamp uint64
		Sequence  uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Any = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Sequence = *abi.ConvertType(out[2], new(uint32)).(*uint32)

	return *outstruct, err

}

// LastDelivered is a free data retrieval call binding the contract method 0x32021728.
//
// Solidity: function lastDelivered(uint256 subscriptionId, address publisher, bytes32 msgChainId) view returns(bool any, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubSession) LastDelivered(subscriptionId *big.Int, publisher common.Address, msgChainId [32]byte) (struct {
	Any       bool
	Timestamp uint64
	Sequence  uint32
}, error) {
	return _DeliveryHub.Contract.LastDelivered(&_DeliveryHub.CallOpts, subscriptionId, publisher, msgChainId)
}

// LastDelivered is a free data retrieval call binding the contract method 0x32021728.
//
// Solidity: function lastDelivered(uint256 subscriptionId, address publisher, bytes32 msgChainId) view returns(bool any, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubCallerSession) LastDelivered(subscriptionId *big.Int, publisher common.Address, msgChainId [32]byte) (struct {
	Any       bool
	Timestamp uint64
	Sequence  uint32
}, error) {
	return _DeliveryHub.Contract.LastDelivered(&_DeliveryHub.CallOpts, subscriptionId, publisher, msgChainId)
}

// MessageDigest is a free data retrieval call binding the contract method 0xf003d15f.
//
// Solidity: function messageDigest((uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) view returns(bytes32)
func (_DeliveryHub *DeliveryHubCaller) MessageDigest(opts *bind.CallOpts, message StreamMessageLibStreamMessage) ([32]byte, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "messageDigest", message)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MessageDigest is a free data retrieval call binding the contract method 0xf003d15f.
//
// Solidity: function messageDigest((uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) view returns(bytes32)
func (_DeliveryHub *DeliveryHubSession) MessageDigest(message StreamMessageLibStreamMessage) ([32]byte, error) {
	return _DeliveryHub.Contract.MessageDigest(&_DeliveryHub.CallOpts, message)
}

// MessageDigest is a free data retrieval call binding the contract method 0xf003d15f.
//
// Solidity: function messageDigest((uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) view returns(bytes32)
func (_DeliveryHub *DeliveryHubCallerSession) MessageDigest(message StreamMessageLibStreamMessage) ([32]byte, error) {
	return _DeliveryHub.Contract.MessageDigest(&_DeliveryHub.CallOpts, message)
}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DeliveryHub *DeliveryHubCaller) Owed(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "owed", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DeliveryHub *DeliveryHubSession) Owed(arg0 common.Address) (*big.Int, error) {
	return _DeliveryHub.Contract.Owed(&_DeliveryHub.CallOpts, arg0)
}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DeliveryHub *DeliveryHubCallerSession) Owed(arg0 common.Address) (*big.Int, error) {
	return _DeliveryHub.Contract.Owed(&_DeliveryHub.CallOpts, arg0)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DeliveryHub *DeliveryHubCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DeliveryHub *DeliveryHubSession) Registry() (common.Address, error) {
	return _DeliveryHub.Contract.Registry(&_DeliveryHub.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DeliveryHub *DeliveryHubCallerSession) Registry() (common.Address, error) {
	return _DeliveryHub.Contract.Registry(&_DeliveryHub.CallOpts)
}

// Subscription is a free data retrieval call binding the contract method 0xa9fdc40b.
//
// Solidity: function subscription(uint256 subscriptionId) view returns((address,uint32,uint32,bool,address,uint96,address,uint96))
func (_DeliveryHub *DeliveryHubCaller) Subscription(opts *bind.CallOpts, subscriptionId *big.Int) (DeliveryHubSubscription, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "subscription", subscriptionId)

	if err != nil {
		return *new(DeliveryHubSubscription), err
	}

	out0 := *abi.ConvertType(out[0], new(DeliveryHubSubscription)).(*DeliveryHubSubscription)

	return out0, err

}

// Subscription is a free data retrieval call binding the contract method 0xa9fdc40b.
//
// Solidity: function subscription(uint256 subscriptionId) view returns((address,uint32,uint32,bool,address,uint96,address,uint96))
func (_DeliveryHub *DeliveryHubSession) Subscription(subscriptionId *big.Int) (DeliveryHubSubscription, error) {
	return _DeliveryHub.Contract.Subscription(&_DeliveryHub.CallOpts, subscriptionId)
}

// Subscription is a free data retrieval call binding the contract method 0xa9fdc40b.
//
// Solidity: function subscription(uint256 subscriptionId) view returns((address,uint32,uint32,bool,address,uint96,address,uint96))
func (_DeliveryHub *DeliveryHubCallerSession) Subscription(subscriptionId *big.Int) (DeliveryHubSubscription, error) {
	return _DeliveryHub.Contract.Subscription(&_DeliveryHub.CallOpts, subscriptionId)
}

// SubscriptionCount is a free data retrieval call binding the contract method 0x173b6d90.
//
// Solidity: function subscriptionCount() view returns(uint256)
func (_DeliveryHub *DeliveryHubCaller) SubscriptionCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "subscriptionCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SubscriptionCount is a free data retrieval call binding the contract method 0x173b6d90.
//
// Solidity: function subscriptionCount() view returns(uint256)
func (_DeliveryHub *DeliveryHubSession) SubscriptionCount() (*big.Int, error) {
	return _DeliveryHub.Contract.SubscriptionCount(&_DeliveryHub.CallOpts)
}

// SubscriptionCount is a free data retrieval call binding the contract method 0x173b6d90.
//
// Solidity: function subscriptionCount() view returns(uint256)
func (_DeliveryHub *DeliveryHubCallerSession) SubscriptionCount() (*big.Int, error) {
	return _DeliveryHub.Contract.SubscriptionCount(&_DeliveryHub.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DeliveryHub *DeliveryHubCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DeliveryHub.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DeliveryHub *DeliveryHubSession) Token() (common.Address, error) {
	return _DeliveryHub.Contract.Token(&_DeliveryHub.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DeliveryHub *DeliveryHubCallerSession) Token() (common.Address, error) {
	return _DeliveryHub.Contract.Token(&_DeliveryHub.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 subscriptionId) returns()
func (_DeliveryHub *DeliveryHubTransactor) Cancel(opts *bind.TransactOpts, subscriptionId *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "cancel", subscriptionId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 subscriptionId) returns()
func (_DeliveryHub *DeliveryHubSession) Cancel(subscriptionId *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Cancel(&_DeliveryHub.TransactOpts, subscriptionId)
}

// Cancel is a paid mutator transaction binding the contract method 0x40e58ee5.
//
// Solidity: function cancel(uint256 subscriptionId) returns()
func (_DeliveryHub *DeliveryHubTransactorSession) Cancel(subscriptionId *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Cancel(&_DeliveryHub.TransactOpts, subscriptionId)
}

// Deliver is a paid mutator transaction binding the contract method 0xda283233.
//
// Solidity: function deliver(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) returns()
func (_DeliveryHub *DeliveryHubTransactor) Deliver(opts *bind.TransactOpts, subscriptionId *big.Int, message StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "deliver", subscriptionId, message)
}

// Deliver is a paid mutator transaction binding the contract method 0xda283233.
//
// Solidity: function deliver(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) returns()
func (_DeliveryHub *DeliveryHubSession) Deliver(subscriptionId *big.Int, message StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Deliver(&_DeliveryHub.TransactOpts, subscriptionId, message)
}

// Deliver is a paid mutator transaction binding the contract method 0xda283233.
//
// Solidity: function deliver(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes) message) returns()
func (_DeliveryHub *DeliveryHubTransactorSession) Deliver(subscriptionId *big.Int, message StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Deliver(&_DeliveryHub.TransactOpts, subscriptionId, message)
}

// DeliverBatch is a paid mutator transaction binding the contract method 0x019818c9.
//
// Solidity: function deliverBatch(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes)[] messages) returns()
func (_DeliveryHub *DeliveryHubTransactor) DeliverBatch(opts *bind.TransactOpts, subscriptionId *big.Int, messages []StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "deliverBatch", subscriptionId, messages)
}

// DeliverBatch is a paid mutator transaction binding the contract method 0x019818c9.
//
// Solidity: function deliverBatch(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes)[] messages) returns()
func (_DeliveryHub *DeliveryHubSession) DeliverBatch(subscriptionId *big.Int, messages []StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.Contract.DeliverBatch(&_DeliveryHub.TransactOpts, subscriptionId, messages)
}

// DeliverBatch is a paid mutator transaction binding the contract method 0x019818c9.
//
// Solidity: function deliverBatch(uint256 subscriptionId, (uint8,address,uint32,uint64,uint32,address,uint8,bytes32,uint64,uint32,uint8,uint8,uint8,bytes32,bytes,uint8,bytes)[] messages) returns()
func (_DeliveryHub *DeliveryHubTransactorSession) DeliverBatch(subscriptionId *big.Int, messages []StreamMessageLibStreamMessage) (*types.Transaction, error) {
	return _DeliveryHub.Contract.DeliverBatch(&_DeliveryHub.TransactOpts, subscriptionId, messages)
}

// Subscribe is a paid mutator transaction binding the contract method 0x89023ab8.
//
// Solidity: function subscribe(address stream, uint32 partition, address consumer, uint96 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit) returns(uint256 subscriptionId)
func (_DeliveryHub *DeliveryHubTransactor) Subscribe(opts *bind.TransactOpts, stream common.Address, partition uint32, consumer common.Address, bountyPerEvent *big.Int, callbackGasLimit uint32, deposit *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "subscribe", stream, partition, consumer, bountyPerEvent, callbackGasLimit, deposit)
}

// Subscribe is a paid mutator transaction binding the contract method 0x89023ab8.
//
// Solidity: function subscribe(address stream, uint32 partition, address consumer, uint96 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit) returns(uint256 subscriptionId)
func (_DeliveryHub *DeliveryHubSession) Subscribe(stream common.Address, partition uint32, consumer common.Address, bountyPerEvent *big.Int, callbackGasLimit uint32, deposit *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Subscribe(&_DeliveryHub.TransactOpts, stream, partition, consumer, bountyPerEvent, callbackGasLimit, deposit)
}

// Subscribe is a paid mutator transaction binding the contract method 0x89023ab8.
//
// Solidity: function subscribe(address stream, uint32 partition, address consumer, uint96 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit) returns(uint256 subscriptionId)
func (_DeliveryHub *DeliveryHubTransactorSession) Subscribe(stream common.Address, partition uint32, consumer common.Address, bountyPerEvent *big.Int, callbackGasLimit uint32, deposit *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.Subscribe(&_DeliveryHub.TransactOpts, stream, partition, consumer, bountyPerEvent, callbackGasLimit, deposit)
}

// TopUp is a paid mutator transaction binding the contract method 0xde643a71.
//
// Solidity: function topUp(uint256 subscriptionId, uint256 amount) returns()
func (_DeliveryHub *DeliveryHubTransactor) TopUp(opts *bind.TransactOpts, subscriptionId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "topUp", subscriptionId, amount)
}

// TopUp is a paid mutator transaction binding the contract method 0xde643a71.
//
// Solidity: function topUp(uint256 subscriptionId, uint256 amount) returns()
func (_DeliveryHub *DeliveryHubSession) TopUp(subscriptionId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.TopUp(&_DeliveryHub.TransactOpts, subscriptionId, amount)
}

// TopUp is a paid mutator transaction binding the contract method 0xde643a71.
//
// Solidity: function topUp(uint256 subscriptionId, uint256 amount) returns()
func (_DeliveryHub *DeliveryHubTransactorSession) TopUp(subscriptionId *big.Int, amount *big.Int) (*types.Transaction, error) {
	return _DeliveryHub.Contract.TopUp(&_DeliveryHub.TransactOpts, subscriptionId, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DeliveryHub *DeliveryHubTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DeliveryHub.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DeliveryHub *DeliveryHubSession) Withdraw() (*types.Transaction, error) {
	return _DeliveryHub.Contract.Withdraw(&_DeliveryHub.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DeliveryHub *DeliveryHubTransactorSession) Withdraw() (*types.Transaction, error) {
	return _DeliveryHub.Contract.Withdraw(&_DeliveryHub.TransactOpts)
}

// DeliveryHubCancelledIterator is returned from FilterCancelled and is used to iterate over the raw logs and unpacked data for Cancelled events raised by the DeliveryHub contract.
type DeliveryHubCancelledIterator struct {
	Event *DeliveryHubCancelled // Event containing the contract specifics and raw log

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
func (it *DeliveryHubCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubCancelled)
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
		it.Event = new(DeliveryHubCancelled)
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
func (it *DeliveryHubCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubCancelled represents a Cancelled event raised by the DeliveryHub contract.
type DeliveryHubCancelled struct {
	SubscriptionId *big.Int
	Refund         *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterCancelled is a free log retrieval operation binding the contract event 0xa761582a460180d55522f9f5fdc076390a1f48a7a62a8afbd45c1bb797948edb.
//
// Solidity: event Cancelled(uint256 indexed subscriptionId, uint256 refund)
func (_DeliveryHub *DeliveryHubFilterer) FilterCancelled(opts *bind.FilterOpts, subscriptionId []*big.Int) (*DeliveryHubCancelledIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "Cancelled", subscriptionIdRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubCancelledIterator{contract: _DeliveryHub.contract, event: "Cancelled", logs: logs, sub: sub}, nil
}

// WatchCancelled is a free log subscription operation binding the contract event 0xa761582a460180d55522f9f5fdc076390a1f48a7a62a8afbd45c1bb797948edb.
//
// Solidity: event Cancelled(uint256 indexed subscriptionId, uint256 refund)
func (_DeliveryHub *DeliveryHubFilterer) WatchCancelled(opts *bind.WatchOpts, sink chan<- *DeliveryHubCancelled, subscriptionId []*big.Int) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "Cancelled", subscriptionIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubCancelled)
				if err := _DeliveryHub.contract.UnpackLog(event, "Cancelled", log); err != nil {
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

// ParseCancelled is a log parse operation binding the contract event 0xa761582a460180d55522f9f5fdc076390a1f48a7a62a8afbd45c1bb797948edb.
//
// Solidity: event Cancelled(uint256 indexed subscriptionId, uint256 refund)
func (_DeliveryHub *DeliveryHubFilterer) ParseCancelled(log types.Log) (*DeliveryHubCancelled, error) {
	event := new(DeliveryHubCancelled)
	if err := _DeliveryHub.contract.UnpackLog(event, "Cancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeliveryHubConsumerFailedIterator is returned from FilterConsumerFailed and is used to iterate over the raw logs and unpacked data for ConsumerFailed events raised by the DeliveryHub contract.
type DeliveryHubConsumerFailedIterator struct {
	Event *DeliveryHubConsumerFailed // Event containing the contract specifics and raw log

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
func (it *DeliveryHubConsumerFailedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubConsumerFailed)
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
		it.Event = new(DeliveryHubConsumerFailed)
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
func (it *DeliveryHubConsumerFailedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubConsumerFailedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubConsumerFailed represents a ConsumerFailed event raised by the DeliveryHub contract.
type DeliveryHubConsumerFailed struct {
	SubscriptionId *big.Int
	Publisher      common.Address
	MsgChainId     [32]byte
	Timestamp      uint64
	Sequence       uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterConsumerFailed is a free log retrieval operation binding the contract event 0xf700262393beb86437a7abf0b6aeebd3fd2f69e685993a8de90d8485f38d818c.
//
// Solidity: event ConsumerFailed(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubFilterer) FilterConsumerFailed(opts *bind.FilterOpts, subscriptionId []*big.Int, publisher []common.Address, msgChainId [][32]byte) (*DeliveryHubConsumerFailedIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}
	var msgChainIdRule []interface{}
	for _, msgChainIdItem := range msgChainId {
		msgChainIdRule = append(msgChainIdRule, msgChainIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "ConsumerFailed", subscriptionIdRule, publisherRule, msgChainIdRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubConsumerFailedIterator{contract: _DeliveryHub.contract, event: "ConsumerFailed", logs: logs, sub: sub}, nil
}

// WatchConsumerFailed is a free log subscription operation binding the contract event 0xf700262393beb86437a7abf0b6aeebd3fd2f69e685993a8de90d8485f38d818c.
//
// Solidity: event ConsumerFailed(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubFilterer) WatchConsumerFailed(opts *bind.WatchOpts, sink chan<- *DeliveryHubConsumerFailed, subscriptionId []*big.Int, publisher []common.Address, msgChainId [][32]byte) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}
	var msgChainIdRule []interface{}
	for _, msgChainIdItem := range msgChainId {
		msgChainIdRule = append(msgChainIdRule, msgChainIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "ConsumerFailed", subscriptionIdRule, publisherRule, msgChainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubConsumerFailed)
				if err := _DeliveryHub.contract.UnpackLog(event, "ConsumerFailed", log); err != nil {
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

// ParseConsumerFailed is a log parse operation binding the contract event 0xf700262393beb86437a7abf0b6aeebd3fd2f69e685993a8de90d8485f38d818c.
//
// Solidity: event ConsumerFailed(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence)
func (_DeliveryHub *DeliveryHubFilterer) ParseConsumerFailed(log types.Log) (*DeliveryHubConsumerFailed, error) {
	event := new(DeliveryHubConsumerFailed)
	if err := _DeliveryHub.contract.UnpackLog(event, "ConsumerFailed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeliveryHubDeliveredIterator is returned from FilterDelivered and is used to iterate over the raw logs and unpacked data for Delivered events raised by the DeliveryHub contract.
type DeliveryHubDeliveredIterator struct {
	Event *DeliveryHubDelivered // Event containing the contract specifics and raw log

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
func (it *DeliveryHubDeliveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubDelivered)
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
		it.Event = new(DeliveryHubDelivered)
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
func (it *DeliveryHubDeliveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubDeliveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubDelivered represents a Delivered event raised by the DeliveryHub contract.
type DeliveryHubDelivered struct {
	SubscriptionId *big.Int
	Publisher      common.Address
	MsgChainId     [32]byte
	Timestamp      uint64
	Sequence       uint32
	Deliverer      common.Address
	Bounty         *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterDelivered is a free log retrieval operation binding the contract event 0x98172ed60fa0845fbe65fd0a7cb921ab3a48932374b124194cc0f85bbeab5c71.
//
// Solidity: event Delivered(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence, address deliverer, uint256 bounty)
func (_DeliveryHub *DeliveryHubFilterer) FilterDelivered(opts *bind.FilterOpts, subscriptionId []*big.Int, publisher []common.Address, msgChainId [][32]byte) (*DeliveryHubDeliveredIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}
	var msgChainIdRule []interface{}
	for _, msgChainIdItem := range msgChainId {
		msgChainIdRule = append(msgChainIdRule, msgChainIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "Delivered", subscriptionIdRule, publisherRule, msgChainIdRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubDeliveredIterator{contract: _DeliveryHub.contract, event: "Delivered", logs: logs, sub: sub}, nil
}

// WatchDelivered is a free log subscription operation binding the contract event 0x98172ed60fa0845fbe65fd0a7cb921ab3a48932374b124194cc0f85bbeab5c71.
//
// Solidity: event Delivered(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence, address deliverer, uint256 bounty)
func (_DeliveryHub *DeliveryHubFilterer) WatchDelivered(opts *bind.WatchOpts, sink chan<- *DeliveryHubDelivered, subscriptionId []*big.Int, publisher []common.Address, msgChainId [][32]byte) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var publisherRule []interface{}
	for _, publisherItem := range publisher {
		publisherRule = append(publisherRule, publisherItem)
	}
	var msgChainIdRule []interface{}
	for _, msgChainIdItem := range msgChainId {
		msgChainIdRule = append(msgChainIdRule, msgChainIdItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "Delivered", subscriptionIdRule, publisherRule, msgChainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubDelivered)
				if err := _DeliveryHub.contract.UnpackLog(event, "Delivered", log); err != nil {
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

// ParseDelivered is a log parse operation binding the contract event 0x98172ed60fa0845fbe65fd0a7cb921ab3a48932374b124194cc0f85bbeab5c71.
//
// Solidity: event Delivered(uint256 indexed subscriptionId, address indexed publisher, bytes32 indexed msgChainId, uint64 timestamp, uint32 sequence, address deliverer, uint256 bounty)
func (_DeliveryHub *DeliveryHubFilterer) ParseDelivered(log types.Log) (*DeliveryHubDelivered, error) {
	event := new(DeliveryHubDelivered)
	if err := _DeliveryHub.contract.UnpackLog(event, "Delivered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeliveryHubSubscribedIterator is returned from FilterSubscribed and is used to iterate over the raw logs and unpacked data for Subscribed events raised by the DeliveryHub contract.
type DeliveryHubSubscribedIterator struct {
	Event *DeliveryHubSubscribed // Event containing the contract specifics and raw log

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
func (it *DeliveryHubSubscribedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubSubscribed)
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
		it.Event = new(DeliveryHubSubscribed)
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
func (it *DeliveryHubSubscribedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubSubscribedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubSubscribed represents a Subscribed event raised by the DeliveryHub contract.
type DeliveryHubSubscribed struct {
	SubscriptionId   *big.Int
	Owner            common.Address
	Stream           common.Address
	Partition        uint32
	Consumer         common.Address
	BountyPerEvent   *big.Int
	CallbackGasLimit uint32
	Deposit          *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterSubscribed is a free log retrieval operation binding the contract event 0xdd2e0b98b6c16274ed8b079f0013273a68ff5343c6ed4187ac77cf329a79a9bf.
//
// Solidity: event Subscribed(uint256 indexed subscriptionId, address indexed owner, address indexed stream, uint32 partition, address consumer, uint256 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) FilterSubscribed(opts *bind.FilterOpts, subscriptionId []*big.Int, owner []common.Address, stream []common.Address) (*DeliveryHubSubscribedIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var streamRule []interface{}
	for _, streamItem := range stream {
		streamRule = append(streamRule, streamItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "Subscribed", subscriptionIdRule, ownerRule, streamRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubSubscribedIterator{contract: _DeliveryHub.contract, event: "Subscribed", logs: logs, sub: sub}, nil
}

// WatchSubscribed is a free log subscription operation binding the contract event 0xdd2e0b98b6c16274ed8b079f0013273a68ff5343c6ed4187ac77cf329a79a9bf.
//
// Solidity: event Subscribed(uint256 indexed subscriptionId, address indexed owner, address indexed stream, uint32 partition, address consumer, uint256 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) WatchSubscribed(opts *bind.WatchOpts, sink chan<- *DeliveryHubSubscribed, subscriptionId []*big.Int, owner []common.Address, stream []common.Address) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var streamRule []interface{}
	for _, streamItem := range stream {
		streamRule = append(streamRule, streamItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "Subscribed", subscriptionIdRule, ownerRule, streamRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubSubscribed)
				if err := _DeliveryHub.contract.UnpackLog(event, "Subscribed", log); err != nil {
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

// ParseSubscribed is a log parse operation binding the contract event 0xdd2e0b98b6c16274ed8b079f0013273a68ff5343c6ed4187ac77cf329a79a9bf.
//
// Solidity: event Subscribed(uint256 indexed subscriptionId, address indexed owner, address indexed stream, uint32 partition, address consumer, uint256 bountyPerEvent, uint32 callbackGasLimit, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) ParseSubscribed(log types.Log) (*DeliveryHubSubscribed, error) {
	event := new(DeliveryHubSubscribed)
	if err := _DeliveryHub.contract.UnpackLog(event, "Subscribed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeliveryHubToppedUpIterator is returned from FilterToppedUp and is used to iterate over the raw logs and unpacked data for ToppedUp events raised by the DeliveryHub contract.
type DeliveryHubToppedUpIterator struct {
	Event *DeliveryHubToppedUp // Event containing the contract specifics and raw log

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
func (it *DeliveryHubToppedUpIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubToppedUp)
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
		it.Event = new(DeliveryHubToppedUp)
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
func (it *DeliveryHubToppedUpIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubToppedUpIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubToppedUp represents a ToppedUp event raised by the DeliveryHub contract.
type DeliveryHubToppedUp struct {
	SubscriptionId *big.Int
	From           common.Address
	Amount         *big.Int
	Deposit        *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterToppedUp is a free log retrieval operation binding the contract event 0xc00dc4ed0adb8d1c5a6fbaf927812037f8c0326274d9b90a25675650eceb0561.
//
// Solidity: event ToppedUp(uint256 indexed subscriptionId, address indexed from, uint256 amount, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) FilterToppedUp(opts *bind.FilterOpts, subscriptionId []*big.Int, from []common.Address) (*DeliveryHubToppedUpIterator, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "ToppedUp", subscriptionIdRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubToppedUpIterator{contract: _DeliveryHub.contract, event: "ToppedUp", logs: logs, sub: sub}, nil
}

// WatchToppedUp is a free log subscription operation binding the contract event 0xc00dc4ed0adb8d1c5a6fbaf927812037f8c0326274d9b90a25675650eceb0561.
//
// Solidity: event ToppedUp(uint256 indexed subscriptionId, address indexed from, uint256 amount, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) WatchToppedUp(opts *bind.WatchOpts, sink chan<- *DeliveryHubToppedUp, subscriptionId []*big.Int, from []common.Address) (event.Subscription, error) {

	var subscriptionIdRule []interface{}
	for _, subscriptionIdItem := range subscriptionId {
		subscriptionIdRule = append(subscriptionIdRule, subscriptionIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "ToppedUp", subscriptionIdRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubToppedUp)
				if err := _DeliveryHub.contract.UnpackLog(event, "ToppedUp", log); err != nil {
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

// ParseToppedUp is a log parse operation binding the contract event 0xc00dc4ed0adb8d1c5a6fbaf927812037f8c0326274d9b90a25675650eceb0561.
//
// Solidity: event ToppedUp(uint256 indexed subscriptionId, address indexed from, uint256 amount, uint256 deposit)
func (_DeliveryHub *DeliveryHubFilterer) ParseToppedUp(log types.Log) (*DeliveryHubToppedUp, error) {
	event := new(DeliveryHubToppedUp)
	if err := _DeliveryHub.contract.UnpackLog(event, "ToppedUp", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeliveryHubWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the DeliveryHub contract.
type DeliveryHubWithdrawnIterator struct {
	Event *DeliveryHubWithdrawn // Event containing the contract specifics and raw log

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
func (it *DeliveryHubWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeliveryHubWithdrawn)
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
		it.Event = new(DeliveryHubWithdrawn)
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
func (it *DeliveryHubWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeliveryHubWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeliveryHubWithdrawn represents a Withdrawn event raised by the DeliveryHub contract.
type DeliveryHubWithdrawn struct {
	Deliverer common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed deliverer, uint256 amount)
func (_DeliveryHub *DeliveryHubFilterer) FilterWithdrawn(opts *bind.FilterOpts, deliverer []common.Address) (*DeliveryHubWithdrawnIterator, error) {

	var delivererRule []interface{}
	for _, delivererItem := range deliverer {
		delivererRule = append(delivererRule, delivererItem)
	}

	logs, sub, err := _DeliveryHub.contract.FilterLogs(opts, "Withdrawn", delivererRule)
	if err != nil {
		return nil, err
	}
	return &DeliveryHubWithdrawnIterator{contract: _DeliveryHub.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed deliverer, uint256 amount)
func (_DeliveryHub *DeliveryHubFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *DeliveryHubWithdrawn, deliverer []common.Address) (event.Subscription, error) {

	var delivererRule []interface{}
	for _, delivererItem := range deliverer {
		delivererRule = append(delivererRule, delivererItem)
	}

	logs, sub, err := _DeliveryHub.contract.WatchLogs(opts, "Withdrawn", delivererRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeliveryHubWithdrawn)
				if err := _DeliveryHub.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed deliverer, uint256 amount)
func (_DeliveryHub *DeliveryHubFilterer) ParseWithdrawn(log types.Log) (*DeliveryHubWithdrawn, error) {
	event := new(DeliveryHubWithdrawn)
	if err := _DeliveryHub.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
