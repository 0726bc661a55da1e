package market

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/indexer/store"
)

// IPFS is what the market needs of an IPFS node (ipfs.Node satisfies it).
type IPFS interface {
	Add(ctx context.Context, r io.Reader) (cid.Cid, error)
}

// Chain is what the market needs of a chain client (ethclient.Client and the simulated
// backend's client satisfy it).
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, txHash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Contracts are the addresses the market builds transactions for.
type Contracts struct {
	ChainID uint64
	Token   common.Address // DATAToken
	License common.Address // DataLicense
}

// Deps are the market's collaborators.
type Deps struct {
	Pool      *pgxpool.Pool
	IPFS      IPFS
	Chain     Chain
	Contracts Contracts
}

// Service is the market API.
type Service struct {
	cfg     Config
	deps    Deps
	log     *slog.Logger
	metrics *metrics
	store   *store.Store
	echo    *echo.Echo
	api     *openAPI
	limiter *ipLimiter

	ready  atomic.Bool
	closed atomic.Bool

	mu     sync.Mutex
	cancel context.CancelFunc
	wg     sync.WaitGroup
	server *http.Server

	boardMu    sync.Mutex
	board      []leaderboardEntry
	boardLimit int
	boardAt    time.Time
}

// New builds the service; it does not touch the database (Start does).
func New(cfg Config, deps Deps, logger *slog.Logger, reg prometheus.Registerer) (*Service, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if deps.Pool == nil {
		return nil, errors.New("market: Deps.Pool is required")
	}
	if deps.Chain == nil {
		return nil, errors.New("market: Deps.Chain is required")
	}
	if deps.IPFS == nil {
		return nil, errors.New("market: Deps.IPFS is required")
	}
	if deps.Contracts.ChainID == 0 || deps.Contracts.Token == (common.Address{}) || deps.Contracts.License == (common.Address{}) {
		return nil, errors.New("market: Deps.Contracts needs ChainID, Token and License")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	api, err := loadOpenAPI()
	if err != nil {
		return nil, err
	}
	limiter, err := newIPLimiter(cfg.RateLimit, cfg.RateBurst)
	if err != nil {
		return nil, err
	}
	s := &Service{
		cfg:     cfg,
		deps:    deps,
		log:     logger.With("component", "market"),
		metrics: m,
		store:   store.New(deps.Pool, store.Options{KarmaHalfLife: cfg.KarmaHalfLife}),
		api:     api,
		limiter: limiter,
	}
	if err := s.routes(reg); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler is the HTTP API.
func (s *Service) Handler() http.Handler { return s.echo }

// Ready reports whether Start has applied the schema.
func (s *Service) Ready() bool { return s.ready.Load() && !s.closed.Load() }

// Start applies the market's schema, starts the housekeeping loop and, when Config.Addr is
// set, serves the API. It returns once those are running.
func (s *Service) Start(ctx context.Context) error {
	if s.closed.Load() {
		return ErrClosed
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return errors.New("market: already started")
	}
	if err := ApplySchema(ctx, s.deps.Pool); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	if s.cfg.Addr != "" {
		ln, err := net.Listen("tcp", s.cfg.Addr)
		if err != nil {
			cancel()
			return fmt.Errorf("market: listening on %s: %w", s.cfg.Addr, err)
		}
		s.server = &http.Server{
			Handler:           s.echo,
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       30 * time.Second,
			WriteTimeout:      s.cfg.RequestTimeout + 10*time.Second,
			IdleTimeout:       2 * time.Minute,
			BaseContext:       func(net.Listener) context.Context { return runCtx },
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("serving", "err", err)
			}
		}()
		s.log.Info("serving", "addr", ln.Addr().String())
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.housekeeping(runCtx)
	}()
	s.ready.Store(true)
	return nil
}

// Close stops serving and waits for the service's goroutines.
func (s *Service) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.ready.Store(false)
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = s.server.Shutdown(ctx)
		cancel()
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.wg.Wait()
	return err
}

// housekeeping deletes expired nonces, sessions and idempotency records.
func (s *Service) housekeeping(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		s.limiter.sweep(time.Now())
		qctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		for _, q := range []string{
			`DELETE FROM market_nonces WHERE expires_at < now()`,
			`DELETE FROM market_sessions WHERE expires_at < now()`,
		} {
			if _, err := s.deps.Pool.Exec(qctx, q); err != nil && ctx.Err() == nil {
				s.log.Warn("housekeeping", "err", err)
			}
		}
		if _, err := s.deps.Pool.Exec(qctx, `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1)`,
			s.cfg.IdempotencyTTL.Seconds()); err != nil && ctx.Err() == nil {
			s.log.Warn("housekeeping", "err", err)
		}
		cancel()
	}
}
