package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
)

// maxLicenseSeconds is DataLicense.MAX_SECONDS.
const maxLicenseSeconds = 100 * 365 * 24 * 3600

type quoteRequest struct {
	Buyer            string `json:"buyer"`
	Seconds          int64  `json:"seconds"`
	Method           string `json:"method"`
	EncryptionKey    string `json:"encryptionKey"`
	AttesterDeadline *int64 `json:"attesterDeadline"`
	AttesterSig      string `json:"attesterSig"`
}

// Quote is what POST /products/{id}/quote returns.
type Quote struct {
	ProductID         string         `json:"productId"`
	Buyer             common.Address `json:"buyer"`
	Seconds           int64          `json:"seconds"`
	Method            string         `json:"method"`
	Price             string         `json:"price"`
	Fee               string         `json:"fee"`
	SellerAmount      string         `json:"sellerAmount"`
	CurrentExpiry     uint64         `json:"currentExpiry"`
	NewExpiry         uint64         `json:"newExpiry"`
	ExpiresAt         time.Time      `json:"expiresAt"`
	Balance           string         `json:"balance"`
	SufficientBalance bool           `json:"sufficientBalance"`
	Token             common.Address `json:"token"`
	License           common.Address `json:"license"`
	ChainID           uint64         `json:"chainId"`
	// Transactions to send in order (transferAndCall: one; approve: approve then buy).
	Transactions []Tx `json:"transactions"`
	// Permit (method permit): EIP-712 typed data for eth_signTypedData_v4, then Call.
	Permit *apitypes.TypedData `json:"permit,omitempty"`
	Call   *CallTemplate       `json:"call,omitempty"`
}

// CallTemplate is a contract call whose last arguments come from a signature.
type CallTemplate struct {
	To        common.Address `json:"to"`
	Function  string         `json:"function"`
	Selector  hexutil.Bytes  `json:"selector"`
	Args      map[string]any `json:"args"`
	Signature string         `json:"signature"` // which signature fills v, r, s
}

func (s *Service) call(ctx context.Context, to common.Address, a abi.ABI, method string, args ...any) ([]any, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("market: encoding %s: %w", method, err)
	}
	out, err := s.deps.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("market: eth_call %s: %w", method, err)
	}
	res, err := a.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("market: decoding %s: %w", method, err)
	}
	return res, nil
}

func (s *Service) handleQuote(c echo.Context) error {
	id, err := productID(c)
	if err != nil {
		return err
	}
	var req quoteRequest
	if err := bindJSON(c, &req); err != nil {
		return err
	}
	buyer, err := parseNonZeroAddress(req.Buyer)
	if err != nil {
		return bodyField("buyer", err.Error())
	}
	if req.Seconds < 1 || req.Seconds > maxLicenseSeconds {
		return bodyField("seconds", fmt.Sprintf("from 1 to %d", maxLicenseSeconds))
	}
	switch req.Method {
	case "transferAndCall", "approve", "permit":
	default:
		return bodyField("method", "one of transferAndCall, approve, permit")
	}
	var encKey []byte
	if req.EncryptionKey != "" {
		k := strings.TrimPrefix(req.EncryptionKey, "0x")
		encKey, err = hexutil.Decode("0x" + k)
		if err != nil || len(encKey) != 33 {
			return bodyField("encryptionKey", "a 33-byte compressed secp256k1 public key")
		}
		if _, err := crypto.DecompressPubkey(encKey); err != nil {
			return bodyField("encryptionKey", "not a point on secp256k1")
		}
	}
	var attSig []byte
	if req.AttesterSig != "" {
		if attSig, err = hexutil.Decode(req.AttesterSig); err != nil {
			return bodyField("attesterSig", "hex bytes")
		}
	}
	attDeadline := new(big.Int)
	if req.AttesterDeadline != nil {
		if *req.AttesterDeadline < 0 {
			return bodyField("attesterDeadline", "not negative")
		}
		attDeadline.SetInt64(*req.AttesterDeadline)
	}

	ctx := c.Request().Context()
	p, err := s.product(ctx, id)
	if errors.Is(err, errNoProduct) {
		return notFound("product %s is not indexed", id)
	}
	if err != nil {
		return err
	}
	if !p.Active {
		return conflict("product %s is deactivated", id)
	}
	if p.RequiredAttester != nil && len(attSig) == 0 {
		return unprocessable("product %s requires an attestation by %s: pass attesterDeadline and attesterSig", id, p.RequiredAttester.Hex())
	}
	pid, _ := new(big.Int).SetString(id, 10)
	seconds := big.NewInt(req.Seconds)
	contracts := s.deps.Contracts

	res, err := s.call(ctx, contracts.License, licenseABI, "quote", pid, seconds)
	if err != nil {
		return unavailable("cannot read the price from the chain: %v", err)
	}
	price, fee := res[0].(*big.Int), res[1].(*big.Int)
	res, err = s.call(ctx, contracts.License, licenseABI, "expiryOf", pid, buyer)
	if err != nil {
		return unavailable("cannot read the license from the chain: %v", err)
	}
	current := res[0].(uint64)
	now := uint64(time.Now().Unix())
	if current <= now && uint64(req.Seconds) < p.MinSeconds {
		return unprocessable("a new license needs at least %d seconds", p.MinSeconds)
	}
	res, err = s.call(ctx, contracts.Token, tokenABI, "balanceOf", buyer)
	if err != nil {
		return unavailable("cannot read the DATA balance: %v", err)
	}
	balance := res[0].(*big.Int)

	q := Quote{
		ProductID: id, Buyer: buyer, Seconds: req.Seconds, Method: req.Method,
		Price: price.String(), Fee: fee.String(), SellerAmount: new(big.Int).Sub(price, fee).String(),
		CurrentExpiry: current, NewExpiry: max(current, now) + uint64(req.Seconds),
		ExpiresAt: time.Now().Add(s.cfg.QuoteTTL).UTC().Truncate(time.Second),
		Balance:   balance.String(), SufficientBalance: balance.Cmp(price) >= 0,
		Token: contracts.Token, License: contracts.License, ChainID: contracts.ChainID,
		Transactions: []Tx{},
	}
	tx := func(to common.Address, data []byte, desc string) Tx {
		return Tx{From: &buyer, To: to, Data: data, Value: "0x0", ChainID: contracts.ChainID, Description: desc}
	}
	if attSig == nil {
		attSig = []byte{}
	}
	if encKey == nil {
		encKey = []byte{}
	}
	switch req.Method {
	case "transferAndCall":
		payload, err := purchaseData.Pack(pid, seconds, encKey, attDeadline, attSig)
		if err != nil {
			return fmt.Errorf("market: encoding the purchase: %w", err)
		}
		data, err := tokenABI.Pack("transferAndCall", contracts.License, price, payload)
		if err != nil {
			return fmt.Errorf("market: encoding transferAndCall: %w", err)
		}
		q.Transactions = append(q.Transactions, tx(contracts.Token, data, "DATA.transferAndCall: pays and buys in one transaction"))
	case "approve":
		data, err := tokenABI.Pack("approve", contracts.License, price)
		if err != nil {
			return fmt.Errorf("market: encoding approve: %w", err)
		}
		q.Transactions = append(q.Transactions, tx(contracts.Token, data, "DATA.approve: lets DataLicense take the price"))
		var buy []byte
		if p.RequiredAttester != nil {
			buy, err = licenseABI.Pack("buyFor", buyer, pid, seconds, encKey, attDeadline, attSig)
		} else {
			buy, err = licenseABI.Pack("buy", pid, seconds, encKey)
		}
		if err != nil {
			return fmt.Errorf("market: encoding buy: %w", err)
		}
		q.Transactions = append(q.Transactions, tx(contracts.License, buy, "DataLicense.buy"))
	case "permit":
		res, err := s.call(ctx, contracts.Token, tokenABI, "nonces", buyer)
		if err != nil {
			return unavailable("cannot read the permit nonce: %v", err)
		}
		nonce := res[0].(*big.Int)
		res, err = s.call(ctx, contracts.Token, tokenABI, "eip712Domain")
		if err != nil {
			return unavailable("cannot read the token's EIP-712 domain: %v", err)
		}
		name, version := res[1].(string), res[2].(string)
		deadline := q.ExpiresAt.Unix()
		q.Permit = &apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {
					{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
				},
				"Permit": {
					{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"}, {Name: "value", Type: "uint256"},
					{Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
				},
			},
			PrimaryType: "Permit",
			Domain: apitypes.TypedDataDomain{
				Name: name, Version: version, ChainId: math.NewHexOrDecimal256(int64(contracts.ChainID)),
				VerifyingContract: contracts.Token.Hex(),
			},
			Message: apitypes.TypedDataMessage{
				"owner": buyer.Hex(), "spender": contracts.License.Hex(), "value": price.String(),
				"nonce": nonce.String(), "deadline": strconv.FormatInt(deadline, 10),
			},
		}
		m := licenseABI.Methods["buyWithPermit"]
		q.Call = &CallTemplate{
			To: contracts.License, Function: m.Sig, Selector: m.ID,
			Args: map[string]any{
				"productId": id, "seconds_": strconv.FormatInt(req.Seconds, 10), "encryptionKey": hexutil.Bytes(encKey),
				"attesterDeadline": attDeadline.String(), "attesterSig": hexutil.Bytes(attSig),
				"permit": map[string]any{"deadline": strconv.FormatInt(deadline, 10), "v": nil, "r": nil, "s": nil},
			},
			Signature: "permit",
		}
	}
	s.metrics.quotes.WithLabelValues(req.Method).Inc()
	return c.JSON(http.StatusOK, q)
}

// BuyWithPermitData encodes DataLicense.buyWithPermit for a quote's call template and the
// 65-byte permit signature (for Go wallets and tests).
func BuyWithPermitData(productID, seconds *big.Int, encryptionKey []byte, attesterDeadline *big.Int, attesterSig []byte,
	deadline *big.Int, sig []byte) ([]byte, error) {
	if len(sig) != 65 {
		return nil, errors.New("market: a permit signature is 65 bytes")
	}
	v := sig[64]
	if v < 27 {
		v += 27
	}
	permit := struct {
		Deadline *big.Int
		V        uint8
		R        [32]byte
		S        [32]byte
	}{Deadline: deadline, V: v}
	copy(permit.R[:], sig[:32])
	copy(permit.S[:], sig[32:64])
	if encryptionKey == nil {
		encryptionKey = []byte{}
	}
	if attesterSig == nil {
		attesterSig = []byte{}
	}
	return licenseABI.Pack("buyWithPermit", productID, seconds, encryptionKey, attesterDeadline, attesterSig, permit)
}

// ---- purchase status ----

// Purchase is one indexed LicensePurchased event.
type Purchase struct {
	ProductID   string         `json:"productId"`
	Buyer       common.Address `json:"buyer"`
	Payer       common.Address `json:"payer"`
	Seconds     string         `json:"seconds"`
	Price       string         `json:"price"`
	Fee         string         `json:"fee"`
	NewExpiry   uint64         `json:"newExpiry"`
	BlockNumber int64          `json:"blockNumber"`
	LogIndex    int            `json:"-"`
	TxHash      common.Hash    `json:"txHash"`
	Title       string         `json:"title"`
	At          *time.Time     `json:"at"`
}

// PurchaseStatus is GET /purchases/{txHash}.
type PurchaseStatus struct {
	TxHash      common.Hash `json:"txHash"`
	Status      string      `json:"status"`
	BlockNumber *uint64     `json:"blockNumber"`
	Purchases   []Purchase  `json:"purchases"`
}

const purchaseCols = `p.product_id, p.buyer, p.payer, p.seconds, p.price, p.fee, p.new_expiry, p.block_number, p.log_index,
	p.tx_hash, COALESCE(mp.title, ''), p.block_time`

func scanPurchase(row interface{ Scan(...any) error }) (Purchase, error) {
	var (
		p                         Purchase
		pid, secs, price, fee, ne pgtype.Numeric
		buyer, payer, tx          []byte
		at                        pgtype.Timestamptz
	)
	if err := row.Scan(&pid, &buyer, &payer, &secs, &price, &fee, &ne, &p.BlockNumber, &p.LogIndex, &tx, &p.Title, &at); err != nil {
		return p, err
	}
	p.ProductID, p.Seconds, p.Price, p.Fee = numericString(pid), numericString(secs), numericString(price), numericString(fee)
	p.NewExpiry = numericUint64(ne)
	p.Buyer, p.Payer, p.TxHash = common.BytesToAddress(buyer), common.BytesToAddress(payer), common.BytesToHash(tx)
	if at.Valid {
		t := at.Time.UTC()
		p.At = &t
	}
	return p, nil
}

func (s *Service) handlePurchaseStatus(c echo.Context) error {
	raw := c.Param("txHash")
	b, err := hexutil.Decode(raw)
	if err != nil || len(b) != 32 {
		return invalidParam("path", "txHash", "a 0x-prefixed 32-byte hex hash")
	}
	hash := common.BytesToHash(b)
	ctx := c.Request().Context()
	st := PurchaseStatus{TxHash: hash, Purchases: []Purchase{}}
	receipt, err := s.deps.Chain.TransactionReceipt(ctx, hash)
	switch {
	case err == nil && receipt != nil:
		n := receipt.BlockNumber.Uint64()
		st.BlockNumber = &n
		if receipt.Status != types.ReceiptStatusSuccessful {
			st.Status = "failed"
			return c.JSON(http.StatusOK, st)
		}
		st.Status = "confirmed"
		rows, err := s.deps.Pool.Query(ctx, `SELECT `+purchaseCols+` FROM purchases p
			LEFT JOIN market_products mp USING (product_id)
			WHERE p.block_number = $1 AND p.tx_hash = $2 ORDER BY p.log_index`, int64(n), hash.Bytes())
		if err != nil {
			return fmt.Errorf("market: reading purchases: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPurchase(rows)
			if err != nil {
				return fmt.Errorf("market: reading purchases: %w", err)
			}
			st.Purchases = append(st.Purchases, p)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("market: reading purchases: %w", err)
		}
		if len(st.Purchases) > 0 {
			st.Status = "indexed"
		}
		return c.JSON(http.StatusOK, st)
	case err != nil && !errors.Is(err, ethereum.NotFound):
		return unavailable("cannot reach the chain: %v", err)
	}
	_, pending, err := s.deps.Chain.TransactionByHash(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return notFound("transaction %s is unknown to the chain", hash.Hex())
	}
	if err != nil {
		return unavailable("cannot reach the chain: %v", err)
	}
	st.Status = "pending"
	if !pending {
		// Mined but the receipt is not indexed by the node yet.
		st.Status = "confirmed"
	}
	return c.JSON(http.StatusOK, st)
}
