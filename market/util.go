package market

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// bindJSON decodes the JSON body strictly: unknown fields, trailing data and wrong types are
// 400 problems.
func bindJSON(c echo.Context, v any) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return badRequest("reading the request body: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			p := badRequest("request body: field %q: expected %s", te.Field, te.Type)
			p.Errors = []FieldError{{In: "body", Name: te.Field, Reason: "expected " + te.Type.String()}}
			return p
		}
		return badRequest("request body: %v", err)
	}
	if dec.More() {
		return badRequest("request body: trailing data after the JSON value")
	}
	return nil
}

// parseAddress accepts 0x + 40 hex digits (any case; a mixed-case address must be
// EIP-55 checksummed).
func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return common.Address{}, errors.New("not a 0x-prefixed 20-byte hex address")
	}
	for _, r := range s[2:] {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return common.Address{}, errors.New("not a 0x-prefixed 20-byte hex address")
		}
	}
	a := common.HexToAddress(s)
	lower, upper := strings.ToLower(s[2:]), strings.ToUpper(s[2:])
	if s[2:] != lower && s[2:] != upper && a.Hex() != s {
		return common.Address{}, errors.New("bad EIP-55 checksum")
	}
	return a, nil
}

// parseNonZeroAddress is parseAddress refusing the zero address.
func parseNonZeroAddress(s string) (common.Address, error) {
	a, err := parseAddress(s)
	if err == nil && a == (common.Address{}) {
		err = errors.New("a non-zero address")
	}
	return a, err
}

// parseUint256 parses a decimal string into [0, 2^256).
func parseUint256(s string) (*big.Int, error) {
	if s == "" || len(s) > 78 {
		return nil, errors.New("not a decimal integer of at most 78 digits")
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return nil, errors.New("not a decimal integer")
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Cmp(maxUint256) > 0 {
		return nil, errors.New("out of the uint256 range")
	}
	return v, nil
}

func numericString(n pgtype.Numeric) string {
	v := numericBig(n)
	if v == nil {
		return "0"
	}
	return v.String()
}

func numericBig(n pgtype.Numeric) *big.Int {
	if !n.Valid || n.Int == nil {
		return nil
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	} else if n.Exp < 0 {
		v.Quo(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n.Exp)), nil))
	}
	return v
}

func numericUint64(n pgtype.Numeric) uint64 {
	v := numericBig(n)
	if v == nil || v.Sign() < 0 || !v.IsUint64() {
		return 0
	}
	return v.Uint64()
}

func addrPtr(b []byte) *common.Address {
	if len(b) == 0 {
		return nil
	}
	a := common.BytesToAddress(b)
	if a == (common.Address{}) {
		return nil
	}
	return &a
}

// ---- cursors ----

// cursor is the opaque keyset position of a page: the sort key of the last item returned.
type cursor struct {
	Sort   string `json:"s"`
	Filter string `json:"f,omitempty"` // hash of the filters the cursor belongs to
	Block  int64  `json:"b,omitempty"`
	Log    int64  `json:"l,omitempty"`
	Num    string `json:"n,omitempty"` // price (wei) for price sorts
	Count  int64  `json:"c,omitempty"` // purchase count for popularity
	ID     string `json:"i,omitempty"`
}

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	var c cursor
	if len(s) > 512 {
		return c, errors.New("too long")
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return c, errors.New("not a cursor this API returned")
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, errors.New("not a cursor this API returned")
	}
	if c.ID != "" {
		if _, err := parseUint256(c.ID); err != nil {
			return c, fmt.Errorf("cursor id: %w", err)
		}
	}
	if c.Num != "" {
		if _, err := parseUint256(c.Num); err != nil {
			return c, fmt.Errorf("cursor price: %w", err)
		}
	}
	if c.Block < 0 || c.Log < 0 || c.Count < 0 {
		return c, errors.New("not a cursor this API returned")
	}
	return c, nil
}

func formatInt(n int64) string { return big.NewInt(n).String() }
