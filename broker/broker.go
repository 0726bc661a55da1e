// Package broker wires the Streamr broker service: the Redis event store (broker/store),
// cross-broker fan-out (broker/fanout), the permission cache (broker/perms) and the
// WebSocket and HTTP APIs (broker/server).
//
// The CLI builds it with New, calls Start (which returns promptly; with Config.Listen set it
// also serves HTTP), and Close on shutdown (in-flight publishes finish first). Handler
// returns everything the broker serves — /ws, /api/v1, /healthz, /readyz, /metrics — for
// callers that run their own http.Server.
package broker

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/perms"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/server"
	"github.com/streamr-go/streamr/broker/store"
)

// ErrNotStarted is returned by Addr before Start.
var ErrNotStarted = errors.New("broker: not started")

// Config of a broker. Zero values take the defaults of each part.
type Config struct {
	// Listen, when set (e.g. "127.0.0.1:7170"), makes Start serve Handler there.
	Listen string
	// ChainID, Registry and Forwarder locate the contracts; the EIP-712 domain of events is
	// {chainId, Registry}.
	ChainID   uint64
	Registry  common.Address
	Forwarder common.Address
	// RelayerKey, when set, pays for relayed ERC-2771 stream management requests.
	RelayerKey *ecdsa.PrivateKey

	Store  store.Config
	Fanout fanout.Config
	Perms  perms.Config
	Server server.Config
	// Directory lists the registry's streams for search; set Directory.FromBlock to the
	// registry's deployment block (Registry defaults to the one above).
	Directory directory.Config
	// ShutdownTimeout bounds how long Close waits for in-flight publishes.
	ShutdownTimeout time.Duration
}

// DefaultConfig returns the defaults of every part.
func DefaultConfig() Config {
	return Config{
		Store:           store.DefaultConfig(),
		Fanout:          fanout.DefaultConfig(),
		Perms:           perms.DefaultConfig(),
		Server:          server.DefaultConfig(),
		Directory:       directory.DefaultConfig(),
		ShutdownTimeout: 10 * time.Second,
	}
}

// chainWindowMargin is what the store's chain window adds at least to the timestamp window:
// room for the brokers' clocks to differ.
const chainWindowMargin = time.Minute

// Chain is what the broker needs from a chain client (an ethclient or the dev chain's).
type Chain interface {
	perms.Backend
	bind.ContractBackend
}

// Deps are the broker's external resources; the broker does not close them.
type Deps struct {
	// Redis is a *redis.Client or a *redis.ClusterClient.
	Redis redis.UniversalClient
	Chain Chain
}

// Broker is one broker instance.
type Broker struct {
	cfg   Config
	deps  Deps
	log   *slog.Logger
	reg   prometheus.Registerer
	gath  prometheus.Gatherer
	Store *store.Store
	Hub   *fanout.Hub
	Perms *perms.Checker
	Dir   *directory.Directory
	Srv   *server.Server

	handler http.Handler

	mu      sync.Mutex
	started bool
	closed  bool
	ln      net.Listener
	http    *http.Server
	serveWG sync.WaitGroup
}

// New builds a broker. reg receives the metrics; when it is also a prometheus.Gatherer
// (e.g. *prometheus.Registry) /metrics serves it, otherwise the default gatherer.
func New(cfg Config, deps Deps, logger *slog.Logger, reg prometheus.Registerer) (*Broker, error) {
	if deps.Redis == nil || deps.Chain == nil {
		return nil, fmt.Errorf("broker: Redis and Chain are required")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultConfig().ShutdownTimeout
	}
	if cfg.Perms.Registry == (common.Address{}) {
		cfg.Perms.Registry = cfg.Registry
	}
	if cfg.Directory.Registry == (common.Address{}) {
		cfg.Directory.Registry = cfg.Registry
	}
	if cfg.Server.RelayerKey == nil {
		cfg.Server.RelayerKey = cfg.RelayerKey
	}
	if l := cfg.Server.Limits; l.MaxContentSize == 0 && l.MaxFutureSkew == 0 && l.MaxPastSkew == 0 && l.Now == nil {
		cfg.Server.Limits = protocol.DefaultLimits()
	}
	if l := cfg.Server.Limits; cfg.Store.ChainWindow == 0 && l.MaxPastSkew > 0 && l.MaxFutureSkew > 0 {
		// Events outside the timestamp window are refused before the store, so a chain
		// idle for longer than the window (and a margin for brokers' clocks) is forgotten.
		// Whole hours, so that brokers whose limits differ a little still share the hashes.
		need := l.MaxPastSkew + l.MaxFutureSkew + chainWindowMargin
		cfg.Store.ChainWindow = (need + time.Hour - 1).Truncate(time.Hour)
	}
	b := &Broker{cfg: cfg, deps: deps, log: logger.With("component", "broker"), reg: reg}
	b.gath = prometheus.DefaultGatherer
	if g, ok := reg.(prometheus.Gatherer); ok {
		b.gath = g
	}
	b.Store = store.New(deps.Redis, cfg.Store, logger)
	b.Hub = fanout.New(b.Store, cfg.Fanout, logger, reg)
	var err error
	if b.Perms, err = perms.New(deps.Chain, cfg.Perms, logger, reg); err != nil {
		return nil, err
	}
	if b.Dir, err = directory.New(deps.Chain, cfg.Directory, logger, reg); err != nil {
		return nil, err
	}
	b.Srv, err = server.New(cfg.Server, server.Deps{Store: b.Store, Hub: b.Hub, Perms: b.Perms, Directory: b.Dir,
		Domain: protocol.NewDomain(cfg.ChainID, cfg.Registry), Chain: deps.Chain, Forwarder: cfg.Forwarder}, logger, reg)
	if err != nil {
		return nil, err
	}
	b.Perms.OnChange(b.Srv.PermissionsChanged)
	mux := http.NewServeMux()
	mux.Handle("/", b.Srv.Handler())
	mux.HandleFunc("GET /readyz", b.readyz)
	mux.Handle("GET /metrics", promhttp.HandlerFor(b.gath, promhttp.HandlerOpts{}))
	b.handler = mux
	return b, nil
}

// Handler serves /ws, /api/v1/..., /healthz, /readyz and /metrics.
func (b *Broker) Handler() http.Handler { return b.handler }

// Start follows the chain's permission and registry events and, with Config.Listen set,
// serves HTTP. It returns once listening (the stream directory reads the registry's history
// in the background).
func (b *Broker) Start(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.started || b.closed {
		return fmt.Errorf("broker: already started or closed")
	}
	if err := b.deps.Redis.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("broker: redis: %w", err)
	}
	if err := b.Perms.Start(ctx); err != nil {
		return err
	}
	if err := b.Dir.Start(ctx); err != nil {
		_ = b.Perms.Close()
		return err
	}
	if b.cfg.Listen != "" {
		ln, err := net.Listen("tcp", b.cfg.Listen)
		if err != nil {
			_ = b.Perms.Close()
			_ = b.Dir.Close()
			return fmt.Errorf("broker: listen: %w", err)
		}
		b.ln = ln
		b.http = &http.Server{Handler: b.handler, ReadHeaderTimeout: 10 * time.Second}
		b.serveWG.Add(1)
		go func() {
			defer b.serveWG.Done()
			if err := b.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				b.log.Error("http server failed", "err", err)
			}
		}()
		b.log.Info("broker listening", "addr", ln.Addr().String())
	}
	b.started = true
	return nil
}

// Addr returns the listening address (with Config.Listen set).
func (b *Broker) Addr() (net.Addr, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ln == nil {
		return nil, ErrNotStarted
	}
	return b.ln.Addr(), nil
}

func (b *Broker) readyz(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	ok := b.started && !b.closed
	b.mu.Unlock()
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if ok {
		if err := b.deps.Redis.Ping(ctx).Err(); err != nil {
			ok = false
		}
	}
	if !ok {
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}

// Close stops taking publishes, lets those in flight finish (up to ShutdownTimeout), closes
// WebSocket connections and subscriptions, stops the HTTP server and the chain follower.
func (b *Broker) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	b.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.ShutdownTimeout)
	defer cancel()
	errs := []error{b.Srv.Shutdown(ctx)}
	if b.http != nil {
		errs = append(errs, b.http.Shutdown(ctx))
		b.serveWG.Wait()
	}
	errs = append(errs, b.Hub.Close(), b.Perms.Close(), b.Dir.Close())
	return errors.Join(errs...)
}
