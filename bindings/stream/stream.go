// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stream

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

// Permission is an auto generated low-level Go binding around an user-defined struct.
type Permission struct {
	PublishExpiry   uint64
	SubscribeExpiry uint64
	CanEdit         bool
	CanDelete       bool
	CanGrant        bool
}

// StreamMetaData contains all meta data concerning the Stream contract.
var StreamMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ENCRYPTION_KEY_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_METADATA_BYTES\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PARTITIONS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canDelete\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canEdit\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canGrant\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canPublish\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canSubscribe\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deleted\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"encryptionKeyOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"extendSubscribe\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantPublish\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grantSubscribe\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"expiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"initialize\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"metadata_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"partitions_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"users\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"perms\",\"type\":\"tuple[]\",\"internalType\":\"structPermission[]\",\"components\":[{\"name\":\"publishExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"subscribeExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"canEdit\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canDelete\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canGrant\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isPublic\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"keyHolderCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"keyHolders\",\"inputs\":[{\"name\":\"offset\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"users\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"keys\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"markDeleted\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"metadata\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"partitions\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permissionOf\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structPermission\",\"components\":[{\"name\":\"publishExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"subscribeExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"canEdit\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canDelete\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canGrant\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeEncryptionKey\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeAll\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setEncryptionKey\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setEncryptionKeyFor\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadata\",\"inputs\":[{\"name\":\"metadata_\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPartitions\",\"inputs\":[{\"name\":\"partitions_\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPermission\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"p\",\"type\":\"tuple\",\"internalType\":\"structPermission\",\"components\":[{\"name\":\"publishExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"subscribeExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"canEdit\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canDelete\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canGrant\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPermissions\",\"inputs\":[{\"name\":\"users\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"perms\",\"type\":\"tuple[]\",\"internalType\":\"structPermission[]\",\"components\":[{\"name\":\"publishExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"subscribeExpiry\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"canEdit\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canDelete\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"canGrant\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"Deleted\",\"inputs\":[{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EncryptionKeyRemoved\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EncryptionKeySet\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"key\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MetadataUpdated\",\"inputs\":[{\"name\":\"metadata\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PartitionsUpdated\",\"inputs\":[{\"name\":\"partitions\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PermissionUpdated\",\"inputs\":[{\"name\":\"user\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"publishExpiry\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"subscribeExpiry\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"canEdit\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"canDelete\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"canGrant\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadyInitialized\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidEncryptionKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidPartitions\",\"inputs\":[{\"name\":\"partitions\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"MetadataTooLong\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotAuthorized\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotOwner\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotRegistry\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"PublicCannotManage\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StreamIsDeleted\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051612a59380380612a5983398101604081905261002e91610072565b6001600160a01b039182166080521660a0525f805460ff60a81b1916600160a81b1790556100a3565b80516001600160a01b038116811461006d575f5ffd5b919050565b5f5f60408385031215610083575f5ffd5b61008c83610057565b915061009a60208401610057565b90509250929050565b60805160a0516129796100e05f395f81816103c3015281816108be01526111fc01525f8181610333015281816103ff01526119e901526129795ff3fe608060405234801561000f575f5ffd5b506004361061021b575f3560e01c806377c8c51a11610123578063a71145a6116100b8578063ded1efba11610088578063e7dd4b2c1161006e578063e7dd4b2c14610607578063ea06733d1461061a578063f2fde38b1461063b575f5ffd5b8063ded1efba146105e1578063e3943c1d146105f4575f5ffd5b8063a71145a6146105a0578063ab9a5ffc146105b3578063bbe166d4146105c6578063dc9a1535146105d9575f5ffd5b80639b55f901116100f35780639b55f901146104355780639be4c34714610448578063a3aced0614610450578063a49a1e7d1461058d575f5ffd5b806377c8c51a146103ab5780637b103999146103be5780637da0a877146103fd5780638da5cb5b14610423575f5ffd5b8063383faea6116101b357806354370fd71161018357806361cc44151161016957806361cc4415146103635780636b35f7c1146103855780637317156c14610398575f5ffd5b806354370fd714610310578063572b6c0514610323575f5ffd5b8063383faea6146102cd578063392f37e9146102e05780633e73f303146102f557806348fa59f514610308575f5ffd5b80631f7979a2116101ee5780631f7979a2146102815780631ff2c99c1461028a5780632532e5cc1461029d5780632586ffba146102ba575f5ffd5b8063016e4c571461021f57806309dc5b9e146102365780630a9b2453146102595780631caee75b1461026c575b5f5ffd5b6004545b6040519081526020015b60405180910390f35b61024961024436600461207e565b61064e565b604051901515815260200161022d565b61024961026736600461207e565b6106b0565b61027f61027a3660046120b5565b61070d565b005b61022361400081565b61024961029836600461207e565b610811565b6102a5606481565b60405163ffffffff909116815260200161022d565b61027f6102c836600461207e565b610870565b6102496102db36600461207e565b610976565b6102e8610a29565b60405161022d9190612132565b61027f6103033660046120b5565b610ab5565b610223602181565b61027f61031e3660046121c6565b610bd8565b61024961033136600461207e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b5f5474010000000000000000000000000000000000000000900460ff166102a5565b5f5461024990600160b01b900460ff1681565b61027f6103a6366004612232565b610c40565b6102e86103b936600461207e565b610ca9565b6103e57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161022d565b7f00000000000000000000000000000000000000000000000000000000000000006103e5565b5f546103e5906001600160a01b031681565b61024961044336600461207e565b610d52565b61027f610ded565b61053261045e36600461207e565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152506001600160a01b03165f90815260026020908152604091829020825160a081018452905467ffffffffffffffff8082168352680100000000000000008204169282019290925260ff7001000000000000000000000000000000008304811615159382019390935271010000000000000000000000000000000000820483161515606082015272010000000000000000000000000000000000009091049091161515608082015290565b60405161022d91905f60a08201905067ffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301511515604083015260608301511515606083015260808301511515608083015292915050565b61027f61059b3660046122ca565b610f91565b61027f6105ae366004612309565b61108e565b61027f6105c13660046120b5565b6110ef565b61027f6105d436600461236b565b6111f1565b6102496113b4565b61027f6105ef36600461242b565b611411565b61027f6106023660046122ca565b61153d565b61027f61061536600461207e565b611597565b61062d610628366004612444565b611620565b60405161022d929190612464565b61027f61064936600461207e565b61189d565b5f8054600160b01b900460ff161580156106aa57505f546001600160a01b03838116911614806106aa57506001600160a01b0382165f9081526002602052604090205471010000000000000000000000000000000000900460ff165b92915050565b5f8054600160b01b900460ff161580156106aa57505f546001600160a01b03838116911614806106aa5750506001600160a01b03165f90815260026020526040902054700100000000000000000000000000000000900460ff1690565b5f54600160b01b900460ff1615610750576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61076061075b6119d8565b611a42565b6001600160a01b0382165f90815260026020908152604091829020825160a081018452905467ffffffffffffffff808216835260ff700100000000000000000000000000000000830481161515958401959095527101000000000000000000000000000000000082048516151560608401527201000000000000000000000000000000000000909104909316151560808201529183169082015261080c83826108076119d8565b611acf565b505050565b5f8054600160b01b900460ff161580156106aa57505f546001600160a01b03838116911614806106aa5750506001600160a01b03165f908152600260205260409020547201000000000000000000000000000000000000900460ff1690565b5f54600160b01b900460ff16156108b3576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610915576040517fc85d9d6c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff16600160b01b1781556040516001600160a01b038316917f7fb2e49c6d2dcc748cced4be404df4b502a5091d84f32f62fa7821b5f9231f6b91a250565b5f8054600160b01b900460ff161561098f57505f919050565b5f546001600160a01b03908116908316036109ac57506001919050565b6001600160a01b0382165f9081526002602052604090205468010000000000000000900467ffffffffffffffff164210806106aa5750505f80525060026020527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b5468010000000000000000900467ffffffffffffffff16421090565b60018054610a369061252b565b80601f0160208091040260200160405190810160405280929190818152602001828054610a629061252b565b8015610aad5780601f10610a8457610100808354040283529160200191610aad565b820191905f5260205f20905b815481529060010190602001808311610a9057829003601f168201915b505050505081565b5f54600160b01b900460ff1615610af8576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b0361075b6119d8565b6001600160a01b0382165f90815260026020908152604091829020825160a081018452905467ffffffffffffffff8082168352680100000000000000008204811693830184905260ff7001000000000000000000000000000000008304811615159584019590955271010000000000000000000000000000000000820485161515606084015272010000000000000000000000000000000000009091049093161515608082015291831611610bb757505050565b67ffffffffffffffff8216602082015261080c83826108076119d8565b5050565b5f54600160b01b900460ff1615610c1b576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610c2661075b6119d8565b610c3a84848484610c356119d8565b611cbd565b50505050565b5f54600160b01b900460ff1615610c83576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610c8e61075b6119d8565b610bd482610ca1368490038401846125b8565b6108076119d8565b6001600160a01b0381165f908152600360205260409020805460609190610ccf9061252b565b80601f0160208091040260200160405190810160405280929190818152602001828054610cfb9061252b565b8015610d465780601f10610d1d57610100808354040283529160200191610d46565b820191905f5260205f20905b815481529060010190602001808311610d2957829003601f168201915b50505050509050919050565b5f8054600160b01b900460ff1615610d6b57505f919050565b5f546001600160a01b0390811690831603610d8857506001919050565b6001600160a01b0382165f9081526002602052604090205467ffffffffffffffff164210806106aa5750505f80525060026020527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b5467ffffffffffffffff16421090565b5f610df66119d8565b6001600160a01b0381165f90815260056020526040812054919250819003610e1c575050565b600480545f9190610e2f90600190612673565b81548110610e3f57610e3f612686565b5f918252602090912001546001600160a01b03169050806004610e63600185612673565b81548110610e7357610e73612686565b5f91825260208083209190910180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0394851617905591831681526005909152604090208290556004805480610ed457610ed46126b3565b5f828152602080822083017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff90810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690559092019092556001600160a01b038516825260058152604080832083905560039091528120610f5791612019565b6040516001600160a01b0384169081907f30b0b6ffe2e724e7f94ab28c7ffd219b14e3f30ebecd6fb5310013c19d764516905f90a3505050565b5f54600160b01b900460ff1615610fd4576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610fdd6119d8565b9050610fe8816106b0565b61102e576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024015b60405180910390fd5b6110388383611d68565b600161104583858361272b565b50806001600160a01b03167f3f90ee7c32e0423faf2211102133f54271b2777f948ea38b3c33ee1d673c36b68484604051611081929190612888565b60405180910390a2505050565b5f54600160b01b900460ff16156110d1576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110dc61075b6119d8565b61080c8383836110ea6119d8565b611da7565b5f54600160b01b900460ff1615611132576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61113d61075b6119d8565b6001600160a01b0382165f90815260026020908152604091829020825160a081018452905468010000000000000000810467ffffffffffffffff9081169383019390935260ff7001000000000000000000000000000000008204811615159483019490945271010000000000000000000000000000000000810484161515606083015272010000000000000000000000000000000000009004909216151560808301528216815261080c83826108076119d8565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611253576040517fc85d9d6c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f547501000000000000000000000000000000000000000000900460ff16156112a8576040517f0dc149f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0388166112e8576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6112f185611fc1565b6112fb8787611d68565b5f80547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff60ff881674010000000000000000000000000000000000000000027fffffffffffffffffffffff0000000000000000000000000000000000000000009092166001600160a01b038c161791909117167501000000000000000000000000000000000000000000179055851561139d57600161139b87898361272b565b505b6113aa848484848c611cbd565b5050505050505050565b5f8054600160b01b900460ff1615801561140c57505f805260026020527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b5468010000000000000000900467ffffffffffffffff1642105b905090565b5f54600160b01b900460ff1615611454576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61145d6119d8565b9050611468816106b0565b6114a9576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401611025565b6114b282611fc1565b5f80547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000060ff85160217905560405163ffffffff831681526001600160a01b038216907f845f2d01c79dc77382491ceecf68e74ad55181fe79f21661fa39e5dddfaa98979060200160405180910390a25050565b5f54600160b01b900460ff1615611580576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6115896119d8565b905061080c81848484611da7565b5f54600160b01b900460ff16156115da576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6115e561075b6119d8565b6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915261161d9082906108076119d8565b50565b600454606090819080851061166c57604080515f80825260208201818152828401909352909190611661565b606081526020019060019003908161164c5790505b509250925050611896565b5f6116778683612673565b851161168c5761168785876128a3565b61168e565b815b905061169a8682612673565b67ffffffffffffffff8111156116b2576116b261257c565b6040519080825280602002602001820160405280156116db578160200160208202803683370190505b5093506116e88682612673565b67ffffffffffffffff8111156117005761170061257c565b60405190808252806020026020018201604052801561173357816020015b606081526020019060019003908161171e5790505b509250855b81811015611892576004818154811061175357611753612686565b5f918252602090912001546001600160a01b0316856117728984612673565b8151811061178257611782612686565b60200260200101906001600160a01b031690816001600160a01b03168152505060035f600483815481106117b8576117b8612686565b5f9182526020808320909101546001600160a01b03168352820192909252604001902080546117e69061252b565b80601f01602080910402602001604051908101604052809291908181526020018280546118129061252b565b801561185d5780601f106118345761010080835404028352916020019161185d565b820191905f5260205f20905b81548152906001019060200180831161184057829003601f168201915b505050505084888361186f9190612673565b8151811061187f5761187f612686565b6020908102919091010152600101611738565b5050505b9250929050565b5f54600160b01b900460ff16156118e0576040517f985cd06d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6118e96119d8565b5f549091506001600160a01b03808316911614611932576040517f30cd747100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038216611972576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384811691821783556040519192908416917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f366014808210801590611a1457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15611a3a57611a2736828403815f6128b6565b611a30916128dd565b60601c9250505090565b339250505090565b5f546001600160a01b03828116911614801590611a8d57506001600160a01b0381165f908152600260205260409020547201000000000000000000000000000000000000900460ff16155b1561161d576040517f4a0bfec10000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401611025565b6001600160a01b038316158015611afe5750816040015180611af2575081606001515b80611afe575081608001515b15611b35576040517f691359d000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038381165f818152600260209081526040918290208651815488840151898601516060808c01516080808e015167ffffffffffffffff9788167fffffffffffffffffffffffffffffffff0000000000000000000000000000000090971687176801000000000000000098909616978802959095177fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff167001000000000000000000000000000000009415159485027fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff161771010000000000000000000000000000000000921515928302177fffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffff167201000000000000000000000000000000000000951515958602179097558851948552968401949094529582019590955290810192909252810191909152918316917f085c44b5c6c82a7de501724017a164cc953384460d0ca80c44db97355f26148f9060a00160405180910390a3505050565b838214611cf6576040517fff633a3800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b84811015611d6057611d58868683818110611d1557611d15612686565b9050602002016020810190611d2a919061207e565b858584818110611d3c57611d3c612686565b905060a00201803603810190611d5291906125b8565b84611acf565b600101611cf8565b505050505050565b614000811115610bd4576040517f10940ba100000000000000000000000000000000000000000000000000000000815260048101829052602401611025565b602182141580611e44575082825f818110611dc457611dc4612686565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600260f81b14158015611e44575082825f818110611e1057611e10612686565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600360f81b14155b15611e7b576040517f411ca7ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038416611ebb576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0384165f908152600560205260408120549003611f4b57600480546001810182557f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b0180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03871690811790915590545f91825260056020526040909120555b6001600160a01b0384165f908152600360205260409020611f6d83858361272b565b50806001600160a01b0316846001600160a01b03167faf9f1ba4c3db9ba69a880c48446e6d5416c5c65d69da0e0b49b54bcae1242ad08585604051611fb3929190612888565b60405180910390a350505050565b63ffffffff81161580611fda5750606463ffffffff8216115b1561161d576040517fd39ed75f00000000000000000000000000000000000000000000000000000000815263ffffffff82166004820152602401611025565b5080546120259061252b565b5f825580601f10612034575050565b601f0160209004905f5260205f209081019061161d91905b8082111561205f575f815560010161204c565b5090565b80356001600160a01b0381168114612079575f5ffd5b919050565b5f6020828403121561208e575f5ffd5b61209782612063565b9392505050565b803567ffffffffffffffff81168114612079575f5ffd5b5f5f604083850312156120c6575f5ffd5b6120cf83612063565b91506120dd6020840161209e565b90509250929050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61209760208301846120e6565b5f5f83601f840112612154575f5ffd5b50813567ffffffffffffffff81111561216b575f5ffd5b6020830191508360208260051b8501011115611896575f5ffd5b5f5f83601f840112612195575f5ffd5b50813567ffffffffffffffff8111156121ac575f5ffd5b60208301915083602060a083028501011115611896575f5ffd5b5f5f5f5f604085870312156121d9575f5ffd5b843567ffffffffffffffff8111156121ef575f5ffd5b6121fb87828801612144565b909550935050602085013567ffffffffffffffff81111561221a575f5ffd5b61222687828801612185565b95989497509550505050565b5f5f82840360c0811215612244575f5ffd5b61224d84612063565b925060a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08201121561227e575f5ffd5b506020830190509250929050565b5f5f83601f84011261229c575f5ffd5b50813567ffffffffffffffff8111156122b3575f5ffd5b602083019150836020828501011115611896575f5ffd5b5f5f602083850312156122db575f5ffd5b823567ffffffffffffffff8111156122f1575f5ffd5b6122fd8582860161228c565b90969095509350505050565b5f5f5f6040848603121561231b575f5ffd5b61232484612063565b9250602084013567ffffffffffffffff81111561233f575f5ffd5b61234b8682870161228c565b9497909650939450505050565b803563ffffffff81168114612079575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215612382575f5ffd5b61238b89612063565b9750602089013567ffffffffffffffff8111156123a6575f5ffd5b6123b28b828c0161228c565b90985096506123c5905060408a01612358565b9450606089013567ffffffffffffffff8111156123e0575f5ffd5b6123ec8b828c01612144565b909550935050608089013567ffffffffffffffff81111561240b575f5ffd5b6124178b828c01612185565b999c989b5096995094979396929594505050565b5f6020828403121561243b575f5ffd5b61209782612358565b5f5f60408385031215612455575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b818110156124a65783516001600160a01b031683526020938401939092019160010161247f565b50508381036020850152809150845180825260208201925060208160051b830101602087015f5b8381101561251d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08584030186526125078383516120e6565b60209687019690935091909101906001016124cd565b509098975050505050505050565b600181811c9082168061253f57607f821691505b602082108103612576577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b80358015158114612079575f5ffd5b5f60a08284031280156125c9575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156125ed576125ed61257c565b6040526125f98361209e565b81526126076020840161209e565b6020820152612618604084016125a9565b6040820152612629606084016125a9565b606082015261263a608084016125a9565b60808201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156106aa576106aa612646565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b601f82111561080c57805f5260205f20601f840160051c810160208510156127055750805b601f840160051c820191505b81811015612724575f8155600101612711565b5050505050565b67ffffffffffffffff8311156127435761274361257c565b61275783612751835461252b565b836126e0565b5f601f8411600181146127a7575f85156127715750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355612724565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b828110156127f457868501358255602094850194600190920191016127d4565b508682101561282f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f61289b602083018486612841565b949350505050565b808201808211156106aa576106aa612646565b5f5f858511156128c4575f5ffd5b838611156128d0575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff000000000000000000000000811690601484101561293c577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056fea26469706673582212208c5169916c6dad3df405f31c43fcabd2ed375302e6b435c92fd3c213cd653a3064736f6c634300081e0033",
}

// StreamABI is the input ABI used to generate the binding from.
// Deprecated: Use StreamMetaData.ABI instead.
var StreamABI = StreamMetaData.ABI

// StreamBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use StreamMetaData.Bin instead.
var StreamBin = StreamMetaData.Bin

// DeployStream deploys a new Ethereum contract, binding an instance of Stream to it.
func DeployStream(auth *bind.TransactOpts, backend bind.ContractBackend, forwarder common.Address, registry_ common.Address) (common.Address, *types.Transaction, *Stream, error) {
	parsed, err := StreamMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(StreamBin), backend, forwarder, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Stream{StreamCaller: StreamCaller{contract: contract}, StreamTransactor: StreamTransactor{contract: contract}, StreamFilterer: StreamFilterer{contract: contract}}, nil
}

// Stream is an auto generated Go binding around an Ethereum contract.
type Stream struct {
	StreamCaller     // Read-only binding to the contract
	StreamTransactor // Write-only binding to the contract
	StreamFilterer   // Log filterer for contract events
}

// StreamCaller is an auto generated read-only Go binding around an Ethereum contract.
type StreamCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamTransactor is an auto generated write-only Go binding around an Ethereum contract.
type StreamTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type StreamFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// StreamSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type StreamSession struct {
	Contract     *Stream           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StreamCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type StreamCallerSession struct {
	Contract *StreamCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// StreamTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type StreamTransactorSession struct {
	Contract     *StreamTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// StreamRaw is an auto generated low-level Go binding around an Ethereum contract.
type StreamRaw struct {
	Contract *Stream // Generic contract binding to access the raw methods on
}

// StreamCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type StreamCallerRaw struct {
	Contract *StreamCaller // Generic read-only contract binding to access the raw methods on
}

// StreamTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type StreamTransactorRaw struct {
	Contract *StreamTransactor // Generic write-only contract binding to access the raw methods on
}

// NewStream creates a new instance of Stream, bound to a specific deployed contract.
func NewStream(address common.Address, backend bind.ContractBackend) (*Stream, error) {
	contract, err := bindStream(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Stream{StreamCaller: StreamCaller{contract: contract}, StreamTransactor: StreamTransactor{contract: contract}, StreamFilterer: StreamFilterer{contract: contract}}, nil
}

// NewStreamCaller creates a new read-only instance of Stream, bound to a specific deployed contract.
func NewStreamCaller(address common.Address, caller bind.ContractCaller) (*StreamCaller, error) {
	contract, err := bindStream(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &StreamCaller{contract: contract}, nil
}

// NewStreamTransactor creates a new write-only instance of Stream, bound to a specific deployed contract.
func NewStreamTransactor(address common.Address, transactor bind.ContractTransactor) (*StreamTransactor, error) {
	contract, err := bindStream(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &StreamTransactor{contract: contract}, nil
}

// NewStreamFilterer creates a new log filterer instance of Stream, bound to a specific deployed contract.
func NewStreamFilterer(address common.Address, filterer bind.ContractFilterer) (*StreamFilterer, error) {
	contract, err := bindStream(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &StreamFilterer{contract: contract}, nil
}

// bindStream binds a generic wrapper to an already deployed contract.
func bindStream(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := StreamMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Stream *StreamRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Stream.Contract.StreamCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Stream *StreamRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Stream.Contract.StreamTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Stream *StreamRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Stream.Contract.StreamTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Stream *StreamCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Stream.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Stream *StreamTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Stream.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Stream *StreamTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Stream.Contract.contract.Transact(opts, method, params...)
}

// ENCRYPTIONKEYBYTES is a free data retrieval call binding the contract method 0x48fa59f5.
//
// Solidity: function ENCRYPTION_KEY_BYTES() view returns(uint256)
func (_Stream *StreamCaller) ENCRYPTIONKEYBYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "ENCRYPTION_KEY_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ENCRYPTIONKEYBYTES is a free data retrieval call binding the contract method 0x48fa59f5.
//
// Solidity: function ENCRYPTION_KEY_BYTES() view returns(uint256)
func (_Stream *StreamSession) ENCRYPTIONKEYBYTES() (*big.Int, error) {
	return _Stream.Contract.ENCRYPTIONKEYBYTES(&_Stream.CallOpts)
}

// ENCRYPTIONKEYBYTES is a free data retrieval call binding the contract method 0x48fa59f5.
//
// Solidity: function ENCRYPTION_KEY_BYTES() view returns(uint256)
func (_Stream *StreamCallerSession) ENCRYPTIONKEYBYTES() (*big.Int, error) {
	return _Stream.Contract.ENCRYPTIONKEYBYTES(&_Stream.CallOpts)
}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_Stream *StreamCaller) MAXMETADATABYTES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "MAX_METADATA_BYTES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_Stream *StreamSession) MAXMETADATABYTES() (*big.Int, error) {
	return _Stream.Contract.MAXMETADATABYTES(&_Stream.CallOpts)
}

// MAXMETADATABYTES is a free data retrieval call binding the contract method 0x1f7979a2.
//
// Solidity: function MAX_METADATA_BYTES() view returns(uint256)
func (_Stream *StreamCallerSession) MAXMETADATABYTES() (*big.Int, error) {
	return _Stream.Contract.MAXMETADATABYTES(&_Stream.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_Stream *StreamCaller) MAXPARTITIONS(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "MAX_PARTITIONS")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_Stream *StreamSession) MAXPARTITIONS() (uint32, error) {
	return _Stream.Contract.MAXPARTITIONS(&_Stream.CallOpts)
}

// MAXPARTITIONS is a free data retrieval call binding the contract method 0x2532e5cc.
//
// Solidity: function MAX_PARTITIONS() view returns(uint32)
func (_Stream *StreamCallerSession) MAXPARTITIONS() (uint32, error) {
	return _Stream.Contract.MAXPARTITIONS(&_Stream.CallOpts)
}

// CanDelete is a free data retrieval call binding the contract method 0x09dc5b9e.
//
// Solidity: function canDelete(address user) view returns(bool)
func (_Stream *StreamCaller) CanDelete(opts *bind.CallOpts, user common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "canDelete", user)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanDelete is a free data retrieval call binding the contract method 0x09dc5b9e.
//
// Solidity: function canDelete(address user) view returns(bool)
func (_Stream *StreamSession) CanDelete(user common.Address) (bool, error) {
	return _Stream.Contract.CanDelete(&_Stream.CallOpts, user)
}

// CanDelete is a free data retrieval call binding the contract method 0x09dc5b9e.
//
// Solidity: function canDelete(address user) view returns(bool)
func (_Stream *StreamCallerSession) CanDelete(user common.Address) (bool, error) {
	return _Stream.Contract.CanDelete(&_Stream.CallOpts, user)
}

// CanEdit is a free data retrieval call binding the contract method 0x0a9b2453.
//
// Solidity: function canEdit(address user) view returns(bool)
func (_Stream *StreamCaller) CanEdit(opts *bind.CallOpts, user common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "canEdit", user)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanEdit is a free data retrieval call binding the contract method 0x0a9b2453.
//
// Solidity: function canEdit(address user) view returns(bool)
func (_Stream *StreamSession) CanEdit(user common.Address) (bool, error) {
	return _Stream.Contract.CanEdit(&_Stream.CallOpts, user)
}

// CanEdit is a free data retrieval call binding the contract method 0x0a9b2453.
//
// Solidity: function canEdit(address user) view returns(bool)
func (_Stream *StreamCallerSession) CanEdit(user common.Address) (bool, error) {
	return _Stream.Contract.CanEdit(&_Stream.CallOpts, user)
}

// CanGrant is a free data retrieval call binding the contract method 0x1ff2c99c.
//
// Solidity: function canGrant(address user) view returns(bool)
func (_Stream *StreamCaller) CanGrant(opts *bind.CallOpts, user common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "canGrant", user)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanGrant is a free data retrieval call binding the contract method 0x1ff2c99c.
//
// Solidity: function canGrant(address user) view returns(bool)
func (_Stream *StreamSession) CanGrant(user common.Address) (bool, error) {
	return _Stream.Contract.CanGrant(&_Stream.CallOpts, user)
}

// CanGrant is a free data retrieval call binding the contract method 0x1ff2c99c.
//
// Solidity: function canGrant(address user) view returns(bool)
func (_Stream *StreamCallerSession) CanGrant(user common.Address) (bool, error) {
	return _Stream.Contract.CanGrant(&_Stream.CallOpts, user)
}

// CanPublish is a free data retrieval call binding the contract method 0x9b55f901.
//
// Solidity: function canPublish(address user) view returns(bool)
func (_Stream *StreamCaller) CanPublish(opts *bind.CallOpts, user common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "canPublish", user)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanPublish is a free data retrieval call binding the contract method 0x9b55f901.
//
// Solidity: function canPublish(address user) view returns(bool)
func (_Stream *StreamSession) CanPublish(user common.Address) (bool, error) {
	return _Stream.Contract.CanPublish(&_Stream.CallOpts, user)
}

// CanPublish is a free data retrieval call binding the contract method 0x9b55f901.
//
// Solidity: function canPublish(address user) view returns(bool)
func (_Stream *StreamCallerSession) CanPublish(user common.Address) (bool, error) {
	return _Stream.Contract.CanPublish(&_Stream.CallOpts, user)
}

// CanSubscribe is a free data retrieval call binding the contract method 0x383faea6.
//
// Solidity: function canSubscribe(address user) view returns(bool)
func (_Stream *StreamCaller) CanSubscribe(opts *bind.CallOpts, user common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "canSubscribe", user)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanSubscribe is a free data retrieval call binding the contract method 0x383faea6.
//
// Solidity: function canSubscribe(address user) view returns(bool)
func (_Stream *StreamSession) CanSubscribe(user common.Address) (bool, error) {
	return _Stream.Contract.CanSubscribe(&_Stream.CallOpts, user)
}

// CanSubscribe is a free data retrieval call binding the contract method 0x383faea6.
//
// Solidity: function canSubscribe(address user) view returns(bool)
func (_Stream *StreamCallerSession) CanSubscribe(user common.Address) (bool, error) {
	return _Stream.Contract.CanSubscribe(&_Stream.CallOpts, user)
}

// Deleted is a free data retrieval call binding the contract method 0x6b35f7c1.
//
// Solidity: function deleted() view returns(bool)
func (_Stream *StreamCaller) Deleted(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "deleted")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Deleted is a free data retrieval call binding the contract method 0x6b35f7c1.
//
// Solidity: function deleted() view returns(bool)
func (_Stream *StreamSession) Deleted() (bool, error) {
	return _Stream.Contract.Deleted(&_Stream.CallOpts)
}

// Deleted is a free data retrieval call binding the contract method 0x6b35f7c1.
//
// Solidity: function deleted() view returns(bool)
func (_Stream *StreamCallerSession) Deleted() (bool, error) {
	return _Stream.Contract.Deleted(&_Stream.CallOpts)
}

// EncryptionKeyOf is a free data retrieval call binding the contract method 0x77c8c51a.
//
// Solidity: function encryptionKeyOf(address user) view returns(bytes)
func (_Stream *StreamCaller) EncryptionKeyOf(opts *bind.CallOpts, user common.Address) ([]byte, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "encryptionKeyOf", user)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncryptionKeyOf is a free data retrieval call binding the contract method 0x77c8c51a.
//
// Solidity: function encryptionKeyOf(address user) view returns(bytes)
func (_Stream *StreamSession) EncryptionKeyOf(user common.Address) ([]byte, error) {
	return _Stream.Contract.EncryptionKeyOf(&_Stream.CallOpts, user)
}

// EncryptionKeyOf is a free data retrieval call binding the contract method 0x77c8c51a.
//
// Solidity: function encryptionKeyOf(address user) view returns(bytes)
func (_Stream *StreamCallerSession) EncryptionKeyOf(user common.Address) ([]byte, error) {
	return _Stream.Contract.EncryptionKeyOf(&_Stream.CallOpts, user)
}

// IsPublic is a free data retrieval call binding the contract method 0xdc9a1535.
//
// Solidity: function isPublic() view returns(bool)
func (_Stream *StreamCaller) IsPublic(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "isPublic")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsPublic is a free data retrieval call binding the contract method 0xdc9a1535.
//
// Solidity: function isPublic() view returns(bool)
func (_Stream *StreamSession) IsPublic() (bool, error) {
	return _Stream.Contract.IsPublic(&_Stream.CallOpts)
}

// IsPublic is a free data retrieval call binding the contract method 0xdc9a1535.
//
// Solidity: function isPublic() view returns(bool)
func (_Stream *StreamCallerSession) IsPublic() (bool, error) {
	return _Stream.Contract.IsPublic(&_Stream.CallOpts)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_Stream *StreamCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_Stream *StreamSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _Stream.Contract.IsTrustedForwarder(&_Stream.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_Stream *StreamCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _Stream.Contract.IsTrustedForwarder(&_Stream.CallOpts, forwarder)
}

// KeyHolderCount is a free data retrieval call binding the contract method 0x016e4c57.
//
// Solidity: function keyHolderCount() view returns(uint256)
func (_Stream *StreamCaller) KeyHolderCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "keyHolderCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// KeyHolderCount is a free data retrieval call binding the contract method 0x016e4c57.
//
// Solidity: function keyHolderCount() view returns(uint256)
func (_Stream *StreamSession) KeyHolderCount() (*big.Int, error) {
	return _Stream.Contract.KeyHolderCount(&_Stream.CallOpts)
}

// KeyHolderCount is a free data retrieval call binding the contract method 0x016e4c57.
//
// Solidity: function keyHolderCount() view returns(uint256)
func (_Stream *StreamCallerSession) KeyHolderCount() (*big.Int, error) {
	return _Stream.Contract.KeyHolderCount(&_Stream.CallOpts)
}

// KeyHolders is a free data retrieval call binding the contract method 0xea06733d.
//
// Solidity: function keyHolders(uint256 offset, uint256 limit) view returns(address[] users, bytes[] keys)
func (_Stream *StreamCaller) KeyHolders(opts *bind.CallOpts, offset *big.Int, limit *big.Int) (struct {
	Users []common.Address
	Keys  [][]byte
}, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "keyHolders", offset, limit)

	outstruct := new(struct {
		Users []common.Address
		Keys  [][]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Users = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Keys = *abi.ConvertType(out[1], new([][]byte)).(*[][]byte)

	return *outstruct, err

}

// KeyHolders is a free data retrieval call binding the contract method 0xea06733d.
//
// Solidity: function keyHolders(uint256 offset, uint256 limit) view returns(address[] users, bytes[] keys)
func (_Stream *StreamSession) KeyHolders(offset *big.Int, limit *big.Int) (struct {
	Users []common.Address
	Keys  [][]byte
}, error) {
	return _Stream.Contract.KeyHolders(&_Stream.CallOpts, offset, limit)
}

// KeyHolders is a free data retrieval call binding the contract method 0xea06733d.
//
// Solidity: function keyHolders(uint256 offset, uint256 limit) view returns(address[] users, bytes[] keys)
func (_Stream *StreamCallerSession) KeyHolders(offset *big.Int, limit *big.Int) (struct {
	Users []common.Address
	Keys  [][]byte
}, error) {
	return _Stream.Contract.KeyHolders(&_Stream.CallOpts, offset, limit)
}

// Metadata is a free data retrieval call binding the contract method 0x392f37e9.
//
// Solidity: function metadata() view returns(string)
func (_Stream *StreamCaller) Metadata(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "metadata")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Metadata is a free data retrieval call binding the contract method 0x392f37e9.
//
// Solidity: function metadata() view returns(string)
func (_Stream *StreamSession) Metadata() (string, error) {
	return _Stream.Contract.Metadata(&_Stream.CallOpts)
}

// Metadata is a free data retrieval call binding the contract method 0x392f37e9.
//
// Solidity: function metadata() view returns(string)
func (_Stream *StreamCallerSession) Metadata() (string, error) {
	return _Stream.Contract.Metadata(&_Stream.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Stream *StreamCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Stream *StreamSession) Owner() (common.Address, error) {
	return _Stream.Contract.Owner(&_Stream.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Stream *StreamCallerSession) Owner() (common.Address, error) {
	return _Stream.Contract.Owner(&_Stream.CallOpts)
}

// Partitions is a free data retrieval call binding the contract method 0x61cc4415.
//
// Solidity: function partitions() view returns(uint32)
func (_Stream *StreamCaller) Partitions(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "partitions")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// Partitions is a free data retrieval call binding the contract method 0x61cc4415.
//
// Solidity: function partitions() view returns(uint32)
func (_Stream *StreamSession) Partitions() (uint32, error) {
	return _Stream.Contract.Partitions(&_Stream.CallOpts)
}

// Partitions is a free data retrieval call binding the contract method 0x61cc4415.
//
// Solidity: function partitions() view returns(uint32)
func (_Stream *StreamCallerSession) Partitions() (uint32, error) {
	return _Stream.Contract.Partitions(&_Stream.CallOpts)
}

// PermissionOf is a free data retrieval call binding the contract method 0xa3aced06.
//
// Solidity: function permissionOf(address user) view returns((uint64,uint64,bool,bool,bool))
func (_Stream *StreamCaller) PermissionOf(opts *bind.CallOpts, user common.Address) (Permission, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "permissionOf", user)

	if err != nil {
		return *new(Permission), err
	}

	out0 := *abi.ConvertType(out[0], new(Permission)).(*Permission)

	return out0, err

}

// PermissionOf is a free data retrieval call binding the contract method 0xa3aced06.
//
// Solidity: function permissionOf(address user) view returns((uint64,uint64,bool,bool,bool))
func (_Stream *StreamSession) PermissionOf(user common.Address) (Permission, error) {
	return _Stream.Contract.PermissionOf(&_Stream.CallOpts, user)
}

// PermissionOf is a free data retrieval call binding the contract method 0xa3aced06.
//
// Solidity: function permissionOf(address user) view returns((uint64,uint64,bool,bool,bool))
func (_Stream *StreamCallerSession) PermissionOf(user common.Address) (Permission, error) {
	return _Stream.Contract.PermissionOf(&_Stream.CallOpts, user)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Stream *StreamCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Stream *StreamSession) Registry() (common.Address, error) {
	return _Stream.Contract.Registry(&_Stream.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Stream *StreamCallerSession) Registry() (common.Address, error) {
	return _Stream.Contract.Registry(&_Stream.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_Stream *StreamCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Stream.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_Stream *StreamSession) TrustedForwarder() (common.Address, error) {
	return _Stream.Contract.TrustedForwarder(&_Stream.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_Stream *StreamCallerSession) TrustedForwarder() (common.Address, error) {
	return _Stream.Contract.TrustedForwarder(&_Stream.CallOpts)
}

// ExtendSubscribe is a paid mutator transaction binding the contract method 0x3e73f303.
//
// Solidity: function extendSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamTransactor) ExtendSubscribe(opts *bind.TransactOpts, user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "extendSubscribe", user, expiry)
}

// ExtendSubscribe is a paid mutator transaction binding the contract method 0x3e73f303.
//
// Solidity: function extendSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamSession) ExtendSubscribe(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.ExtendSubscribe(&_Stream.TransactOpts, user, expiry)
}

// ExtendSubscribe is a paid mutator transaction binding the contract method 0x3e73f303.
//
// Solidity: function extendSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamTransactorSession) ExtendSubscribe(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.ExtendSubscribe(&_Stream.TransactOpts, user, expiry)
}

// GrantPublish is a paid mutator transaction binding the contract method 0xab9a5ffc.
//
// Solidity: function grantPublish(address user, uint64 expiry) returns()
func (_Stream *StreamTransactor) GrantPublish(opts *bind.TransactOpts, user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "grantPublish", user, expiry)
}

// GrantPublish is a paid mutator transaction binding the contract method 0xab9a5ffc.
//
// Solidity: function grantPublish(address user, uint64 expiry) returns()
func (_Stream *StreamSession) GrantPublish(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.GrantPublish(&_Stream.TransactOpts, user, expiry)
}

// GrantPublish is a paid mutator transaction binding the contract method 0xab9a5ffc.
//
// Solidity: function grantPublish(address user, uint64 expiry) returns()
func (_Stream *StreamTransactorSession) GrantPublish(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.GrantPublish(&_Stream.TransactOpts, user, expiry)
}

// GrantSubscribe is a paid mutator transaction binding the contract method 0x1caee75b.
//
// Solidity: function grantSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamTransactor) GrantSubscribe(opts *bind.TransactOpts, user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "grantSubscribe", user, expiry)
}

// GrantSubscribe is a paid mutator transaction binding the contract method 0x1caee75b.
//
// Solidity: function grantSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamSession) GrantSubscribe(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.GrantSubscribe(&_Stream.TransactOpts, user, expiry)
}

// GrantSubscribe is a paid mutator transaction binding the contract method 0x1caee75b.
//
// Solidity: function grantSubscribe(address user, uint64 expiry) returns()
func (_Stream *StreamTransactorSession) GrantSubscribe(user common.Address, expiry uint64) (*types.Transaction, error) {
	return _Stream.Contract.GrantSubscribe(&_Stream.TransactOpts, user, expiry)
}

// Initialize is a paid mutator transaction binding the contract method 0xbbe166d4.
//
// Solidity: function initialize(address owner_, string metadata_, uint32 partitions_, address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamTransactor) Initialize(opts *bind.TransactOpts, owner_ common.Address, metadata_ string, partitions_ uint32, users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "initialize", owner_, metadata_, partitions_, users, perms)
}

// Initialize is a paid mutator transaction binding the contract method 0xbbe166d4.
//
// Solidity: function initialize(address owner_, string metadata_, uint32 partitions_, address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamSession) Initialize(owner_ common.Address, metadata_ string, partitions_ uint32, users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.Contract.Initialize(&_Stream.TransactOpts, owner_, metadata_, partitions_, users, perms)
}

// Initialize is a paid mutator transaction binding the contract method 0xbbe166d4.
//
// Solidity: function initialize(address owner_, string metadata_, uint32 partitions_, address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamTransactorSession) Initialize(owner_ common.Address, metadata_ string, partitions_ uint32, users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.Contract.Initialize(&_Stream.TransactOpts, owner_, metadata_, partitions_, users, perms)
}

// MarkDeleted is a paid mutator transaction binding the contract method 0x2586ffba.
//
// Solidity: function markDeleted(address by) returns()
func (_Stream *StreamTransactor) MarkDeleted(opts *bind.TransactOpts, by common.Address) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "markDeleted", by)
}

// MarkDeleted is a paid mutator transaction binding the contract method 0x2586ffba.
//
// Solidity: function markDeleted(address by) returns()
func (_Stream *StreamSession) MarkDeleted(by common.Address) (*types.Transaction, error) {
	return _Stream.Contract.MarkDeleted(&_Stream.TransactOpts, by)
}

// MarkDeleted is a paid mutator transaction binding the contract method 0x2586ffba.
//
// Solidity: function markDeleted(address by) returns()
func (_Stream *StreamTransactorSession) MarkDeleted(by common.Address) (*types.Transaction, error) {
	return _Stream.Contract.MarkDeleted(&_Stream.TransactOpts, by)
}

// RemoveEncryptionKey is a paid mutator transaction binding the contract method 0x9be4c347.
//
// Solidity: function removeEncryptionKey() returns()
func (_Stream *StreamTransactor) RemoveEncryptionKey(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "removeEncryptionKey")
}

// RemoveEncryptionKey is a paid mutator transaction binding the contract method 0x9be4c347.
//
// Solidity: function removeEncryptionKey() returns()
func (_Stream *StreamSession) RemoveEncryptionKey() (*types.Transaction, error) {
	return _Stream.Contract.RemoveEncryptionKey(&_Stream.TransactOpts)
}

// RemoveEncryptionKey is a paid mutator transaction binding the contract method 0x9be4c347.
//
// Solidity: function removeEncryptionKey() returns()
func (_Stream *StreamTransactorSession) RemoveEncryptionKey() (*types.Transaction, error) {
	return _Stream.Contract.RemoveEncryptionKey(&_Stream.TransactOpts)
}

// RevokeAll is a paid mutator transaction binding the contract method 0xe7dd4b2c.
//
// Solidity: function revokeAll(address user) returns()
func (_Stream *StreamTransactor) RevokeAll(opts *bind.TransactOpts, user common.Address) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "revokeAll", user)
}

// RevokeAll is a paid mutator transaction binding the contract method 0xe7dd4b2c.
//
// Solidity: function revokeAll(address user) returns()
func (_Stream *StreamSession) RevokeAll(user common.Address) (*types.Transaction, error) {
	return _Stream.Contract.RevokeAll(&_Stream.TransactOpts, user)
}

// RevokeAll is a paid mutator transaction binding the contract method 0xe7dd4b2c.
//
// Solidity: function revokeAll(address user) returns()
func (_Stream *StreamTransactorSession) RevokeAll(user common.Address) (*types.Transaction, error) {
	return _Stream.Contract.RevokeAll(&_Stream.TransactOpts, user)
}

// SetEncryptionKey is a paid mutator transaction binding the contract method 0xe3943c1d.
//
// Solidity: function setEncryptionKey(bytes key) returns()
func (_Stream *StreamTransactor) SetEncryptionKey(opts *bind.TransactOpts, key []byte) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setEncryptionKey", key)
}

// SetEncryptionKey is a paid mutator transaction binding the contract method 0xe3943c1d.
//
// Solidity: function setEncryptionKey(bytes key) returns()
func (_Stream *StreamSession) SetEncryptionKey(key []byte) (*types.Transaction, error) {
	return _Stream.Contract.SetEncryptionKey(&_Stream.TransactOpts, key)
}

// SetEncryptionKey is a paid mutator transaction binding the contract method 0xe3943c1d.
//
// Solidity: function setEncryptionKey(bytes key) returns()
func (_Stream *StreamTransactorSession) SetEncryptionKey(key []byte) (*types.Transaction, error) {
	return _Stream.Contract.SetEncryptionKey(&_Stream.TransactOpts, key)
}

// SetEncryptionKeyFor is a paid mutator transaction binding the contract method 0xa71145a6.
//
// Solidity: function setEncryptionKeyFor(address user, bytes key) returns()
func (_Stream *StreamTransactor) SetEncryptionKeyFor(opts *bind.TransactOpts, user common.Address, key []byte) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setEncryptionKeyFor", user, key)
}

// SetEncryptionKeyFor is a paid mutator transaction binding the contract method 0xa71145a6.
//
// Solidity: function setEncryptionKeyFor(address user, bytes key) returns()
func (_Stream *StreamSession) SetEncryptionKeyFor(user common.Address, key []byte) (*types.Transaction, error) {
	return _Stream.Contract.SetEncryptionKeyFor(&_Stream.TransactOpts, user, key)
}

// SetEncryptionKeyFor is a paid mutator transaction binding the contract method 0xa71145a6.
//
// Solidity: function setEncryptionKeyFor(address user, bytes key) returns()
func (_Stream *StreamTransactorSession) SetEncryptionKeyFor(user common.Address, key []byte) (*types.Transaction, error) {
	return _Stream.Contract.SetEncryptionKeyFor(&_Stream.TransactOpts, user, key)
}

// SetMetadata is a paid mutator transaction binding the contract method 0xa49a1e7d.
//
// Solidity: function setMetadata(string metadata_) returns()
func (_Stream *StreamTransactor) SetMetadata(opts *bind.TransactOpts, metadata_ string) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setMetadata", metadata_)
}

// SetMetadata is a paid mutator transaction binding the contract method 0xa49a1e7d.
//
// Solidity: function setMetadata(string metadata_) returns()
func (_Stream *StreamSession) SetMetadata(metadata_ string) (*types.Transaction, error) {
	return _Stream.Contract.SetMetadata(&_Stream.TransactOpts, metadata_)
}

// SetMetadata is a paid mutator transaction binding the contract method 0xa49a1e7d.
//
// Solidity: function setMetadata(string metadata_) returns()
func (_Stream *StreamTransactorSession) SetMetadata(metadata_ string) (*types.Transaction, error) {
	return _Stream.Contract.SetMetadata(&_Stream.TransactOpts, metadata_)
}

// SetPartitions is a paid mutator transaction binding the contract method 0xded1efba.
//
// Solidity: function setPartitions(uint32 partitions_) returns()
func (_Stream *StreamTransactor) SetPartitions(opts *bind.TransactOpts, partitions_ uint32) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setPartitions", partitions_)
}

// SetPartitions is a paid mutator transaction binding the contract method 0xded1efba.
//
// Solidity: function setPartitions(uint32 partitions_) returns()
func (_Stream *StreamSession) SetPartitions(partitions_ uint32) (*types.Transaction, error) {
	return _Stream.Contract.SetPartitions(&_Stream.TransactOpts, partitions_)
}

// SetPartitions is a paid mutator transaction binding the contract method 0xded1efba.
//
// Solidity: function setPartitions(uint32 partitions_) returns()
func (_Stream *StreamTransactorSession) SetPartitions(partitions_ uint32) (*types.Transaction, error) {
	return _Stream.Contract.SetPartitions(&_Stream.TransactOpts, partitions_)
}

// SetPermission is a paid mutator transaction binding the contract method 0x7317156c.
//
// Solidity: function setPermission(address user, (uint64,uint64,bool,bool,bool) p) returns()
func (_Stream *StreamTransactor) SetPermission(opts *bind.TransactOpts, user common.Address, p Permission) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setPermission", user, p)
}

// SetPermission is a paid mutator transaction binding the contract method 0x7317156c.
//
// Solidity: function setPermission(address user, (uint64,uint64,bool,bool,bool) p) returns()
func (_Stream *StreamSession) SetPermission(user common.Address, p Permission) (*types.Transaction, error) {
	return _Stream.Contract.SetPermission(&_Stream.TransactOpts, user, p)
}

// SetPermission is a paid mutator transaction binding the contract method 0x7317156c.
//
// Solidity: function setPermission(address user, (uint64,uint64,bool,bool,bool) p) returns()
func (_Stream *StreamTransactorSession) SetPermission(user common.Address, p Permission) (*types.Transaction, error) {
	return _Stream.Contract.SetPermission(&_Stream.TransactOpts, user, p)
}

// SetPermissions is a paid mutator transaction binding the contract method 0x54370fd7.
//
// Solidity: function setPermissions(address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamTransactor) SetPermissions(opts *bind.TransactOpts, users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "setPermissions", users, perms)
}

// SetPermissions is a paid mutator transaction binding the contract method 0x54370fd7.
//
// Solidity: function setPermissions(address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamSession) SetPermissions(users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.Contract.SetPermissions(&_Stream.TransactOpts, users, perms)
}

// SetPermissions is a paid mutator transaction binding the contract method 0x54370fd7.
//
// Solidity: function setPermissions(address[] users, (uint64,uint64,bool,bool,bool)[] perms) returns()
func (_Stream *StreamTransactorSession) SetPermissions(users []common.Address, perms []Permission) (*types.Transaction, error) {
	return _Stream.Contract.SetPermissions(&_Stream.TransactOpts, users, perms)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Stream *StreamTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _Stream.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Stream *StreamSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Stream.Contract.TransferOwnership(&_Stream.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_Stream *StreamTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _Stream.Contract.TransferOwnership(&_Stream.TransactOpts, newOwner)
}

// StreamDeletedIterator is returned from FilterDeleted and is used to iterate over the raw logs and unpacked data for Deleted events raised by the Stream contract.
type StreamDeletedIterator struct {
	Event *StreamDeleted // Event containing the contract specifics and raw log

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
func (it *StreamDeletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamDeleted)
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
		it.Event = new(StreamDeleted)
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
func (it *StreamDeletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamDeletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamDeleted represents a Deleted event raised by the Stream contract.
type StreamDeleted struct {
	By  common.Address
	Raw types.Log // Blockchain specific contextual infos
}

// FilterDeleted is a free log retrieval operation binding the contract event 0x7fb2e49c6d2dcc748cced4be404df4b502a5091d84f32f62fa7821b5f9231f6b.
//
// Solidity: event Deleted(address indexed by)
func (_Stream *StreamFilterer) FilterDeleted(opts *bind.FilterOpts, by []common.Address) (*StreamDeletedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "Deleted", byRule)
	if err != nil {
		return nil, err
	}
	return &StreamDeletedIterator{contract: _Stream.contract, event: "Deleted", logs: logs, sub: sub}, nil
}

// WatchDeleted is a free log subscription operation binding the contract event 0x7fb2e49c6d2dcc748cced4be404df4b502a5091d84f32f62fa7821b5f9231f6b.
//
// Solidity: event Deleted(address indexed by)
func (_Stream *StreamFilterer) WatchDeleted(opts *bind.WatchOpts, sink chan<- *StreamDeleted, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "Deleted", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamDeleted)
				if err := _Stream.contract.UnpackLog(event, "Deleted", log); err != nil {
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

// ParseDeleted is a log parse operation binding the contract event 0x7fb2e49c6d2dcc748cced4be404df4b502a5091d84f32f62fa7821b5f9231f6b.
//
// Solidity: event Deleted(address indexed by)
func (_Stream *StreamFilterer) ParseDeleted(log types.Log) (*StreamDeleted, error) {
	event := new(StreamDeleted)
	if err := _Stream.contract.UnpackLog(event, "Deleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamEncryptionKeyRemovedIterator is returned from FilterEncryptionKeyRemoved and is used to iterate over the raw logs and unpacked data for EncryptionKeyRemoved events raised by the Stream contract.
type StreamEncryptionKeyRemovedIterator struct {
	Event *StreamEncryptionKeyRemoved // Event containing the contract specifics and raw log

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
func (it *StreamEncryptionKeyRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamEncryptionKeyRemoved)
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
		it.Event = new(StreamEncryptionKeyRemoved)
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
func (it *StreamEncryptionKeyRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamEncryptionKeyRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamEncryptionKeyRemoved represents a EncryptionKeyRemoved event raised by the Stream contract.
type StreamEncryptionKeyRemoved struct {
	User common.Address
	By   common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterEncryptionKeyRemoved is a free log retrieval operation binding the contract event 0x30b0b6ffe2e724e7f94ab28c7ffd219b14e3f30ebecd6fb5310013c19d764516.
//
// Solidity: event EncryptionKeyRemoved(address indexed user, address indexed by)
func (_Stream *StreamFilterer) FilterEncryptionKeyRemoved(opts *bind.FilterOpts, user []common.Address, by []common.Address) (*StreamEncryptionKeyRemovedIterator, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "EncryptionKeyRemoved", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return &StreamEncryptionKeyRemovedIterator{contract: _Stream.contract, event: "EncryptionKeyRemoved", logs: logs, sub: sub}, nil
}

// WatchEncryptionKeyRemoved is a free log subscription operation binding the contract event 0x30b0b6ffe2e724e7f94ab28c7ffd219b14e3f30ebecd6fb5310013c19d764516.
//
// Solidity: event EncryptionKeyRemoved(address indexed user, address indexed by)
func (_Stream *StreamFilterer) WatchEncryptionKeyRemoved(opts *bind.WatchOpts, sink chan<- *StreamEncryptionKeyRemoved, user []common.Address, by []common.Address) (event.Subscription, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "EncryptionKeyRemoved", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamEncryptionKeyRemoved)
				if err := _Stream.contract.UnpackLog(event, "EncryptionKeyRemoved", log); err != nil {
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

// ParseEncryptionKeyRemoved is a log parse operation binding the contract event 0x30b0b6ffe2e724e7f94ab28c7ffd219b14e3f30ebecd6fb5310013c19d764516.
//
// Solidity: event EncryptionKeyRemoved(address indexed user, address indexed by)
func (_Stream *StreamFilterer) ParseEncryptionKeyRemoved(log types.Log) (*StreamEncryptionKeyRemoved, error) {
	event := new(StreamEncryptionKeyRemoved)
	if err := _Stream.contract.UnpackLog(event, "EncryptionKeyRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamEncryptionKeySetIterator is returned from FilterEncryptionKeySet and is used to iterate over the raw logs and unpacked data for EncryptionKeySet events raised by the Stream contract.
type StreamEncryptionKeySetIterator struct {
	Event *StreamEncryptionKeySet // Event containing the contract specifics and raw log

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
func (it *StreamEncryptionKeySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamEncryptionKeySet)
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
		it.Event = new(StreamEncryptionKeySet)
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
func (it *StreamEncryptionKeySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamEncryptionKeySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamEncryptionKeySet represents a EncryptionKeySet event raised by the Stream contract.
type StreamEncryptionKeySet struct {
	User common.Address
	Key  []byte
	By   common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterEncryptionKeySet is a free log retrieval operation binding the contract event 0xaf9f1ba4c3db9ba69a880c48446e6d5416c5c65d69da0e0b49b54bcae1242ad0.
//
// Solidity: event EncryptionKeySet(address indexed user, bytes key, address indexed by)
func (_Stream *StreamFilterer) FilterEncryptionKeySet(opts *bind.FilterOpts, user []common.Address, by []common.Address) (*StreamEncryptionKeySetIterator, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "EncryptionKeySet", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return &StreamEncryptionKeySetIterator{contract: _Stream.contract, event: "EncryptionKeySet", logs: logs, sub: sub}, nil
}

// WatchEncryptionKeySet is a free log subscription operation binding the contract event 0xaf9f1ba4c3db9ba69a880c48446e6d5416c5c65d69da0e0b49b54bcae1242ad0.
//
// Solidity: event EncryptionKeySet(address indexed user, bytes key, address indexed by)
func (_Stream *StreamFilterer) WatchEncryptionKeySet(opts *bind.WatchOpts, sink chan<- *StreamEncryptionKeySet, user []common.Address, by []common.Address) (event.Subscription, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "EncryptionKeySet", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamEncryptionKeySet)
				if err := _Stream.contract.UnpackLog(event, "EncryptionKeySet", log); err != nil {
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

// ParseEncryptionKeySet is a log parse operation binding the contract event 0xaf9f1ba4c3db9ba69a880c48446e6d5416c5c65d69da0e0b49b54bcae1242ad0.
//
// Solidity: event EncryptionKeySet(address indexed user, bytes key, address indexed by)
func (_Stream *StreamFilterer) ParseEncryptionKeySet(log types.Log) (*StreamEncryptionKeySet, error) {
	event := new(StreamEncryptionKeySet)
	if err := _Stream.contract.UnpackLog(event, "EncryptionKeySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamMetadataUpdatedIterator is returned from FilterMetadataUpdated and is used to iterate over the raw logs and unpacked data for MetadataUpdated events raised by the Stream contract.
type StreamMetadataUpdatedIterator struct {
	Event *StreamMetadataUpdated // Event containing the contract specifics and raw log

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
func (it *StreamMetadataUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamMetadataUpdated)
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
		it.Event = new(StreamMetadataUpdated)
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
func (it *StreamMetadataUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamMetadataUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamMetadataUpdated represents a MetadataUpdated event raised by the Stream contract.
type StreamMetadataUpdated struct {
	Metadata string
	By       common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterMetadataUpdated is a free log retrieval operation binding the contract event 0x3f90ee7c32e0423faf2211102133f54271b2777f948ea38b3c33ee1d673c36b6.
//
// Solidity: event MetadataUpdated(string metadata, address indexed by)
func (_Stream *StreamFilterer) FilterMetadataUpdated(opts *bind.FilterOpts, by []common.Address) (*StreamMetadataUpdatedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "MetadataUpdated", byRule)
	if err != nil {
		return nil, err
	}
	return &StreamMetadataUpdatedIterator{contract: _Stream.contract, event: "MetadataUpdated", logs: logs, sub: sub}, nil
}

// WatchMetadataUpdated is a free log subscription operation binding the contract event 0x3f90ee7c32e0423faf2211102133f54271b2777f948ea38b3c33ee1d673c36b6.
//
// Solidity: event MetadataUpdated(string metadata, address indexed by)
func (_Stream *StreamFilterer) WatchMetadataUpdated(opts *bind.WatchOpts, sink chan<- *StreamMetadataUpdated, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "MetadataUpdated", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamMetadataUpdated)
				if err := _Stream.contract.UnpackLog(event, "MetadataUpdated", log); err != nil {
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

// ParseMetadataUpdated is a log parse operation binding the contract event 0x3f90ee7c32e0423faf2211102133f54271b2777f948ea38b3c33ee1d673c36b6.
//
// Solidity: event MetadataUpdated(string metadata, address indexed by)
func (_Stream *StreamFilterer) ParseMetadataUpdated(log types.Log) (*StreamMetadataUpdated, error) {
	event := new(StreamMetadataUpdated)
	if err := _Stream.contract.UnpackLog(event, "MetadataUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the Stream contract.
type StreamOwnershipTransferredIterator struct {
	Event *StreamOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *StreamOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamOwnershipTransferred)
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
		it.Event = new(StreamOwnershipTransferred)
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
func (it *StreamOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamOwnershipTransferred represents a OwnershipTransferred event raised by the Stream contract.
type StreamOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Stream *StreamFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*StreamOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &StreamOwnershipTransferredIterator{contract: _Stream.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_Stream *StreamFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *StreamOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamOwnershipTransferred)
				if err := _Stream.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_Stream *StreamFilterer) ParseOwnershipTransferred(log types.Log) (*StreamOwnershipTransferred, error) {
	event := new(StreamOwnershipTransferred)
	if err := _Stream.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamPartitionsUpdatedIterator is returned from FilterPartitionsUpdated and is used to iterate over the raw logs and unpacked data for PartitionsUpdated events raised by the Stream contract.
type StreamPartitionsUpdatedIterator struct {
	Event *StreamPartitionsUpdated // Event containing the contract specifics and raw log

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
func (it *StreamPartitionsUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamPartitionsUpdated)
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
		it.Event = new(StreamPartitionsUpdated)
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
func (it *StreamPartitionsUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamPartitionsUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamPartitionsUpdated represents a PartitionsUpdated event raised by the Stream contract.
type StreamPartitionsUpdated struct {
	Partitions uint32
	By         common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPartitionsUpdated is a free log retrieval operation binding the contract event 0x845f2d01c79dc77382491ceecf68e74ad55181fe79f21661fa39e5dddfaa9897.
//
// Solidity: event PartitionsUpdated(uint32 partitions, address indexed by)
func (_Stream *StreamFilterer) FilterPartitionsUpdated(opts *bind.FilterOpts, by []common.Address) (*StreamPartitionsUpdatedIterator, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "PartitionsUpdated", byRule)
	if err != nil {
		return nil, err
	}
	return &StreamPartitionsUpdatedIterator{contract: _Stream.contract, event: "PartitionsUpdated", logs: logs, sub: sub}, nil
}

// WatchPartitionsUpdated is a free log subscription operation binding the contract event 0x845f2d01c79dc77382491ceecf68e74ad55181fe79f21661fa39e5dddfaa9897.
//
// Solidity: event PartitionsUpdated(uint32 partitions, address indexed by)
func (_Stream *StreamFilterer) WatchPartitionsUpdated(opts *bind.WatchOpts, sink chan<- *StreamPartitionsUpdated, by []common.Address) (event.Subscription, error) {

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "PartitionsUpdated", byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamPartitionsUpdated)
				if err := _Stream.contract.UnpackLog(event, "PartitionsUpdated", log); err != nil {
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

// ParsePartitionsUpdated is a log parse operation binding the contract event 0x845f2d01c79dc77382491ceecf68e74ad55181fe79f21661fa39e5dddfaa9897.
//
// Solidity: event PartitionsUpdated(uint32 partitions, address indexed by)
func (_Stream *StreamFilterer) ParsePartitionsUpdated(log types.Log) (*StreamPartitionsUpdated, error) {
	event := new(StreamPartitionsUpdated)
	if err := _Stream.contract.UnpackLog(event, "PartitionsUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// StreamPermissionUpdatedIterator is returned from FilterPermissionUpdated and is used to iterate over the raw logs and unpacked data for PermissionUpdated events raised by the Stream contract.
type StreamPermissionUpdatedIterator struct {
	Event *StreamPermissionUpdated // Event containing the contract specifics and raw log

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
func (it *StreamPermissionUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(StreamPermissionUpdated)
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
		it.Event = new(StreamPermissionUpdated)
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
func (it *StreamPermissionUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *StreamPermissionUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// StreamPermissionUpdated represents a PermissionUpdated event raised by the Stream contract.
type StreamPermissionUpdated struct {
	User            common.Address
	PublishExpiry   uint64
	SubscribeExpiry uint64
	CanEdit         bool
	CanDelete       bool
	CanGrant        bool
	By              common.Address
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterPermissionUpdated is a free log retrieval operation binding the contract event 0x085c44b5c6c82a7de501724017a164cc953384460d0ca80c44db97355f26148f.
//
// Solidity: event PermissionUpdated(address indexed user, uint64 publishExpiry, uint64 subscribeExpiry, bool canEdit, bool canDelete, bool canGrant, address indexed by)
func (_Stream *StreamFilterer) FilterPermissionUpdated(opts *bind.FilterOpts, user []common.Address, by []common.Address) (*StreamPermissionUpdatedIterator, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.FilterLogs(opts, "PermissionUpdated", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return &StreamPermissionUpdatedIterator{contract: _Stream.contract, event: "PermissionUpdated", logs: logs, sub: sub}, nil
}

// WatchPermissionUpdated is a free log subscription operation binding the contract event 0x085c44b5c6c82a7de501724017a164cc953384460d0ca80c44db97355f26148f.
//
// Solidity: event PermissionUpdated(address indexed user, uint64 publishExpiry, uint64 subscribeExpiry, bool canEdit, bool canDelete, bool canGrant, address indexed by)
func (_Stream *StreamFilterer) WatchPermissionUpdated(opts *bind.WatchOpts, sink chan<- *StreamPermissionUpdated, user []common.Address, by []common.Address) (event.Subscription, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Stream.contract.WatchLogs(opts, "PermissionUpdated", userRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(StreamPermissionUpdated)
				if err := _Stream.contract.UnpackLog(event, "PermissionUpdated", log); err != nil {
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

// ParsePermissionUpdated is a log parse operation binding the contract event 0x085c44b5c6c82a7de501724017a164cc953384460d0ca80c44db97355f26148f.
//
// Solidity: event PermissionUpdated(address indexed user, uint64 publishExpiry, uint64 subscribeExpiry, bool canEdit, bool canDelete, bool canGrant, address indexed by)
func (_Stream *StreamFilterer) ParsePermissionUpdated(log types.Log) (*StreamPermissionUpdated, error) {
	event := new(StreamPermissionUpdated)
	if err := _Stream.contract.UnpackLog(event, "PermissionUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
