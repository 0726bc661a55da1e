package market

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"net/http"
	"net/url"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
)

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// ---- terms ----

func (s *Service) handleTerms(c echo.Context) error {
	mt, _, err := mime.ParseMediaType(c.Request().Header.Get(echo.HeaderContentType))
	if err != nil || (mt != "application/json" && mt != "text/markdown") {
		return problem(http.StatusUnsupportedMediaType, "unsupported-media-type", "terms must be application/json or text/markdown")
	}
	body, err := io.ReadAll(io.LimitReader(c.Request().Body, s.cfg.MaxTermsBytes+1))
	if err != nil {
		return badRequest("reading the request body: %v", err)
	}
	if int64(len(body)) > s.cfg.MaxTermsBytes {
		return problem(http.StatusRequestEntityTooLarge, "too-large", "terms documents are limited to %d bytes", s.cfg.MaxTermsBytes)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("the terms document is empty")
	}
	if !utf8.Valid(body) {
		return badRequest("the terms document is not UTF-8")
	}
	if mt == "application/json" && !json.Valid(body) {
		return badRequest("the terms document is not valid JSON")
	}
	ctx := c.Request().Context()
	id, err := s.deps.IPFS.Add(ctx, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("market: storing terms on IPFS: %w", err)
	}
	cidStr := id.String()
	var uploader []byte
	if a, ok := sessionAddress(c); ok {
		uploader = a.Bytes()
	}
	if _, err := s.deps.Pool.Exec(ctx, `INSERT INTO market_terms (cid, content_type, size, uploader) VALUES ($1, $2, $3, $4)
		ON CONFLICT (cid) DO NOTHING`, cidStr, mt, len(body), uploader); err != nil {
		return fmt.Errorf("market: recording terms: %w", err)
	}
	return c.JSON(http.StatusCreated, Terms{CID: cidStr, URL: s.cfg.GatewayURL + url.PathEscape(cidStr), ContentType: mt, Size: len(body)})
}

// ---- listings ----

type listingRequest struct {
	Title            *string   `json:"title"`
	Description      *string   `json:"description"`
	Category         *string   `json:"category"`
	Tags             *[]string `json:"tags"`
	ImageCID         *string   `json:"imageCid"`
	Streams          []string  `json:"streams"`
	PricePerSecond   *string   `json:"pricePerSecond"`
	MinSeconds       *int64    `json:"minSeconds"`
	TermsCID         *string   `json:"termsCid"`
	Beneficiary      *string   `json:"beneficiary"`
	RequiredAttester *string   `json:"requiredAttester"`
}

// Listing is the off-chain part of a product.
type Listing struct {
	ListingID        string           `json:"listingId"`
	Seller           common.Address   `json:"seller"`
	ProductID        *string          `json:"productId"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Category         string           `json:"category"`
	Tags             []string         `json:"tags"`
	ImageCID         *string          `json:"imageCid"`
	Streams          []common.Address `json:"streams"`
	PricePerSecond   string           `json:"pricePerSecond"`
	MinSeconds       uint64           `json:"minSeconds"`
	TermsCID         string           `json:"termsCid"`
	Beneficiary      common.Address   `json:"beneficiary"`
	RequiredAttester *common.Address  `json:"requiredAttester"`
	Metadata         string           `json:"metadata"`
	CreatedAt        time.Time        `json:"createdAt"`
}

// Tx is a transaction for the wallet to send.
type Tx struct {
	From        *common.Address `json:"from,omitempty"`
	To          common.Address  `json:"to"`
	Data        hexutil.Bytes   `json:"data"`
	Value       string          `json:"value"`
	ChainID     uint64          `json:"chainId"`
	Description string          `json:"description,omitempty"`
}

// ListingResponse is what POST and PATCH /listings return.
type ListingResponse struct {
	Listing     Listing `json:"listing"`
	Transaction *Tx     `json:"transaction"`
}

func (s *Service) validCategory(id string) bool {
	for _, c := range s.cfg.Categories {
		if c.ID == id {
			return true
		}
	}
	return false
}

func bodyField(name, reason string) *Problem {
	p := unprocessable("%s: %s", name, reason)
	p.Errors = []FieldError{{In: "body", Name: name, Reason: reason}}
	return p
}

func parseCID(name, s string) (string, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return "", bodyField(name, "not a CID")
	}
	return c.String(), nil
}

// checkOffChain validates the off-chain fields present in req.
func (s *Service) checkOffChain(req *listingRequest) error {
	if req.Title != nil && (len(*req.Title) == 0 || utf8.RuneCountInString(*req.Title) > 120 || !utf8.ValidString(*req.Title)) {
		return bodyField("title", "1 to 120 characters")
	}
	if req.Description != nil && (len(*req.Description) > 20_000 || !utf8.ValidString(*req.Description)) {
		return bodyField("description", "at most 5000 characters")
	}
	if req.Category != nil && !s.validCategory(*req.Category) {
		return bodyField("category", "unknown category (see /api/v1/categories)")
	}
	if req.Tags != nil {
		if len(*req.Tags) > 10 {
			return bodyField("tags", "at most 10")
		}
		seen := map[string]bool{}
		for _, t := range *req.Tags {
			if !tagRe.MatchString(t) || seen[t] {
				return bodyField("tags", fmt.Sprintf("%q: lower-case letters, digits and dashes, no duplicates", t))
			}
			seen[t] = true
		}
	}
	if req.ImageCID != nil {
		v, err := parseCID("imageCid", *req.ImageCID)
		if err != nil {
			return err
		}
		req.ImageCID = &v
	}
	return nil
}

// onChainFields are the createProduct / updateProduct arguments.
type onChainFields struct {
	beneficiary common.Address
	price       *big.Int
	minSeconds  uint64
	terms       string
	attester    common.Address
}

func (s *Service) applyOnChain(req *listingRequest, f *onChainFields) error {
	if req.PricePerSecond != nil {
		v, err := parseUint256(*req.PricePerSecond)
		if err != nil || v.Cmp(maxUint96) > 0 {
			return bodyField("pricePerSecond", "a decimal wei amount below 2^96")
		}
		f.price = v
	}
	if req.MinSeconds != nil {
		if *req.MinSeconds < 0 || *req.MinSeconds > maxLicenseSeconds {
			// DataLicense sells at most MAX_SECONDS at once: a longer minimum could never be bought.
			return bodyField("minSeconds", fmt.Sprintf("from 0 to %d", maxLicenseSeconds))
		}
		f.minSeconds = uint64(*req.MinSeconds)
	}
	if req.TermsCID != nil {
		v, err := parseCID("termsCid", *req.TermsCID)
		if err != nil {
			return err
		}
		f.terms = v
	}
	if req.Beneficiary != nil {
		a, err := parseNonZeroAddress(*req.Beneficiary)
		if err != nil {
			return bodyField("beneficiary", err.Error())
		}
		f.beneficiary = a
	}
	if req.RequiredAttester != nil {
		a, err := parseAddress(*req.RequiredAttester)
		if err != nil {
			return bodyField("requiredAttester", err.Error())
		}
		f.attester = a
	}
	return nil
}

func newListingID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("market: listing id: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func (s *Service) handleCreateListing(c echo.Context) error {
	seller, _ := sessionAddress(c)
	var req listingRequest
	if err := bindJSON(c, &req); err != nil {
		return err
	}
	if req.Title == nil || req.Category == nil || req.PricePerSecond == nil || req.TermsCID == nil || len(req.Streams) == 0 {
		return bodyField("body", "title, category, streams, pricePerSecond and termsCid are required")
	}
	if err := s.checkOffChain(&req); err != nil {
		return err
	}
	f := onChainFields{beneficiary: seller}
	if err := s.applyOnChain(&req, &f); err != nil {
		return err
	}
	if len(req.Streams) > 32 {
		return bodyField("streams", "at most 32")
	}
	streams := make([]common.Address, 0, len(req.Streams))
	seen := map[common.Address]bool{}
	for _, st := range req.Streams {
		a, err := parseAddress(st)
		switch {
		case err != nil:
			return bodyField("streams", fmt.Sprintf("%q: %v", st, err))
		case a == (common.Address{}) || seen[a]:
			return bodyField("streams", fmt.Sprintf("%q: distinct non-zero addresses", st))
		}
		seen[a] = true
		streams = append(streams, a)
	}
	id, err := newListingID()
	if err != nil {
		return err
	}
	metadata := `{"listing":"` + id + `"}`
	data, err := licenseABI.Pack("createProduct", f.beneficiary, streams, f.price, f.minSeconds, f.terms, f.attester, metadata)
	if err != nil {
		return fmt.Errorf("market: encoding createProduct: %w", err)
	}
	l := Listing{
		ListingID: id, Seller: seller, Title: *req.Title, Category: *req.Category, Tags: []string{},
		ImageCID: req.ImageCID, Streams: streams, PricePerSecond: f.price.String(), MinSeconds: f.minSeconds,
		TermsCID: f.terms, Beneficiary: f.beneficiary, Metadata: metadata,
	}
	if req.Description != nil {
		l.Description = *req.Description
	}
	if req.Tags != nil {
		l.Tags = *req.Tags
	}
	var attester []byte
	if f.attester != (common.Address{}) {
		l.RequiredAttester = &f.attester
		attester = f.attester.Bytes()
	}
	sb := make([][]byte, len(streams))
	for i, a := range streams {
		sb[i] = a.Bytes()
	}
	err = s.deps.Pool.QueryRow(c.Request().Context(), `INSERT INTO market_listings (listing_id, seller, title, description,
		category, tags, image_cid, streams, price_per_second, min_seconds, terms_cid, beneficiary, required_attester, metadata)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::numeric, $10::numeric, $11, $12, $13, $14) RETURNING created_at`,
		id, seller.Bytes(), l.Title, l.Description, l.Category, l.Tags, l.ImageCID, sb, l.PricePerSecond,
		strconvU(l.MinSeconds), l.TermsCID, l.Beneficiary.Bytes(), attester, metadata).Scan(&l.CreatedAt)
	if err != nil {
		return fmt.Errorf("market: storing the listing: %w", err)
	}
	l.CreatedAt = l.CreatedAt.UTC()
	s.log.Info("listing created", "listing", id, "seller", seller.Hex())
	return c.JSON(http.StatusCreated, ListingResponse{Listing: l, Transaction: &Tx{
		From: &seller, To: s.deps.Contracts.License, Data: data, Value: "0x0", ChainID: s.deps.Contracts.ChainID,
		Description: "DataLicense.createProduct",
	}})
}

func strconvU(v uint64) string { return new(big.Int).SetUint64(v).String() }

const listingCols = `listing_id, seller, product_id, title, description, category, tags, image_cid, streams,
	price_per_second, min_seconds, terms_cid, beneficiary, required_attester, metadata, created_at`

func scanListing(row pgx.Row) (Listing, error) {
	var (
		l                       Listing
		seller, benef, attester []byte
		pid, price, minS        pgtype.Numeric
		streams                 [][]byte
	)
	if err := row.Scan(&l.ListingID, &seller, &pid, &l.Title, &l.Description, &l.Category, &l.Tags, &l.ImageCID,
		&streams, &price, &minS, &l.TermsCID, &benef, &attester, &l.Metadata, &l.CreatedAt); err != nil {
		return l, err
	}
	l.Seller = common.BytesToAddress(seller)
	if v := numericBig(pid); v != nil {
		str := v.String()
		l.ProductID = &str
	}
	l.Streams = make([]common.Address, len(streams))
	for i, b := range streams {
		l.Streams[i] = common.BytesToAddress(b)
	}
	l.PricePerSecond = numericString(price)
	l.MinSeconds = numericUint64(minS)
	l.Beneficiary = common.BytesToAddress(benef)
	l.RequiredAttester = addrPtr(attester)
	l.CreatedAt = l.CreatedAt.UTC()
	if l.Tags == nil {
		l.Tags = []string{}
	}
	return l, nil
}

func (s *Service) listing(ctx context.Context, id string) (Listing, error) {
	l, err := scanListing(s.deps.Pool.QueryRow(ctx, `SELECT `+listingCols+` FROM market_listings WHERE listing_id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return l, notFound("no listing %s", id)
	}
	if err != nil {
		return l, fmt.Errorf("market: reading listing %s: %w", id, err)
	}
	return l, nil
}

func listingIDParam(c echo.Context) (string, error) {
	id := c.Param("listingId")
	if len(id) != 32 {
		return "", invalidParam("path", "listingId", "32 lower-case hex digits")
	}
	if _, err := hex.DecodeString(id); err != nil || id != toLowerASCII(id) {
		return "", invalidParam("path", "listingId", "32 lower-case hex digits")
	}
	return id, nil
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func (s *Service) handleGetListing(c echo.Context) error {
	id, err := listingIDParam(c)
	if err != nil {
		return err
	}
	l, err := s.listing(c.Request().Context(), id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, l)
}

func (s *Service) handlePatchListing(c echo.Context) error {
	seller, _ := sessionAddress(c)
	id, err := listingIDParam(c)
	if err != nil {
		return err
	}
	var req listingRequest
	if err := bindJSON(c, &req); err != nil {
		return err
	}
	if req.Streams != nil {
		return bodyField("streams", "the streams of a product cannot change")
	}
	if err := s.checkOffChain(&req); err != nil {
		return err
	}
	ctx := c.Request().Context()
	l, err := s.listing(ctx, id)
	if err != nil {
		return err
	}
	if l.Seller != seller {
		return forbidden("only the seller %s may change this listing", l.Seller.Hex())
	}
	onChain := req.PricePerSecond != nil || req.MinSeconds != nil || req.TermsCID != nil || req.Beneficiary != nil || req.RequiredAttester != nil
	var tx *Tx
	if onChain {
		if l.ProductID == nil {
			return conflict("the product of this listing is not indexed yet; send the createProduct transaction first")
		}
		p, err := s.product(ctx, *l.ProductID)
		if err != nil {
			return err
		}
		if p.Owner != seller {
			return forbidden("only the product owner %s may change it", p.Owner.Hex())
		}
		if !p.Active {
			return conflict("product %s is deactivated", p.ID)
		}
		f := onChainFields{price: p.price, minSeconds: p.MinSeconds, terms: p.Terms.CID}
		if p.Beneficiary != nil {
			f.beneficiary = *p.Beneficiary
		}
		if p.RequiredAttester != nil {
			f.attester = *p.RequiredAttester
		}
		if err := s.applyOnChain(&req, &f); err != nil {
			return err
		}
		pid, _ := new(big.Int).SetString(p.ID, 10)
		data, err := licenseABI.Pack("updateProduct", pid, f.beneficiary, f.price, f.minSeconds, f.terms, f.attester, l.Metadata)
		if err != nil {
			return fmt.Errorf("market: encoding updateProduct: %w", err)
		}
		tx = &Tx{From: &seller, To: s.deps.Contracts.License, Data: data, Value: "0x0", ChainID: s.deps.Contracts.ChainID,
			Description: "DataLicense.updateProduct"}
	}
	pdb, err := s.deps.Pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("market: updating the listing: %w", err)
	}
	defer pdb.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // no-op after Commit
	if _, err := pdb.Exec(ctx, `UPDATE market_listings SET
		title = COALESCE($2, title), description = COALESCE($3, description), category = COALESCE($4, category),
		tags = COALESCE($5, tags), image_cid = COALESCE($6, image_cid), updated_at = now()
		WHERE listing_id = $1`, id, req.Title, req.Description, req.Category, req.Tags, req.ImageCID); err != nil {
		return fmt.Errorf("market: updating the listing: %w", err)
	}
	if l.ProductID != nil {
		if _, err := pdb.Exec(ctx, `SELECT market_refresh_products(ARRAY[$1::numeric])`, *l.ProductID); err != nil {
			return fmt.Errorf("market: refreshing the product: %w", err)
		}
	}
	if err := pdb.Commit(ctx); err != nil {
		return fmt.Errorf("market: updating the listing: %w", err)
	}
	l, err = s.listing(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, ListingResponse{Listing: l, Transaction: tx})
}
