package market

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
)

// Product is a product as the API returns it.
type Product struct {
	ID               string           `json:"id"`
	Owner            common.Address   `json:"owner"`
	Beneficiary      *common.Address  `json:"beneficiary,omitempty"`
	Streams          []common.Address `json:"streams"`
	PricePerSecond   string           `json:"pricePerSecond"`
	MinSeconds       uint64           `json:"minSeconds"`
	Free             bool             `json:"free"`
	Terms            Terms            `json:"terms"`
	RequiredAttester *common.Address  `json:"requiredAttester"`
	Active           bool             `json:"active"`
	CreatedBlock     int64            `json:"createdBlock"`
	CreatedAt        *time.Time       `json:"createdAt"`
	ListingID        *string          `json:"listingId"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Category         *string          `json:"category"`
	Tags             []string         `json:"tags"`
	ImageCID         *string          `json:"imageCid"`
	PurchaseCount    int64            `json:"purchaseCount"`

	price *big.Int
}

// Terms names a terms-of-use document.
type Terms struct {
	CID         string `json:"cid"`
	URL         string `json:"url,omitempty"`
	ContentType string `json:"contentType,omitempty"`
	Size        int    `json:"size,omitempty"`
}

const productCols = `product_id, owner, beneficiary, streams, price_per_second, min_seconds, terms_cid,
	required_attester, active, created_block, created_at, listing_id, title, description, category, tags,
	image_cid, purchase_count`

func (s *Service) scanProduct(row pgx.Row) (Product, error) {
	var (
		p                    Product
		id, price, minS      pgtype.Numeric
		owner, benef, attest []byte
		streams              [][]byte
		terms                string
		createdAt            pgtype.Timestamptz
	)
	if err := row.Scan(&id, &owner, &benef, &streams, &price, &minS, &terms, &attest, &p.Active, &p.CreatedBlock,
		&createdAt, &p.ListingID, &p.Title, &p.Description, &p.Category, &p.Tags, &p.ImageCID, &p.PurchaseCount); err != nil {
		return p, err
	}
	p.ID = numericString(id)
	p.Owner = common.BytesToAddress(owner)
	p.Beneficiary = addrPtr(benef)
	p.Streams = make([]common.Address, len(streams))
	for i, b := range streams {
		p.Streams[i] = common.BytesToAddress(b)
	}
	p.price = numericBig(price)
	if p.price == nil {
		p.price = new(big.Int)
	}
	p.PricePerSecond = p.price.String()
	p.Free = p.price.Sign() == 0
	p.MinSeconds = numericUint64(minS)
	p.Terms = Terms{CID: terms}
	if terms != "" {
		p.Terms.URL = s.cfg.GatewayURL + url.PathEscape(terms)
	}
	p.RequiredAttester = addrPtr(attest)
	if createdAt.Valid {
		t := createdAt.Time.UTC()
		p.CreatedAt = &t
	}
	if p.Tags == nil {
		p.Tags = []string{}
	}
	return p, nil
}

// ---- search ----

var (
	categoryRe = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)
	tagRe      = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)
)

type searchParams struct {
	Q        string
	Category string
	Tag      string
	Seller   *common.Address
	Stream   *common.Address
	Pricing  string // "", "free", "paid"
	MinPrice *big.Int
	MaxPrice *big.Int
	Sort     string
	Limit    int
	Cursor   *cursor
}

var sorts = map[string]bool{"newest": true, "price_asc": true, "price_desc": true, "popular": true}

// parseSearch validates the query string of GET /products (the OpenAPI document checks it
// too; this is the authority).
func parseSearch(q url.Values, defLimit, maxLimit int) (searchParams, error) {
	p := searchParams{Sort: "newest", Limit: defLimit}
	one := func(name string) (string, error) {
		v := q[name]
		if len(v) > 1 {
			return "", invalidParam("query", name, "given more than once")
		}
		if len(v) == 0 {
			return "", nil
		}
		return v[0], nil
	}
	var err error
	if p.Q, err = one("q"); err != nil {
		return p, err
	}
	p.Q = strings.TrimSpace(p.Q)
	if !utf8.ValidString(p.Q) || utf8.RuneCountInString(p.Q) > 200 || strings.ContainsRune(p.Q, 0) {
		return p, invalidParam("query", "q", "at most 200 characters of UTF-8 text")
	}
	if p.Category, err = one("category"); err != nil {
		return p, err
	}
	if p.Category != "" && !categoryRe.MatchString(p.Category) {
		return p, invalidParam("query", "category", "not a category id")
	}
	if p.Tag, err = one("tag"); err != nil {
		return p, err
	}
	if p.Tag != "" && !tagRe.MatchString(p.Tag) {
		return p, invalidParam("query", "tag", "lower-case letters, digits and dashes, at most 32")
	}
	for _, f := range []struct {
		name string
		dst  **common.Address
	}{{"seller", &p.Seller}, {"stream", &p.Stream}} {
		v, err := one(f.name)
		if err != nil {
			return p, err
		}
		if v != "" {
			a, err := parseAddress(v)
			if err != nil {
				return p, invalidParam("query", f.name, err.Error())
			}
			*f.dst = &a
		}
	}
	if p.Pricing, err = one("pricing"); err != nil {
		return p, err
	}
	if p.Pricing != "" && p.Pricing != "free" && p.Pricing != "paid" {
		return p, invalidParam("query", "pricing", `must be "free" or "paid"`)
	}
	for _, f := range []struct {
		name string
		dst  **big.Int
	}{{"minPrice", &p.MinPrice}, {"maxPrice", &p.MaxPrice}} {
		v, err := one(f.name)
		if err != nil {
			return p, err
		}
		if v != "" {
			n, err := parseUint256(v)
			if err != nil {
				return p, invalidParam("query", f.name, err.Error())
			}
			*f.dst = n
		}
	}
	if p.MinPrice != nil && p.MaxPrice != nil && p.MinPrice.Cmp(p.MaxPrice) > 0 {
		return p, invalidParam("query", "minPrice", "greater than maxPrice")
	}
	sort, err := one("sort")
	if err != nil {
		return p, err
	}
	if sort != "" {
		if !sorts[sort] {
			return p, invalidParam("query", "sort", "one of newest, price_asc, price_desc, popular")
		}
		p.Sort = sort
	}
	limit, err := one("limit")
	if err != nil {
		return p, err
	}
	if limit != "" {
		n, err := strconv.Atoi(limit)
		if err != nil || n < 1 || n > maxLimit {
			return p, invalidParam("query", "limit", fmt.Sprintf("an integer from 1 to %d", maxLimit))
		}
		p.Limit = n
	}
	cur, err := one("cursor")
	if err != nil {
		return p, err
	}
	if cur != "" {
		c, err := decodeCursor(cur)
		if err != nil {
			return p, invalidParam("query", "cursor", err.Error())
		}
		if c.Sort != p.Sort || c.Filter != p.filterHash() || c.ID == "" {
			return p, invalidParam("query", "cursor", "belongs to another query (sort or filters changed)")
		}
		if (p.Sort == "price_asc" || p.Sort == "price_desc") && c.Num == "" {
			return p, invalidParam("query", "cursor", "not a cursor this API returned")
		}
		p.Cursor = &c
	}
	return p, nil
}

// filterHash identifies the filters, so that a cursor is not reused with other ones.
func (p searchParams) filterHash() string {
	h := sha256.New()
	addr := func(a *common.Address) string {
		if a == nil {
			return ""
		}
		return a.Hex()
	}
	num := func(n *big.Int) string {
		if n == nil {
			return ""
		}
		return n.String()
	}
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s", p.Q, p.Category, p.Tag, addr(p.Seller),
		addr(p.Stream), p.Pricing, num(p.MinPrice), num(p.MaxPrice))
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// searchSQL builds the query of a search.
func searchSQL(p searchParams) (string, []any) {
	var (
		where = []string{"active"}
		args  []any
	)
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if p.Q != "" {
		where = append(where, "search @@ websearch_to_tsquery('english', "+arg(p.Q)+")")
	}
	if p.Category != "" {
		where = append(where, "category = "+arg(p.Category))
	}
	if p.Tag != "" {
		where = append(where, "tags @> ARRAY["+arg(p.Tag)+"::text]")
	}
	if p.Seller != nil {
		where = append(where, "owner = "+arg(p.Seller.Bytes()))
	}
	if p.Stream != nil {
		where = append(where, "streams @> ARRAY["+arg(p.Stream.Bytes())+"::bytea]")
	}
	switch p.Pricing {
	case "free":
		where = append(where, "price_per_second = 0")
	case "paid":
		where = append(where, "price_per_second > 0")
	}
	if p.MinPrice != nil {
		where = append(where, "price_per_second >= "+arg(p.MinPrice.String())+"::numeric")
	}
	if p.MaxPrice != nil {
		where = append(where, "price_per_second <= "+arg(p.MaxPrice.String())+"::numeric")
	}
	var order string
	switch p.Sort {
	case "price_asc":
		order = "price_per_second, product_id"
		if c := p.Cursor; c != nil {
			where = append(where, "(price_per_second, product_id) > ("+arg(c.Num)+"::numeric, "+arg(c.ID)+"::numeric)")
		}
	case "price_desc":
		order = "price_per_second DESC, product_id DESC"
		if c := p.Cursor; c != nil {
			where = append(where, "(price_per_second, product_id) < ("+arg(c.Num)+"::numeric, "+arg(c.ID)+"::numeric)")
		}
	case "popular":
		order = "purchase_count DESC, product_id DESC"
		if c := p.Cursor; c != nil {
			where = append(where, "(purchase_count, product_id) < ("+arg(c.Count)+"::bigint, "+arg(c.ID)+"::numeric)")
		}
	default:
		order = "created_block DESC, product_id DESC"
		if c := p.Cursor; c != nil {
			where = append(where, "(created_block, product_id) < ("+arg(c.Block)+"::bigint, "+arg(c.ID)+"::numeric)")
		}
	}
	q := "SELECT " + productCols + " FROM market_products WHERE " + strings.Join(where, " AND ") +
		" ORDER BY " + order + " LIMIT " + arg(p.Limit+1)
	return q, args
}

// ProductPage is one page of search results.
type ProductPage struct {
	Items      []Product `json:"items"`
	NextCursor *string   `json:"nextCursor"`
}

func (s *Service) search(ctx context.Context, p searchParams) (ProductPage, error) {
	q, args := searchSQL(p)
	start := time.Now()
	rows, err := s.deps.Pool.Query(ctx, q, args...)
	if err != nil {
		return ProductPage{}, fmt.Errorf("market: searching products: %w", err)
	}
	defer rows.Close()
	page := ProductPage{Items: make([]Product, 0, p.Limit)}
	for rows.Next() {
		pr, err := s.scanProduct(rows)
		if err != nil {
			return ProductPage{}, fmt.Errorf("market: reading a product: %w", err)
		}
		page.Items = append(page.Items, pr)
	}
	if err := rows.Err(); err != nil {
		return ProductPage{}, fmt.Errorf("market: searching products: %w", err)
	}
	s.metrics.searches.Observe(time.Since(start).Seconds())
	if len(page.Items) > p.Limit {
		page.Items = page.Items[:p.Limit]
		last := page.Items[len(page.Items)-1]
		c := cursor{Sort: p.Sort, Filter: p.filterHash(), ID: last.ID}
		switch p.Sort {
		case "price_asc", "price_desc":
			c.Num = last.PricePerSecond
		case "popular":
			c.Count = last.PurchaseCount
		default:
			c.Block = last.CreatedBlock
		}
		next := encodeCursor(c)
		page.NextCursor = &next
	}
	return page, nil
}

func (s *Service) handleSearch(c echo.Context) error {
	p, err := parseSearch(c.QueryParams(), s.cfg.PageSize, s.cfg.MaxPageSize)
	if err != nil {
		return err
	}
	page, err := s.search(c.Request().Context(), p)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page)
}

// ---- detail ----

// StreamInfo describes one stream of a product.
type StreamInfo struct {
	ID         common.Address `json:"id"`
	Name       string         `json:"name,omitempty"`
	Partitions int            `json:"partitions,omitempty"`
	Indexed    bool           `json:"indexed"`
}

// ProductDetail is GET /products/{id}.
type ProductDetail struct {
	Product
	StreamDetails []StreamInfo `json:"streamDetails"`
	Seller        SellerBrief  `json:"seller"`
	FlagCount     int64        `json:"flagCount"`
}

// SellerBrief is the seller part of a product detail.
type SellerBrief struct {
	Address common.Address `json:"address"`
	Karma   float64        `json:"karma"`
}

var errNoProduct = errors.New("market: no such product")

func (s *Service) product(ctx context.Context, id string) (Product, error) {
	p, err := s.scanProduct(s.deps.Pool.QueryRow(ctx, `SELECT `+productCols+` FROM market_products WHERE product_id = $1::numeric`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return p, errNoProduct
	}
	if err != nil {
		return p, fmt.Errorf("market: reading product %s: %w", id, err)
	}
	return p, nil
}

func productID(c echo.Context) (string, error) {
	id := c.Param("id")
	v, err := parseUint256(id)
	if err != nil {
		return "", invalidParam("path", "id", err.Error())
	}
	return v.String(), nil
}

func (s *Service) handleProduct(c echo.Context) error {
	id, err := productID(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	p, err := s.product(ctx, id)
	if errors.Is(err, errNoProduct) {
		return notFound("product %s is not indexed", id)
	}
	if err != nil {
		return err
	}
	d := ProductDetail{Product: p, Seller: SellerBrief{Address: p.Owner}}
	ids := make([][]byte, len(p.Streams))
	for i, a := range p.Streams {
		ids[i] = a.Bytes()
	}
	known := map[common.Address]StreamInfo{}
	rows, err := s.deps.Pool.Query(ctx, `SELECT id, creator, path, partitions FROM streams WHERE id = ANY($1)`, ids)
	if err != nil {
		return fmt.Errorf("market: reading streams: %w", err)
	}
	for rows.Next() {
		var (
			id, creator []byte
			path        string
			parts       int
		)
		if err := rows.Scan(&id, &creator, &path, &parts); err != nil {
			rows.Close()
			return fmt.Errorf("market: reading streams: %w", err)
		}
		a := common.BytesToAddress(id)
		known[a] = StreamInfo{ID: a, Name: strings.ToLower(common.BytesToAddress(creator).Hex()) + "/" + path, Partitions: parts, Indexed: true}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: reading streams: %w", err)
	}
	for _, a := range p.Streams {
		if si, ok := known[a]; ok {
			d.StreamDetails = append(d.StreamDetails, si)
		} else {
			d.StreamDetails = append(d.StreamDetails, StreamInfo{ID: a})
		}
	}
	now, err := s.store.Now(ctx)
	if err != nil {
		return err
	}
	if d.Seller.Karma, err = s.store.Karma(ctx, p.Owner, now); err != nil {
		return err
	}
	if err := s.deps.Pool.QueryRow(ctx, `SELECT count(*) FROM flags WHERE product_id = $1::numeric`, id).Scan(&d.FlagCount); err != nil {
		return fmt.Errorf("market: counting flags: %w", err)
	}
	var ct *string
	var size *int
	err = s.deps.Pool.QueryRow(ctx, `SELECT content_type, size FROM market_terms WHERE cid = $1`, p.Terms.CID).Scan(&ct, &size)
	if err == nil && ct != nil && size != nil {
		d.Terms.ContentType, d.Terms.Size = *ct, *size
	} else if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("market: reading terms: %w", err)
	}
	return c.JSON(http.StatusOK, d)
}
