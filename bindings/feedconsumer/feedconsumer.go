// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feedconsumer

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

// FeedConsumerMetaData contains all meta data concerning the FeedConsumer contract.
var FeedConsumerMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"hub_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"count\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasValue\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hub\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestContent\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestSequence\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestTimestamp\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestValue\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onStreamEvent\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"sequence\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"content\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"error\",\"name\":\"NotHub\",\"inputs\":[]}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610875380380610875833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516107f06100855f395f818161010301526102c101526107f05ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80634ab5cc82116100585780634ab5cc821461017a5780638205bf6a14610191578063991d9da2146101a4578063f8182e1d146101b9575f5ffd5b806306661abd1461008957806315140bd1146100ca578063365a86fc146100fe578063452b857b1461014a575b5f5ffd5b5f546100ac906c01000000000000000000000000900467ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020015b60405180910390f35b5f546100ee9074010000000000000000000000000000000000000000900460ff1681565b60405190151581526020016100c1565b6101257f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100c1565b5f546101659068010000000000000000900463ffffffff1681565b60405163ffffffff90911681526020016100c1565b61018360015481565b6040519081526020016100c1565b5f546100ac9067ffffffffffffffff1681565b6101ac6101ce565b6040516100c191906103fc565b6101cc6101c736600461048a565b6102a9565b005b5f5460609074010000000000000000000000000000000000000000900460ff1661028057600280546101ff90610558565b80601f016020809104026020016040519081016040528092919081815260200182805461022b90610558565b80156102765780601f1061024d57610100808354040283529160200191610276565b820191905f5260205f20905b81548152906001019060200180831161025957829003601f168201915b5050505050905090565b60015460405160200161029591815260200190565b604051602081830303815290604052905090565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610318576040517f9de9741800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6020811480156103345761032c82846105a9565b600155610343565b600261034183858361065f565b505b5f805467ffffffffffffffff8781167fffffffffffffffffffffffffffffffffffffffff000000000000000000000000909216919091176801000000000000000063ffffffff8816021780835560019291600c916103b39185916c01000000000000000000000000900416610775565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550805f60146101000a81548160ff0219169083151502179055505050505050505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610472575f5ffd5b919050565b803563ffffffff81168114610472575f5ffd5b5f5f5f5f5f5f5f60c0888a0312156104a0575f5ffd5b6104a98861044f565b96506104b760208901610477565b95506104c56040890161044f565b9450606088013567ffffffffffffffff811681146104e1575f5ffd5b93506104ef60808901610477565b925060a088013567ffffffffffffffff81111561050a575f5ffd5b8801601f81018a1361051a575f5ffd5b803567ffffffffffffffff811115610530575f5ffd5b8a6020828401011115610541575f5ffd5b602082019350809250505092959891949750929550565b600181811c9082168061056c57607f821691505b6020821081036105a3577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b803560208310156105e0577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b165b92915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f82111561065a57805f5260205f20601f840160051c810160208510156106385750805b601f840160051c820191505b81811015610657575f8155600101610644565b50505b505050565b67ffffffffffffffff831115610677576106776105e6565b61068b836106858354610558565b83610613565b5f601f8411600181146106db575f85156106a55750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355610657565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156107285786850135825560209485019460019092019101610708565b5086821015610763577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b67ffffffffffffffff81811683821601908111156105e0577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea26469706673582212207856532418b4e98a347cf6c9668abb0479a64e379189953d85381b19b7acfa6764736f6c634300081e0033",
}

// FeedConsumerABI is the input ABI used to generate the binding from.
// Deprecated: Use FeedConsumerMetaData.ABI instead.
var FeedConsumerABI = FeedConsumerMetaData.ABI

// FeedConsumerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use FeedConsumerMetaData.Bin instead.
var FeedConsumerBin = FeedConsumerMetaData.Bin

// DeployFeedConsumer deploys a new Ethereum contract, binding an instance of FeedConsumer to it.
func DeployFeedConsumer(auth *bind.TransactOpts, backend bind.ContractBackend, hub_ common.Address) (common.Address, *types.Transaction, *FeedConsumer, error) {
	parsed, err := FeedConsumerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(FeedConsumerBin), backend, hub_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &FeedConsumer{FeedConsumerCaller: FeedConsumerCaller{contract: contract}, FeedConsumerTransactor: FeedConsumerTransactor{contract: contract}, FeedConsumerFilterer: FeedConsumerFilterer{contract: contract}}, nil
}

// FeedConsumer is an auto generated Go binding around an Ethereum contract.
type FeedConsumer struct {
	FeedConsumerCaller     // Read-only binding to the contract
	FeedConsumerTransactor // Write-only binding to the contract
	FeedConsumerFilterer   // Log filterer for contract events
}

// FeedConsumerCaller is an auto generated read-only Go binding around an Ethereum contract.
type FeedConsumerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeedConsumerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type FeedConsumerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeedConsumerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type FeedConsumerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// FeedConsumerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type FeedConsumerSession struct {
	Contract     *FeedConsumer     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// FeedConsumerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type FeedConsumerCallerSession struct {
	Contract *FeedConsumerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// FeedConsumerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type FeedConsumerTransactorSession struct {
	Contract     *FeedConsumerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// FeedConsumerRaw is an auto generated low-level Go binding around an Ethereum contract.
type FeedConsumerRaw struct {
	Contract *FeedConsumer // Generic contract binding to access the raw methods on
}

// FeedConsumerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type FeedConsumerCallerRaw struct {
	Contract *FeedConsumerCaller // Generic read-only contract binding to access the raw methods on
}

// FeedConsumerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type FeedConsumerTransactorRaw struct {
	Contract *FeedConsumerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewFeedConsumer creates a new instance of FeedConsumer, bound to a specific deployed contract.
func NewFeedConsumer(address common.Address, backend bind.ContractBackend) (*FeedConsumer, error) {
	contract, err := bindFeedConsumer(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &FeedConsumer{FeedConsumerCaller: FeedConsumerCaller{contract: contract}, FeedConsumerTransactor: FeedConsumerTransactor{contract: contract}, FeedConsumerFilterer: FeedConsumerFilterer{contract: contract}}, nil
}

// NewFeedConsumerCaller creates a new read-only instance of FeedConsumer, bound to a specific deployed contract.
func NewFeedConsumerCaller(address common.Address, caller bind.ContractCaller) (*FeedConsumerCaller, error) {
	contract, err := bindFeedConsumer(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &FeedConsumerCaller{contract: contract}, nil
}

// NewFeedConsumerTransactor creates a new write-only instance of FeedConsumer, bound to a specific deployed contract.
func NewFeedConsumerTransactor(address common.Address, transactor bind.ContractTransactor) (*FeedConsumerTransactor, error) {
	contract, err := bindFeedConsumer(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &FeedConsumerTransactor{contract: contract}, nil
}

// NewFeedConsumerFilterer creates a new log filterer instance of FeedConsumer, bound to a specific deployed contract.
func NewFeedConsumerFilterer(address common.Address, filterer bind.ContractFilterer) (*FeedConsumerFilterer, error) {
	contract, err := bindFeedConsumer(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &FeedConsumerFilterer{contract: contract}, nil
}

// bindFeedConsumer binds a generic wrapper to an already deployed contract.
func bindFeedConsumer(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := FeedConsumerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeedConsumer *FeedConsumerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeedConsumer.Contract.FeedConsumerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeedConsumer *FeedConsumerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeedConsumer.Contract.FeedConsumerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeedConsumer *FeedConsumerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeedConsumer.Contract.FeedConsumerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_FeedConsumer *FeedConsumerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _FeedConsumer.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_FeedConsumer *FeedConsumerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _FeedConsumer.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_FeedConsumer *FeedConsumerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _FeedConsumer.Contract.contract.Transact(opts, method, params...)
}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_FeedConsumer *FeedConsumerCaller) Count(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "count")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_FeedConsumer *FeedConsumerSession) Count() (uint64, error) {
	return _FeedConsumer.Contract.Count(&_FeedConsumer.CallOpts)
}

// Count is a free data retrieval call binding the contract method 0x06661abd.
//
// Solidity: function count() view returns(uint64)
func (_FeedConsumer *FeedConsumerCallerSession) Count() (uint64, error) {
	return _FeedConsumer.Contract.Count(&_FeedConsumer.CallOpts)
}

// HasValue is a free data retrieval call binding the contract method 0x15140bd1.
//
// Solidity: function hasValue() view returns(bool)
func (_FeedConsumer *FeedConsumerCaller) HasValue(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "hasValue")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasValue is a free data retrieval call binding the contract method 0x15140bd1.
//
// Solidity: function hasValue() view returns(bool)
func (_FeedConsumer *FeedConsumerSession) HasValue() (bool, error) {
	return _FeedConsumer.Contract.HasValue(&_FeedConsumer.CallOpts)
}

// HasValue is a free data retrieval call binding the contract method 0x15140bd1.
//
// Solidity: function hasValue() view returns(bool)
func (_FeedConsumer *FeedConsumerCallerSession) HasValue() (bool, error) {
	return _FeedConsumer.Contract.HasValue(&_FeedConsumer.CallOpts)
}

// Hub is a free data retrieval call binding the contract method 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (_FeedConsumer *FeedConsumerCaller) Hub(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "hub")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Hub is a free data retrieval call binding the contract method 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (_FeedConsumer *FeedConsumerSession) Hub() (common.Address, error) {
	return _FeedConsumer.Contract.Hub(&_FeedConsumer.CallOpts)
}

// Hub is a free data retrieval call binding the contract method 0x365a86fc.
//
// Solidity: function hub() view returns(address)
func (_FeedConsumer *FeedConsumerCallerSession) Hub() (common.Address, error) {
	return _FeedConsumer.Contract.Hub(&_FeedConsumer.CallOpts)
}

// LatestContent is a free data retrieval call binding the contract method 0x991d9da2.
//
// Solidity: function latestContent() view returns(bytes)
func (_FeedConsumer *FeedConsumerCaller) LatestContent(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "latestContent")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LatestContent is a free data retrieval call binding the contract method 0x991d9da2.
//
// Solidity: function latestContent() view returns(bytes)
func (_FeedConsumer *FeedConsumerSession) LatestContent() ([]byte, error) {
	return _FeedConsumer.Contract.LatestContent(&_FeedConsumer.CallOpts)
}

// LatestContent is a free data retrieval call binding the contract method 0x991d9da2.
//
// Solidity: function latestContent() view returns(bytes)
func (_FeedConsumer *FeedConsumerCallerSession) LatestContent() ([]byte, error) {
	return _FeedConsumer.Contract.LatestContent(&_FeedConsumer.CallOpts)
}

// LatestSequence is a free data retrieval call binding the contract method 0x452b857b.
//
// Solidity: function latestSequence() view returns(uint32)
func (_FeedConsumer *FeedConsumerCaller) LatestSequence(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "latestSequence")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// LatestSequence is a free data retrieval call binding the contract method 0x452b857b.
//
// Solidity: function latestSequence() view returns(uint32)
func (_FeedConsumer *FeedConsumerSession) LatestSequence() (uint32, error) {
	return _FeedConsumer.Contract.LatestSequence(&_FeedConsumer.CallOpts)
}

// LatestSequence is a free data retrieval call binding the contract method 0x452b857b.
//
// Solidity: function latestSequence() view returns(uint32)
func (_FeedConsumer *FeedConsumerCallerSession) LatestSequence() (uint32, error) {
	return _FeedConsumer.Contract.LatestSequence(&_FeedConsumer.CallOpts)
}

// LatestTimestamp is a free data retrieval call binding the contract method 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint64)
func (_FeedConsumer *FeedConsumerCaller) LatestTimestamp(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "latestTimestamp")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestTimestamp is a free data retrieval call binding the contract method 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint64)
func (_FeedConsumer *FeedConsumerSession) LatestTimestamp() (uint64, error) {
	return _FeedConsumer.Contract.LatestTimestamp(&_FeedConsumer.CallOpts)
}

// LatestTimestamp is a free data retrieval call binding the contract method 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint64)
func (_FeedConsumer *FeedConsumerCallerSession) LatestTimestamp() (uint64, error) {
	return _FeedConsumer.Contract.LatestTimestamp(&_FeedConsumer.CallOpts)
}

// LatestValue is a free data retrieval call binding the contract method 0x4ab5cc82.
//
// Solidity: function latestValue() view returns(uint256)
func (_FeedConsumer *FeedConsumerCaller) LatestValue(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _FeedConsumer.contract.Call(opts, &out, "latestValue")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LatestValue is a free data retrieval call binding the contract method 0x4ab5cc82.
//
// Solidity: function latestValue() view returns(uint256)
func (_FeedConsumer *FeedConsumerSession) LatestValue() (*big.Int, error) {
	return _FeedConsumer.Contract.LatestValue(&_FeedConsumer.CallOpts)
}

// LatestValue is a free data retrieval call binding the contract method 0x4ab5cc82.
//
// Solidity: function latestValue() view returns(uint256)
func (_FeedConsumer *FeedConsumerCallerSession) LatestValue() (*big.Int, error) {
	return _FeedConsumer.Contract.LatestValue(&_FeedConsumer.CallOpts)
}

// OnStreamEvent is a paid mutator transaction binding the contract method 0xf8182e1d.
//
// Solidity: function onStreamEvent(address , uint32 , address , uint64 timestamp, uint32 sequence, bytes content) returns()
func (_FeedConsumer *FeedConsumerTransactor) OnStreamEvent(opts *bind.TransactOpts, arg0 common.Address, arg1 uint32, arg2 common.Address, timestamp uint64, sequence uint32, content []byte) (*types.Transaction, error) {
	return _FeedConsumer.contract.Transact(opts, "onStreamEvent", arg0, arg1, arg2, timestamp, sequence, content)
}

// OnStreamEvent is a paid mutator transaction binding the contract method 0xf8182e1d.
//
// Solidity: function onStreamEvent(address , uint32 , address , uint64 timestamp, uint32 sequence, bytes content) returns()
func (_FeedConsumer *FeedConsumerSession) OnStreamEvent(arg0 common.Address, arg1 uint32, arg2 common.Address, timestamp uint64, sequence uint32, content []byte) (*types.Transaction, error) {
	return _FeedConsumer.Contract.OnStreamEvent(&_FeedConsumer.TransactOpts, arg0, arg1, arg2, timestamp, sequence, content)
}

// OnStreamEvent is a paid mutator transaction binding the contract method 0xf8182e1d.
//
// Solidity: function onStreamEvent(address , uint32 , address , uint64 timestamp, uint32 sequence, bytes content) returns()
func (_FeedConsumer *FeedConsumerTransactorSession) OnStreamEvent(arg0 common.Address, arg1 uint32, arg2 common.Address, timestamp uint64, sequence uint32, content []byte) (*types.Transaction, error) {
	return _FeedConsumer.Contract.OnStreamEvent(&_FeedConsumer.TransactOpts, arg0, arg1, arg2, timestamp, sequence, content)
}
