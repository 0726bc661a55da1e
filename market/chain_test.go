package market

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/internal/chainutil"
)

// sendTokenTransfer sends a DATA transfer from dev account i and returns its hash.
func sendTokenTransfer(t *testing.T, e *env, i int) common.Hash {
	t.Helper()
	tok, err := datatoken.NewDATAToken(e.dep.Token, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	opts := chainutil.Transactor(e.chain.Key(i), 1337)
	opts.Context = context.Background()
	tx, err := tok.Transfer(opts, e.chain.Addrs[i+1], big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	return tx.Hash()
}
