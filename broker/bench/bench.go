// Package bench is the broker load tool (wired by the CLI as "streamr bench broker"). Run
// starts an in-process dev chain and broker on the configured Redis and measures:
//
//   - L: crypto.Ecrecover operations per second on all cores (the verification ceiling);
//   - the sustained publish → store → deliver rate through the WebSocket API, and its
//     ratio to L;
//   - p50/p99 publish-to-delivery latency at 0.5×L (or the highest rate reached if lower);
//   - fan-out of one publisher to many WebSocket subscribers (default 1,000);
//   - side by side, raw Redis XADD/XREAD and NATS JetStream (memory storage) with the same
//     payload (the encoded event).
package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/internal/devchain"
)

// ErrSetup is returned when the environment (chain, broker, Redis) cannot be prepared.
var ErrSetup = errors.New("bench: setup failed")

// Config of a run. Zero values take the defaults.
type Config struct {
	RedisAddr   string        // default 127.0.0.1:6379
	RedisPrefix string        // default "streamr-bench-<pid>"; its keys are deleted at the end
	NATSURL     string        // default nats://127.0.0.1:4222; "-" skips NATS
	Duration    time.Duration // per phase; default 5 s
	Publishers  int           // default 4
	PayloadSize int           // content bytes; default 200
	Window      int           // unacknowledged publishes per publisher; default 256
	// FanoutSubscribers and FanoutRate (events/s) shape the fan-out phase; defaults 1000, 50.
	FanoutSubscribers int
	FanoutRate        int
	Logger            *slog.Logger
	Out               io.Writer // progress and the report; default os.Stdout
}

// Result holds the figures of a run.
type Result struct {
	Cores                 int     `json:"cores"`
	EcrecoverPerSec       float64 `json:"ecrecoverPerSec"`
	SustainedPerSec       float64 `json:"sustainedPerSec"`
	SustainedVsL          float64 `json:"sustainedVsL"`
	LatencyTargetPerSec   float64 `json:"latencyTargetPerSec"`
	LatencyAchievedPerSe  float64 `json:"latencyAchievedPerSec"`
	LatencyP50            time.Duration
	LatencyP99            time.Duration
	HalfSustainedTarget   float64 `json:"halfSustainedTarget,omitempty"`
	HalfSustainedAchieved float64 `json:"halfSustainedAchieved,omitempty"`
	HalfSustainedP50      time.Duration
	HalfSustainedP99      time.Duration
	FanoutSubscribers     int     `json:"fanoutSubscribers"`
	FanoutEventsPerSec    float64 `json:"fanoutEventsPerSec"`
	FanoutDeliveriesPS    float64 `json:"fanoutDeliveriesPerSec"`
	FanoutP50             time.Duration
	FanoutP99             time.Duration
	RedisPerSec           float64 `json:"redisPerSec"`
	RedisP50              time.Duration
	RedisP99              time.Duration
	NATSPerSec            float64 `json:"natsPerSec"`
	NATSP50               time.Duration
	NATSP99               time.Duration
	NATSError             string `json:"natsError,omitempty"`
}

func (c *Config) defaults() {
	if c.RedisAddr == "" {
		c.RedisAddr = "127.0.0.1:6379"
	}
	if c.RedisPrefix == "" {
		c.RedisPrefix = fmt.Sprintf("streamr-bench-%d", os.Getpid())
	}
	if c.NATSURL == "" {
		c.NATSURL = "nats://127.0.0.1:4222"
	}
	if c.Duration <= 0 {
		c.Duration = 5 * time.Second
	}
	if c.Publishers <= 0 {
		c.Publishers = 4
	}
	if c.PayloadSize <= 0 {
		c.PayloadSize = 200
	}
	if c.Window <= 0 {
		c.Window = 256
	}
	if c.FanoutSubscribers <= 0 {
		c.FanoutSubscribers = 1000
	}
	if c.FanoutRate <= 0 {
		c.FanoutRate = 50
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Out == nil {
		c.Out = os.Stdout
	}
}

// env is the chain, the broker and a public stream.
type env struct {
	cfg    Config
	chain  *devchain.Chain
	domain *protocol.Domain
	stream common.Address
	rdb    *redis.Client
	b      *broker.Broker
	url    string
	// presign is how many events the unpaced (sustained) phase signs in advance, in all,
	// so that the publishers' signing does not compete with the broker for the cores.
	presign int
}

// Run runs every phase and prints a report to cfg.Out.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg.defaults()
	res := &Result{Cores: runtime.GOMAXPROCS(0)}
	p := func(format string, args ...any) { fmt.Fprintf(cfg.Out, format+"\n", args...) }

	p("ecrecover on %d cores ...", res.Cores)
	res.EcrecoverPerSec = ecrecoverRate(min(cfg.Duration, 3*time.Second))
	p("  L = %.0f recoveries/s", res.EcrecoverPerSec)

	e, err := setup(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer e.close()

	// The broker cannot verify more than L events/s: that many for the phase and its warm-up
	// (capped to bound memory) are signed in advance; a publisher that runs out signs inline.
	e.presign = min(int(res.EcrecoverPerSec*(cfg.Duration+time.Second).Seconds()), maxPresign)
	p("sustained publish → store → deliver, %d publishers, %d B content, %d events signed in advance ...",
		cfg.Publishers, cfg.PayloadSize, e.presign)
	rate, _, err := e.publishPhase(ctx, 0)
	if err != nil {
		return res, err
	}
	res.SustainedPerSec = rate
	res.SustainedVsL = rate / res.EcrecoverPerSec
	p("  %.0f events/s delivered (%.1f%% of L)", rate, 100*res.SustainedVsL)

	res.LatencyTargetPerSec = 0.5 * res.EcrecoverPerSec
	p("latency at %.0f events/s (0.5×L) ...", res.LatencyTargetPerSec)
	rate, lat, err := e.publishPhase(ctx, res.LatencyTargetPerSec)
	if err != nil {
		return res, err
	}
	res.LatencyAchievedPerSe = rate
	res.LatencyP50, res.LatencyP99 = pct(lat, 50), pct(lat, 99)
	p("  achieved %.0f events/s, p50 %s, p99 %s", rate, res.LatencyP50, res.LatencyP99)
	if res.SustainedPerSec < res.LatencyTargetPerSec {
		// 0.5×L is above what this machine sustains (publishers sign on the same cores), so
		// that figure is a saturated one; also measure at half the sustained rate.
		res.HalfSustainedTarget = 0.5 * res.SustainedPerSec
		p("latency at %.0f events/s (0.5×sustained) ...", res.HalfSustainedTarget)
		rate, lat, err := e.publishPhase(ctx, res.HalfSustainedTarget)
		if err != nil {
			return res, err
		}
		res.HalfSustainedAchieved = rate
		res.HalfSustainedP50, res.HalfSustainedP99 = pct(lat, 50), pct(lat, 99)
		p("  achieved %.0f events/s, p50 %s, p99 %s", rate, res.HalfSustainedP50, res.HalfSustainedP99)
	}

	p("fan-out to %d WebSocket subscribers at %d events/s ...", cfg.FanoutSubscribers, cfg.FanoutRate)
	if err := e.fanoutPhase(ctx, res); err != nil {
		return res, err
	}
	p("  %.0f events/s, %.0f deliveries/s, p50 %s, p99 %s", res.FanoutEventsPerSec, res.FanoutDeliveriesPS, res.FanoutP50, res.FanoutP99)

	payload, err := e.samplePayload()
	if err != nil {
		return res, err
	}
	p("raw Redis XADD/XREAD with the same %d-byte payload ...", len(payload))
	res.RedisPerSec, lat, err = redisPhase(ctx, e.rdb, cfg, payload)
	if err != nil {
		return res, err
	}
	res.RedisP50, res.RedisP99 = pct(lat, 50), pct(lat, 99)
	p("  %.0f events/s, p50 %s, p99 %s", res.RedisPerSec, res.RedisP50, res.RedisP99)

	if cfg.NATSURL != "-" {
		p("NATS JetStream (memory storage) with the same payload ...")
		rate, lat, err := natsPhase(ctx, cfg, payload)
		if err != nil {
			res.NATSError = err.Error()
			p("  skipped: %v", err)
		} else {
			res.NATSPerSec, res.NATSP50, res.NATSP99 = rate, pct(lat, 50), pct(lat, 99)
			p("  %.0f events/s, p50 %s, p99 %s", rate, res.NATSP50, res.NATSP99)
		}
	}
	return res, nil
}

// startProfile writes a CPU profile of the sustained phase to path (BENCH_CPUPROFILE);
// an empty path profiles nothing.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%w: cpu profile: %w", ErrSetup, err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("%w: cpu profile: %w", ErrSetup, err)
	}
	return func() { pprof.StopCPUProfile(); _ = f.Close() }, nil
}

func ecrecoverRate(d time.Duration) float64 {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256([]byte("bench"))
	sig, _ := crypto.Sign(h, key)
	var n atomic.Int64
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	start := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := 0
			for time.Now().Before(stop) {
				for range 64 {
					_, _ = crypto.Ecrecover(h, sig)
				}
				c += 64
			}
			n.Add(int64(c))
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds()
}

func setup(ctx context.Context, cfg Config) (*env, error) {
	dc := devchain.DefaultConfig()
	dc.BlockInterval = 0
	chain, err := devchain.New(dc, cfg.Logger)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSetup, err)
	}
	chain.Start(ctx)
	e := &env{cfg: cfg, chain: chain}
	fail := func(err error) (*env, error) { e.close(); return nil, fmt.Errorf("%w: %w", ErrSetup, err) }
	d, err := deploy.Deploy(ctx, chain.Client, chain.Keys[0], deploy.Options{})
	if err != nil {
		return fail(err)
	}
	reg, err := streamregistry.NewStreamRegistry(d.Registry, chain.Client)
	if err != nil {
		return fail(err)
	}
	auth, _ := bind.NewKeyedTransactorWithChainID(chain.Keys[1], big.NewInt(devchain.ChainID))
	// Public for publishing and subscribing: anyone's key may publish.
	tx, err := reg.CreateStream(auth, "bench", "{}", uint32(cfg.Publishers), []common.Address{{}},
		[]streamregistry.Permission{{PublishExpiry: ^uint64(0), SubscribeExpiry: ^uint64(0)}})
	if err != nil {
		return fail(err)
	}
	if _, err := chainutil.WaitOK(ctx, chain.Client, tx); err != nil {
		return fail(err)
	}
	if e.stream, err = reg.StreamOf(nil, chain.Addrs[1], "bench"); err != nil {
		return fail(err)
	}
	e.domain = protocol.NewDomain(devchain.ChainID, d.Registry)
	e.rdb = redis.NewClient(&redis.Options{Addr: cfg.RedisAddr, PoolSize: 64})
	if err := e.rdb.Ping(ctx).Err(); err != nil {
		return fail(err)
	}
	bc := broker.DefaultConfig()
	bc.Listen = "127.0.0.1:0"
	bc.ChainID, bc.Registry, bc.Forwarder = devchain.ChainID, d.Registry, d.Forwarder
	bc.Store.Prefix = cfg.RedisPrefix
	bc.Store.Retention.MaxLen = 200_000
	bc.Fanout.QueueSize = 1 << 15
	e.b, err = broker.New(bc, broker.Deps{Redis: e.rdb, Chain: chain.Client}, cfg.Logger, prometheus.NewRegistry())
	if err != nil {
		return fail(err)
	}
	if err := e.b.Start(ctx); err != nil {
		return fail(err)
	}
	addr, _ := e.b.Addr()
	e.url = "ws://" + addr.String() + "/ws"
	return e, nil
}

func (e *env) close() {
	if e.b != nil {
		_ = e.b.Close()
	}
	if e.rdb != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		iter := e.rdb.Scan(ctx, 0, e.cfg.RedisPrefix+":*", 1000).Iterator()
		for iter.Next(ctx) {
			e.rdb.Del(ctx, iter.Val())
		}
		cancel()
		_ = e.rdb.Close()
	}
	_ = e.chain.Close()
}

// content is JSON {"t":"<send unix ns, 20 digits>","p":"xxx…"} padded to PayloadSize.
func content(size int, t time.Time) []byte {
	b := fmt.Appendf(nil, `{"t":"%020d","p":"`, t.UnixNano())
	for len(b) < size-2 {
		b = append(b, 'x')
	}
	return append(b, '"', '}')
}

func sentAt(c []byte) time.Time {
	var ns int64
	if len(c) >= 27 {
		for _, d := range c[6:26] {
			ns = ns*10 + int64(d-'0')
		}
	}
	return time.Unix(0, ns)
}

func (e *env) dial(ctx context.Context, key *ecdsa.PrivateKey) (*client.Client, error) {
	return client.Dial(ctx, client.Config{URLs: []string{e.url}, Key: key, Domain: e.domain, QueueSize: 1 << 15})
}

// maxPresign bounds the events signed in advance (about 1 KB of memory each).
const maxPresign = 250_000

// publishPhase runs the publishers (paced to rate events/s in total when rate > 0) and one
// subscriber of every partition for the configured duration; it returns the delivered
// rate and the latencies.
func (e *env) publishPhase(ctx context.Context, rate float64) (float64, []time.Duration, error) {
	sub, err := e.dial(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	defer sub.Close()
	var subs []*client.Subscription
	for p := range e.cfg.Publishers {
		s, err := sub.Subscribe(ctx, e.stream, uint32(p), client.SubscribeOptions{})
		if err != nil {
			return 0, nil, err
		}
		subs = append(subs, s)
	}
	var (
		mu        sync.Mutex
		lat       []time.Duration
		delivered atomic.Int64
		measuring atomic.Bool
	)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]time.Duration, 0, 1024)
			for {
				select {
				case m := <-s.C():
					if measuring.Load() {
						delivered.Add(1)
						local = append(local, time.Since(sentAt(m.Event.Content)))
					}
				case <-rctx.Done():
					mu.Lock()
					lat = append(lat, local...)
					mu.Unlock()
					return
				}
			}
		}()
	}
	var pwg sync.WaitGroup
	var pubErr atomic.Value
	for p := range e.cfg.Publishers {
		key, _ := crypto.GenerateKey()
		c, err := e.dial(ctx, key)
		if err != nil {
			return 0, nil, err
		}
		defer c.Close()
		pub, _ := protocol.NewPublisher(key, e.domain, protocol.PublisherConfig{})
		next := func() (*protocol.Event, error) {
			return pub.Publish(e.stream, uint32(p), protocol.Message{ContentType: protocol.ContentJSON,
				Content: content(e.cfg.PayloadSize, time.Now())})
		}
		var signed []*protocol.Event
		if rate <= 0 && e.presign > 0 {
			// Signed in advance (in chain order); their content carries the signing time, so
			// this phase's latencies are not meaningful (and not reported).
			signed = make([]*protocol.Event, 0, e.presign/e.cfg.Publishers)
			for range cap(signed) {
				ev, err := next()
				if err != nil {
					return 0, nil, err
				}
				signed = append(signed, ev)
			}
		}
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			window := make(chan struct{}, e.cfg.Window)
			var tick *time.Ticker
			per := 0.0
			if rate > 0 {
				tick = time.NewTicker(10 * time.Millisecond)
				defer tick.Stop()
				per = rate / float64(e.cfg.Publishers) / 100
			}
			credit := 0.0
			for rctx.Err() == nil {
				if tick != nil {
					if credit < 1 {
						select {
						case <-tick.C:
							credit += per
						case <-rctx.Done():
							return
						}
						continue
					}
					credit--
				}
				select {
				case window <- struct{}{}:
				case <-rctx.Done():
					return
				}
				var ev *protocol.Event
				var err error
				if len(signed) > 0 {
					ev, signed[0] = signed[0], nil
					signed = signed[1:]
				} else {
					ev, err = next()
				}
				if err != nil {
					pubErr.Store(err)
					return
				}
				ch, err := c.PublishAsync(ev)
				if err != nil {
					pubErr.Store(err)
					return
				}
				go func() {
					r := <-ch
					if r.Err != nil {
						pubErr.Store(r.Err)
					}
					<-window
				}()
			}
		}()
	}
	time.Sleep(500 * time.Millisecond) // warm up
	profile := ""
	if rate <= 0 {
		profile = os.Getenv("BENCH_CPUPROFILE") // the sustained phase's measured window
	}
	stopProfile, err := startProfile(profile)
	if err != nil {
		return 0, nil, err
	}
	measuring.Store(true)
	start := time.Now()
	time.Sleep(e.cfg.Duration)
	measuring.Store(false)
	stopProfile()
	elapsed := time.Since(start)
	cancel()
	pwg.Wait()
	wg.Wait()
	if v := pubErr.Load(); v != nil {
		return 0, nil, fmt.Errorf("bench: publishing: %w", v.(error))
	}
	return float64(delivered.Load()) / elapsed.Seconds(), lat, nil
}

func (e *env) fanoutPhase(ctx context.Context, res *Result) error {
	n := e.cfg.FanoutSubscribers
	res.FanoutSubscribers = n
	clients := make([]*client.Client, 0, n)
	defer func() {
		for _, c := range clients {
			_ = c.Close()
		}
	}()
	var subs []*client.Subscription
	for range n {
		c, err := client.Dial(ctx, client.Config{URLs: []string{e.url}, Domain: e.domain, QueueSize: 1024})
		if err != nil {
			return err
		}
		clients = append(clients, c)
		s, err := c.Subscribe(ctx, e.stream, 0, client.SubscribeOptions{})
		if err != nil {
			return err
		}
		subs = append(subs, s)
	}
	var (
		mu        sync.Mutex
		lat       []time.Duration
		delivered atomic.Int64
	)
	phaseStart := time.Now()
	rctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []time.Duration
			for {
				select {
				case m := <-s.C():
					if sentAt(m.Event.Content).Before(phaseStart) {
						continue // backlog of an earlier phase
					}
					delivered.Add(1)
					local = append(local, time.Since(sentAt(m.Event.Content)))
				case <-rctx.Done():
					mu.Lock()
					lat = append(lat, local...)
					mu.Unlock()
					return
				}
			}
		}()
	}
	key, _ := crypto.GenerateKey()
	pc, err := e.dial(ctx, key)
	if err != nil {
		cancel()
		return err
	}
	defer pc.Close()
	pub, _ := protocol.NewPublisher(key, e.domain, protocol.PublisherConfig{})
	interval := time.Second / time.Duration(e.cfg.FanoutRate)
	t := time.NewTicker(interval)
	start := time.Now()
	sent := 0
	for time.Since(start) < e.cfg.Duration {
		<-t.C
		ev, err := pub.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentJSON, Content: content(e.cfg.PayloadSize, time.Now())})
		if err != nil {
			t.Stop()
			cancel()
			return err
		}
		if _, err := pc.PublishAsync(ev); err != nil {
			t.Stop()
			cancel()
			return err
		}
		sent++
	}
	t.Stop()
	time.Sleep(time.Second) // let the last deliveries arrive
	elapsed := time.Since(start)
	cancel()
	wg.Wait()
	res.FanoutEventsPerSec = float64(sent) / e.cfg.Duration.Seconds()
	res.FanoutDeliveriesPS = float64(delivered.Load()) / elapsed.Seconds()
	res.FanoutP50, res.FanoutP99 = pct(lat, 50), pct(lat, 99)
	if want := int64(sent * n); delivered.Load() != want {
		fmt.Fprintf(e.cfg.Out, "  note: %d of %d deliveries arrived\n", delivered.Load(), want)
	}
	return nil
}

func (e *env) samplePayload() ([]byte, error) {
	key, _ := crypto.GenerateKey()
	pub, _ := protocol.NewPublisher(key, e.domain, protocol.PublisherConfig{})
	ev, err := pub.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentJSON, Content: content(e.cfg.PayloadSize, time.Now())})
	if err != nil {
		return nil, err
	}
	return protocol.Encode(ev)
}

// stamp puts the send time into the first 8 bytes of a copy of payload.
func stamp(payload []byte) []byte {
	b := slices.Clone(payload)
	binary.BigEndian.PutUint64(b, uint64(time.Now().UnixNano()))
	return b
}

func stamped(b []byte) time.Duration {
	if len(b) < 8 {
		return 0
	}
	return time.Since(time.Unix(0, int64(binary.BigEndian.Uint64(b))))
}

func redisPhase(ctx context.Context, rdb *redis.Client, cfg Config, payload []byte) (float64, []time.Duration, error) {
	key := cfg.RedisPrefix + ":raw"
	defer rdb.Del(context.Background(), key)
	rctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	var wg sync.WaitGroup
	for range cfg.Publishers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for rctx.Err() == nil {
				pipe := rdb.Pipeline()
				for range 16 {
					pipe.XAdd(rctx, &redis.XAddArgs{Stream: key, MaxLen: 200_000, Approx: true, Values: []any{"e", stamp(payload)}})
				}
				_, _ = pipe.Exec(rctx)
			}
		}()
	}
	var lat []time.Duration
	n := 0
	last := "$"
	start := time.Now()
	for rctx.Err() == nil {
		res, err := rdb.XRead(rctx, &redis.XReadArgs{Streams: []string{key, last}, Count: 1000, Block: 100 * time.Millisecond}).Result()
		if err != nil {
			continue
		}
		for _, st := range res {
			for _, m := range st.Messages {
				last = m.ID
				n++
				if v, ok := m.Values["e"].(string); ok {
					lat = append(lat, stamped([]byte(v)))
				}
			}
		}
	}
	elapsed := time.Since(start)
	wg.Wait()
	return float64(n) / elapsed.Seconds(), lat, nil
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	slices.Sort(d)
	i := len(d) * p / 100
	if i >= len(d) {
		i = len(d) - 1
	}
	return d[i]
}

var _ = api.CodeBadRequest
