package devchain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// A transaction is mined as soon as it reaches the pool, without waiting for the interval.
func TestMinesWhenTransactionsArrive(t *testing.T) {
	cfg := DefaultConfig()
	cfg.BlockInterval = 0
	mineOne(t, cfg)
}

// Sending through Client alone gets a transaction mined: with the poll an hour apart,
// nothing else would.
func TestMinesWhenClientSends(t *testing.T) {
	cfg := DefaultConfig()
	cfg.BlockInterval = 0
	cfg.PollInterval = time.Hour
	mineOne(t, cfg)
}

func mineOne(t *testing.T, cfg Config) {
	t.Helper()
	c, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.rpcClient() == nil {
		t.Fatal("cannot reach the in-process RPC client: the miner would fall back to the slow pending block")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c.Start(ctx)
	signer := types.LatestSignerForChainID(big.NewInt(ChainID))
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(c.Keys[0], signer, &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: 0, To: &c.Addrs[1], Value: big.NewInt(1),
		Gas: params.TxGas, GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r.Status == types.ReceiptStatusSuccessful {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("transaction was not mined")
		case <-time.After(10 * time.Millisecond):
		}
	}
}
