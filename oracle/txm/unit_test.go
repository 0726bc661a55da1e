package txm

import (
	"errors"
	"fmt"
	"math/big"
	"testing"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want ErrorClass
	}{
		{nil, ClassOK},
		{errors.New("already known"), ClassAlreadyKnown},
		{errors.New("known transaction: 0xabc"), ClassAlreadyKnown},
		{errors.New("nonce too low: next nonce 5, tx nonce 4"), ClassNonceTooLow},
		{errors.New("nonce too high"), ClassNonceTooHigh},
		{errors.New("replacement transaction underpriced"), ClassReplacementUnderpriced},
		{errors.New("transaction underpriced: tip needed 1, tip permitted 0"), ClassUnderpriced},
		{errors.New("max fee per gas less than block base fee: address 0x, maxFeePerGas: 1, baseFee: 7"), ClassUnderpriced},
		{errors.New("insufficient funds for gas * price + value: balance 0"), ClassInsufficientFunds},
		{errors.New("intrinsic gas too low: gas 1000, minimum needed 21000"), ClassFatal},
		{errors.New("exceeds block gas limit"), ClassFatal},
		{errors.New("execution reverted"), ClassFatal},
		{fmt.Errorf("post: %w", timeoutErr{}), ClassRetryable},
		{errors.New("502 Bad Gateway"), ClassRetryable},
	} {
		if got := Classify(tc.err); got != tc.want {
			t.Errorf("Classify(%v) = %s, want %s", tc.err, got, tc.want)
		}
	}
}

func TestBumpFees(t *testing.T) {
	m := &Manager{cfg: DefaultConfig()}
	m.cfg.MaxFeeCap = big.NewInt(1000)
	gwei := func(x int64) *big.Int { return big.NewInt(x) }
	for _, tc := range []struct {
		name        string
		old, market Fees
		want        Fees
		ok          bool
	}{
		{"20 percent", Fees{gwei(100), gwei(300)}, Fees{gwei(1), gwei(10)}, Fees{gwei(120), gwei(360)}, true},
		{"market above", Fees{gwei(100), gwei(300)}, Fees{gwei(200), gwei(700)}, Fees{gwei(200), gwei(700)}, true},
		{"capped but 10% still fits", Fees{gwei(100), gwei(900)}, Fees{gwei(1), gwei(10)}, Fees{gwei(120), gwei(1000)}, true},
		{"at the cap", Fees{gwei(100), gwei(950)}, Fees{gwei(1), gwei(10)}, Fees{gwei(100), gwei(950)}, false},
		{"tip at the cap", Fees{gwei(950), gwei(950)}, Fees{gwei(1), gwei(10)}, Fees{gwei(950), gwei(950)}, false},
		{"tiny values still move", Fees{gwei(1), gwei(2)}, Fees{gwei(0), gwei(0)}, Fees{gwei(2), gwei(3)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := m.bumpFees(tc.old, tc.market)
			if ok != tc.ok || got.TipCap.Cmp(tc.want.TipCap) != 0 || got.FeeCap.Cmp(tc.want.FeeCap) != 0 {
				t.Fatalf("got %v %v, want %v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}
