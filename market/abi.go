package market

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// The functions of DataLicense and DATAToken the market encodes or calls (from
// contracts/src/DataLicense.sol and the DATAToken bindings).
const licenseABIJSON = `[
{"type":"function","name":"createProduct","stateMutability":"nonpayable","inputs":[
  {"name":"beneficiary","type":"address"},{"name":"streams","type":"address[]"},
  {"name":"pricePerSecond","type":"uint96"},{"name":"minSeconds","type":"uint64"},
  {"name":"termsCID","type":"string"},{"name":"requiredAttester","type":"address"},
  {"name":"metadata","type":"string"}],"outputs":[{"name":"productId","type":"uint256"}]},
{"type":"function","name":"updateProduct","stateMutability":"nonpayable","inputs":[
  {"name":"productId","type":"uint256"},{"name":"beneficiary","type":"address"},
  {"name":"pricePerSecond","type":"uint96"},{"name":"minSeconds","type":"uint64"},
  {"name":"termsCID","type":"string"},{"name":"requiredAttester","type":"address"},
  {"name":"metadata","type":"string"}],"outputs":[]},
{"type":"function","name":"buy","stateMutability":"nonpayable","inputs":[
  {"name":"productId","type":"uint256"},{"name":"seconds_","type":"uint256"},
  {"name":"encryptionKey","type":"bytes"}],"outputs":[]},
{"type":"function","name":"buyFor","stateMutability":"nonpayable","inputs":[
  {"name":"buyer","type":"address"},{"name":"productId","type":"uint256"},{"name":"seconds_","type":"uint256"},
  {"name":"encryptionKey","type":"bytes"},{"name":"attesterDeadline","type":"uint256"},
  {"name":"attesterSig","type":"bytes"}],"outputs":[]},
{"type":"function","name":"buyWithPermit","stateMutability":"nonpayable","inputs":[
  {"name":"productId","type":"uint256"},{"name":"seconds_","type":"uint256"},
  {"name":"encryptionKey","type":"bytes"},{"name":"attesterDeadline","type":"uint256"},
  {"name":"attesterSig","type":"bytes"},
  {"name":"permit","type":"tuple","components":[{"name":"deadline","type":"uint256"},{"name":"v","type":"uint8"},
    {"name":"r","type":"bytes32"},{"name":"s","type":"bytes32"}]}],"outputs":[]},
{"type":"function","name":"quote","stateMutability":"view","inputs":[
  {"name":"productId","type":"uint256"},{"name":"seconds_","type":"uint256"}],
  "outputs":[{"name":"price","type":"uint256"},{"name":"fee","type":"uint256"}]},
{"type":"function","name":"expiryOf","stateMutability":"view","inputs":[
  {"name":"productId","type":"uint256"},{"name":"buyer","type":"address"}],"outputs":[{"name":"","type":"uint64"}]}
]`

const tokenABIJSON = `[
{"type":"function","name":"transferAndCall","stateMutability":"nonpayable","inputs":[
  {"name":"to","type":"address"},{"name":"amount","type":"uint256"},{"name":"data","type":"bytes"}],
  "outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[
  {"name":"spender","type":"address"},{"name":"value","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],
  "outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"nonces","stateMutability":"view","inputs":[{"name":"owner","type":"address"}],
  "outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"eip712Domain","stateMutability":"view","inputs":[],"outputs":[
  {"name":"fields","type":"bytes1"},{"name":"name","type":"string"},{"name":"version","type":"string"},
  {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"},{"name":"salt","type":"bytes32"},
  {"name":"extensions","type":"uint256[]"}]}
]`

var (
	licenseABI = mustABI(licenseABIJSON)
	tokenABI   = mustABI(tokenABIJSON)
	// purchaseData is the data of DATA.transferAndCall to DataLicense:
	// abi.encode(productId, seconds, encryptionKey, attesterDeadline, attesterSig).
	purchaseData = mustArgs("uint256", "uint256", "bytes", "uint256", "bytes")
)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(fmt.Sprintf("market: embedded ABI: %v", err))
	}
	return a
}

func mustArgs(types ...string) abi.Arguments {
	var args abi.Arguments
	for _, t := range types {
		ty, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(fmt.Sprintf("market: ABI type %s: %v", t, err))
		}
		args = append(args, abi.Argument{Type: ty})
	}
	return args
}
