package siwe

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

const full = "https://example.com wants you to sign in with your Ethereum account:\n" +
	"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n" +
	"I accept the ExampleOrg Terms of Service: https://example.com/tos\n\n" +
	"URI: https://example.com/login\n" +
	"Version: 1\n" +
	"Chain ID: 1\n" +
	"Nonce: 32891756\n" +
	"Issued At: 2021-09-30T16:25:24Z\n" +
	"Expiration Time: 2021-10-30T16:25:24.000+02:00\n" +
	"Not Before: 2021-09-30T16:25:24Z\n" +
	"Request ID: req-1%20a\n" +
	"Resources:\n" +
	"- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/\n" +
	"- https://example.com/my-web2-claim.json"

const minimal = "example.com:8080 wants you to sign in with your Ethereum account:\n" +
	"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\n\n" +
	"URI: https://example.com\n" +
	"Version: 1\n" +
	"Chain ID: 1337\n" +
	"Nonce: abcdEFGH1234\n" +
	"Issued At: 2021-09-30T16:25:24Z"

func TestParseRoundTrip(t *testing.T) {
	for name, s := range map[string]string{"full": full, "minimal": minimal} {
		t.Run(name, func(t *testing.T) {
			m, err := Parse(s)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := m.String(); got != s {
				t.Fatalf("String() differs:\n%q\n%q", got, s)
			}
			if err := m.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
		})
	}
	m, _ := Parse(full)
	if m.Scheme != "https" || m.Domain != "example.com" || m.ChainID != 1 || m.Nonce != "32891756" ||
		len(m.Resources) != 2 || m.RequestID != "req-1%20a" || m.ExpirationTime.IsZero() {
		t.Fatalf("fields: %+v", m)
	}
}

func TestParseRejects(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(full, old, new, 1) }
	cases := map[string]string{
		"empty":                 "",
		"CRLF":                  strings.ReplaceAll(full, "\n", "\r\n"),
		"lowercase address":     replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"),
		"bad checksum":          replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756CC2"),
		"short address":         replace("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "0xC02aaA39"),
		"version 2":             replace("Version: 1", "Version: 2"),
		"short nonce":           replace("Nonce: 32891756", "Nonce: 1234567"),
		"nonce symbol":          replace("Nonce: 32891756", "Nonce: 3289175-6"),
		"chain id letters":      replace("Chain ID: 1", "Chain ID: x"),
		"chain id overflow":     replace("Chain ID: 1", "Chain ID: 99999999999999999999999"),
		"bad issued at":         replace("Issued At: 2021-09-30T16:25:24Z", "Issued At: yesterday"),
		"issued at no zone":     replace("Issued At: 2021-09-30T16:25:24Z", "Issued At: 2021-09-30T16:25:24"),
		"statement newline":     replace("I accept", "I\naccept"),
		"statement bad char":    replace("I accept", "I \"accept\""),
		"missing blank":         replace("\n\nURI:", "\nURI:"),
		"missing uri":           replace("URI: https://example.com/login\n", ""),
		"relative uri":          replace("URI: https://example.com/login", "URI: /login"),
		"uri with space":        replace("URI: https://example.com/login", "URI: https://example.com/lo gin"),
		"fields out of order":   replace("Version: 1\nChain ID: 1", "Chain ID: 1\nVersion: 1"),
		"trailing newline":      full + "\n",
		"trailing junk":         full + "\nfoo",
		"bad resource":          replace("- https://example.com/my-web2-claim.json", "* https://example.com"),
		"domain with path":      replace("https://example.com wants", "https://example.com/x wants"),
		"domain with space":     replace("https://example.com wants", "https://exa mple.com wants"),
		"bad scheme":            replace("https://example.com wants", "1http://example.com wants"),
		"wrong header":          replace("wants you to sign in", "wants you to log in"),
		"empty request id":      replace("Request ID: req-1%20a", "Request ID: "),
		"bad pct request id":    replace("Request ID: req-1%20a", "Request ID: req-1%2"),
		"duplicate nonce":       replace("Nonce: 32891756\n", "Nonce: 32891756\nNonce: 32891756\n"),
		"two statements":        replace("https://example.com/tos\n", "https://example.com/tos\nsecond\n"),
		"empty expiration time": replace("Expiration Time: 2021-10-30T16:25:24.000+02:00", "Expiration Time: "),
	}
	for name, s := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(s); !errors.Is(err, ErrMalformed) {
				t.Fatalf("Parse accepted or wrong error: %v", err)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	m, err := Parse(full)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC)
	ok := CheckOptions{Domain: "example.com", Scheme: "https", ChainID: 1, Nonce: "32891756", Now: now}
	if err := m.Check(ok); err != nil {
		t.Fatalf("Check: %v", err)
	}
	cases := []struct {
		name string
		edit func(*CheckOptions)
		want error
	}{
		{"domain", func(o *CheckOptions) { o.Domain = "evil.com" }, ErrInvalid},
		{"no domain", func(o *CheckOptions) { o.Domain = "" }, ErrInvalid},
		{"scheme", func(o *CheckOptions) { o.Scheme = "http" }, ErrInvalid},
		{"chain", func(o *CheckOptions) { o.ChainID = 5 }, ErrInvalid},
		{"nonce", func(o *CheckOptions) { o.Nonce = "abcdefgh" }, ErrInvalid},
		{"expired", func(o *CheckOptions) { o.Now = now.AddDate(0, 2, 0) }, ErrExpired},
		{"too old", func(o *CheckOptions) { o.MaxAge = time.Minute }, ErrExpired},
		{"future", func(o *CheckOptions) { o.Now = now.AddDate(0, -1, 0) }, ErrInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := ok
			c.edit(&o)
			if err := m.Check(o); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestVerifyEOA(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	m := &Message{Domain: "localhost:8080", Address: addr, URI: "http://localhost:8080", Version: Version,
		ChainID: 1337, Nonce: "abcdefgh1234", IssuedAt: time.Now().UTC().Truncate(time.Second)}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	text := m.String()
	if _, err := Parse(text); err != nil {
		t.Fatalf("built message does not parse: %v", err)
	}
	sig, err := Sign(text, key)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := VerifySignature(ctx, nil, text, addr, sig); err != nil {
		t.Fatalf("valid signature refused: %v", err)
	}
	// v as 0/1 is accepted too.
	sig01 := append([]byte(nil), sig...)
	sig01[64] -= 27
	if err := VerifySignature(ctx, nil, text, addr, sig01); err != nil {
		t.Fatalf("v=0/1 refused: %v", err)
	}
	other, _ := crypto.GenerateKey()
	if err := VerifySignature(ctx, nil, text, crypto.PubkeyToAddress(other.PublicKey), sig); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong address: %v", err)
	}
	if err := VerifySignature(ctx, nil, text+"x", addr, sig); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("changed text: %v", err)
	}
	// High-s twin of a valid signature must be refused.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	high := append([]byte(nil), sig...)
	copy(high[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	high[64] ^= 1
	if err := VerifySignature(ctx, nil, text, addr, high); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("high-s accepted: %v", err)
	}
	if err := VerifySignature(ctx, nil, text, addr, sig[:10]); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("short sig: %v", err)
	}
}

// TestVerifyERC1271 deploys, on a simulated chain, a contract whose isValidSignature accepts
// everything, and one that returns a wrong value.
func TestVerifyERC1271(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	defer b.Close()
	client := b.Client()
	ctx := context.Background()

	// runtime: PUSH4 magic, PUSH1 0xe0, SHL, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN
	accept := []byte{0x63, 0x16, 0x26, 0xba, 0x7e, 0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	reject := []byte{0x63, 0xde, 0xad, 0xbe, 0xef, 0x60, 0xe0, 0x1b, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	deploy := func(runtime []byte, nonce uint64) common.Address {
		// init: copy runtime to memory and return it.
		init := []byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}
		code := append(init, runtime...)
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: nonce, Gas: 1_000_000,
			GasFeeCap: big.NewInt(1e11), GasTipCap: big.NewInt(1e9), Data: code})
		signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(1337)), key)
		if err != nil {
			t.Fatal(err)
		}
		if err := client.SendTransaction(ctx, signed); err != nil {
			t.Fatal(err)
		}
		b.Commit()
		var r *types.Receipt
		var err2 error
		for i := 0; i < 100; i++ { // the backend indexes transactions asynchronously
			if r, err2 = client.TransactionReceipt(ctx, signed.Hash()); err2 == nil {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err2 != nil || r.Status != 1 {
			err := err2
			t.Fatalf("deploy: %v %v", err, r)
		}
		return r.ContractAddress
	}
	good := deploy(accept, 0)
	bad := deploy(reject, 1)
	text := minimal
	if err := VerifySignature(ctx, client, text, good, []byte{1, 2, 3}); err != nil {
		t.Fatalf("ERC-1271 accept: %v", err)
	}
	if err := VerifySignature(ctx, client, text, bad, []byte{1, 2, 3}); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("ERC-1271 reject: %v", err)
	}
	// An EOA with no code and a bad signature.
	if err := VerifySignature(ctx, client, text, from, []byte{1, 2, 3}); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("EOA: %v", err)
	}
}

func TestNewNonce(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		n, err := NewNonce(16)
		if err != nil || !isNonce(n) || len(n) != 16 || seen[n] {
			t.Fatalf("nonce %q %v", n, err)
		}
		seen[n] = true
	}
}

func FuzzParse(f *testing.F) {
	f.Add(full)
	f.Add(minimal)
	f.Add(strings.Replace(full, "\n\n", "\n", 1))
	f.Add("a wants you to sign in with your Ethereum account:\n")
	f.Fuzz(func(t *testing.T, s string) {
		m, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error not ErrMalformed: %v", err)
			}
			return
		}
		if got := m.String(); got != s {
			t.Fatalf("round trip:\n%q\n%q", got, s)
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("parsed message fails Validate: %v", err)
		}
		m2, err := Parse(m.String())
		if err != nil || m2.String() != s {
			t.Fatalf("reparse: %v", err)
		}
	})
}
