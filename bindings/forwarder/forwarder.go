// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package forwarder

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

// ERC2771ForwarderForwardRequestData is an auto generated low-level Go binding around an user-defined struct.
type ERC2771ForwarderForwardRequestData struct {
	From      common.Address
	To        common.Address
	Value     *big.Int
	Gas       *big.Int
	Deadline  *big.Int
	Data      []byte
	Signature []byte
}

// StreamrForwarderMetaData contains all meta data concerning the StreamrForwarder contract.
var StreamrForwarderMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"executeBatch\",\"inputs\":[{\"name\":\"requests\",\"type\":\"tuple[]\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData[]\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]},{\"name\":\"refundReceiver\",\"type\":\"address\",\"internalType\":\"addresspayable\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"request\",\"type\":\"tuple\",\"internalType\":\"structERC2771Forwarder.ForwardRequestData\",\"components\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExecutedForwardRequest\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ERC2771ForwarderExpiredRequest\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"ERC2771ForwarderInvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2771ForwarderMismatchedValue\",\"inputs\":[{\"name\":\"requestedValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"msgValue\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2771UntrustfulTarget\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	Bin: "0x610160604052348015610010575f5ffd5b50604080518082018252601081526f29ba3932b0b6b92337b93bb0b93232b960811b602080830191909152825180840190935260018352603160f81b9083015290819061005d825f610107565b6101205261006c816001610107565b61014052815160208084019190912060e052815190820120610100524660a0526100f860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05250610329565b5f6020835110156101225761011b83610139565b9050610133565b8161012d8482610217565b5060ff90505b92915050565b5f5f829050601f8151111561016c578260405163305a27a960e01b815260040161016391906102d1565b60405180910390fd5b805161017782610306565b179392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101a757607f821691505b6020821081036101c557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561021257805f5260205f20601f840160051c810160208510156101f05750805b601f840160051c820191505b8181101561020f575f81556001016101fc565b50505b505050565b81516001600160401b038111156102305761023061017f565b6102448161023e8454610193565b846101cb565b6020601f821160018114610276575f831561025f5750848201515b5f19600385901b1c1916600184901b17845561020f565b5f84815260208120601f198516915b828110156102a55787850151825560209485019460019092019101610285565b50848210156102c257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101c5575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161126b61037a5f395f61044801525f61041701525f610c7f01525f610c5701525f610bb201525f610bdc01525f610c06015261126b5ff3fe608060405260043610610058575f3560e01c806384b0196e1161004157806384b0196e146100df578063ccf96b4a14610106578063df905caf1461011b575f5ffd5b806319d8d38c1461005c5780637ecebe0014610090575b5f5ffd5b348015610067575f5ffd5b5061007b610076366004610e02565b61012e565b60405190151581526020015b60405180910390f35b34801561009b575f5ffd5b506100d16100aa366004610e61565b73ffffffffffffffffffffffffffffffffffffffff165f9081526002602052604090205490565b604051908152602001610087565b3480156100ea575f5ffd5b506100f361015e565b6040516100879796959493929190610ec8565b610119610114366004610f87565b6101bc565b005b610119610129366004610e02565b6102e7565b5f5f5f5f61013b85610374565b5092509250925082801561014c5750815b80156101555750805b95945050505050565b5f6060805f5f5f606061016f610410565b610177610441565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b73ffffffffffffffffffffffffffffffffffffffff8116155f80805b85811015610287578686828181106101f2576101f2611009565b90506020028101906102049190611036565b610212906040013584611072565b92505f61024288888481811061022a5761022a611009565b905060200281019061023c9190611036565b8661046e565b90508061027e5787878381811061025b5761025b611009565b905060200281019061026d9190611036565b61027b906040013584611072565b92505b506001016101d8565b503482146102cf576040517f70647f79000000000000000000000000000000000000000000000000000000008152600481018390523460248201526044015b60405180910390fd5b80156102df576102df84826106c8565b505050505050565b8060400135341461033057604080517f70647f790000000000000000000000000000000000000000000000000000000081529082013560048201523460248201526044016102c6565b61033b81600161046e565b610371576040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50565b5f5f5f5f5f5f61038387610780565b90925090506103a061039b6040890160208a01610e61565b6108ff565b426103b160a08a0160808b016110aa565b65ffffffffffff1610158380156103ff57506103d060208a018a610e61565b73ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff16145b919750955093509150509193509193565b606061043c7f00000000000000000000000000000000000000000000000000000000000000005f6109c4565b905090565b606061043c7f000000000000000000000000000000000000000000000000000000000000000060016109c4565b5f5f5f5f5f61047c87610374565b935093509350935085156105a757836104f05761049f6040880160208901610e61565b6040517fd2650cd100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff90911660048201523060248201526044016102c6565b826105425761050560a08801608089016110aa565b6040517f94eef58a00000000000000000000000000000000000000000000000000000000815265ffffffffffff90911660048201526024016102c6565b816105a757806105556020890189610e61565b6040517fc845a05600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9283166004820152911660248201526044016102c6565b8380156105b15750815b80156105ba5750825b156106be5773ffffffffffffffffffffffffffffffffffffffff81165f908152600260205260408120805460018101909155905060608801355f61060460408b0160208c01610e61565b905060408a01355f61061960a08d018d6110cf565b61062660208f018f610e61565b60405160200161063893929190611137565b60405160208183030381529060405290505f5f5f83516020850186888af19a505a9050610665818e610a6f565b604080518781528c1515602082015273ffffffffffffffffffffffffffffffffffffffff8916917f842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c910160405180910390a25050505050505b5050505092915050565b8047101561070b576040517fcf479181000000000000000000000000000000000000000000000000000000008152476004820152602481018290526044016102c6565b5f5f8373ffffffffffffffffffffffffffffffffffffffff16836040515f6040518083038185875af1925050503d805f8114610762576040519150601f19603f3d011682016040523d82523d5f602084013e610767565b606091505b50915091508161077a5761077a81610a8b565b50505050565b5f8080806108da61079460c08701876110cf565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108d492507f7f96328b83274ebc7c1cf4f7a3abda602b51a78b7fa1d86a2ce353d75e587cac91506107fb905060208a018a610e61565b61080b60408b0160208c01610e61565b60408b013560608c01356108256100aa60208f018f610e61565b8d608001602081019061083891906110aa565b8e8060a0019061084891906110cf565b604051610856929190611170565b60408051918290038220602083019990995273ffffffffffffffffffffffffffffffffffffffff97881690820152959094166060860152608085019290925260a084015260c083015265ffffffffffff1660e08201526101008101919091526101200160405160208183030381529060405280519060200120610acc565b90610b13565b5090925090505f8160038111156108f3576108f361117f565b14959194509092505050565b6040513060248201525f908190604401604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052602080820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f572b6c050000000000000000000000000000000000000000000000000000000017815282519293505f928392839290918391895afa92503d91505f5190508280156109af575060208210155b80156109ba57505f81115b9695505050505050565b606060ff83146109de576109d783610b5c565b9050610a69565b8180546109ea906111ac565b80601f0160208091040260200160405190810160405280929190818152602001828054610a16906111ac565b8015610a615780601f10610a3857610100808354040283529160200191610a61565b820191905f5260205f20905b815481529060010190602001808311610a4457829003601f168201915b505050505090505b92915050565b610a7e603f60608301356111fd565b821015610a8757fe5b5050565b805115610a9a57805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610a69610ad8610b99565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f8351604103610b4a576020840151604085015160608601515f1a610b3c88828585610ccf565b955095509550505050610b55565b505081515f91506002905b9250925092565b60605f610b6883610dc2565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015610bfe57507f000000000000000000000000000000000000000000000000000000000000000046145b15610c2857507f000000000000000000000000000000000000000000000000000000000000000090565b61043c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610d0857505f91506003905082610db8565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610d59573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610daf57505f925060019150829050610db8565b92505f91508190505b9450945094915050565b5f60ff8216601f811115610a69576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215610e12575f5ffd5b813567ffffffffffffffff811115610e28575f5ffd5b820160e08185031215610e39575f5ffd5b9392505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610371575f5ffd5b5f60208284031215610e71575f5ffd5b8135610e3981610e40565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f610f0260e0830189610e7c565b8281036040840152610f148189610e7c565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610f76578351835260209384019390920191600101610f58565b50909b9a5050505050505050505050565b5f5f5f60408486031215610f99575f5ffd5b833567ffffffffffffffff811115610faf575f5ffd5b8401601f81018613610fbf575f5ffd5b803567ffffffffffffffff811115610fd5575f5ffd5b8660208260051b8401011115610fe9575f5ffd5b602091820194509250840135610ffe81610e40565b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff21833603018112611068575f5ffd5b9190910192915050565b80820180821115610a69577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f602082840312156110ba575f5ffd5b813565ffffffffffff81168114610e39575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611102575f5ffd5b83018035915067ffffffffffffffff82111561111c575f5ffd5b602001915036819003821315611130575f5ffd5b9250929050565b8284823760609190911b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169101908152601401919050565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600181811c908216806111c057607f821691505b6020821081036111f7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f82611230577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212200232862068b96ce5826d7d71d19d3287dc126ee29f45050bd146ecae94f9900b64736f6c634300081e0033",
}

// StreamrForwarderABI is the input ABI used to generate the binding from.
// Deprecated: Use StreamrForwarderMetaData.ABI instead.
var StreamrForwarderABI = StreamrForwarderMetaData.ABI

// StreamrForwarderBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StreamrForwarderMetaData.Bin instead.
var StreamrForwarderBin = StreamrForwarderMetaData.Bin

// DeployStreamrForwarder deploys a new Ethereum contract, binding an instance of StreamrForwarder to it.
func DeployStreamrForwarder(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *StreamrForwarder, error) {
	parsed, err := StreamrForwarderMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StreamrForwarderBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &StreamrForwarder{StreamrForwarderCaller: StreamrForwarderCaller{contract: contract}, StreamrForwarderTransactor: StreamrForwarderTransactor{contract: contract}, StreamrForwarderFilterer: StreamrForwarderFilterer{contract: contract}}, nil
}

// StreamrForwarder is an auto generated Go binding around an Ethereum contract.
type StreamrForwarder struct {
	StreamrForwarderCaller     // Read-only binding to the contract
	StreamrForwarderTransactor // Write-only binding to the contract
	StreamrForwarderFilterer   // Log filterer for contract events
}

// StreamrForwarderCaller is an auto generated read-only Go binding around an Ethereum contract.
type StreamrForwarderCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamrForwarderTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StreamrForwarderTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamrForwarderFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StreamrForwarderFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamrForwarderSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StreamrForwarderSession struct {
	Contract     *StreamrForwarder // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StreamrForwarderCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StreamrForwarderCallerSession struct {
	Contract *StreamrForwarderCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// StreamrForwarderTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StreamrForwarderTransactorSession struct {
	Contract     *StreamrForwarderTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// StreamrForwarderRaw is an auto generated low-level Go binding around an Ethereum contract.
type StreamrForwarderRaw struct {
	Contract *StreamrForwarder // Generic contract binding to access the raw methods on
}

// StreamrForwarderCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StreamrForwarderCallerRaw struct {
	Contract *StreamrForwarderCaller // Generic read-only contract binding to access the raw methods on
}

// StreamrForwarderTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StreamrForwarderTransactorRaw struct {
	Contract *StreamrForwarderTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStreamrForwarder creates a new instance of StreamrForwarder, bound to a specific deployed contract.
func NewStreamrForwarder(address common.Address, backend bind.ContractBackend) (*StreamrForwarder, error) {
	contract, err := bindStreamrForwarder(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &StreamrForwarder{StreamrForwarderCaller: StreamrForwarderCaller{contract: contract}, StreamrForwarderTransactor: StreamrForwarderTransactor{contract: contract}, StreamrForwarderFilterer: StreamrForwarderFilterer{contract: contract}}, nil
}

// NewStreamrForwarderCaller creates a new read-only instance of StreamrForwarder, bound to a specific deployed contract.
func NewStreamrForwarderCaller(address common.Address, caller bind.ContractCaller) (*StreamrForwarderCaller, error) {
	contract, err := bindStreamrForwarder(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StreamrForwarderCaller{contract: contract}, nil
}

// NewStreamrForwarderTransactor creates a new write-only instance of StreamrForwarder, bound to a specific deployed contract.
func NewStreamrForwarderTransactor(address common.Address, transactor bind.ContractTransactor) (*StreamrForwarderTransactor, error) {
	contract, err := bindStreamrForwarder(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StreamrForwarderTransactor{contract: contract}, nil
}

// NewStreamrForwarderFilterer creates a new log filterer instance of StreamrForwarder, bound to a specific deployed contract.
func NewStreamrForwarderFilterer(address common.Address, filterer bind.ContractFilterer) (*StreamrForwarderFilterer, error) {
	contract, err := bindStreamrForwarder(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StreamrForwarderFilterer{contract: contract}, nil
}

// bindStreamrForwarder binds a generic wrapper to an already deployed contract.
func bindStreamrForwarder(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StreamrForwarderMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StreamrForwarder *StreamrForwarderRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StreamrForwarder.Contract.StreamrForwarderCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StreamrForwarder *StreamrForwarderRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.StreamrForwarderTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StreamrForwarder *StreamrForwarderRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.StreamrForwarderTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_StreamrForwarder *StreamrForwarderCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _StreamrForwarder.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_StreamrForwarder *StreamrForwarderTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_StreamrForwarder *StreamrForwarderTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.contract.Transact(opts, method, params...)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StreamrForwarder *StreamrForwarderCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _StreamrForwarder.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StreamrForwarder *StreamrForwarderSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StreamrForwarder.Contract.Eip712Domain(&_StreamrForwarder.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_StreamrForwarder *StreamrForwarderCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _StreamrForwarder.Contract.Eip712Domain(&_StreamrForwarder.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StreamrForwarder *StreamrForwarderCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _StreamrForwarder.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StreamrForwarder *StreamrForwarderSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StreamrForwarder.Contract.Nonces(&_StreamrForwarder.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_StreamrForwarder *StreamrForwarderCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _StreamrForwarder.Contract.Nonces(&_StreamrForwarder.CallOpts, owner)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_StreamrForwarder *StreamrForwarderCaller) Verify(opts *bind.CallOpts, request ERC2771ForwarderForwardRequestData) (bool, error) {
	var out []interface{}
	err := _StreamrForwarder.contract.Call(opts, &out, "verify", request)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_StreamrForwarder *StreamrForwarderSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _StreamrForwarder.Contract.Verify(&_StreamrForwarder.CallOpts, request)
}

// Verify is a free data retrieval call binding the contract method 0x19d8d38c.
//
// Solidity: function verify((address,address,uint256,uint256,uint48,bytes,bytes) request) view returns(bool)
func (_StreamrForwarder *StreamrForwarderCallerSession) Verify(request ERC2771ForwarderForwardRequestData) (bool, error) {
	return _StreamrForwarder.Contract.Verify(&_StreamrForwarder.CallOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_StreamrForwarder *StreamrForwarderTransactor) Execute(opts *bind.TransactOpts, request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _StreamrForwarder.contract.Transact(opts, "execute", request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_StreamrForwarder *StreamrForwarderSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.Execute(&_StreamrForwarder.TransactOpts, request)
}

// Execute is a paid mutator transaction binding the contract method 0xdf905caf.
//
// Solidity: function execute((address,address,uint256,uint256,uint48,bytes,bytes) request) payable returns()
func (_StreamrForwarder *StreamrForwarderTransactorSession) Execute(request ERC2771ForwarderForwardRequestData) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.Execute(&_StreamrForwarder.TransactOpts, request)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_StreamrForwarder *StreamrForwarderTransactor) ExecuteBatch(opts *bind.TransactOpts, requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _StreamrForwarder.contract.Transact(opts, "executeBatch", requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_StreamrForwarder *StreamrForwarderSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.ExecuteBatch(&_StreamrForwarder.TransactOpts, requests, refundReceiver)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0xccf96b4a.
//
// Solidity: function executeBatch((address,address,uint256,uint256,uint48,bytes,bytes)[] requests, address refundReceiver) payable returns()
func (_StreamrForwarder *StreamrForwarderTransactorSession) ExecuteBatch(requests []ERC2771ForwarderForwardRequestData, refundReceiver common.Address) (*types.Transaction, error) {
	return _StreamrForwarder.Contract.ExecuteBatch(&_StreamrForwarder.TransactOpts, requests, refundReceiver)
}

// StreamrForwarderEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the StreamrForwarder contract.
type StreamrForwarderEIP712DomainChangedIterator struct {
	Event *StreamrForwarderEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *StreamrForwarderEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamrForwarderEIP712DomainChanged)
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
		it.Event = new(StreamrForwarderEIP712DomainChanged)
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
func (it *StreamrForwarderEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamrForwarderEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamrForwarderEIP712DomainChanged represents a EIP712DomainChanged event raised by the StreamrForwarder contract.
type StreamrForwarderEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StreamrForwarder *StreamrForwarderFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*StreamrForwarderEIP712DomainChangedIterator, error) {

	logs, sub, err := _StreamrForwarder.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &StreamrForwarderEIP712DomainChangedIterator{contract: _StreamrForwarder.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StreamrForwarder *StreamrForwarderFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *StreamrForwarderEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _StreamrForwarder.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamrForwarderEIP712DomainChanged)
				if err := _StreamrForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_StreamrForwarder *StreamrForwarderFilterer) ParseEIP712DomainChanged(log types.Log) (*StreamrForwarderEIP712DomainChanged, error) {
	event := new(StreamrForwarderEIP712DomainChanged)
	if err := _StreamrForwarder.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamrForwarderExecutedForwardRequestIterator is returned from FilterExecutedForwardRequest and is used to iterate over the raw logs and unpacked data for ExecutedForwardRequest events raised by the StreamrForwarder contract.
type StreamrForwarderExecutedForwardRequestIterator struct {
	Event *StreamrForwarderExecutedForwardRequest // Event containing the contract specifics and raw log

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
func (it *StreamrForwarderExecutedForwardRequestIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamrForwarderExecutedForwardRequest)
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
		it.Event = new(StreamrForwarderExecutedForwardRequest)
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
func (it *StreamrForwarderExecutedForwardRequestIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamrForwarderExecutedForwardRequestIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamrForwarderExecutedForwardRequest represents a ExecutedForwardRequest event raised by the StreamrForwarder contract.
type StreamrForwarderExecutedForwardRequest struct {
	Signer  common.Address
	Nonce   *big.Int
	Success bool
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterExecutedForwardRequest is a free log retrieval operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_StreamrForwarder *StreamrForwarderFilterer) FilterExecutedForwardRequest(opts *bind.FilterOpts, signer []common.Address) (*StreamrForwarderExecutedForwardRequestIterator, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _StreamrForwarder.contract.FilterLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return &StreamrForwarderExecutedForwardRequestIterator{contract: _StreamrForwarder.contract, event: "ExecutedForwardRequest", logs: logs, sub: sub}, nil
}

// WatchExecutedForwardRequest is a free log subscription operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_StreamrForwarder *StreamrForwarderFilterer) WatchExecutedForwardRequest(opts *bind.WatchOpts, sink chan<- *StreamrForwarderExecutedForwardRequest, signer []common.Address) (event.Subscription, error) {

	var signerRule []interface{}
	for _, signerItem := range signer {
		signerRule = append(signerRule, signerItem)
	}

	logs, sub, err := _StreamrForwarder.contract.WatchLogs(opts, "ExecutedForwardRequest", signerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamrForwarderExecutedForwardRequest)
				if err := _StreamrForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
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

// ParseExecutedForwardRequest is a log parse operation binding the contract event 0x842fb24a83793558587a3dab2be7674da4a51d09c5542d6dd354e5d0ea70813c.
//
// Solidity: event ExecutedForwardRequest(address indexed signer, uint256 nonce, bool success)
func (_StreamrForwarder *StreamrForwarderFilterer) ParseExecutedForwardRequest(log types.Log) (*StreamrForwarderExecutedForwardRequest, error) {
	event := new(StreamrForwarderExecutedForwardRequest)
	if err := _StreamrForwarder.contract.UnpackLog(event, "ExecutedForwardRequest", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
