// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package datalicense

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

// DataLicenseDeliveryProof is an auto generated low-level Go binding around an user-defined struct.
type DataLicenseDeliveryProof struct {
	NetworkPartition uint32
	StreamIndex      uint32
	StreamPartition  uint32
	Count            uint64
	RollingHash      [32]byte
	Proof            [][32]byte
}

// DataLicenseLicense is an auto generated low-level Go binding around an user-defined struct.
type DataLicenseLicense struct {
	Cur  DataLicenseTerm
	Prev DataLicenseTerm
}

// DataLicensePermit is an auto generated low-level Go binding around an user-defined struct.
type DataLicensePermit struct {
	Deadline *big.Int
	V        uint8
	R        [32]byte
	S        [32]byte
}

// DataLicenseProduct is an auto generated low-level Go binding around an user-defined struct.
type DataLicenseProduct struct {
	RequiredAttester common.Address
	MinSeconds       uint64
	Active           bool
	Beneficiary      common.Address
	PricePerSecond   *big.Int
	Owner            common.Address
	Streams          []common.Address
	TermsCID         string
	Metadata         string
}

// DataLicenseTerm is an auto generated low-level Go binding around an user-defined struct.
type DataLicenseTerm struct {
	Start     *big.Int
	Expiry    *big.Int
	Unsettled *big.Int
	Escrow    *big.Int
}

// DataLicenseMetaData contains all meta data concerning the DataLicense contract.
var DataLicenseMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"coordinator_\",\"type\":\"address\",\"internalType\":\"contractINetworkCoordinator\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"refundGracePeriod_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ATTESTATION_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_GRACE_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SECONDS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_STREAMS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestationDigest\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"buy\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"buyFor\",\"inputs\":[{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"attesterDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attesterSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"buyWithPermit\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"encryptionKey\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"attesterDeadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attesterSig\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"permit\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.Permit\",\"components\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"coordinator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractINetworkCoordinator\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createProduct\",\"inputs\":[{\"name\":\"beneficiary\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"streams\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"pricePerSecond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"minSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"termsCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"requiredAttester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deactivateProduct\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deliveryLeaf\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"streamPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollingHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"escrowOf\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"expiryOf\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"flag\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"flagCount\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isReleased\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"license\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.License\",\"components\":[{\"name\":\"cur\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.Term\",\"components\":[{\"name\":\"start\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"expiry\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"unsettled\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"escrow\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]},{\"name\":\"prev\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.Term\",\"components\":[{\"name\":\"start\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"expiry\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"unsettled\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"escrow\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onTokenTransfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owed\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"product\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.Product\",\"components\":[{\"name\":\"requiredAttester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerSecond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"streams\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"termsCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"productCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"productStreams\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quote\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"refund\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"refundGracePeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"release\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proof\",\"type\":\"tuple\",\"internalType\":\"structDataLicense.DeliveryProof\",\"components\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"streamIndex\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"streamPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"count\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rollingHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeBps\",\"inputs\":[{\"name\":\"feeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRefundGracePeriod\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateProduct\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pricePerSecond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"minSeconds\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"termsCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"requiredAttester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeChanged\",\"inputs\":[{\"name\":\"feeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Flagged\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GracePeriodChanged\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LicensePurchased\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"seconds_\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newExpiry\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PaymentReleased\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProductCreated\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"streams\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"pricePerSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"termsCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"requiredAttester\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProductDeactivated\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProductUpdated\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"beneficiary\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"streams\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"pricePerSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"minSeconds\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"termsCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"requiredAttester\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Refunded\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"buyer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryChanged\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyReleased\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"AmountOverflow\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AttestationExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BelowMinimumSeconds\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minSeconds\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DuplicateStream\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EpochNotAgreed\",\"inputs\":[{\"name\":\"networkPartition\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"FeeTooHigh\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GraceTooLong\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidAttestation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidProof\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSeconds\",\"inputs\":[{\"name\":\"seconds_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidStreamIndex\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LicenseNotGranter\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NoDeliveries\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NoStreams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotLicensed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotProductOwner\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotStreamGranter\",\"inputs\":[{\"name\":\"stream\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotToken\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToRefund\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToRelease\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PreviousTermUnsettled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProductInactive\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TooManyStreams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"UnknownProduct\",\"inputs\":[{\"name\":\"productId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"WrongAmount\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x6101c0604052348015610010575f5ffd5b5060405161529438038061529483398101604081905261002f916103f5565b604080518082018252601281527153747265616d72446174614c6963656e736560701b602080830191909152825180840190935260018352603160f81b90830152859161007c825f6102ea565b6101205261008b8160016102ea565b61014052815160208084019190912060e052815190820120610100524660a05261011760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661014e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6101578161031c565b5060016004556001600160a01b038616158061017a57506001600160a01b038516155b8061018c57506001600160a01b038316155b156101aa5760405163d92e233d60e01b815260040160405180910390fd5b6103e861ffff831611156101d7576040516303dc98a160e51b815261ffff83166004820152602401610145565b6301e13380816001600160401b03161115610210576040516308e0ce0960e31b81526001600160401b0382166004820152602401610145565b6001600160a01b0380871661016052851661018081905260408051630afaeebf60e31b815290516357d775f8916004808201926020929091908290030181865afa158015610260573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102849190610479565b6001600160401b039081166101a052600580546001600160a01b03959095166001600160b01b031990951694909417600160a01b61ffff949094169390930292909217600160b01b600160f01b031916600160b01b919092160217905550610643915050565b5f602083511015610305576102fe83610338565b9050610316565b816103108482610531565b5060ff90505b92915050565b600380546001600160a01b031916905561033581610375565b50565b5f5f829050601f81511115610362578260405163305a27a960e01b815260040161014591906105eb565b805161036d82610620565b179392505050565b600280546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0381168114610335575f5ffd5b80516001600160401b03811681146103f0575f5ffd5b919050565b5f5f5f5f5f5f60c0878903121561040a575f5ffd5b8651610415816103c6565b6020880151909650610426816103c6565b6040880151909550610437816103c6565b6060880151909450610448816103c6565b608088015190935061ffff8116811461045f575f5ffd5b915061046d60a088016103da565b90509295509295509295565b5f60208284031215610489575f5ffd5b610492826103da565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806104c157607f821691505b6020821081036104df57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561052c57805f5260205f20601f840160051c8101602085101561050a5750805b601f840160051c820191505b81811015610529575f8155600101610516565b50505b505050565b81516001600160401b0381111561054a5761054a610499565b61055e8161055884546104ad565b846104e5565b6020601f821160018114610590575f83156105795750848201515b5f19600385901b1c1916600184901b178455610529565b5f84815260208120601f198516915b828110156105bf578785015182556020948501946001909201910161059f565b50848210156105dc57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156104df575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a051614ba36106f15f395f81816104da01528181610cf601528181610d590152610d9701525f818161033001526126cf01525f81816107ba01528181610bed0152818161128601528181611a2001528181611d3c015261241301525f612de801525f612db701525f6136c801525f6136a001525f6135fb01525f61362501525f61364f0152614ba35ff3fe608060405234801561000f575f5ffd5b50600436106102d8575f3560e01c80637c47fc3311610187578063db8b7da3116100dd578063e3a4698511610093578063f2fde38b1161006e578063f2fde38b146107a2578063fc0c546a146107b5578063fd77e5de146107dc575f5ffd5b8063e3a469851461075c578063ef2b78001461076f578063f0f442601461078f575f5ffd5b8063dfec1c19116100c3578063dfec1c1914610737578063e0f6ef8714610742578063e30c39781461074b575f5ffd5b8063db8b7da314610705578063df18e04714610718575f5ffd5b80638fdcec961161013d578063a615d22511610118578063a615d225146106d4578063ca62c992146106dc578063d55be8c6146106fc575f5ffd5b80638fdcec961461064857806399c1e84f146106ae578063a4c0ed36146106c1575f5ffd5b806384fe8e781161016d57806384fe8e78146106115780638da5cb5b146106245780638f27a24714610635575f5ffd5b80637c47fc33146105e357806384b0196e146105f6575f5ffd5b80633ccfd60b1161023c57806361d027b3116101f2578063780bd3f1116101cd578063780bd3f1146105a857806379ba5097146105c85780637ad226dc146105d0575f5ffd5b806361d027b3146104fc57806370d61b151461050f578063715018a6146105a0575f5ffd5b80634661964911610222578063466196491461049c5780635300b07e146104a757806357d775f8146104d5575f5ffd5b80633ccfd60b1461048157806345d356a214610489575f5ffd5b8063160dbc47116102915780631efd73a5116102775780631efd73a51461040d57806324a9d85314610420578063315f1a4114610459575f5ffd5b8063160dbc47146103db5780631d203fdf146103fa575f5ffd5b80630a009097116102c15780630a0090971461032b578063113033111461036a57806313c6209a1461037d575f5ffd5b8063023b1fc9146102dc57806307090c1f146102f1575b5f5ffd5b6102ef6102ea366004613b2b565b6107ef565b005b6103187f099a52a8334b4dcf4a69c931ace0acf9b08f0c4a5909fc3de04af404179bf9db81565b6040519081526020015b60405180910390f35b6103527f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610322565b610318610378366004613b62565b6108c4565b6103c261038b366004613b62565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205465010000000000900464ffffffffff1690565b60405167ffffffffffffffff9091168152602001610322565b6103186103e9366004613b83565b600b6020525f908152604090205481565b6102ef610408366004613bb1565b61092d565b6102ef61041b366004613c0f565b610a0c565b6005546104469074010000000000000000000000000000000000000000900461ffff1681565b60405161ffff9091168152602001610322565b61046c610467366004613c5e565b610abd565b60408051928352602083019190915201610322565b6102ef610b44565b610318610497366004613c7e565b610c21565b6103186301e1338081565b6005546103c290760100000000000000000000000000000000000000000000900467ffffffffffffffff1681565b6103c27f000000000000000000000000000000000000000000000000000000000000000081565b600554610352906001600160a01b031681565b61031861051d366004613cf9565b604080516001600160a01b038716602082015263ffffffff86169181019190915267ffffffffffffffff80851660608301528316608082015260a081018290525f9060c00160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905095945050505050565b6102ef610ea0565b6105bb6105b6366004613b83565b610eb1565b6040516103229190613dc2565b6102ef61112b565b6103186105de366004613b62565b611188565b6103186105f1366004613ec8565b6112b9565b6105fe6115e4565b6040516103229796959493929190613fdd565b61031861061f36600461408f565b611642565b6002546001600160a01b0316610352565b6102ef6106433660046140bf565b6116b9565b61069e61065636600461415a565b5f8381526009602090815260408083206001600160a01b0386168452825280832066ffffffffffffff600886901c168452909152902054600160ff83161b1615159392505050565b6040519015158152602001610322565b6102ef6106bc366004614193565b6117d5565b6102ef6106cf36600461424f565b611a0d565b610318602081565b6106ef6106ea366004613b62565b611b26565b604051610322919061428d565b6104466103e881565b6102ef610713366004614349565b611c54565b610318610726366004614391565b600a6020525f908152604090205481565b61031863bbf81e0081565b61031860065481565b6003546001600160a01b0316610352565b6102ef61076a3660046143aa565b611d1c565b61078261077d366004613b83565b611eda565b604051610322919061446e565b6102ef61079d366004614391565b611f46565b6102ef6107b0366004614391565b611ff4565b6103527f000000000000000000000000000000000000000000000000000000000000000081565b6102ef6107ea366004613b83565b61207d565b6107f761213c565b6103e861ffff82161115610842576040517f7b93142000000000000000000000000000000000000000000000000000000000815261ffff821660048201526024015b60405180910390fd5b600580547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000061ffff8416908102919091179091556040519081527f931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e243906020015b60405180910390a150565b5f8281526008602090815260408083206001600160a01b0385168452909152812060018101548154610923916fffffffffffffffffffffffffffffffff6f010000000000000000000000000000009182900481169291909104166144ad565b9150505b92915050565b61093561213c565b6301e133808167ffffffffffffffff161115610989576040517f4706704800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610839565b600580547fffff0000000000000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000067ffffffffffffffff8416908102919091179091556040519081527f8704b6ca2a2e5352f0162636d77da7056ff66ccbd4003a5501ce4b3b8ff0549a906020016108b9565b610a14612182565b610aad604051806101200160405280336001600160a01b03168152602001336001600160a01b0316815260200186815260200185815260200184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509385525050506020808301829052604080519182018152828252830152600160608301526080909101526121c5565b610ab76001600455565b50505050565b5f828152600760205260408120600101548190610b019084907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff166144c0565b60055490925061271090610b319074010000000000000000000000000000000000000000900461ffff16846144c0565b610b3b91906144d7565b90509250929050565b610b4c612182565b335f908152600a602052604081205490819003610b95576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f818152600a602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610bd89084815260200190565b60405180910390a2610c146001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338361258e565b50610c1f6001600455565b565b5f610c2a612182565b5f858152600760205260409020610c42818585612607565b5f8681526009602090815260408083206001600160a01b0389168452825280832066ffffffffffffff600889901c1684529182905290912054600160ff87161b80821615610cc8576040517f968f4dd000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610839565b600887901c66ffffffffffffff165f9081526020849052604081208284179055610d1f67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116908a166144c0565b5f8b81526008602090815260408083206001600160a01b038e1684529091529020909150610d846001820183610d7f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016826144ad565b612930565b610dbd8284610d7f67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016826144ad565b610dc791906144ad565b9650865f03610e02576040517fb10205ed00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018601546001600160a01b03165f818152600a6020526040812080548a9290610e2d9084906144ad565b9091555050604080516001600160a01b038381168252602082018b905267ffffffffffffffff8d1692908e16918f917fd8448ef17f895239b8cd02c8dcd0649f710d2d2f6d8286c2d3b8401edd5cd42b910160405180910390a450505050505050610e986001600455565b949350505050565b610ea861213c565b610c1f5f612b38565b60408051610120810182525f8082526020820181905291810182905260608082018390526080820183905260a082019290925260c0810182905260e081018290526101008101919091525f8281526007602090815260409182902082516101208101845281546001600160a01b0380821683527401000000000000000000000000000000000000000080830467ffffffffffffffff16848701527c010000000000000000000000000000000000000000000000000000000090920460ff1615158387015260018401548082166060850152919091046bffffffffffffffffffffffff16608083015260028301541660a08201526003820180548551818602810186019096528086529194929360c08601939290830182828015610ffb57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610fdd575b505050505081526020016004820180546110149061450f565b80601f01602080910402602001604051908101604052809291908181526020018280546110409061450f565b801561108b5780601f106110625761010080835404028352916020019161108b565b820191905f5260205f20905b81548152906001019060200180831161106e57829003601f168201915b505050505081526020016005820180546110a49061450f565b80601f01602080910402602001604051908101604052809291908181526020018280546110d09061450f565b801561111b5780601f106110f25761010080835404028352916020019161111b565b820191905f5260205f20905b8154815290600101906020018083116110fe57829003601f168201915b5050505050815250509050919050565b60035433906001600160a01b0316811461117c576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610839565b61118581612b38565b50565b5f611191612182565b5f8381526008602090815260408083206001600160a01b03861684529091529020600554760100000000000000000000000000000000000000000000900467ffffffffffffffff166111e66001830182612b69565b6111f08383612b69565b6111fa91906144ad565b9250825f03611235576040517ff76aef6500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001600160a01b0316857f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c48560405161127191815260200190565b60405180910390a36112ad6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016858561258e565b50506109276001600455565b5f6001600160a01b038b166112fa576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b885f819003611335576040517f667ada5b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6020811115611370576040517fbd56d75300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015611445575f8c8c8381811061138d5761138d614560565b90506020020160208101906113a29190614391565b90505f5b8281101561143257816001600160a01b03168e8e838181106113ca576113ca614560565b90506020020160208101906113df9190614391565b6001600160a01b03160361142a576040517f373e51db0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610839565b6001016113a6565b5061143c81612bf0565b50600101611372565b5060065f81546114549061458d565b91829055505f81815260076020526040902080547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff67ffffffffffffffff8c16740100000000000000000000000000000000000000009081027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b03808c169190911793909317919091167c01000000000000000000000000000000000000000000000000000000001783556bffffffffffffffffffffffff8d1602908f161760018201556002810180547fffffffffffffffffffffffff0000000000000000000000000000000000000000163317905590925061155f600382018d8d613a9e565b506004810161156f888a83614635565b506005810161157f858783614635565b50336001600160a01b0316837faf0c638823848c4e770f83816e90210244e0df5e77e6803d21da747e0328ae1b8f8f8f8f8f8f8f8f8f8f6040516115cc9a99989796959493929190614756565b60405180910390a350509a9950505050505050505050565b5f6060805f5f5f60606115f5612db0565b6115fd612de1565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b604080517f099a52a8334b4dcf4a69c931ace0acf9b08f0c4a5909fc3de04af404179bf9db60208201526001600160a01b0385169181019190915260608101839052608081018290525f906116af9060a00160405160208183030381529060405280519060200120612e0e565b90505b9392505050565b6116c1612182565b6001600160a01b038816611701576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6117c1604051806101200160405280336001600160a01b031681526020018a6001600160a01b0316815260200189815260200188815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602080820187905260408051601f870183900483028101830182528681529201919086908690819084018382808284375f920182905250938552505060016020840152506040909101526121c5565b6117cb6001600455565b5050505050505050565b5f6117df8a612e55565b80549091507c0100000000000000000000000000000000000000000000000000000000900460ff16611840576040517f6fb8167b000000000000000000000000000000000000000000000000000000008152600481018b9052602401610839565b6001600160a01b038916611880576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f816003018054806020026020016040519081016040528092919081815260200182805480156118d757602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116118b9575b509394505f93505050505b81518110156119155761190d82828151811061190057611900614560565b6020026020010151612bf0565b6001016118e2565b50815467ffffffffffffffff8916740100000000000000000000000000000000000000009081027fffffffff000000000000000000000000000000000000000000000000000000009092166001600160a01b03808916919091179290921784556bffffffffffffffffffffffff8b1602908b161760018301556004820161199d878983614635565b50600582016119ad848683614635565b50336001600160a01b03168b7f0a59e4f58a1039e1d54520cb6a782832215f464a62242c3b0ca523ecfa14ea678c848d8d8d8d8d8d8d6040516119f89998979695949392919061481b565b60405180910390a35050505050505050505050565b611a15612182565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611a77576040517f21f2b69c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611ad36040518061012001604052805f6001600160a01b031681526020015f6001600160a01b031681526020015f81526020015f8152602001606081526020015f8152602001606081526020015f151581526020015f81525090565b611adf82840184614933565b60c086015260a08501526080840152606083015260408201526001600160a01b03851680825260208201526101008101849052611b1b816121c5565b50610ab76001600455565b611b7c6040805160c0810182525f918101828152606082018390526080820183905260a08201929092529081908152604080516080810182525f8082526020828101829052928201819052606082015291015290565b505f8281526008602090815260408083206001600160a01b0385168452825291829020825160c081018452815464ffffffffff8082168387019081526501000000000080840483166060808701919091526a010000000000000000000080860485166080808901919091526fffffffffffffffffffffffffffffffff6f0100000000000000000000000000000097889004811660a08a01529488528a519081018b5260019098015480861689529283048516888a01528204909316978601979097529190950416938201939093529082015292915050565b5f838152600860209081526040808320338452909152902054426501000000000090910464ffffffffff1611611cb6576040517f96dcc1ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600b60205260408120805460019290611cd49084906144ad565b9091555050604051339084907f8f7df456734fb772cd7c9bd35c3232c5c9a6f45363c12d0c4de4cb7a40f94fc290611d0f90869086906149b3565b60405180910390a3505050565b611d24612182565b5f611d2f8989610abd565b5090506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d505accf3330848635611d766040890160208a016149c6565b604080517fffffffff0000000000000000000000000000000000000000000000000000000060e089901b1681526001600160a01b0396871660048201529590941660248601526044850192909252606484015260ff16608483015285013560a4820152606085013560c482015260e4015f604051808303815f87803b158015611dfd575f5ffd5b505af1925050508015611e0e575060015b50611ecf604051806101200160405280336001600160a01b03168152602001336001600160a01b031681526020018b81526020018a815260200189898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602080820189905260408051601f890183900483028101830182528881529201919088908890819084018382808284375f920182905250938552505060016020840152506040909101526121c5565b506117cb6001600455565b5f81815260076020908152604091829020600301805483518184028101840190945280845260609392830182828015611f3a57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611f1c575b50505050509050919050565b611f4e61213c565b6001600160a01b038116611f8e576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600580547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527fc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608906020016108b9565b611ffc61213c565b600380546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556120456002546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f61208782612e55565b80549091507c0100000000000000000000000000000000000000000000000000000000900460ff166120e8576040517f6fb8167b00000000000000000000000000000000000000000000000000000000815260048101839052602401610839565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff16815560405182907f241c84b17626110b8c42e26f8f7de483066e7f266953509e01046f09e6fdd6cc905f90a25050565b6002546001600160a01b03163314610c1f576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610839565b6002600454036121be576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002600455565b6040818101515f90815260076020522080547c0100000000000000000000000000000000000000000000000000000000900460ff166122385781604001516040517f6fb8167b00000000000000000000000000000000000000000000000000000000815260040161083991815260200190565b60608201511580612250575063bbf81e008260600151115b1561228f5781606001516040517ffafe259400000000000000000000000000000000000000000000000000000000815260040161083991815260200190565b80546001600160a01b031680156122aa576122aa8184612ef7565b5f5f6122be85604001518660600151610abd565b915091508460e001511580156122d957508185610100015114155b15612321576101008501516040517f312b0033000000000000000000000000000000000000000000000000000000008152610839918491600401918252602082015260400190565b5f612336858761233185876149e6565b612f9c565b9050811561236d576005546001600160a01b03165f908152600a6020526040812080548492906123679084906144ad565b90915550505b855f01516001600160a01b031686602001516001600160a01b031687604001517f1df6848eb97d6371ff526696bad6530f5ce8fdbf53e0295438c233ba12c9c5a989606001518787876040516123e694939291909384526020840192909252604083015267ffffffffffffffff16606082015260800190565b60405180910390a48560e0015180156123fe57505f83115b1561243b57855161243b906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016903086613408565b60038501805460808801515115155f5b82811015612582575f84828154811061246657612466614560565b5f9182526020918290200154908c01516040517f3e73f3030000000000000000000000000000000000000000000000000000000081526001600160a01b03918216600482015267ffffffffffffffff89166024820152911691508190633e73f303906044015f604051808303815f87803b1580156124e2575f5ffd5b505af11580156124f4573d5f5f3e3d5ffd5b5050505082156125795760208b015160808c01516040517fa71145a60000000000000000000000000000000000000000000000000000000081526001600160a01b0384169263a71145a69261254b926004016149f9565b5f604051808303815f87803b158015612562575f5ffd5b505af1158015612574573d5f5f3e3d5ffd5b505050505b5060010161244b565b50505050505050505050565b6040516001600160a01b0383811660248301526044820183905261260291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050613441565b505050565b6126176080820160608301613bb1565b67ffffffffffffffff165f03612659576040517f1312bc4000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600383015461266e6040830160208401614a1a565b63ffffffff16106126c4576126896040820160208301614a1a565b6040517f3de6c2f200000000000000000000000000000000000000000000000000000000815263ffffffff9091166004820152602401610839565b5f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d77f2c276127016020850185614a1a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815263ffffffff91909116600482015267ffffffffffffffff86166024820152604401602060405180830381865afa158015612769573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061278d9190614a33565b90505f8190036127ef576127a46020830183614a1a565b6040517f28d72b6200000000000000000000000000000000000000000000000000000000815263ffffffff909116600482015267ffffffffffffffff84166024820152604401610839565b5f6128da600386016128076040860160208701614a1a565b63ffffffff168154811061281d5761281d614560565b5f918252602090912001546001600160a01b03166128416060860160408701614a1a565b866128526080880160608901613bb1565b8760800135604080516001600160a01b038716602082015263ffffffff86169181019190915267ffffffffffffffff80851660608301528316608082015260a081018290525f9060c00160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905095945050505050565b90506128f36128ec60a0850185614a4a565b84846134c6565b612929576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b60408051608081018252845464ffffffffff8082168352650100000000008204811660208401526a0100000000000000000000820416928201929092526f010000000000000000000000000000009091046fffffffffffffffffffffffffffffffff16606082018190525f919082036129ac575f9150506116b2565b80515f9064ffffffffff1685116129cb57815164ffffffffff166129cd565b845b90505f826020015164ffffffffff1685106129f357826020015164ffffffffff166129f5565b845b9050818111612a09575f93505050506116b2565b5f612a1483836149e6565b9050836040015164ffffffffff168185606001516fffffffffffffffffffffffffffffffff16612a4491906144c0565b612a4e91906144d7565b94508484606001818151612a629190614aae565b6fffffffffffffffffffffffffffffffff16905250604084018051829190612a8b908390614ad6565b64ffffffffff90811690915260608601518a546040909701519091166a0100000000000000000000027fffffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffff6fffffffffffffffffffffffffffffffff9092166f0100000000000000000000000000000002919091167fff000000000000000000000000000000000000000000ffffffffffffffffffff90961695909517949094178855505050509392505050565b600380547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055611185816134dd565b81546f0100000000000000000000000000000090046fffffffffffffffffffffffffffffffff16801580612bb9575082544290612bb790849065010000000000900464ffffffffff166144ad565b115b15612bc557505f610927565b82547fff000000000000000000000000000000000000000000ffffffffffffffffffff169092555090565b6001600160a01b038116612c30576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f1ff2c99c0000000000000000000000000000000000000000000000000000000081523360048201526001600160a01b03821690631ff2c99c90602401602060405180830381865afa158015612c8b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612caf9190614af3565b612cf0576040517f2c655d690000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610839565b6040517f1ff2c99c0000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b03821690631ff2c99c90602401602060405180830381865afa158015612d4b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d6f9190614af3565b611185576040517f072092030000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610839565b6060612ddc7f00000000000000000000000000000000000000000000000000000000000000005f613546565b905090565b6060612ddc7f00000000000000000000000000000000000000000000000000000000000000006001613546565b5f610927612e1a6135ef565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f81815260076020526040902060028101546001600160a01b0316612ea9576040517f64bdcb1900000000000000000000000000000000000000000000000000000000815260048101839052602401610839565b60028101546001600160a01b03163314612ef2576040517f6ca58dc400000000000000000000000000000000000000000000000000000000815260048101839052602401610839565b919050565b8060a00151421115612f3d578060a001516040517fa5d8657a00000000000000000000000000000000000000000000000000000000815260040161083991815260200190565b5f612f55826020015183604001518460a00151611642565b9050612f6683828460c00151613718565b612602576040517fbd8ba84d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040828101515f90815260086020908152828220818601516001600160a01b0316835281528282208351608081018552815464ffffffffff808216835265010000000000820481169483018590526a0100000000000000000000820416958201959095526f010000000000000000000000000000009094046fffffffffffffffffffffffffffffffff166060850152919290421061324a57855460608601517401000000000000000000000000000000000000000090910467ffffffffffffffff1611156130c757606085015186546040517e96075a000000000000000000000000000000000000000000000000000000008152600481019290925274010000000000000000000000000000000000000000900467ffffffffffffffff166024820152604401610839565b60608101516fffffffffffffffffffffffffffffffff161561321f5760018201546f0100000000000000000000000000000090046fffffffffffffffffffffffffffffffff1615613144576040517f39e2cdc100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80516001830180546020840151604085015160608601516fffffffffffffffffffffffffffffffff166f01000000000000000000000000000000027fff00000000000000000000000000000000ffffffffffffffffffffffffffffff64ffffffffff9283166a010000000000000000000002167fff000000000000000000000000000000000000000000ffffffffffffffffffff93831665010000000000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090951692909616919091179290921716929092179190911790555b506040805160808101825264ffffffffff421680825260208201525f91810182905260608101919091525b5f8560600151826020015164ffffffffff1661326691906144ad565b90505f8660600151836040015164ffffffffff1661328491906144ad565b90505f8684606001516fffffffffffffffffffffffffffffffff166132a991906144ad565b905064ffffffffff8311806132c2575064ffffffffff82115b806132dc57506fffffffffffffffffffffffffffffffff81115b15613313576040517f0590fb9f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408051608081018252945164ffffffffff90811680875285821660208801819052949091169186018290526fffffffffffffffffffffffffffffffff92909216606090950185905285547fffffffffffffffffffffffffffffffffffffffffffff000000000000000000001690911765010000000000909202919091177fff000000000000000000000000000000000000000000ffffffffffffffffffff166a01000000000000000000009091027fff00000000000000000000000000000000ffffffffffffffffffffffffffffff16176f0100000000000000000000000000000090920291909117909155949350505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610ab79186918216906323b872dd906084016125bb565b5f5f60205f8451602086015f885af180613460576040513d5f823e3d81fd5b50505f513d91508115613477578060011415613484565b6001600160a01b0384163b155b15610ab7576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610839565b5f826134d3868685613788565b1495945050505050565b600280546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b606060ff831461356057613559836137c9565b9050610927565b81805461356c9061450f565b80601f01602080910402602001604051908101604052809291908181526020018280546135989061450f565b80156135e35780601f106135ba576101008083540402835291602001916135e3565b820191905f5260205f20905b8154815290600101906020018083116135c657829003601f168201915b50505050509050610927565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561364757507f000000000000000000000000000000000000000000000000000000000000000046145b1561367157507f000000000000000000000000000000000000000000000000000000000000000090565b612ddc604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f836001600160a01b03163b5f03613776575f5f6137368585613806565b5090925090505f81600381111561374f5761374f614b12565b14801561376d5750856001600160a01b0316826001600160a01b0316145b925050506116b2565b61378184848461384f565b90506116b2565b5f81815b848110156137c0576137b6828787848181106137aa576137aa614560565b9050602002013561396d565b915060010161378c565b50949350505050565b60605f6137d583613996565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f5f5f835160410361383d576020840151604085015160608601515f1a61382f888285856139d6565b955095509550505050613848565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b0316858560405160240161386f929190614b3f565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e00000000000000000000000000000000000000000000000000000000179052516138d29190614b57565b5f60405180830381855afa9150503d805f811461390a576040519150601f19603f3d011682016040523d82523d5f602084013e61390f565b606091505b509150915081801561392357506020815110155b8015613963575080517f1626ba7e00000000000000000000000000000000000000000000000000000000906139619083016020908101908401614a33565b145b9695505050505050565b5f818310613987575f8281526020849052604090206116b2565b505f9182526020526040902090565b5f60ff8216601f811115610927576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613a0f57505f91506003905082613a94565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a60573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613a8b57505f925060019150829050613a94565b92505f91508190505b9450945094915050565b828054828255905f5260205f20908101928215613b07579160200282015b82811115613b075781547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03843516178255602090920191600190910190613abc565b50613b13929150613b17565b5090565b5b80821115613b13575f8155600101613b18565b5f60208284031215613b3b575f5ffd5b813561ffff811681146116b2575f5ffd5b80356001600160a01b0381168114612ef2575f5ffd5b5f5f60408385031215613b73575f5ffd5b82359150610b3b60208401613b4c565b5f60208284031215613b93575f5ffd5b5035919050565b803567ffffffffffffffff81168114612ef2575f5ffd5b5f60208284031215613bc1575f5ffd5b6116b282613b9a565b5f5f83601f840112613bda575f5ffd5b50813567ffffffffffffffff811115613bf1575f5ffd5b602083019150836020828501011115613c08575f5ffd5b9250929050565b5f5f5f5f60608587031215613c22575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115613c46575f5ffd5b613c5287828801613bca565b95989497509550505050565b5f5f60408385031215613c6f575f5ffd5b50508035926020909101359150565b5f5f5f5f60808587031215613c91575f5ffd5b84359350613ca160208601613b4c565b9250613caf60408601613b9a565b9150606085013567ffffffffffffffff811115613cca575f5ffd5b850160c08188031215613cdb575f5ffd5b939692955090935050565b803563ffffffff81168114612ef2575f5ffd5b5f5f5f5f5f60a08688031215613d0d575f5ffd5b613d1686613b4c565b9450613d2460208701613ce6565b9350613d3260408701613b9a565b9250613d4060608701613b9a565b949793965091946080013592915050565b5f8151808452602084019350602083015f5b82811015613d8a5781516001600160a01b0316865260209586019590910190600101613d63565b5093949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152613ddc6020820183516001600160a01b03169052565b5f6020830151613df8604084018267ffffffffffffffff169052565b50604083015180151560608401525060608301516001600160a01b03811660808401525060808301516bffffffffffffffffffffffff811660a08401525060a08301516001600160a01b03811660c08401525060c083015161012060e0840152613e66610140840182613d51565b905060e0840151601f1984830301610100850152613e848282613d94565b915050610100840151601f1984830301610120850152613ea48282613d94565b95945050505050565b80356bffffffffffffffffffffffff81168114612ef2575f5ffd5b5f5f5f5f5f5f5f5f5f5f60e08b8d031215613ee1575f5ffd5b613eea8b613b4c565b995060208b013567ffffffffffffffff811115613f05575f5ffd5b8b01601f81018d13613f15575f5ffd5b803567ffffffffffffffff811115613f2b575f5ffd5b8d60208260051b8401011115613f3f575f5ffd5b60209190910199509750613f5560408c01613ead565b9650613f6360608c01613b9a565b955060808b013567ffffffffffffffff811115613f7e575f5ffd5b613f8a8d828e01613bca565b9096509450613f9d905060a08c01613b4c565b925060c08b013567ffffffffffffffff811115613fb8575f5ffd5b613fc48d828e01613bca565b915080935050809150509295989b9194979a5092959850565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61401760e0830189613d94565b82810360408401526140298189613d94565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561407e578351835260209384019390920191600101614060565b50909b9a5050505050505050505050565b5f5f5f606084860312156140a1575f5ffd5b6140aa84613b4c565b95602085013595506040909401359392505050565b5f5f5f5f5f5f5f5f60c0898b0312156140d6575f5ffd5b6140df89613b4c565b97506020890135965060408901359550606089013567ffffffffffffffff811115614108575f5ffd5b6141148b828c01613bca565b9096509450506080890135925060a089013567ffffffffffffffff81111561413a575f5ffd5b6141468b828c01613bca565b999c989b5096995094979396929594505050565b5f5f5f6060848603121561416c575f5ffd5b8335925061417c60208501613b4c565b915061418a60408501613b9a565b90509250925092565b5f5f5f5f5f5f5f5f5f60e08a8c0312156141ab575f5ffd5b893598506141bb60208b01613b4c565b97506141c960408b01613ead565b96506141d760608b01613b9a565b955060808a013567ffffffffffffffff8111156141f2575f5ffd5b6141fe8c828d01613bca565b9096509450614211905060a08b01613b4c565b925060c08a013567ffffffffffffffff81111561422c575f5ffd5b6142388c828d01613bca565b915080935050809150509295985092959850929598565b5f5f5f5f60608587031215614262575f5ffd5b61426b85613b4c565b935060208501359250604085013567ffffffffffffffff811115613c46575f5ffd5b5f610100820190506142e882845164ffffffffff815116825264ffffffffff602082015116602083015264ffffffffff60408201511660408301526fffffffffffffffffffffffffffffffff60608201511660608301525050565b6020830151614342608084018264ffffffffff815116825264ffffffffff602082015116602083015264ffffffffff60408201511660408301526fffffffffffffffffffffffffffffffff60608201511660608301525050565b5092915050565b5f5f5f6040848603121561435b575f5ffd5b83359250602084013567ffffffffffffffff811115614378575f5ffd5b61438486828701613bca565b9497909650939450505050565b5f602082840312156143a1575f5ffd5b6116b282613b4c565b5f5f5f5f5f5f5f5f888a036101208112156143c3575f5ffd5b8935985060208a0135975060408a013567ffffffffffffffff8111156143e7575f5ffd5b6143f38c828d01613bca565b90985096505060608a0135945060808a013567ffffffffffffffff811115614419575f5ffd5b6144258c828d01613bca565b90955093505060807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff608201121561445a575f5ffd5b5060a0890190509295985092959890939650565b602081525f6116b26020830184613d51565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561092757610927614480565b808202811582820484141761092757610927614480565b5f8261450a577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b600181811c9082168061452357607f821691505b60208210810361455a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036145bd576145bd614480565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f82111561260257805f5260205f20601f840160051c810160208510156146165750805b601f840160051c820191505b81811015612929575f8155600101614622565b67ffffffffffffffff83111561464d5761464d6145c4565b6146618361465b835461450f565b836145f1565b5f601f8411600181146146b1575f851561467b5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355612929565b5f83815260208120601f198716915b828110156146e057868501358255602094850194600190920191016146c0565b508682101561471b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b6001600160a01b038b16815260e06020820181905281018990525f8a6101008301825b8c8110156147a7576001600160a01b0361479284613b4c565b16825260209283019290910190600101614779565b506bffffffffffffffffffffffff8b16604085015267ffffffffffffffff8a16606085015283810360808501526147df81898b61472d565b9150506147f760a08401876001600160a01b03169052565b82810360c084015261480a81858761472d565b9d9c50505050505050505050505050565b6001600160a01b038a16815260e060208201525f61483c60e083018b613d51565b6bffffffffffffffffffffffff8a16604084015267ffffffffffffffff89166060840152828103608084015261487381888a61472d565b90506001600160a01b03861660a084015282810360c084015261489781858761472d565b9c9b505050505050505050505050565b5f82601f8301126148b6575f5ffd5b813567ffffffffffffffff8111156148d0576148d06145c4565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff82111715614900576149006145c4565b604052818152838201602001851015614917575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f5f60a08688031215614947575f5ffd5b8535945060208601359350604086013567ffffffffffffffff81111561496b575f5ffd5b614977888289016148a7565b93505060608601359150608086013567ffffffffffffffff81111561499a575f5ffd5b6149a6888289016148a7565b9150509295509295909350565b602081525f6116af60208301848661472d565b5f602082840312156149d6575f5ffd5b813560ff811681146116b2575f5ffd5b8181038181111561092757610927614480565b6001600160a01b0383168152604060208201525f6116af6040830184613d94565b5f60208284031215614a2a575f5ffd5b6116b282613ce6565b5f60208284031215614a43575f5ffd5b5051919050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614a7d575f5ffd5b83018035915067ffffffffffffffff821115614a97575f5ffd5b6020019150600581901b3603821315613c08575f5ffd5b6fffffffffffffffffffffffffffffffff828116828216039081111561092757610927614480565b64ffffffffff828116828216039081111561092757610927614480565b5f60208284031215614b03575f5ffd5b815180151581146116b2575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b828152604060208201525f6116af6040830184613d94565b5f82518060208501845e5f92019182525091905056fea264697066735822122009f6102be8dc1fb65302fe6d5959678b37efcffd454d40f27d7ee2d6dac7822a64736f6c634300081e0033",
}

// DataLicenseABI is the input ABI used to generate the binding from.
// Deprecated: Use DataLicenseMetaData.ABI instead.
var DataLicenseABI = DataLicenseMetaData.ABI

// DataLicenseBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DataLicenseMetaData.Bin instead.
var DataLicenseBin = DataLicenseMetaData.Bin

// DeployDataLicense deploys a new Ethereum contract, binding an instance of DataLicense to it.
func DeployDataLicense(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, coordinator_ common.Address, owner_ common.Address, treasury_ common.Address, feeBps_ uint16, refundGracePeriod_ uint64) (common.Address, *types.Transaction, *DataLicense, error) {
	parsed, err := DataLicenseMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DataLicenseBin), backend, token_, coordinator_, owner_, treasury_, feeBps_, refundGracePeriod_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DataLicense{DataLicenseCaller: DataLicenseCaller{contract: contract}, DataLicenseTransactor: DataLicenseTransactor{contract: contract}, DataLicenseFilterer: DataLicenseFilterer{contract: contract}}, nil
}

// DataLicense is an auto generated Go binding around an Ethereum contract.
type DataLicense struct {
	DataLicenseCaller     // Read-only binding to the contract
	DataLicenseTransactor // Write-only binding to the contract
	DataLicenseFilterer   // Log filterer for contract events
}

// DataLicenseCaller is an auto generated read-only Go binding around an Ethereum contract.
type DataLicenseCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataLicenseTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DataLicenseTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataLicenseFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DataLicenseFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DataLicenseSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DataLicenseSession struct {
	Contract     *DataLicense      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DataLicenseCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DataLicenseCallerSession struct {
	Contract *DataLicenseCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// DataLicenseTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DataLicenseTransactorSession struct {
	Contract     *DataLicenseTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// DataLicenseRaw is an auto generated low-level Go binding around an Ethereum contract.
type DataLicenseRaw struct {
	Contract *DataLicense // Generic contract binding to access the raw methods on
}

// DataLicenseCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DataLicenseCallerRaw struct {
	Contract *DataLicenseCaller // Generic read-only contract binding to access the raw methods on
}

// DataLicenseTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DataLicenseTransactorRaw struct {
	Contract *DataLicenseTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDataLicense creates a new instance of DataLicense, bound to a specific deployed contract.
func NewDataLicense(address common.Address, backend bind.ContractBackend) (*DataLicense, error) {
	contract, err := bindDataLicense(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DataLicense{DataLicenseCaller: DataLicenseCaller{contract: contract}, DataLicenseTransactor: DataLicenseTransactor{contract: contract}, DataLicenseFilterer: DataLicenseFilterer{contract: contract}}, nil
}

// NewDataLicenseCaller creates a new read-only instance of DataLicense, bound to a specific deployed contract.
func NewDataLicenseCaller(address common.Address, caller bind.ContractCaller) (*DataLicenseCaller, error) {
	contract, err := bindDataLicense(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DataLicenseCaller{contract: contract}, nil
}

// NewDataLicenseTransactor creates a new write-only instance of DataLicense, bound to a specific deployed contract.
func NewDataLicenseTransactor(address common.Address, transactor bind.ContractTransactor) (*DataLicenseTransactor, error) {
	contract, err := bindDataLicense(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DataLicenseTransactor{contract: contract}, nil
}

// NewDataLicenseFilterer creates a new log filterer instance of DataLicense, bound to a specific deployed contract.
func NewDataLicenseFilterer(address common.Address, filterer bind.ContractFilterer) (*DataLicenseFilterer, error) {
	contract, err := bindDataLicense(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DataLicenseFilterer{contract: contract}, nil
}

// bindDataLicense binds a generic wrapper to an already deployed contract.
func bindDataLicense(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DataLicenseMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DataLicense *DataLicenseRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DataLicense.Contract.DataLicenseCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DataLicense *DataLicenseRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataLicense.Contract.DataLicenseTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DataLicense *DataLicenseRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DataLicense.Contract.DataLicenseTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DataLicense *DataLicenseCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DataLicense.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DataLicense *DataLicenseTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataLicense.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DataLicense *DataLicenseTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DataLicense.Contract.contract.Transact(opts, method, params...)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DataLicense *DataLicenseCaller) ATTESTATIONTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "ATTESTATION_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DataLicense *DataLicenseSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _DataLicense.Contract.ATTESTATIONTYPEHASH(&_DataLicense.CallOpts)
}

// ATTESTATIONTYPEHASH is a free data retrieval call binding the contract method 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (_DataLicense *DataLicenseCallerSession) ATTESTATIONTYPEHASH() ([32]byte, error) {
	return _DataLicense.Contract.ATTESTATIONTYPEHASH(&_DataLicense.CallOpts)
}

// MAXFEEBPS is a free data retrieval call binding the contract method 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (_DataLicense *DataLicenseCaller) MAXFEEBPS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "MAX_FEE_BPS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXFEEBPS is a free data retrieval call binding the contract method 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (_DataLicense *DataLicenseSession) MAXFEEBPS() (uint16, error) {
	return _DataLicense.Contract.MAXFEEBPS(&_DataLicense.CallOpts)
}

// MAXFEEBPS is a free data retrieval call binding the contract method 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (_DataLicense *DataLicenseCallerSession) MAXFEEBPS() (uint16, error) {
	return _DataLicense.Contract.MAXFEEBPS(&_DataLicense.CallOpts)
}

// MAXGRACEPERIOD is a free data retrieval call binding the contract method 0x46619649.
//
// Solidity: function MAX_GRACE_PERIOD() view returns(uint256)
func (_DataLicense *DataLicenseCaller) MAXGRACEPERIOD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "MAX_GRACE_PERIOD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXGRACEPERIOD is a free data retrieval call binding the contract method 0x46619649.
//
// Solidity: function MAX_GRACE_PERIOD() view returns(uint256)
func (_DataLicense *DataLicenseSession) MAXGRACEPERIOD() (*big.Int, error) {
	return _DataLicense.Contract.MAXGRACEPERIOD(&_DataLicense.CallOpts)
}

// MAXGRACEPERIOD is a free data retrieval call binding the contract method 0x46619649.
//
// Solidity: function MAX_GRACE_PERIOD() view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) MAXGRACEPERIOD() (*big.Int, error) {
	return _DataLicense.Contract.MAXGRACEPERIOD(&_DataLicense.CallOpts)
}

// MAXSECONDS is a free data retrieval call binding the contract method 0xdfec1c19.
//
// Solidity: function MAX_SECONDS() view returns(uint256)
func (_DataLicense *DataLicenseCaller) MAXSECONDS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "MAX_SECONDS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSECONDS is a free data retrieval call binding the contract method 0xdfec1c19.
//
// Solidity: function MAX_SECONDS() view returns(uint256)
func (_DataLicense *DataLicenseSession) MAXSECONDS() (*big.Int, error) {
	return _DataLicense.Contract.MAXSECONDS(&_DataLicense.CallOpts)
}

// MAXSECONDS is a free data retrieval call binding the contract method 0xdfec1c19.
//
// Solidity: function MAX_SECONDS() view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) MAXSECONDS() (*big.Int, error) {
	return _DataLicense.Contract.MAXSECONDS(&_DataLicense.CallOpts)
}

// MAXSTREAMS is a free data retrieval call binding the contract method 0xa615d225.
//
// Solidity: function MAX_STREAMS() view returns(uint256)
func (_DataLicense *DataLicenseCaller) MAXSTREAMS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "MAX_STREAMS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSTREAMS is a free data retrieval call binding the contract method 0xa615d225.
//
// Solidity: function MAX_STREAMS() view returns(uint256)
func (_DataLicense *DataLicenseSession) MAXSTREAMS() (*big.Int, error) {
	return _DataLicense.Contract.MAXSTREAMS(&_DataLicense.CallOpts)
}

// MAXSTREAMS is a free data retrieval call binding the contract method 0xa615d225.
//
// Solidity: function MAX_STREAMS() view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) MAXSTREAMS() (*big.Int, error) {
	return _DataLicense.Contract.MAXSTREAMS(&_DataLicense.CallOpts)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x84fe8e78.
//
// Solidity: function attestationDigest(address buyer, uint256 productId, uint256 deadline) view returns(bytes32)
func (_DataLicense *DataLicenseCaller) AttestationDigest(opts *bind.CallOpts, buyer common.Address, productId *big.Int, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "attestationDigest", buyer, productId, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AttestationDigest is a free data retrieval call binding the contract method 0x84fe8e78.
//
// Solidity: function attestationDigest(address buyer, uint256 productId, uint256 deadline) view returns(bytes32)
func (_DataLicense *DataLicenseSession) AttestationDigest(buyer common.Address, productId *big.Int, deadline *big.Int) ([32]byte, error) {
	return _DataLicense.Contract.AttestationDigest(&_DataLicense.CallOpts, buyer, productId, deadline)
}

// AttestationDigest is a free data retrieval call binding the contract method 0x84fe8e78.
//
// Solidity: function attestationDigest(address buyer, uint256 productId, uint256 deadline) view returns(bytes32)
func (_DataLicense *DataLicenseCallerSession) AttestationDigest(buyer common.Address, productId *big.Int, deadline *big.Int) ([32]byte, error) {
	return _DataLicense.Contract.AttestationDigest(&_DataLicense.CallOpts, buyer, productId, deadline)
}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_DataLicense *DataLicenseCaller) Coordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "coordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_DataLicense *DataLicenseSession) Coordinator() (common.Address, error) {
	return _DataLicense.Contract.Coordinator(&_DataLicense.CallOpts)
}

// Coordinator is a free data retrieval call binding the contract method 0x0a009097.
//
// Solidity: function coordinator() view returns(address)
func (_DataLicense *DataLicenseCallerSession) Coordinator() (common.Address, error) {
	return _DataLicense.Contract.Coordinator(&_DataLicense.CallOpts)
}

// DeliveryLeaf is a free data retrieval call binding the contract method 0x70d61b15.
//
// Solidity: function deliveryLeaf(address stream, uint32 streamPartition, uint64 epoch, uint64 count, bytes32 rollingHash) pure returns(bytes32)
func (_DataLicense *DataLicenseCaller) DeliveryLeaf(opts *bind.CallOpts, stream common.Address, streamPartition uint32, epoch uint64, count uint64, rollingHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "deliveryLeaf", stream, streamPartition, epoch, count, rollingHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DeliveryLeaf is a free data retrieval call binding the contract method 0x70d61b15.
//
// Solidity: function deliveryLeaf(address stream, uint32 streamPartition, uint64 epoch, uint64 count, bytes32 rollingHash) pure returns(bytes32)
func (_DataLicense *DataLicenseSession) DeliveryLeaf(stream common.Address, streamPartition uint32, epoch uint64, count uint64, rollingHash [32]byte) ([32]byte, error) {
	return _DataLicense.Contract.DeliveryLeaf(&_DataLicense.CallOpts, stream, streamPartition, epoch, count, rollingHash)
}

// DeliveryLeaf is a free data retrieval call binding the contract method 0x70d61b15.
//
// Solidity: function deliveryLeaf(address stream, uint32 streamPartition, uint64 epoch, uint64 count, bytes32 rollingHash) pure returns(bytes32)
func (_DataLicense *DataLicenseCallerSession) DeliveryLeaf(stream common.Address, streamPartition uint32, epoch uint64, count uint64, rollingHash [32]byte) ([32]byte, error) {
	return _DataLicense.Contract.DeliveryLeaf(&_DataLicense.CallOpts, stream, streamPartition, epoch, count, rollingHash)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DataLicense *DataLicenseCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "eip712Domain")

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
func (_DataLicense *DataLicenseSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DataLicense.Contract.Eip712Domain(&_DataLicense.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DataLicense *DataLicenseCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DataLicense.Contract.Eip712Domain(&_DataLicense.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_DataLicense *DataLicenseCaller) EpochLength(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "epochLength")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_DataLicense *DataLicenseSession) EpochLength() (uint64, error) {
	return _DataLicense.Contract.EpochLength(&_DataLicense.CallOpts)
}

// EpochLength is a free data retrieval call binding the contract method 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (_DataLicense *DataLicenseCallerSession) EpochLength() (uint64, error) {
	return _DataLicense.Contract.EpochLength(&_DataLicense.CallOpts)
}

// EscrowOf is a free data retrieval call binding the contract method 0x11303311.
//
// Solidity: function escrowOf(uint256 productId, address buyer) view returns(uint256)
func (_DataLicense *DataLicenseCaller) EscrowOf(opts *bind.CallOpts, productId *big.Int, buyer common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "escrowOf", productId, buyer)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EscrowOf is a free data retrieval call binding the contract method 0x11303311.
//
// Solidity: function escrowOf(uint256 productId, address buyer) view returns(uint256)
func (_DataLicense *DataLicenseSession) EscrowOf(productId *big.Int, buyer common.Address) (*big.Int, error) {
	return _DataLicense.Contract.EscrowOf(&_DataLicense.CallOpts, productId, buyer)
}

// EscrowOf is a free data retrieval call binding the contract method 0x11303311.
//
// Solidity: function escrowOf(uint256 productId, address buyer) view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) EscrowOf(productId *big.Int, buyer common.Address) (*big.Int, error) {
	return _DataLicense.Contract.EscrowOf(&_DataLicense.CallOpts, productId, buyer)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 productId, address buyer) view returns(uint64)
func (_DataLicense *DataLicenseCaller) ExpiryOf(opts *bind.CallOpts, productId *big.Int, buyer common.Address) (uint64, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "expiryOf", productId, buyer)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 productId, address buyer) view returns(uint64)
func (_DataLicense *DataLicenseSession) ExpiryOf(productId *big.Int, buyer common.Address) (uint64, error) {
	return _DataLicense.Contract.ExpiryOf(&_DataLicense.CallOpts, productId, buyer)
}

// ExpiryOf is a free data retrieval call binding the contract method 0x13c6209a.
//
// Solidity: function expiryOf(uint256 productId, address buyer) view returns(uint64)
func (_DataLicense *DataLicenseCallerSession) ExpiryOf(productId *big.Int, buyer common.Address) (uint64, error) {
	return _DataLicense.Contract.ExpiryOf(&_DataLicense.CallOpts, productId, buyer)
}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (_DataLicense *DataLicenseCaller) FeeBps(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "feeBps")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (_DataLicense *DataLicenseSession) FeeBps() (uint16, error) {
	return _DataLicense.Contract.FeeBps(&_DataLicense.CallOpts)
}

// FeeBps is a free data retrieval call binding the contract method 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (_DataLicense *DataLicenseCallerSession) FeeBps() (uint16, error) {
	return _DataLicense.Contract.FeeBps(&_DataLicense.CallOpts)
}

// FlagCount is a free data retrieval call binding the contract method 0x160dbc47.
//
// Solidity: function flagCount(uint256 ) view returns(uint256)
func (_DataLicense *DataLicenseCaller) FlagCount(opts *bind.CallOpts, arg0 *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "flagCount", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FlagCount is a free data retrieval call binding the contract method 0x160dbc47.
//
// Solidity: function flagCount(uint256 ) view returns(uint256)
func (_DataLicense *DataLicenseSession) FlagCount(arg0 *big.Int) (*big.Int, error) {
	return _DataLicense.Contract.FlagCount(&_DataLicense.CallOpts, arg0)
}

// FlagCount is a free data retrieval call binding the contract method 0x160dbc47.
//
// Solidity: function flagCount(uint256 ) view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) FlagCount(arg0 *big.Int) (*big.Int, error) {
	return _DataLicense.Contract.FlagCount(&_DataLicense.CallOpts, arg0)
}

// IsReleased is a free data retrieval call binding the contract method 0x8fdcec96.
//
// Solidity: function isReleased(uint256 productId, address buyer, uint64 epoch) view returns(bool)
func (_DataLicense *DataLicenseCaller) IsReleased(opts *bind.CallOpts, productId *big.Int, buyer common.Address, epoch uint64) (bool, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "isReleased", productId, buyer, epoch)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsReleased is a free data retrieval call binding the contract method 0x8fdcec96.
//
// Solidity: function isReleased(uint256 productId, address buyer, uint64 epoch) view returns(bool)
func (_DataLicense *DataLicenseSession) IsReleased(productId *big.Int, buyer common.Address, epoch uint64) (bool, error) {
	return _DataLicense.Contract.IsReleased(&_DataLicense.CallOpts, productId, buyer, epoch)
}

// IsReleased is a free data retrieval call binding the contract method 0x8fdcec96.
//
// Solidity: function isReleased(uint256 productId, address buyer, uint64 epoch) view returns(bool)
func (_DataLicense *DataLicenseCallerSession) IsReleased(productId *big.Int, buyer common.Address, epoch uint64) (bool, error) {
	return _DataLicense.Contract.IsReleased(&_DataLicense.CallOpts, productId, buyer, epoch)
}

// License is a free data retrieval call binding the contract method 0xca62c992.
//
// Solidity: function license(uint256 productId, address buyer) view returns(((uint40,uint40,uint40,uint128),(uint40,uint40,uint40,uint128)))
func (_DataLicense *DataLicenseCaller) License(opts *bind.CallOpts, productId *big.Int, buyer common.Address) (DataLicenseLicense, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "license", productId, buyer)

	if err != nil {
		return *new(DataLicenseLicense), err
	}

	out0 := *abi.ConvertType(out[0], new(DataLicenseLicense)).(*DataLicenseLicense)

	return out0, err

}

// License is a free data retrieval call binding the contract method 0xca62c992.
//
// Solidity: function license(uint256 productId, address buyer) view returns(((uint40,uint40,uint40,uint128),(uint40,uint40,uint40,uint128)))
func (_DataLicense *DataLicenseSession) License(productId *big.Int, buyer common.Address) (DataLicenseLicense, error) {
	return _DataLicense.Contract.License(&_DataLicense.CallOpts, productId, buyer)
}

// License is a free data retrieval call binding the contract method 0xca62c992.
//
// Solidity: function license(uint256 productId, address buyer) view returns(((uint40,uint40,uint40,uint128),(uint40,uint40,uint40,uint128)))
func (_DataLicense *DataLicenseCallerSession) License(productId *big.Int, buyer common.Address) (DataLicenseLicense, error) {
	return _DataLicense.Contract.License(&_DataLicense.CallOpts, productId, buyer)
}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DataLicense *DataLicenseCaller) Owed(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "owed", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DataLicense *DataLicenseSession) Owed(arg0 common.Address) (*big.Int, error) {
	return _DataLicense.Contract.Owed(&_DataLicense.CallOpts, arg0)
}

// Owed is a free data retrieval call binding the contract method 0xdf18e047.
//
// Solidity: function owed(address ) view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) Owed(arg0 common.Address) (*big.Int, error) {
	return _DataLicense.Contract.Owed(&_DataLicense.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DataLicense *DataLicenseCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DataLicense *DataLicenseSession) Owner() (common.Address, error) {
	return _DataLicense.Contract.Owner(&_DataLicense.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_DataLicense *DataLicenseCallerSession) Owner() (common.Address, error) {
	return _DataLicense.Contract.Owner(&_DataLicense.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DataLicense *DataLicenseCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DataLicense *DataLicenseSession) PendingOwner() (common.Address, error) {
	return _DataLicense.Contract.PendingOwner(&_DataLicense.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_DataLicense *DataLicenseCallerSession) PendingOwner() (common.Address, error) {
	return _DataLicense.Contract.PendingOwner(&_DataLicense.CallOpts)
}

// Product is a free data retrieval call binding the contract method 0x780bd3f1.
//
// Solidity: function product(uint256 productId) view returns((address,uint64,bool,address,uint96,address,address[],string,string))
func (_DataLicense *DataLicenseCaller) Product(opts *bind.CallOpts, productId *big.Int) (DataLicenseProduct, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "product", productId)

	if err != nil {
		return *new(DataLicenseProduct), err
	}

	out0 := *abi.ConvertType(out[0], new(DataLicenseProduct)).(*DataLicenseProduct)

	return out0, err

}

// Product is a free data retrieval call binding the contract method 0x780bd3f1.
//
// Solidity: function product(uint256 productId) view returns((address,uint64,bool,address,uint96,address,address[],string,string))
func (_DataLicense *DataLicenseSession) Product(productId *big.Int) (DataLicenseProduct, error) {
	return _DataLicense.Contract.Product(&_DataLicense.CallOpts, productId)
}

// Product is a free data retrieval call binding the contract method 0x780bd3f1.
//
// Solidity: function product(uint256 productId) view returns((address,uint64,bool,address,uint96,address,address[],string,string))
func (_DataLicense *DataLicenseCallerSession) Product(productId *big.Int) (DataLicenseProduct, error) {
	return _DataLicense.Contract.Product(&_DataLicense.CallOpts, productId)
}

// ProductCount is a free data retrieval call binding the contract method 0xe0f6ef87.
//
// Solidity: function productCount() view returns(uint256)
func (_DataLicense *DataLicenseCaller) ProductCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "productCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProductCount is a free data retrieval call binding the contract method 0xe0f6ef87.
//
// Solidity: function productCount() view returns(uint256)
func (_DataLicense *DataLicenseSession) ProductCount() (*big.Int, error) {
	return _DataLicense.Contract.ProductCount(&_DataLicense.CallOpts)
}

// ProductCount is a free data retrieval call binding the contract method 0xe0f6ef87.
//
// Solidity: function productCount() view returns(uint256)
func (_DataLicense *DataLicenseCallerSession) ProductCount() (*big.Int, error) {
	return _DataLicense.Contract.ProductCount(&_DataLicense.CallOpts)
}

// ProductStreams is a free data retrieval call binding the contract method 0xef2b7800.
//
// Solidity: function productStreams(uint256 productId) view returns(address[])
func (_DataLicense *DataLicenseCaller) ProductStreams(opts *bind.CallOpts, productId *big.Int) ([]common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "productStreams", productId)

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// ProductStreams is a free data retrieval call binding the contract method 0xef2b7800.
//
// Solidity: function productStreams(uint256 productId) view returns(address[])
func (_DataLicense *DataLicenseSession) ProductStreams(productId *big.Int) ([]common.Address, error) {
	return _DataLicense.Contract.ProductStreams(&_DataLicense.CallOpts, productId)
}

// ProductStreams is a free data retrieval call binding the contract method 0xef2b7800.
//
// Solidity: function productStreams(uint256 productId) view returns(address[])
func (_DataLicense *DataLicenseCallerSession) ProductStreams(productId *big.Int) ([]common.Address, error) {
	return _DataLicense.Contract.ProductStreams(&_DataLicense.CallOpts, productId)
}

// Quote is a free data retrieval call binding the contract method 0x315f1a41.
//
// Solidity: function quote(uint256 productId, uint256 seconds_) view returns(uint256 price, uint256 fee)
func (_DataLicense *DataLicenseCaller) Quote(opts *bind.CallOpts, productId *big.Int, seconds_ *big.Int) (struct {
	Price *big.Int
	Fee   *big.Int
}, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "quote", productId, seconds_)

	outstruct := new(struct {
		Price *big.Int
		Fee   *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Price = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Fee = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Quote is a free data retrieval call binding the contract method 0x315f1a41.
//
// Solidity: function quote(uint256 productId, uint256 seconds_) view returns(uint256 price, uint256 fee)
func (_DataLicense *DataLicenseSession) Quote(productId *big.Int, seconds_ *big.Int) (struct {
	Price *big.Int
	Fee   *big.Int
}, error) {
	return _DataLicense.Contract.Quote(&_DataLicense.CallOpts, productId, seconds_)
}

// Quote is a free data retrieval call binding the contract method 0x315f1a41.
//
// Solidity: function quote(uint256 productId, uint256 seconds_) view returns(uint256 price, uint256 fee)
func (_DataLicense *DataLicenseCallerSession) Quote(productId *big.Int, seconds_ *big.Int) (struct {
	Price *big.Int
	Fee   *big.Int
}, error) {
	return _DataLicense.Contract.Quote(&_DataLicense.CallOpts, productId, seconds_)
}

// RefundGracePeriod is a free data retrieval call binding the contract method 0x5300b07e.
//
// Solidity: function refundGracePeriod() view returns(uint64)
func (_DataLicense *DataLicenseCaller) RefundGracePeriod(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "refundGracePeriod")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RefundGracePeriod is a free data retrieval call binding the contract method 0x5300b07e.
//
// Solidity: function refundGracePeriod() view returns(uint64)
func (_DataLicense *DataLicenseSession) RefundGracePeriod() (uint64, error) {
	return _DataLicense.Contract.RefundGracePeriod(&_DataLicense.CallOpts)
}

// RefundGracePeriod is a free data retrieval call binding the contract method 0x5300b07e.
//
// Solidity: function refundGracePeriod() view returns(uint64)
func (_DataLicense *DataLicenseCallerSession) RefundGracePeriod() (uint64, error) {
	return _DataLicense.Contract.RefundGracePeriod(&_DataLicense.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DataLicense *DataLicenseCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DataLicense *DataLicenseSession) Token() (common.Address, error) {
	return _DataLicense.Contract.Token(&_DataLicense.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_DataLicense *DataLicenseCallerSession) Token() (common.Address, error) {
	return _DataLicense.Contract.Token(&_DataLicense.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_DataLicense *DataLicenseCaller) Treasury(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DataLicense.contract.Call(opts, &out, "treasury")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_DataLicense *DataLicenseSession) Treasury() (common.Address, error) {
	return _DataLicense.Contract.Treasury(&_DataLicense.CallOpts)
}

// Treasury is a free data retrieval call binding the contract method 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (_DataLicense *DataLicenseCallerSession) Treasury() (common.Address, error) {
	return _DataLicense.Contract.Treasury(&_DataLicense.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DataLicense *DataLicenseTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DataLicense *DataLicenseSession) AcceptOwnership() (*types.Transaction, error) {
	return _DataLicense.Contract.AcceptOwnership(&_DataLicense.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_DataLicense *DataLicenseTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _DataLicense.Contract.AcceptOwnership(&_DataLicense.TransactOpts)
}

// Buy is a paid mutator transaction binding the contract method 0x1efd73a5.
//
// Solidity: function buy(uint256 productId, uint256 seconds_, bytes encryptionKey) returns()
func (_DataLicense *DataLicenseTransactor) Buy(opts *bind.TransactOpts, productId *big.Int, seconds_ *big.Int, encryptionKey []byte) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "buy", productId, seconds_, encryptionKey)
}

// Buy is a paid mutator transaction binding the contract method 0x1efd73a5.
//
// Solidity: function buy(uint256 productId, uint256 seconds_, bytes encryptionKey) returns()
func (_DataLicense *DataLicenseSession) Buy(productId *big.Int, seconds_ *big.Int, encryptionKey []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.Buy(&_DataLicense.TransactOpts, productId, seconds_, encryptionKey)
}

// Buy is a paid mutator transaction binding the contract method 0x1efd73a5.
//
// Solidity: function buy(uint256 productId, uint256 seconds_, bytes encryptionKey) returns()
func (_DataLicense *DataLicenseTransactorSession) Buy(productId *big.Int, seconds_ *big.Int, encryptionKey []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.Buy(&_DataLicense.TransactOpts, productId, seconds_, encryptionKey)
}

// BuyFor is a paid mutator transaction binding the contract method 0x8f27a247.
//
// Solidity: function buyFor(address buyer, uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig) returns()
func (_DataLicense *DataLicenseTransactor) BuyFor(opts *bind.TransactOpts, buyer common.Address, productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "buyFor", buyer, productId, seconds_, encryptionKey, attesterDeadline, attesterSig)
}

// BuyFor is a paid mutator transaction binding the contract method 0x8f27a247.
//
// Solidity: function buyFor(address buyer, uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig) returns()
func (_DataLicense *DataLicenseSession) BuyFor(buyer common.Address, productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.BuyFor(&_DataLicense.TransactOpts, buyer, productId, seconds_, encryptionKey, attesterDeadline, attesterSig)
}

// BuyFor is a paid mutator transaction binding the contract method 0x8f27a247.
//
// Solidity: function buyFor(address buyer, uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig) returns()
func (_DataLicense *DataLicenseTransactorSession) BuyFor(buyer common.Address, productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.BuyFor(&_DataLicense.TransactOpts, buyer, productId, seconds_, encryptionKey, attesterDeadline, attesterSig)
}

// BuyWithPermit is a paid mutator transaction binding the contract method 0xe3a46985.
//
// Solidity: function buyWithPermit(uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig, (uint256,uint8,bytes32,bytes32) permit) returns()
func (_DataLicense *DataLicenseTransactor) BuyWithPermit(opts *bind.TransactOpts, productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte, permit DataLicensePermit) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "buyWithPermit", productId, seconds_, encryptionKey, attesterDeadline, attesterSig, permit)
}

// BuyWithPermit is a paid mutator transaction binding the contract method 0xe3a46985.
//
// Solidity: function buyWithPermit(uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig, (uint256,uint8,bytes32,bytes32) permit) returns()
func (_DataLicense *DataLicenseSession) BuyWithPermit(productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte, permit DataLicensePermit) (*types.Transaction, error) {
	return _DataLicense.Contract.BuyWithPermit(&_DataLicense.TransactOpts, productId, seconds_, encryptionKey, attesterDeadline, attesterSig, permit)
}

// BuyWithPermit is a paid mutator transaction binding the contract method 0xe3a46985.
//
// Solidity: function buyWithPermit(uint256 productId, uint256 seconds_, bytes encryptionKey, uint256 attesterDeadline, bytes attesterSig, (uint256,uint8,bytes32,bytes32) permit) returns()
func (_DataLicense *DataLicenseTransactorSession) BuyWithPermit(productId *big.Int, seconds_ *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte, permit DataLicensePermit) (*types.Transaction, error) {
	return _DataLicense.Contract.BuyWithPermit(&_DataLicense.TransactOpts, productId, seconds_, encryptionKey, attesterDeadline, attesterSig, permit)
}

// CreateProduct is a paid mutator transaction binding the contract method 0x7c47fc33.
//
// Solidity: function createProduct(address beneficiary, address[] streams, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns(uint256 productId)
func (_DataLicense *DataLicenseTransactor) CreateProduct(opts *bind.TransactOpts, beneficiary common.Address, streams []common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "createProduct", beneficiary, streams, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// CreateProduct is a paid mutator transaction binding the contract method 0x7c47fc33.
//
// Solidity: function createProduct(address beneficiary, address[] streams, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns(uint256 productId)
func (_DataLicense *DataLicenseSession) CreateProduct(beneficiary common.Address, streams []common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.Contract.CreateProduct(&_DataLicense.TransactOpts, beneficiary, streams, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// CreateProduct is a paid mutator transaction binding the contract method 0x7c47fc33.
//
// Solidity: function createProduct(address beneficiary, address[] streams, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns(uint256 productId)
func (_DataLicense *DataLicenseTransactorSession) CreateProduct(beneficiary common.Address, streams []common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.Contract.CreateProduct(&_DataLicense.TransactOpts, beneficiary, streams, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// DeactivateProduct is a paid mutator transaction binding the contract method 0xfd77e5de.
//
// Solidity: function deactivateProduct(uint256 productId) returns()
func (_DataLicense *DataLicenseTransactor) DeactivateProduct(opts *bind.TransactOpts, productId *big.Int) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "deactivateProduct", productId)
}

// DeactivateProduct is a paid mutator transaction binding the contract method 0xfd77e5de.
//
// Solidity: function deactivateProduct(uint256 productId) returns()
func (_DataLicense *DataLicenseSession) DeactivateProduct(productId *big.Int) (*types.Transaction, error) {
	return _DataLicense.Contract.DeactivateProduct(&_DataLicense.TransactOpts, productId)
}

// DeactivateProduct is a paid mutator transaction binding the contract method 0xfd77e5de.
//
// Solidity: function deactivateProduct(uint256 productId) returns()
func (_DataLicense *DataLicenseTransactorSession) DeactivateProduct(productId *big.Int) (*types.Transaction, error) {
	return _DataLicense.Contract.DeactivateProduct(&_DataLicense.TransactOpts, productId)
}

// Flag is a paid mutator transaction binding the contract method 0xdb8b7da3.
//
// Solidity: function flag(uint256 productId, string reason) returns()
func (_DataLicense *DataLicenseTransactor) Flag(opts *bind.TransactOpts, productId *big.Int, reason string) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "flag", productId, reason)
}

// Flag is a paid mutator transaction binding the contract method 0xdb8b7da3.
//
// Solidity: function flag(uint256 productId, string reason) returns()
func (_DataLicense *DataLicenseSession) Flag(productId *big.Int, reason string) (*types.Transaction, error) {
	return _DataLicense.Contract.Flag(&_DataLicense.TransactOpts, productId, reason)
}

// Flag is a paid mutator transaction binding the contract method 0xdb8b7da3.
//
// Solidity: function flag(uint256 productId, string reason) returns()
func (_DataLicense *DataLicenseTransactorSession) Flag(productId *big.Int, reason string) (*types.Transaction, error) {
	return _DataLicense.Contract.Flag(&_DataLicense.TransactOpts, productId, reason)
}

// OnTokenTransfer is a paid mutator transaction binding the contract method 0xa4c0ed36.
//
// Solidity: function onTokenTransfer(address from, uint256 amount, bytes data) returns()
func (_DataLicense *DataLicenseTransactor) OnTokenTransfer(opts *bind.TransactOpts, from common.Address, amount *big.Int, data []byte) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "onTokenTransfer", from, amount, data)
}

// OnTokenTransfer is a paid mutator transaction binding the contract method 0xa4c0ed36.
//
// Solidity: function onTokenTransfer(address from, uint256 amount, bytes data) returns()
func (_DataLicense *DataLicenseSession) OnTokenTransfer(from common.Address, amount *big.Int, data []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.OnTokenTransfer(&_DataLicense.TransactOpts, from, amount, data)
}

// OnTokenTransfer is a paid mutator transaction binding the contract method 0xa4c0ed36.
//
// Solidity: function onTokenTransfer(address from, uint256 amount, bytes data) returns()
func (_DataLicense *DataLicenseTransactorSession) OnTokenTransfer(from common.Address, amount *big.Int, data []byte) (*types.Transaction, error) {
	return _DataLicense.Contract.OnTokenTransfer(&_DataLicense.TransactOpts, from, amount, data)
}

// Refund is a paid mutator transaction binding the contract method 0x7ad226dc.
//
// Solidity: function refund(uint256 productId, address buyer) returns(uint256 amount)
func (_DataLicense *DataLicenseTransactor) Refund(opts *bind.TransactOpts, productId *big.Int, buyer common.Address) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "refund", productId, buyer)
}

// Refund is a paid mutator transaction binding the contract method 0x7ad226dc.
//
// Solidity: function refund(uint256 productId, address buyer) returns(uint256 amount)
func (_DataLicense *DataLicenseSession) Refund(productId *big.Int, buyer common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.Refund(&_DataLicense.TransactOpts, productId, buyer)
}

// Refund is a paid mutator transaction binding the contract method 0x7ad226dc.
//
// Solidity: function refund(uint256 productId, address buyer) returns(uint256 amount)
func (_DataLicense *DataLicenseTransactorSession) Refund(productId *big.Int, buyer common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.Refund(&_DataLicense.TransactOpts, productId, buyer)
}

// Release is a paid mutator transaction binding the contract method 0x45d356a2.
//
// Solidity: function release(uint256 productId, address buyer, uint64 epoch, (uint32,uint32,uint32,uint64,bytes32,bytes32[]) proof) returns(uint256 amount)
func (_DataLicense *DataLicenseTransactor) Release(opts *bind.TransactOpts, productId *big.Int, buyer common.Address, epoch uint64, proof DataLicenseDeliveryProof) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "release", productId, buyer, epoch, proof)
}

// Release is a paid mutator transaction binding the contract method 0x45d356a2.
//
// Solidity: function release(uint256 productId, address buyer, uint64 epoch, (uint32,uint32,uint32,uint64,bytes32,bytes32[]) proof) returns(uint256 amount)
func (_DataLicense *DataLicenseSession) Release(productId *big.Int, buyer common.Address, epoch uint64, proof DataLicenseDeliveryProof) (*types.Transaction, error) {
	return _DataLicense.Contract.Release(&_DataLicense.TransactOpts, productId, buyer, epoch, proof)
}

// Release is a paid mutator transaction binding the contract method 0x45d356a2.
//
// Solidity: function release(uint256 productId, address buyer, uint64 epoch, (uint32,uint32,uint32,uint64,bytes32,bytes32[]) proof) returns(uint256 amount)
func (_DataLicense *DataLicenseTransactorSession) Release(productId *big.Int, buyer common.Address, epoch uint64, proof DataLicenseDeliveryProof) (*types.Transaction, error) {
	return _DataLicense.Contract.Release(&_DataLicense.TransactOpts, productId, buyer, epoch, proof)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DataLicense *DataLicenseTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DataLicense *DataLicenseSession) RenounceOwnership() (*types.Transaction, error) {
	return _DataLicense.Contract.RenounceOwnership(&_DataLicense.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_DataLicense *DataLicenseTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _DataLicense.Contract.RenounceOwnership(&_DataLicense.TransactOpts)
}

// SetFeeBps is a paid mutator transaction binding the contract method 0x023b1fc9.
//
// Solidity: function setFeeBps(uint16 feeBps_) returns()
func (_DataLicense *DataLicenseTransactor) SetFeeBps(opts *bind.TransactOpts, feeBps_ uint16) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "setFeeBps", feeBps_)
}

// SetFeeBps is a paid mutator transaction binding the contract method 0x023b1fc9.
//
// Solidity: function setFeeBps(uint16 feeBps_) returns()
func (_DataLicense *DataLicenseSession) SetFeeBps(feeBps_ uint16) (*types.Transaction, error) {
	return _DataLicense.Contract.SetFeeBps(&_DataLicense.TransactOpts, feeBps_)
}

// SetFeeBps is a paid mutator transaction binding the contract method 0x023b1fc9.
//
// Solidity: function setFeeBps(uint16 feeBps_) returns()
func (_DataLicense *DataLicenseTransactorSession) SetFeeBps(feeBps_ uint16) (*types.Transaction, error) {
	return _DataLicense.Contract.SetFeeBps(&_DataLicense.TransactOpts, feeBps_)
}

// SetRefundGracePeriod is a paid mutator transaction binding the contract method 0x1d203fdf.
//
// Solidity: function setRefundGracePeriod(uint64 seconds_) returns()
func (_DataLicense *DataLicenseTransactor) SetRefundGracePeriod(opts *bind.TransactOpts, seconds_ uint64) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "setRefundGracePeriod", seconds_)
}

// SetRefundGracePeriod is a paid mutator transaction binding the contract method 0x1d203fdf.
//
// Solidity: function setRefundGracePeriod(uint64 seconds_) returns()
func (_DataLicense *DataLicenseSession) SetRefundGracePeriod(seconds_ uint64) (*types.Transaction, error) {
	return _DataLicense.Contract.SetRefundGracePeriod(&_DataLicense.TransactOpts, seconds_)
}

// SetRefundGracePeriod is a paid mutator transaction binding the contract method 0x1d203fdf.
//
// Solidity: function setRefundGracePeriod(uint64 seconds_) returns()
func (_DataLicense *DataLicenseTransactorSession) SetRefundGracePeriod(seconds_ uint64) (*types.Transaction, error) {
	return _DataLicense.Contract.SetRefundGracePeriod(&_DataLicense.TransactOpts, seconds_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_DataLicense *DataLicenseTransactor) SetTreasury(opts *bind.TransactOpts, treasury_ common.Address) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "setTreasury", treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_DataLicense *DataLicenseSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.SetTreasury(&_DataLicense.TransactOpts, treasury_)
}

// SetTreasury is a paid mutator transaction binding the contract method 0xf0f44260.
//
// Solidity: function setTreasury(address treasury_) returns()
func (_DataLicense *DataLicenseTransactorSession) SetTreasury(treasury_ common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.SetTreasury(&_DataLicense.TransactOpts, treasury_)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DataLicense *DataLicenseTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DataLicense *DataLicenseSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.TransferOwnership(&_DataLicense.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_DataLicense *DataLicenseTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _DataLicense.Contract.TransferOwnership(&_DataLicense.TransactOpts, newOwner)
}

// UpdateProduct is a paid mutator transaction binding the contract method 0x99c1e84f.
//
// Solidity: function updateProduct(uint256 productId, address beneficiary, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns()
func (_DataLicense *DataLicenseTransactor) UpdateProduct(opts *bind.TransactOpts, productId *big.Int, beneficiary common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "updateProduct", productId, beneficiary, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// UpdateProduct is a paid mutator transaction binding the contract method 0x99c1e84f.
//
// Solidity: function updateProduct(uint256 productId, address beneficiary, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns()
func (_DataLicense *DataLicenseSession) UpdateProduct(productId *big.Int, beneficiary common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.Contract.UpdateProduct(&_DataLicense.TransactOpts, productId, beneficiary, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// UpdateProduct is a paid mutator transaction binding the contract method 0x99c1e84f.
//
// Solidity: function updateProduct(uint256 productId, address beneficiary, uint96 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata) returns()
func (_DataLicense *DataLicenseTransactorSession) UpdateProduct(productId *big.Int, beneficiary common.Address, pricePerSecond *big.Int, minSeconds uint64, termsCID string, requiredAttester common.Address, metadata string) (*types.Transaction, error) {
	return _DataLicense.Contract.UpdateProduct(&_DataLicense.TransactOpts, productId, beneficiary, pricePerSecond, minSeconds, termsCID, requiredAttester, metadata)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DataLicense *DataLicenseTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DataLicense.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DataLicense *DataLicenseSession) Withdraw() (*types.Transaction, error) {
	return _DataLicense.Contract.Withdraw(&_DataLicense.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DataLicense *DataLicenseTransactorSession) Withdraw() (*types.Transaction, error) {
	return _DataLicense.Contract.Withdraw(&_DataLicense.TransactOpts)
}

// DataLicenseEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the DataLicense contract.
type DataLicenseEIP712DomainChangedIterator struct {
	Event *DataLicenseEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *DataLicenseEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseEIP712DomainChanged)
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
		it.Event = new(DataLicenseEIP712DomainChanged)
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
func (it *DataLicenseEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseEIP712DomainChanged represents a EIP712DomainChanged event raised by the DataLicense contract.
type DataLicenseEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DataLicense *DataLicenseFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*DataLicenseEIP712DomainChangedIterator, error) {

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &DataLicenseEIP712DomainChangedIterator{contract: _DataLicense.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DataLicense *DataLicenseFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *DataLicenseEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseEIP712DomainChanged)
				if err := _DataLicense.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_DataLicense *DataLicenseFilterer) ParseEIP712DomainChanged(log types.Log) (*DataLicenseEIP712DomainChanged, error) {
	event := new(DataLicenseEIP712DomainChanged)
	if err := _DataLicense.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseFeeChangedIterator is returned from FilterFeeChanged and is used to iterate over the raw logs and unpacked data for FeeChanged events raised by the DataLicense contract.
type DataLicenseFeeChangedIterator struct {
	Event *DataLicenseFeeChanged // Event containing the contract specifics and raw log

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
func (it *DataLicenseFeeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseFeeChanged)
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
		it.Event = new(DataLicenseFeeChanged)
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
func (it *DataLicenseFeeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseFeeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseFeeChanged represents a FeeChanged event raised by the DataLicense contract.
type DataLicenseFeeChanged struct {
	FeeBps uint16
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFeeChanged is a free log retrieval operation binding the contract event 0x931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e243.
//
// Solidity: event FeeChanged(uint16 feeBps)
func (_DataLicense *DataLicenseFilterer) FilterFeeChanged(opts *bind.FilterOpts) (*DataLicenseFeeChangedIterator, error) {

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "FeeChanged")
	if err != nil {
		return nil, err
	}
	return &DataLicenseFeeChangedIterator{contract: _DataLicense.contract, event: "FeeChanged", logs: logs, sub: sub}, nil
}

// WatchFeeChanged is a free log subscription operation binding the contract event 0x931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e243.
//
// Solidity: event FeeChanged(uint16 feeBps)
func (_DataLicense *DataLicenseFilterer) WatchFeeChanged(opts *bind.WatchOpts, sink chan<- *DataLicenseFeeChanged) (event.Subscription, error) {

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "FeeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseFeeChanged)
				if err := _DataLicense.contract.UnpackLog(event, "FeeChanged", log); err != nil {
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

// ParseFeeChanged is a log parse operation binding the contract event 0x931a978d852c1b6fa9dd97300fd89c773ff625b91f697b0911e943ba15f9e243.
//
// Solidity: event FeeChanged(uint16 feeBps)
func (_DataLicense *DataLicenseFilterer) ParseFeeChanged(log types.Log) (*DataLicenseFeeChanged, error) {
	event := new(DataLicenseFeeChanged)
	if err := _DataLicense.contract.UnpackLog(event, "FeeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseFlaggedIterator is returned from FilterFlagged and is used to iterate over the raw logs and unpacked data for Flagged events raised by the DataLicense contract.
type DataLicenseFlaggedIterator struct {
	Event *DataLicenseFlagged // Event containing the contract specifics and raw log

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
func (it *DataLicenseFlaggedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseFlagged)
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
		it.Event = new(DataLicenseFlagged)
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
func (it *DataLicenseFlaggedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseFlaggedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseFlagged represents a Flagged event raised by the DataLicense contract.
type DataLicenseFlagged struct {
	ProductId *big.Int
	Buyer     common.Address
	Reason    string
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterFlagged is a free log retrieval operation binding the contract event 0x8f7df456734fb772cd7c9bd35c3232c5c9a6f45363c12d0c4de4cb7a40f94fc2.
//
// Solidity: event Flagged(uint256 indexed productId, address indexed buyer, string reason)
func (_DataLicense *DataLicenseFilterer) FilterFlagged(opts *bind.FilterOpts, productId []*big.Int, buyer []common.Address) (*DataLicenseFlaggedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "Flagged", productIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseFlaggedIterator{contract: _DataLicense.contract, event: "Flagged", logs: logs, sub: sub}, nil
}

// WatchFlagged is a free log subscription operation binding the contract event 0x8f7df456734fb772cd7c9bd35c3232c5c9a6f45363c12d0c4de4cb7a40f94fc2.
//
// Solidity: event Flagged(uint256 indexed productId, address indexed buyer, string reason)
func (_DataLicense *DataLicenseFilterer) WatchFlagged(opts *bind.WatchOpts, sink chan<- *DataLicenseFlagged, productId []*big.Int, buyer []common.Address) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "Flagged", productIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseFlagged)
				if err := _DataLicense.contract.UnpackLog(event, "Flagged", log); err != nil {
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

// ParseFlagged is a log parse operation binding the contract event 0x8f7df456734fb772cd7c9bd35c3232c5c9a6f45363c12d0c4de4cb7a40f94fc2.
//
// Solidity: event Flagged(uint256 indexed productId, address indexed buyer, string reason)
func (_DataLicense *DataLicenseFilterer) ParseFlagged(log types.Log) (*DataLicenseFlagged, error) {
	event := new(DataLicenseFlagged)
	if err := _DataLicense.contract.UnpackLog(event, "Flagged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseGracePeriodChangedIterator is returned from FilterGracePeriodChanged and is used to iterate over the raw logs and unpacked data for GracePeriodChanged events raised by the DataLicense contract.
type DataLicenseGracePeriodChangedIterator struct {
	Event *DataLicenseGracePeriodChanged // Event containing the contract specifics and raw log

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
func (it *DataLicenseGracePeriodChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseGracePeriodChanged)
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
		it.Event = new(DataLicenseGracePeriodChanged)
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
func (it *DataLicenseGracePeriodChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseGracePeriodChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseGracePeriodChanged represents a GracePeriodChanged event raised by the DataLicense contract.
type DataLicenseGracePeriodChanged struct {
	Seconds uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterGracePeriodChanged is a free log retrieval operation binding the contract event 0x8704b6ca2a2e5352f0162636d77da7056ff66ccbd4003a5501ce4b3b8ff0549a.
//
// Solidity: event GracePeriodChanged(uint64 seconds_)
func (_DataLicense *DataLicenseFilterer) FilterGracePeriodChanged(opts *bind.FilterOpts) (*DataLicenseGracePeriodChangedIterator, error) {

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "GracePeriodChanged")
	if err != nil {
		return nil, err
	}
	return &DataLicenseGracePeriodChangedIterator{contract: _DataLicense.contract, event: "GracePeriodChanged", logs: logs, sub: sub}, nil
}

// WatchGracePeriodChanged is a free log subscription operation binding the contract event 0x8704b6ca2a2e5352f0162636d77da7056ff66ccbd4003a5501ce4b3b8ff0549a.
//
// Solidity: event GracePeriodChanged(uint64 seconds_)
func (_DataLicense *DataLicenseFilterer) WatchGracePeriodChanged(opts *bind.WatchOpts, sink chan<- *DataLicenseGracePeriodChanged) (event.Subscription, error) {

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "GracePeriodChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseGracePeriodChanged)
				if err := _DataLicense.contract.UnpackLog(event, "GracePeriodChanged", log); err != nil {
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

// ParseGracePeriodChanged is a log parse operation binding the contract event 0x8704b6ca2a2e5352f0162636d77da7056ff66ccbd4003a5501ce4b3b8ff0549a.
//
// Solidity: event GracePeriodChanged(uint64 seconds_)
func (_DataLicense *DataLicenseFilterer) ParseGracePeriodChanged(log types.Log) (*DataLicenseGracePeriodChanged, error) {
	event := new(DataLicenseGracePeriodChanged)
	if err := _DataLicense.contract.UnpackLog(event, "GracePeriodChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseLicensePurchasedIterator is returned from FilterLicensePurchased and is used to iterate over the raw logs and unpacked data for LicensePurchased events raised by the DataLicense contract.
type DataLicenseLicensePurchasedIterator struct {
	Event *DataLicenseLicensePurchased // Event containing the contract specifics and raw log

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
func (it *DataLicenseLicensePurchasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseLicensePurchased)
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
		it.Event = new(DataLicenseLicensePurchased)
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
func (it *DataLicenseLicensePurchasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseLicensePurchasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseLicensePurchased represents a LicensePurchased event raised by the DataLicense contract.
type DataLicenseLicensePurchased struct {
	ProductId *big.Int
	Buyer     common.Address
	Payer     common.Address
	Seconds   *big.Int
	Price     *big.Int
	Fee       *big.Int
	NewExpiry uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterLicensePurchased is a free log retrieval operation binding the contract event 0x1df6848eb97d6371ff526696bad6530f5ce8fdbf53e0295438c233ba12c9c5a9.
//
// Solidity: event LicensePurchased(uint256 indexed productId, address indexed buyer, address indexed payer, uint256 seconds_, uint256 price, uint256 fee, uint64 newExpiry)
func (_DataLicense *DataLicenseFilterer) FilterLicensePurchased(opts *bind.FilterOpts, productId []*big.Int, buyer []common.Address, payer []common.Address) (*DataLicenseLicensePurchasedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "LicensePurchased", productIdRule, buyerRule, payerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseLicensePurchasedIterator{contract: _DataLicense.contract, event: "LicensePurchased", logs: logs, sub: sub}, nil
}

// WatchLicensePurchased is a free log subscription operation binding the contract event 0x1df6848eb97d6371ff526696bad6530f5ce8fdbf53e0295438c233ba12c9c5a9.
//
// Solidity: event LicensePurchased(uint256 indexed productId, address indexed buyer, address indexed payer, uint256 seconds_, uint256 price, uint256 fee, uint64 newExpiry)
func (_DataLicense *DataLicenseFilterer) WatchLicensePurchased(opts *bind.WatchOpts, sink chan<- *DataLicenseLicensePurchased, productId []*big.Int, buyer []common.Address, payer []common.Address) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "LicensePurchased", productIdRule, buyerRule, payerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseLicensePurchased)
				if err := _DataLicense.contract.UnpackLog(event, "LicensePurchased", log); err != nil {
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

// ParseLicensePurchased is a log parse operation binding the contract event 0x1df6848eb97d6371ff526696bad6530f5ce8fdbf53e0295438c233ba12c9c5a9.
//
// Solidity: event LicensePurchased(uint256 indexed productId, address indexed buyer, address indexed payer, uint256 seconds_, uint256 price, uint256 fee, uint64 newExpiry)
func (_DataLicense *DataLicenseFilterer) ParseLicensePurchased(log types.Log) (*DataLicenseLicensePurchased, error) {
	event := new(DataLicenseLicensePurchased)
	if err := _DataLicense.contract.UnpackLog(event, "LicensePurchased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the DataLicense contract.
type DataLicenseOwnershipTransferStartedIterator struct {
	Event *DataLicenseOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *DataLicenseOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseOwnershipTransferStarted)
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
		it.Event = new(DataLicenseOwnershipTransferStarted)
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
func (it *DataLicenseOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DataLicense contract.
type DataLicenseOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DataLicense *DataLicenseFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DataLicenseOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseOwnershipTransferStartedIterator{contract: _DataLicense.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_DataLicense *DataLicenseFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *DataLicenseOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseOwnershipTransferStarted)
				if err := _DataLicense.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_DataLicense *DataLicenseFilterer) ParseOwnershipTransferStarted(log types.Log) (*DataLicenseOwnershipTransferStarted, error) {
	event := new(DataLicenseOwnershipTransferStarted)
	if err := _DataLicense.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the DataLicense contract.
type DataLicenseOwnershipTransferredIterator struct {
	Event *DataLicenseOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *DataLicenseOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseOwnershipTransferred)
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
		it.Event = new(DataLicenseOwnershipTransferred)
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
func (it *DataLicenseOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseOwnershipTransferred represents a OwnershipTransferred event raised by the DataLicense contract.
type DataLicenseOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DataLicense *DataLicenseFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*DataLicenseOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseOwnershipTransferredIterator{contract: _DataLicense.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_DataLicense *DataLicenseFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *DataLicenseOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseOwnershipTransferred)
				if err := _DataLicense.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_DataLicense *DataLicenseFilterer) ParseOwnershipTransferred(log types.Log) (*DataLicenseOwnershipTransferred, error) {
	event := new(DataLicenseOwnershipTransferred)
	if err := _DataLicense.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicensePaymentReleasedIterator is returned from FilterPaymentReleased and is used to iterate over the raw logs and unpacked data for PaymentReleased events raised by the DataLicense contract.
type DataLicensePaymentReleasedIterator struct {
	Event *DataLicensePaymentReleased // Event containing the contract specifics and raw log

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
func (it *DataLicensePaymentReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicensePaymentReleased)
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
		it.Event = new(DataLicensePaymentReleased)
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
func (it *DataLicensePaymentReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicensePaymentReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicensePaymentReleased represents a PaymentReleased event raised by the DataLicense contract.
type DataLicensePaymentReleased struct {
	ProductId   *big.Int
	Buyer       common.Address
	Epoch       uint64
	Beneficiary common.Address
	Amount      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPaymentReleased is a free log retrieval operation binding the contract event 0xd8448ef17f895239b8cd02c8dcd0649f710d2d2f6d8286c2d3b8401edd5cd42b.
//
// Solidity: event PaymentReleased(uint256 indexed productId, address indexed buyer, uint64 indexed epoch, address beneficiary, uint256 amount)
func (_DataLicense *DataLicenseFilterer) FilterPaymentReleased(opts *bind.FilterOpts, productId []*big.Int, buyer []common.Address, epoch []uint64) (*DataLicensePaymentReleasedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "PaymentReleased", productIdRule, buyerRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &DataLicensePaymentReleasedIterator{contract: _DataLicense.contract, event: "PaymentReleased", logs: logs, sub: sub}, nil
}

// WatchPaymentReleased is a free log subscription operation binding the contract event 0xd8448ef17f895239b8cd02c8dcd0649f710d2d2f6d8286c2d3b8401edd5cd42b.
//
// Solidity: event PaymentReleased(uint256 indexed productId, address indexed buyer, uint64 indexed epoch, address beneficiary, uint256 amount)
func (_DataLicense *DataLicenseFilterer) WatchPaymentReleased(opts *bind.WatchOpts, sink chan<- *DataLicensePaymentReleased, productId []*big.Int, buyer []common.Address, epoch []uint64) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "PaymentReleased", productIdRule, buyerRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicensePaymentReleased)
				if err := _DataLicense.contract.UnpackLog(event, "PaymentReleased", log); err != nil {
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

// ParsePaymentReleased is a log parse operation binding the contract event 0xd8448ef17f895239b8cd02c8dcd0649f710d2d2f6d8286c2d3b8401edd5cd42b.
//
// Solidity: event PaymentReleased(uint256 indexed productId, address indexed buyer, uint64 indexed epoch, address beneficiary, uint256 amount)
func (_DataLicense *DataLicenseFilterer) ParsePaymentReleased(log types.Log) (*DataLicensePaymentReleased, error) {
	event := new(DataLicensePaymentReleased)
	if err := _DataLicense.contract.UnpackLog(event, "PaymentReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseProductCreatedIterator is returned from FilterProductCreated and is used to iterate over the raw logs and unpacked data for ProductCreated events raised by the DataLicense contract.
type DataLicenseProductCreatedIterator struct {
	Event *DataLicenseProductCreated // Event containing the contract specifics and raw log

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
func (it *DataLicenseProductCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseProductCreated)
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
		it.Event = new(DataLicenseProductCreated)
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
func (it *DataLicenseProductCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseProductCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseProductCreated represents a ProductCreated event raised by the DataLicense contract.
type DataLicenseProductCreated struct {
	ProductId        *big.Int
	Owner            common.Address
	Beneficiary      common.Address
	Streams          []common.Address
	PricePerSecond   *big.Int
	MinSeconds       uint64
	TermsCID         string
	RequiredAttester common.Address
	Metadata         string
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterProductCreated is a free log retrieval operation binding the contract event 0xaf0c638823848c4e770f83816e90210244e0df5e77e6803d21da747e0328ae1b.
//
// Solidity: event ProductCreated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) FilterProductCreated(opts *bind.FilterOpts, productId []*big.Int, owner []common.Address) (*DataLicenseProductCreatedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "ProductCreated", productIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseProductCreatedIterator{contract: _DataLicense.contract, event: "ProductCreated", logs: logs, sub: sub}, nil
}

// WatchProductCreated is a free log subscription operation binding the contract event 0xaf0c638823848c4e770f83816e90210244e0df5e77e6803d21da747e0328ae1b.
//
// Solidity: event ProductCreated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) WatchProductCreated(opts *bind.WatchOpts, sink chan<- *DataLicenseProductCreated, productId []*big.Int, owner []common.Address) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "ProductCreated", productIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseProductCreated)
				if err := _DataLicense.contract.UnpackLog(event, "ProductCreated", log); err != nil {
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

// ParseProductCreated is a log parse operation binding the contract event 0xaf0c638823848c4e770f83816e90210244e0df5e77e6803d21da747e0328ae1b.
//
// Solidity: event ProductCreated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) ParseProductCreated(log types.Log) (*DataLicenseProductCreated, error) {
	event := new(DataLicenseProductCreated)
	if err := _DataLicense.contract.UnpackLog(event, "ProductCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseProductDeactivatedIterator is returned from FilterProductDeactivated and is used to iterate over the raw logs and unpacked data for ProductDeactivated events raised by the DataLicense contract.
type DataLicenseProductDeactivatedIterator struct {
	Event *DataLicenseProductDeactivated // Event containing the contract specifics and raw log

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
func (it *DataLicenseProductDeactivatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseProductDeactivated)
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
		it.Event = new(DataLicenseProductDeactivated)
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
func (it *DataLicenseProductDeactivatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseProductDeactivatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseProductDeactivated represents a ProductDeactivated event raised by the DataLicense contract.
type DataLicenseProductDeactivated struct {
	ProductId *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterProductDeactivated is a free log retrieval operation binding the contract event 0x241c84b17626110b8c42e26f8f7de483066e7f266953509e01046f09e6fdd6cc.
//
// Solidity: event ProductDeactivated(uint256 indexed productId)
func (_DataLicense *DataLicenseFilterer) FilterProductDeactivated(opts *bind.FilterOpts, productId []*big.Int) (*DataLicenseProductDeactivatedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "ProductDeactivated", productIdRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseProductDeactivatedIterator{contract: _DataLicense.contract, event: "ProductDeactivated", logs: logs, sub: sub}, nil
}

// WatchProductDeactivated is a free log subscription operation binding the contract event 0x241c84b17626110b8c42e26f8f7de483066e7f266953509e01046f09e6fdd6cc.
//
// Solidity: event ProductDeactivated(uint256 indexed productId)
func (_DataLicense *DataLicenseFilterer) WatchProductDeactivated(opts *bind.WatchOpts, sink chan<- *DataLicenseProductDeactivated, productId []*big.Int) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "ProductDeactivated", productIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseProductDeactivated)
				if err := _DataLicense.contract.UnpackLog(event, "ProductDeactivated", log); err != nil {
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

// ParseProductDeactivated is a log parse operation binding the contract event 0x241c84b17626110b8c42e26f8f7de483066e7f266953509e01046f09e6fdd6cc.
//
// Solidity: event ProductDeactivated(uint256 indexed productId)
func (_DataLicense *DataLicenseFilterer) ParseProductDeactivated(log types.Log) (*DataLicenseProductDeactivated, error) {
	event := new(DataLicenseProductDeactivated)
	if err := _DataLicense.contract.UnpackLog(event, "ProductDeactivated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseProductUpdatedIterator is returned from FilterProductUpdated and is used to iterate over the raw logs and unpacked data for ProductUpdated events raised by the DataLicense contract.
type DataLicenseProductUpdatedIterator struct {
	Event *DataLicenseProductUpdated // Event containing the contract specifics and raw log

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
func (it *DataLicenseProductUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseProductUpdated)
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
		it.Event = new(DataLicenseProductUpdated)
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
func (it *DataLicenseProductUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseProductUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseProductUpdated represents a ProductUpdated event raised by the DataLicense contract.
type DataLicenseProductUpdated struct {
	ProductId        *big.Int
	Owner            common.Address
	Beneficiary      common.Address
	Streams          []common.Address
	PricePerSecond   *big.Int
	MinSeconds       uint64
	TermsCID         string
	RequiredAttester common.Address
	Metadata         string
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterProductUpdated is a free log retrieval operation binding the contract event 0x0a59e4f58a1039e1d54520cb6a782832215f464a62242c3b0ca523ecfa14ea67.
//
// Solidity: event ProductUpdated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) FilterProductUpdated(opts *bind.FilterOpts, productId []*big.Int, owner []common.Address) (*DataLicenseProductUpdatedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "ProductUpdated", productIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseProductUpdatedIterator{contract: _DataLicense.contract, event: "ProductUpdated", logs: logs, sub: sub}, nil
}

// WatchProductUpdated is a free log subscription operation binding the contract event 0x0a59e4f58a1039e1d54520cb6a782832215f464a62242c3b0ca523ecfa14ea67.
//
// Solidity: event ProductUpdated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) WatchProductUpdated(opts *bind.WatchOpts, sink chan<- *DataLicenseProductUpdated, productId []*big.Int, owner []common.Address) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "ProductUpdated", productIdRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseProductUpdated)
				if err := _DataLicense.contract.UnpackLog(event, "ProductUpdated", log); err != nil {
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

// ParseProductUpdated is a log parse operation binding the contract event 0x0a59e4f58a1039e1d54520cb6a782832215f464a62242c3b0ca523ecfa14ea67.
//
// Solidity: event ProductUpdated(uint256 indexed productId, address indexed owner, address beneficiary, address[] streams, uint256 pricePerSecond, uint64 minSeconds, string termsCID, address requiredAttester, string metadata)
func (_DataLicense *DataLicenseFilterer) ParseProductUpdated(log types.Log) (*DataLicenseProductUpdated, error) {
	event := new(DataLicenseProductUpdated)
	if err := _DataLicense.contract.UnpackLog(event, "ProductUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseRefundedIterator is returned from FilterRefunded and is used to iterate over the raw logs and unpacked data for Refunded events raised by the DataLicense contract.
type DataLicenseRefundedIterator struct {
	Event *DataLicenseRefunded // Event containing the contract specifics and raw log

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
func (it *DataLicenseRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseRefunded)
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
		it.Event = new(DataLicenseRefunded)
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
func (it *DataLicenseRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseRefunded represents a Refunded event raised by the DataLicense contract.
type DataLicenseRefunded struct {
	ProductId *big.Int
	Buyer     common.Address
	Amount    *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRefunded is a free log retrieval operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed productId, address indexed buyer, uint256 amount)
func (_DataLicense *DataLicenseFilterer) FilterRefunded(opts *bind.FilterOpts, productId []*big.Int, buyer []common.Address) (*DataLicenseRefundedIterator, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "Refunded", productIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseRefundedIterator{contract: _DataLicense.contract, event: "Refunded", logs: logs, sub: sub}, nil
}

// WatchRefunded is a free log subscription operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed productId, address indexed buyer, uint256 amount)
func (_DataLicense *DataLicenseFilterer) WatchRefunded(opts *bind.WatchOpts, sink chan<- *DataLicenseRefunded, productId []*big.Int, buyer []common.Address) (event.Subscription, error) {

	var productIdRule []interface{}
	for _, productIdItem := range productId {
		productIdRule = append(productIdRule, productIdItem)
	}
	var buyerRule []interface{}
	for _, buyerItem := range buyer {
		buyerRule = append(buyerRule, buyerItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "Refunded", productIdRule, buyerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseRefunded)
				if err := _DataLicense.contract.UnpackLog(event, "Refunded", log); err != nil {
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

// ParseRefunded is a log parse operation binding the contract event 0x7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c4.
//
// Solidity: event Refunded(uint256 indexed productId, address indexed buyer, uint256 amount)
func (_DataLicense *DataLicenseFilterer) ParseRefunded(log types.Log) (*DataLicenseRefunded, error) {
	event := new(DataLicenseRefunded)
	if err := _DataLicense.contract.UnpackLog(event, "Refunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseTreasuryChangedIterator is returned from FilterTreasuryChanged and is used to iterate over the raw logs and unpacked data for TreasuryChanged events raised by the DataLicense contract.
type DataLicenseTreasuryChangedIterator struct {
	Event *DataLicenseTreasuryChanged // Event containing the contract specifics and raw log

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
func (it *DataLicenseTreasuryChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseTreasuryChanged)
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
		it.Event = new(DataLicenseTreasuryChanged)
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
func (it *DataLicenseTreasuryChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseTreasuryChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseTreasuryChanged represents a TreasuryChanged event raised by the DataLicense contract.
type DataLicenseTreasuryChanged struct {
	Treasury common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterTreasuryChanged is a free log retrieval operation binding the contract event 0xc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608.
//
// Solidity: event TreasuryChanged(address treasury)
func (_DataLicense *DataLicenseFilterer) FilterTreasuryChanged(opts *bind.FilterOpts) (*DataLicenseTreasuryChangedIterator, error) {

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "TreasuryChanged")
	if err != nil {
		return nil, err
	}
	return &DataLicenseTreasuryChangedIterator{contract: _DataLicense.contract, event: "TreasuryChanged", logs: logs, sub: sub}, nil
}

// WatchTreasuryChanged is a free log subscription operation binding the contract event 0xc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608.
//
// Solidity: event TreasuryChanged(address treasury)
func (_DataLicense *DataLicenseFilterer) WatchTreasuryChanged(opts *bind.WatchOpts, sink chan<- *DataLicenseTreasuryChanged) (event.Subscription, error) {

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "TreasuryChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseTreasuryChanged)
				if err := _DataLicense.contract.UnpackLog(event, "TreasuryChanged", log); err != nil {
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

// ParseTreasuryChanged is a log parse operation binding the contract event 0xc714d22a2f08b695f81e7c707058db484aa5b4d6b4c9fd64beb10fe85832f608.
//
// Solidity: event TreasuryChanged(address treasury)
func (_DataLicense *DataLicenseFilterer) ParseTreasuryChanged(log types.Log) (*DataLicenseTreasuryChanged, error) {
	event := new(DataLicenseTreasuryChanged)
	if err := _DataLicense.contract.UnpackLog(event, "TreasuryChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DataLicenseWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the DataLicense contract.
type DataLicenseWithdrawnIterator struct {
	Event *DataLicenseWithdrawn // Event containing the contract specifics and raw log

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
func (it *DataLicenseWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DataLicenseWithdrawn)
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
		it.Event = new(DataLicenseWithdrawn)
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
func (it *DataLicenseWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DataLicenseWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DataLicenseWithdrawn represents a Withdrawn event raised by the DataLicense contract.
type DataLicenseWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_DataLicense *DataLicenseFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*DataLicenseWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _DataLicense.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &DataLicenseWithdrawnIterator{contract: _DataLicense.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_DataLicense *DataLicenseFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *DataLicenseWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _DataLicense.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DataLicenseWithdrawn)
				if err := _DataLicense.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_DataLicense *DataLicenseFilterer) ParseWithdrawn(log types.Log) (*DataLicenseWithdrawn, error) {
	event := new(DataLicenseWithdrawn)
	if err := _DataLicense.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
