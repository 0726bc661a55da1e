package hdwallet

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// The first accounts of the test mnemonic, as every Ethereum dev tool derives them.
func TestAccountsOfTestMnemonic(t *testing.T) {
	want := []string{
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
	}
	for i, w := range want {
		k, err := Account(TestMnemonic, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if got := crypto.PubkeyToAddress(k.PublicKey).Hex(); got != w {
			t.Errorf("account %d = %s, want %s", i, got, w)
		}
	}
}

func TestBadPaths(t *testing.T) {
	for _, p := range []string{"", "44'/60'", "m/x", "m/44'/-1", "m/4294967296", "m/01"} {
		if _, err := Key(TestMnemonic, p); !errors.Is(err, ErrInvalidPath) {
			t.Errorf("Key(%q) error = %v, want ErrInvalidPath", p, err)
		}
	}
}
