package market

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/labstack/echo/v4"
)

// pageParams reads limit and cursor.
func (s *Service) pageParams(c echo.Context, sort string) (int, *cursor, error) {
	limit := s.cfg.PageSize
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.cfg.MaxPageSize {
			return 0, nil, invalidParam("query", "limit", fmt.Sprintf("an integer from 1 to %d", s.cfg.MaxPageSize))
		}
		limit = n
	}
	if v := c.QueryParam("cursor"); v != "" {
		cur, err := decodeCursor(v)
		if err != nil {
			return 0, nil, invalidParam("query", "cursor", err.Error())
		}
		if cur.Sort != sort {
			return 0, nil, invalidParam("query", "cursor", "belongs to another list")
		}
		return limit, &cur, nil
	}
	return limit, nil, nil
}

// ---- licenses and purchases of the signed-in buyer ----

// LicenseView is one license of the buyer.
type LicenseView struct {
	ProductID    string `json:"productId"`
	Title        string `json:"title"`
	Expiry       uint64 `json:"expiry"`
	Active       bool   `json:"active"`
	UpdatedBlock int64  `json:"updatedBlock"`
}

func (s *Service) handleMyLicenses(c echo.Context) error {
	buyer, _ := sessionAddress(c)
	status := c.QueryParam("status")
	if status == "" {
		status = "all"
	}
	if status != "all" && status != "active" && status != "expired" {
		return invalidParam("query", "status", "one of active, expired, all")
	}
	now := time.Now().Unix()
	cond := ""
	switch status {
	case "active":
		cond = " AND l.expiry > $2"
	case "expired":
		cond = " AND l.expiry <= $2"
	default:
		cond = " AND $2::bigint IS NOT NULL"
	}
	rows, err := s.deps.Pool.Query(c.Request().Context(), `SELECT l.product_id, COALESCE(mp.title, ''), l.expiry, l.updated_block
		FROM licenses l LEFT JOIN market_products mp USING (product_id)
		WHERE l.buyer = $1`+cond+` ORDER BY l.expiry DESC, l.product_id LIMIT 1000`, buyer.Bytes(), now)
	if err != nil {
		return fmt.Errorf("market: reading licenses: %w", err)
	}
	defer rows.Close()
	items := []LicenseView{}
	for rows.Next() {
		var (
			v        LicenseView
			pid, exp pgtype.Numeric
		)
		if err := rows.Scan(&pid, &v.Title, &exp, &v.UpdatedBlock); err != nil {
			return fmt.Errorf("market: reading licenses: %w", err)
		}
		v.ProductID, v.Expiry = numericString(pid), numericUint64(exp)
		v.Active = v.Expiry > uint64(now)
		items = append(items, v)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: reading licenses: %w", err)
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

func (s *Service) handleMyPurchases(c echo.Context) error {
	buyer, _ := sessionAddress(c)
	limit, cur, err := s.pageParams(c, "purchases")
	if err != nil {
		return err
	}
	args := []any{buyer.Bytes(), limit + 1}
	cond := ""
	if cur != nil {
		cond = " AND (p.block_number, p.log_index) < ($3, $4)"
		args = append(args, cur.Block, cur.Log)
	}
	rows, err := s.deps.Pool.Query(c.Request().Context(), `SELECT `+purchaseCols+` FROM purchases p
		LEFT JOIN market_products mp USING (product_id)
		WHERE p.buyer = $1`+cond+` ORDER BY p.block_number DESC, p.log_index DESC LIMIT $2`, args...)
	if err != nil {
		return fmt.Errorf("market: reading purchases: %w", err)
	}
	defer rows.Close()
	items := []Purchase{}
	for rows.Next() {
		p, err := scanPurchase(rows)
		if err != nil {
			return fmt.Errorf("market: reading purchases: %w", err)
		}
		items = append(items, p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: reading purchases: %w", err)
	}
	var next *string
	if len(items) > limit {
		items = items[:limit]
		last := items[limit-1]
		n := encodeCursor(cursor{Sort: "purchases", Block: last.BlockNumber, Log: int64(last.LogIndex)})
		next = &n
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items, "nextCursor": next})
}

// ---- flags ----

// Flag is a buyer's report of bad data.
type Flag struct {
	Buyer       common.Address `json:"buyer"`
	Reason      string         `json:"reason"`
	BlockNumber int64          `json:"blockNumber"`
	TxHash      common.Hash    `json:"txHash"`
	At          *time.Time     `json:"at"`
}

func (s *Service) handleFlags(c echo.Context) error {
	id, err := productID(c)
	if err != nil {
		return err
	}
	limit, cur, err := s.pageParams(c, "flags")
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	if _, err := s.product(ctx, id); err == errNoProduct {
		return notFound("product %s is not indexed", id)
	} else if err != nil {
		return err
	}
	args := []any{id, limit + 1}
	cond := ""
	if cur != nil {
		cond = " AND (block_number, log_index) < ($3, $4)"
		args = append(args, cur.Block, cur.Log)
	}
	rows, err := s.deps.Pool.Query(ctx, `SELECT buyer, reason, block_number, log_index, tx_hash, block_time FROM flags
		WHERE product_id = $1::numeric`+cond+` ORDER BY block_number DESC, log_index DESC LIMIT $2`, args...)
	if err != nil {
		return fmt.Errorf("market: reading flags: %w", err)
	}
	defer rows.Close()
	items := []Flag{}
	var lastLog int64
	for rows.Next() {
		var (
			f         Flag
			buyer, tx []byte
			at        pgtype.Timestamptz
			logIndex  int64
		)
		if err := rows.Scan(&buyer, &f.Reason, &f.BlockNumber, &logIndex, &tx, &at); err != nil {
			return fmt.Errorf("market: reading flags: %w", err)
		}
		f.Buyer, f.TxHash = common.BytesToAddress(buyer), common.BytesToHash(tx)
		if at.Valid {
			t := at.Time.UTC()
			f.At = &t
		}
		if len(items) < limit {
			lastLog = logIndex
		}
		items = append(items, f)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: reading flags: %w", err)
	}
	var next *string
	if len(items) > limit {
		items = items[:limit]
		n := encodeCursor(cursor{Sort: "flags", Block: items[limit-1].BlockNumber, Log: lastLog})
		next = &n
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items, "nextCursor": next})
}

// ---- sellers ----

// Seller is GET /sellers/{address}.
type Seller struct {
	Address            common.Address `json:"address"`
	Karma              float64        `json:"karma"`
	ProductCount       int64          `json:"productCount"`
	ActiveProductCount int64          `json:"activeProductCount"`
	SalesCount         int64          `json:"salesCount"`
	SalesVolume        string         `json:"salesVolume"`
	FlagCount          int64          `json:"flagCount"`
	Products           []Product      `json:"products"`
}

func (s *Service) handleSeller(c echo.Context) error {
	addr, err := parseAddress(c.Param("address"))
	if err != nil {
		return invalidParam("path", "address", err.Error())
	}
	ctx := c.Request().Context()
	out := Seller{Address: addr, Products: []Product{}}
	var volume pgtype.Numeric
	err = s.deps.Pool.QueryRow(ctx, `
		WITH mine AS (SELECT product_id, active FROM market_products WHERE owner = $1)
		SELECT (SELECT count(*) FROM mine), (SELECT count(*) FROM mine WHERE active),
		       (SELECT count(*) FROM purchases p WHERE p.product_id IN (SELECT product_id FROM mine)),
		       (SELECT COALESCE(sum(p.price), 0) FROM purchases p WHERE p.product_id IN (SELECT product_id FROM mine)),
		       (SELECT count(*) FROM flags f WHERE f.product_id IN (SELECT product_id FROM mine))`,
		addr.Bytes()).Scan(&out.ProductCount, &out.ActiveProductCount, &out.SalesCount, &volume, &out.FlagCount)
	if err != nil {
		return fmt.Errorf("market: reading seller %s: %w", addr.Hex(), err)
	}
	out.SalesVolume = numericString(volume)
	now, err := s.store.Now(ctx)
	if err != nil {
		return err
	}
	if out.Karma, err = s.store.Karma(ctx, addr, now); err != nil {
		return err
	}
	rows, err := s.deps.Pool.Query(ctx, `SELECT `+productCols+` FROM market_products WHERE owner = $1
		ORDER BY created_block DESC, product_id DESC LIMIT 50`, addr.Bytes())
	if err != nil {
		return fmt.Errorf("market: reading seller products: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		p, err := s.scanProduct(rows)
		if err != nil {
			return fmt.Errorf("market: reading seller products: %w", err)
		}
		out.Products = append(out.Products, p)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: reading seller products: %w", err)
	}
	return c.JSON(http.StatusOK, out)
}

// ---- karma leaderboard ----

type leaderboardEntry struct {
	Rank    int            `json:"rank"`
	Address common.Address `json:"address"`
	Karma   float64        `json:"karma"`
}

func (s *Service) handleLeaderboard(c echo.Context) error {
	limit := 20
	if v := c.QueryParam("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > s.cfg.MaxPageSize {
			return invalidParam("query", "limit", fmt.Sprintf("an integer from 1 to %d", s.cfg.MaxPageSize))
		}
		limit = n
	}
	s.boardMu.Lock()
	defer s.boardMu.Unlock()
	if s.board == nil || time.Since(s.boardAt) > s.cfg.LeaderboardCacheTTL || s.boardLimit < limit {
		fetch := max(limit, s.cfg.MaxPageSize)
		now, err := s.store.Now(c.Request().Context())
		if err != nil {
			return err
		}
		entries, err := s.store.Leaderboard(c.Request().Context(), now, fetch)
		if err != nil {
			return err
		}
		board := make([]leaderboardEntry, len(entries))
		for i, e := range entries {
			board[i] = leaderboardEntry{Rank: i + 1, Address: e.Address, Karma: e.Karma}
		}
		s.board, s.boardLimit, s.boardAt = board, fetch, time.Now()
	}
	items := s.board
	if len(items) > limit {
		items = items[:limit]
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

// ---- categories ----

func (s *Service) handleCategories(c echo.Context) error {
	rows, err := s.deps.Pool.Query(c.Request().Context(),
		`SELECT category, count(*) FROM market_products WHERE active AND category IS NOT NULL GROUP BY category`)
	if err != nil {
		return fmt.Errorf("market: counting categories: %w", err)
	}
	defer rows.Close()
	counts := map[string]int64{}
	for rows.Next() {
		var (
			cat string
			n   int64
		)
		if err := rows.Scan(&cat, &n); err != nil {
			return fmt.Errorf("market: counting categories: %w", err)
		}
		counts[cat] = n
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("market: counting categories: %w", err)
	}
	type item struct {
		Category
		ProductCount int64 `json:"productCount"`
	}
	items := make([]item, len(s.cfg.Categories))
	for i, cat := range s.cfg.Categories {
		items[i] = item{Category: cat, ProductCount: counts[cat.ID]}
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

// ---- ops ----

func (s *Service) handleHealth(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Service) handleReady(c echo.Context) error {
	if !s.Ready() {
		return unavailable("starting")
	}
	if err := s.deps.Pool.Ping(c.Request().Context()); err != nil {
		return unavailable("database unreachable")
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ready"})
}

func (s *Service) handleOpenAPI(c echo.Context) error {
	c.Response().Header().Set("Cache-Control", "public, max-age=300")
	return c.Blob(http.StatusOK, echo.MIMEApplicationJSON, s.api.json)
}
