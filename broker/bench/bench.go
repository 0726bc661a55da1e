// Package bench is the broker load tool (wired by the CLI as "streamr bench broker"). Run
// starts an in-process dev chain and broker on the configured Redis and measures:
//
//   - L: crypto.Ecrecover operations per second on all cores (the verification ceiling),
//     the best of 1, 2 and 4 goroutines per core;
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
	"runtime/metrics"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
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
	// FanoutSubscribers subscribe to one partition in the fan-out phase (default 1000). With
	// FanoutRate (events/s) > 0 one publisher sends at that pace; with 0 (the default) it
	// sends as fast as every subscriber receives, at most FanoutWindow events (default 8)
	// not yet received by all, which measures how many deliveries/s the broker sustains.
	FanoutSubscribers int
	FanoutRate        int
	FanoutWindow      int
	// Rates lists further paced rates (events/s in total) at which to measure latency.
	Rates []float64
	// Phases selects what runs besides L: any of "sustained", "latency" (0.5×L and Rates),
	// "fanout", "redis", "nats". Empty runs them all.
	Phases []string
	Logger *slog.Logger
	Out    io.Writer // progress and the report; default os.Stdout
}

// Result holds the figures of a run (in JSON, durations are nanoseconds).
type Result struct {
	Cores           int     `json:"cores"`
	EcrecoverPerSec float64 `json:"ecrecoverPerSec"` // L: the best of EcrecoverByThreads
	// EcrecoverByThreads is the rate with 1, 2 and 4 goroutines per core (index 0, 1, 2).
	// crypto.Ecrecover is a cgo call; with one goroutine per core Go's scheduler leaves
	// part of the cores idle around the calls, so more goroutines recover faster.
	EcrecoverByThreads    []float64     `json:"ecrecoverByThreads"`
	Host                  HostStalls    `json:"host"`
	SustainedPerSec       float64       `json:"sustainedPerSec"`
	SustainedVsL          float64       `json:"sustainedVsL"`
	SustainedCost         Cost          `json:"sustainedCost"`
	LatencyCost           Cost          `json:"latencyCost"`
	LatencyTargetPerSec   float64       `json:"latencyTargetPerSec"`
	LatencyAchievedPerSec float64       `json:"latencyAchievedPerSec"`
	LatencyP50            time.Duration `json:"latencyP50"`
	LatencyP99            time.Duration `json:"latencyP99"`
	LatencyAckP50         time.Duration `json:"latencyAckP50"`
	LatencyAckP99         time.Duration `json:"latencyAckP99"`
	LatencyTail           Tail          `json:"latencyTail"`
	HalfSustainedTarget   float64       `json:"halfSustainedTarget,omitempty"`
	HalfSustainedAchieved float64       `json:"halfSustainedAchieved,omitempty"`
	HalfSustainedP50      time.Duration `json:"halfSustainedP50"`
	HalfSustainedP99      time.Duration `json:"halfSustainedP99"`
	FanoutSubscribers     int           `json:"fanoutSubscribers"`
	FanoutEventsPerSec    float64       `json:"fanoutEventsPerSec"`
	FanoutDeliveriesPS    float64       `json:"fanoutDeliveriesPerSec"`
	FanoutP50             time.Duration `json:"fanoutP50"`
	FanoutP99             time.Duration `json:"fanoutP99"`
	FanoutCost            Cost          `json:"fanoutCost"` // per delivery
	RedisPerSec           float64       `json:"redisPerSec"`
	RedisP50              time.Duration `json:"redisP50"`
	RedisP99              time.Duration `json:"redisP99"`
	// RedisPaced and NATSPaced: the baselines paced at 0.5×L like the latency phase
	// (latency counted from each event's due time).
	RedisPaced RatePoint     `json:"redisPaced"`
	NATSPerSec float64       `json:"natsPerSec"`
	NATSP50    time.Duration `json:"natsP50"`
	NATSP99    time.Duration `json:"natsP99"`
	NATSPaced  RatePoint     `json:"natsPaced"`
	NATSError  string        `json:"natsError,omitempty"`
	// Curve holds the latency at each of Config.Rates.
	Curve []RatePoint `json:"curve,omitempty"`
}

// RatePoint is the latency measured at one paced rate: publish to delivery (P50, P99) and
// publish to acknowledgement (AckP50, AckP99; the publisher's wait for "stored").
type RatePoint struct {
	Target   float64       `json:"target"`
	Achieved float64       `json:"achieved"`
	P50      time.Duration `json:"p50"`
	P99      time.Duration `json:"p99"`
	AckP50   time.Duration `json:"ackP50"`
	AckP99   time.Duration `json:"ackP99"`
	Cost     Cost          `json:"cost"`
	Tail     Tail          `json:"tail"` // the broker's paced phases only
}

// Cost is the CPU time spent per delivered event during a phase's measured window: by this
// process (broker and load tool together) and by the Redis server (from its INFO cpu); and
// the heap bytes this process allocated per event.
type Cost struct {
	Process time.Duration `json:"process"`
	Redis   time.Duration `json:"redis"`
	// Alloc is the bytes this process allocated on its heap per event: what sets how often
	// Go's garbage collector runs.
	Alloc int64 `json:"allocBytes"`
}

func (c Cost) String() string {
	return fmt.Sprintf("%.1f µs CPU/event here + %.1f µs in Redis, %.1f KB allocated",
		float64(c.Process)/float64(time.Microsecond), float64(c.Redis)/float64(time.Microsecond), float64(c.Alloc)/1024)
}

// busy describes how much of the machine rate events/s at cost c keep busy (the process
// and Redis share its cores): near 100 % queueing delays grow without bound.
func (c Cost) busy(rate float64) string {
	n := runtime.NumCPU()
	return fmt.Sprintf("%.0f%% of %d cores busy", 100*rate*(c.Process+c.Redis).Seconds()/float64(n), n)
}

// PhaseNames are the phases Config.Phases may select.
var PhaseNames = []string{"sustained", "latency", "fanout", "redis", "nats"}

// ErrBadConfig is returned for a configuration that cannot run.
var ErrBadConfig = errors.New("bench: bad configuration")

func (c *Config) check() error {
	for _, ph := range c.Phases {
		if !slices.Contains(PhaseNames, ph) {
			return fmt.Errorf("%w: unknown phase %q (phases: %v)", ErrBadConfig, ph, PhaseNames)
		}
	}
	return nil
}

func (c *Config) runs(phase string) bool {
	return len(c.Phases) == 0 || slices.Contains(c.Phases, phase)
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
	if c.FanoutWindow <= 0 {
		c.FanoutWindow = 8
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
	// ecrecover is L, which bounds how many events the unpaced phase signs in advance.
	ecrecover float64
	// pacedDone is set once the first paced phase has run (the one BENCH_CPUPROFILE_PACED
	// and BENCH_TRACE_PACED record).
	pacedDone bool
}

// Run runs every phase and prints a report to cfg.Out.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg.defaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	res := &Result{Cores: runtime.GOMAXPROCS(0)}
	p := func(format string, args ...any) { fmt.Fprintf(cfg.Out, format+"\n", args...) }

	p("ecrecover on %d cores ...", res.Cores)
	for _, per := range []int{1, 2, 4} {
		r := ecrecoverRate(per*res.Cores, min(cfg.Duration, 2*time.Second))
		res.EcrecoverByThreads = append(res.EcrecoverByThreads, r)
		res.EcrecoverPerSec = max(res.EcrecoverPerSec, r)
		p("  %d goroutines: %.0f recoveries/s", per*res.Cores, r)
	}
	p("  L = %.0f recoveries/s (the best)", res.EcrecoverPerSec)
	res.Host = hostStalls(res.Cores, min(cfg.Duration, 2*time.Second))
	p("host: %s", res.Host)

	e, err := setup(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer e.close()

	// Every phase signs its events in advance, so that signing does not compete with the
	// broker for the cores; the unpaced phase signs as many as L allows in its time.
	e.ecrecover = res.EcrecoverPerSec
	if cfg.runs("sustained") {
		p("sustained publish → store → deliver, %d publishers, %d B content, events signed in advance ...",
			cfg.Publishers, cfg.PayloadSize)
		ph, err := e.publishPhase(ctx, 0)
		if err != nil {
			return res, err
		}
		res.SustainedPerSec, res.SustainedCost = ph.rate, ph.cost
		res.SustainedVsL = ph.rate / res.EcrecoverPerSec
		p("  %.0f events/s delivered (%.1f%% of L); %s (%s)", ph.rate, 100*res.SustainedVsL, ph.cost, ph.cost.busy(ph.rate))
	}

	// latencyAt runs a paced phase at target events/s and prints its figures.
	latencyAt := func(target float64, label string) (RatePoint, error) {
		p("latency at %.0f events/s%s ...", target, label)
		ph, err := e.publishPhase(ctx, target)
		if err != nil {
			return RatePoint{}, err
		}
		pt := RatePoint{Target: target, Achieved: ph.rate, P50: pct(ph.lat, 50), P99: pct(ph.lat, 99),
			AckP50: pct(ph.acks, 50), AckP99: pct(ph.acks, 99), Cost: ph.cost, Tail: ph.tail}
		p("  achieved %.0f events/s, p50 %s, p99 %s (acknowledged: p50 %s, p99 %s); %s (%s)",
			ph.rate, pt.P50, pt.P99, pt.AckP50, pt.AckP99, ph.cost, ph.cost.busy(ph.rate))
		p("  tail: %s", ph.tail)
		return pt, nil
	}
	if cfg.runs("latency") {
		res.LatencyTargetPerSec = 0.5 * res.EcrecoverPerSec
		pt, err := latencyAt(res.LatencyTargetPerSec, " (0.5×L)")
		if err != nil {
			return res, err
		}
		res.LatencyAchievedPerSec, res.LatencyP50, res.LatencyP99, res.LatencyCost = pt.Achieved, pt.P50, pt.P99, pt.Cost
		res.LatencyAckP50, res.LatencyAckP99, res.LatencyTail = pt.AckP50, pt.AckP99, pt.Tail
		if res.SustainedPerSec > 0 && res.SustainedPerSec < res.LatencyTargetPerSec {
			// 0.5×L is above what this machine sustains (the load tool shares its cores), so
			// that figure is a saturated one; also measure at half the sustained rate.
			res.HalfSustainedTarget = 0.5 * res.SustainedPerSec
			pt, err := latencyAt(res.HalfSustainedTarget, " (0.5×sustained)")
			if err != nil {
				return res, err
			}
			res.HalfSustainedAchieved, res.HalfSustainedP50, res.HalfSustainedP99 = pt.Achieved, pt.P50, pt.P99
		}
		for _, r := range cfg.Rates {
			pt, err := latencyAt(r, "")
			if err != nil {
				return res, err
			}
			res.Curve = append(res.Curve, pt)
		}
	}

	if cfg.runs("fanout") {
		pace := fmt.Sprintf("as fast as all receive, %d events outstanding", cfg.FanoutWindow)
		if cfg.FanoutRate > 0 {
			pace = fmt.Sprintf("%d events/s", cfg.FanoutRate)
		}
		p("fan-out to %d WebSocket subscribers of one partition, %s ...", cfg.FanoutSubscribers, pace)
		if err := e.fanoutPhase(ctx, res); err != nil {
			return res, err
		}
		c := res.FanoutCost
		p("  %.0f events/s, %.0f deliveries/s, p50 %s, p99 %s; %.1f µs CPU/delivery here + %.1f µs in Redis, %d B allocated (%s)",
			res.FanoutEventsPerSec, res.FanoutDeliveriesPS, res.FanoutP50, res.FanoutP99,
			float64(c.Process)/float64(time.Microsecond), float64(c.Redis)/float64(time.Microsecond), c.Alloc, c.busy(res.FanoutDeliveriesPS))
	}

	payload, err := e.samplePayload()
	if err != nil {
		return res, err
	}
	// Each baseline runs as fast as it goes (its ceiling), then paced at 0.5×L as the
	// latency phase is, so that its latency compares with the broker's on this machine.
	half := 0.5 * res.EcrecoverPerSec
	pacedPoint := func(rate float64, lat []time.Duration) RatePoint {
		pt := RatePoint{Target: half, Achieved: rate, P50: pct(lat, 50), P99: pct(lat, 99)}
		p("  paced at %.0f events/s (0.5×L): achieved %.0f events/s, p50 %s, p99 %s", half, rate, pt.P50, pt.P99)
		return pt
	}
	if cfg.runs("redis") {
		p("raw Redis XADD/XREAD with the same %d-byte payload ...", len(payload))
		redisRate, lat, err := redisPhase(ctx, e.rdb, cfg, payload, 0)
		if err != nil {
			return res, err
		}
		res.RedisPerSec, res.RedisP50, res.RedisP99 = redisRate, pct(lat, 50), pct(lat, 99)
		p("  %.0f events/s, p50 %s, p99 %s", res.RedisPerSec, res.RedisP50, res.RedisP99)
		rate, lat, err := redisPhase(ctx, e.rdb, cfg, payload, half)
		if err != nil {
			return res, err
		}
		res.RedisPaced = pacedPoint(rate, lat)
	}

	if cfg.NATSURL != "-" && cfg.runs("nats") {
		p("NATS JetStream (memory storage) with the same payload ...")
		rate, lat, err := natsPhase(ctx, cfg, payload, 0)
		if err == nil {
			res.NATSPerSec, res.NATSP50, res.NATSP99 = rate, pct(lat, 50), pct(lat, 99)
			p("  %.0f events/s, p50 %s, p99 %s", rate, res.NATSP50, res.NATSP99)
			rate, lat, err = natsPhase(ctx, cfg, payload, half)
		}
		if err != nil {
			res.NATSError = err.Error()
			p("  skipped: %v", err)
		} else {
			res.NATSPaced = pacedPoint(rate, lat)
		}
	}
	return res, nil
}

// paced calls send with the due times (on the clock of now) of the events due at perSec
// events/s from its start until ctx ends or send returns false. It wakes at most once per
// paceTick and sends every event due by then (at most maxDue a call): an event's latency
// counted from its due time includes the sender's lateness.
func paced(ctx context.Context, perSec float64, send func(due []int64) bool) {
	const maxDue = 1024
	begin := now()
	dueAt := func(i int) int64 { return begin + int64(float64(i)/perSec*float64(time.Second)) }
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	var due []int64
	for i := 0; ctx.Err() == nil; {
		t := now()
		due = due[:0]
		for len(due) < maxDue && dueAt(i) <= t {
			due = append(due, dueAt(i))
			i++
		}
		if len(due) > 0 {
			if !send(due) {
				return
			}
			continue
		}
		timer.Reset(max(time.Duration(dueAt(i)-t), paceTick))
		select {
		case <-timer.C:
		case <-ctx.Done():
			return
		}
	}
}

// record writes to path what start records (a CPU profile, an execution trace) until the
// returned function stops it; an empty path records nothing. The measured window of the
// sustained phase gets a CPU profile with BENCH_CPUPROFILE, the first paced phase's a CPU
// profile with BENCH_CPUPROFILE_PACED and an execution trace with BENCH_TRACE_PACED.
func record(path, what string, start func(io.Writer) error, stop func()) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrSetup, what, err)
	}
	if err := start(f); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("%w: %s: %w", ErrSetup, what, err)
	}
	return func() { stop(); _ = f.Close() }, nil
}

// ecrecoverRate runs crypto.Ecrecover on n goroutines for d and returns recoveries/s.
func ecrecoverRate(goroutines int, d time.Duration) float64 {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256([]byte("bench"))
	sig, _ := crypto.Sign(h, key)
	var n atomic.Int64
	stop := time.Now().Add(d)
	var wg sync.WaitGroup
	start := time.Now()
	for range goroutines {
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

// HostStalls is what a thread per core, each spinning on the clock, saw of the host: the
// times it stood still for over StallThreshold (the kernel or the hypervisor ran something
// else on its core). A stall holds up whatever the broker was doing on that core, and
// every event in flight waits behind it, so stalls of several milliseconds set a floor
// under the p99 latency that no broker on this machine can go below.
type HostStalls struct {
	Threads  int           `json:"threads"`
	Duration time.Duration `json:"duration"`
	Count    int           `json:"count"`   // stalls over StallThreshold, all threads
	Longest  time.Duration `json:"longest"` // the longest of them
	Lost     float64       `json:"lost"`    // the stalls' share of the threads' time
}

// StallThreshold is the shortest pause HostStalls counts.
const StallThreshold = time.Millisecond

func (h HostStalls) String() string {
	return fmt.Sprintf("%d threads spinning for %v stood still %d times for over %v (longest %v, %.2f%% of their time)",
		h.Threads, h.Duration, h.Count, StallThreshold, h.Longest.Round(10*time.Microsecond), 100*h.Lost)
}

// hostStalls spins a thread per core for d and measures its stalls (see HostStalls).
func hostStalls(threads int, d time.Duration) HostStalls {
	h := HostStalls{Threads: threads, Duration: d}
	var mu sync.Mutex
	var lost time.Duration
	var wg sync.WaitGroup
	for range threads {
		wg.Go(func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var n int
			var longest, sum time.Duration
			start := time.Now()
			last := start
			for last.Sub(start) < d {
				now := time.Now()
				if gap := now.Sub(last); gap > StallThreshold {
					n++
					sum += gap
					longest = max(longest, gap)
				}
				last = now
			}
			mu.Lock()
			h.Count += n
			h.Longest = max(h.Longest, longest)
			lost += sum
			mu.Unlock()
		})
	}
	wg.Wait()
	h.Lost = float64(lost) / float64(time.Duration(threads)*d)
	return h
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

// content is JSON {"t":"<n, 20 digits>","p":"xxx…"} padded to size; n is an event id or a
// send time (unix ns).
func content(size int, n int64) []byte {
	return padded(fmt.Appendf(nil, `{"t":"%020d","p":"`, n), size)
}

// padded ends the JSON object begun in b with a string of x's, to about size bytes in all.
func padded(b []byte, size int) []byte {
	for len(b) < size-2 {
		b = append(b, 'x')
	}
	return append(b, '"', '}')
}

// idOf reads the number content put into the content.
func idOf(c []byte) int64 {
	var n int64
	if len(c) >= 27 {
		for _, d := range c[6:26] {
			n = n*10 + int64(d-'0')
		}
	}
	return n
}

func (e *env) dial(ctx context.Context, key *ecdsa.PrivateKey) (*client.Client, error) {
	return client.Dial(ctx, client.Config{URLs: []string{e.url}, Key: key, Domain: e.domain})
}

// maxPresign bounds the events signed in advance for one phase (about 1 KB of memory each).
const maxPresign = 1_000_000

// paceTick is the shortest sleep of a paced publisher: it sends what fell due meanwhile
// together, as a client with that much traffic would.
const paceTick = time.Millisecond

// warmup is how long publishers run before a phase measures.
const warmup = 500 * time.Millisecond

// presigned is one publisher's events of a phase, signed in advance and in chain order, and
// the time each was handed to the client (unix ns; 0 = not sent). Event i carries the id
// publisher<<40 | i in its content, by which the subscriber finds its send time. The events
// are kept encoded in one buffer, which the garbage collector does not have to scan (the
// load tool shares the broker's process and heap).
type presigned struct {
	buf  []byte
	ends []int          // event i is buf[ends[i-1]:ends[i]]
	sent []atomic.Int64 // event i's send time on the load tool's clock (monotonic)
}

func (ps *presigned) len() int { return len(ps.ends) }

// encoded returns event i's encoding (handed to the client as it is: no decoding and
// encoding again in the load tool).
func (ps *presigned) encoded(i int) []byte {
	start := 0
	if i > 0 {
		start = ps.ends[i-1]
	}
	return ps.buf[start:ps.ends[i]:ps.ends[i]]
}

func eventID(publisher, i int) int64 { return int64(publisher)<<40 | int64(i) }

// sign signs n events per publisher (in parallel over the publishers) for the stream's
// partitions 0..publishers-1 and returns them with the keys.
func (e *env) sign(n int) ([]*ecdsa.PrivateKey, []*presigned, error) {
	keys := make([]*ecdsa.PrivateKey, e.cfg.Publishers)
	out := make([]*presigned, e.cfg.Publishers)
	errs := make([]error, e.cfg.Publishers)
	var wg sync.WaitGroup
	for p := range e.cfg.Publishers {
		keys[p], _ = crypto.GenerateKey()
		out[p] = &presigned{ends: make([]int, 0, n), sent: make([]atomic.Int64, n)}
		wg.Add(1)
		go func() {
			defer wg.Done()
			pub, _ := protocol.NewPublisher(keys[p], e.domain, protocol.PublisherConfig{})
			for i := range n {
				ev, err := pub.Publish(e.stream, uint32(p), protocol.Message{ContentType: protocol.ContentJSON,
					Content: content(e.cfg.PayloadSize, eventID(p, i))})
				if err != nil {
					errs[p] = err
					return
				}
				if out[p].buf, err = protocol.AppendEncode(out[p].buf, ev); err != nil {
					errs[p] = err
					return
				}
				out[p].ends = append(out[p].ends, len(out[p].buf))
			}
		}()
	}
	wg.Wait()
	return keys, out, errors.Join(errs...)
}

// phase is what a publish phase measured: the delivered rate, the publish-to-delivery and
// (paced phases) publish-to-acknowledgement latencies, and the CPU spent per delivered event.
type phase struct {
	rate float64
	lat  []time.Duration
	acks []time.Duration
	cost Cost
	tail Tail // paced phases
}

// ProcessCPU is the CPU time (user and system) this process has used so far; zero when it
// cannot be read.
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// usage is what this process (and, from env.usage, the Redis server) has used so far: CPU
// time, the bytes allocated on the heap, and the collector's completed cycles and the CPU
// its marking took.
type usage struct {
	proc, rds time.Duration
	alloc     uint64
	mark      time.Duration
	cycles    uint64
}

// usageMetrics: the heap's allocations, the cycles, then the mark CPU classes (summed).
var usageMetrics = []string{
	"/gc/heap/allocs:bytes",
	"/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/mark/assist:cpu-seconds",
	"/cpu/classes/gc/mark/dedicated:cpu-seconds",
	"/cpu/classes/gc/mark/idle:cpu-seconds",
}

// processUsage reads this process's usage.
func processUsage() usage {
	s := make([]metrics.Sample, len(usageMetrics))
	for i, n := range usageMetrics {
		s[i].Name = n
	}
	metrics.Read(s)
	u := usage{proc: ProcessCPU()}
	if s[0].Value.Kind() == metrics.KindUint64 {
		u.alloc = s[0].Value.Uint64()
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		u.cycles = s[1].Value.Uint64()
	}
	var mark float64
	for _, x := range s[2:] {
		if x.Value.Kind() == metrics.KindFloat64 {
			mark += x.Value.Float64()
		}
	}
	u.mark = time.Duration(mark * float64(time.Second))
	return u
}

// usage is processUsage with the Redis server's CPU time.
func (e *env) usage(ctx context.Context) usage {
	u := processUsage()
	u.rds, _ = store.ServerCPU(ctx, e.rdb) // zero when unreadable: the cost shows as 0 µs in Redis
	return u
}

// costSince is the cost of each of n events (or deliveries) since u0.
func (u usage) costSince(u0 usage, n int64) Cost {
	if n <= 0 {
		return Cost{}
	}
	return Cost{Process: (u.proc - u0.proc) / time.Duration(n), Redis: (u.rds - u0.rds) / time.Duration(n),
		Alloc: int64(u.alloc-u0.alloc) / n}
}

// unanswered is a publish waiting for its acknowledgement, with the time it was due.
type unanswered struct {
	result <-chan client.Result
	due    int64 // on the clock of now
}

// publishPhase runs the publishers (paced to rate events/s in total when rate > 0, else as
// fast as the broker acknowledges within the window) and one subscriber of every
// partition for the configured duration. Every event is signed before the phase starts.
func (e *env) publishPhase(ctx context.Context, rate float64) (phase, error) {
	perSec := rate
	if perSec <= 0 {
		perSec = e.ecrecover // the broker cannot verify faster than L
	}
	total := min(int(perSec*(e.cfg.Duration+warmup+time.Second).Seconds()), maxPresign)
	keys, signed, err := e.sign(max(total/e.cfg.Publishers, 1))
	if err != nil {
		return phase{}, err
	}
	sub, err := e.dial(ctx, nil)
	if err != nil {
		return phase{}, err
	}
	defer sub.Close()
	var subs []*client.Subscription
	for p := range e.cfg.Publishers {
		s, err := sub.Subscribe(ctx, e.stream, uint32(p), client.SubscribeOptions{})
		if err != nil {
			return phase{}, err
		}
		subs = append(subs, s)
	}
	var (
		mu        sync.Mutex
		lat, acks []time.Duration
		dues      []int64 // dues[i] is when the event of lat[i] was due
		delivered atomic.Int64
		measuring atomic.Bool
		ranOut    atomic.Bool
	)
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := make([]time.Duration, 0, 1024)
			localDue := make([]int64, 0, 1024)
			for {
				select {
				case m := <-s.C():
					if !measuring.Load() {
						continue
					}
					id := idOf(m.Event.Content)
					p, i := int(id>>40), int(id&(1<<40-1))
					if p >= len(signed) || i >= len(signed[p].sent) {
						continue
					}
					delivered.Add(1)
					due := signed[p].sent[i].Load()
					local = append(local, since(due))
					localDue = append(localDue, due)
				case <-rctx.Done():
					mu.Lock()
					lat = append(lat, local...)
					dues = append(dues, localDue...)
					mu.Unlock()
					return
				}
			}
		}()
	}
	var pwg sync.WaitGroup
	var pubErr atomic.Value
	for p := range e.cfg.Publishers {
		c, err := e.dial(ctx, keys[p])
		if err != nil {
			return phase{}, err
		}
		defer c.Close()
		mine := signed[p]
		// window holds the unanswered publishes; the collector waits for them in order.
		// Acknowledgements come in publish order, so waiting in order times each of them.
		window := make(chan unanswered, e.cfg.Window)
		pwg.Add(2)
		go func() {
			defer pwg.Done()
			var local []time.Duration
			for u := range window {
				if r := <-u.result; r.Err != nil {
					pubErr.Store(r.Err)
				}
				if rate > 0 && measuring.Load() {
					local = append(local, since(u.due))
				}
			}
			mu.Lock()
			acks = append(acks, local...)
			mu.Unlock()
		}()
		go func() {
			defer pwg.Done()
			defer close(window)
			// send publishes the next event, counting its latency from due; false when the
			// publisher is to stop (the phase ended, an error, or no event signed is left).
			i := 0
			send := func(due int64) bool {
				if i == mine.len() {
					ranOut.Store(true)
					return false
				}
				mine.sent[i].Store(due)
				ch, err := c.PublishEncodedAsync(mine.encoded(i))
				i++
				if err != nil {
					pubErr.Store(err)
					return false
				}
				select {
				case window <- unanswered{result: ch, due: due}:
					return true
				case <-rctx.Done():
					return false
				}
			}
			if rate > 0 {
				// Paced (see paced): a late send (a tick's wait, or the load tool falling
				// behind) is counted against the broker, not hidden.
				paced(rctx, rate/float64(e.cfg.Publishers), func(due []int64) bool {
					for _, d := range due {
						if !send(d) {
							return false
						}
					}
					return true
				})
				return
			}
			for rctx.Err() == nil && send(now()) {
			}
		}()
	}
	time.Sleep(warmup)
	profile, tracePath := "", ""
	if rate <= 0 {
		profile = os.Getenv("BENCH_CPUPROFILE") // the sustained phase's measured window
	} else if !e.pacedDone {
		// The first paced phase's (0.5×L).
		profile, tracePath = os.Getenv("BENCH_CPUPROFILE_PACED"), os.Getenv("BENCH_TRACE_PACED")
		e.pacedDone = true
	}
	stopProfile, err := record(profile, "cpu profile", pprof.StartCPUProfile, pprof.StopCPUProfile)
	if err != nil {
		return phase{}, err
	}
	stopTrace, err := record(tracePath, "trace", trace.Start, trace.Stop)
	if err != nil {
		stopProfile()
		return phase{}, err
	}
	use0 := e.usage(ctx)
	n0 := delivered.Load()
	measuring.Store(true)
	start := time.Now()
	from := now()
	time.Sleep(e.cfg.Duration)
	measuring.Store(false)
	to := now()
	stopTrace()
	stopProfile()
	elapsed := time.Since(start)
	use1 := e.usage(ctx)
	cost := use1.costSince(use0, delivered.Load()-n0)
	cancel()
	pwg.Wait()
	wg.Wait()
	if v := pubErr.Load(); v != nil && !errors.Is(v.(error), client.ErrClosed) {
		return phase{}, fmt.Errorf("bench: publishing: %w", v.(error))
	}
	if ranOut.Load() {
		fmt.Fprintf(e.cfg.Out, "  note: publishers used up the %d events signed in advance before the phase ended\n", total)
	}
	ph := phase{rate: float64(delivered.Load()) / elapsed.Seconds(), lat: lat, acks: acks, cost: cost}
	if rate > 0 {
		ph.tail = tailOf(dues, lat, gcEndsSince(use0), from, to)
		ph.tail.GCMarkCPU = use1.mark - use0.mark
	}
	return ph, nil
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
	// got[i] counts the subscribers that received event i; the last one frees a place in
	// the window (closed loop).
	got := make([]atomic.Int32, maxFanoutEvents)
	window := make(chan struct{}, e.cfg.FanoutWindow)
	var (
		mu        sync.Mutex
		lat       []time.Duration
		delivered atomic.Int64
		measuring atomic.Bool
	)
	phaseStart := time.Now()
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []time.Duration
			for {
				select {
				case m := <-s.C():
					at, i := fanoutStamp(m.Event.Content)
					if at < monotonic(phaseStart) {
						continue // backlog of an earlier phase
					}
					if i >= 0 && i < len(got) && got[i].Add(1) == int32(n) && e.cfg.FanoutRate <= 0 {
						<-window
					}
					if measuring.Load() {
						delivered.Add(1)
						local = append(local, since(at))
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
	key, _ := crypto.GenerateKey()
	pc, err := e.dial(ctx, key)
	if err != nil {
		return err
	}
	defer pc.Close()
	pub, _ := protocol.NewPublisher(key, e.domain, protocol.PublisherConfig{})
	var tick <-chan time.Time
	if e.cfg.FanoutRate > 0 {
		t := time.NewTicker(time.Second / time.Duration(e.cfg.FanoutRate))
		defer t.Stop()
		tick = t.C
	}
	stuck := time.NewTimer(time.Hour)
	stuck.Stop()
	defer stuck.Stop()
	begin := time.Now()
	var start time.Time
	var use0 usage
	var n0 int
	sent := 0
	for i := 0; ; i++ {
		now := time.Now()
		if start.IsZero() && now.Sub(begin) >= warmup {
			use0 = e.usage(ctx)
			start, n0 = time.Now(), sent
			measuring.Store(true)
		}
		if !start.IsZero() && now.Sub(start) >= e.cfg.Duration {
			break
		}
		if i == maxFanoutEvents {
			fmt.Fprintf(e.cfg.Out, "  note: the phase's %d events were all sent before it ended\n", maxFanoutEvents)
			break
		}
		if tick != nil {
			select {
			case <-tick:
			case <-ctx.Done():
				return ctx.Err()
			}
		} else {
			stuck.Reset(10 * time.Second)
			select {
			case window <- struct{}{}:
				stuck.Stop()
			case <-ctx.Done():
				return ctx.Err()
			case <-stuck.C:
				return fmt.Errorf("bench: fan-out: event %d reached only %d of %d subscribers in 10 s", i-len(window), got[max(i-len(window), 0)].Load(), n)
			}
		}
		ev, err := pub.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentJSON, Content: fanoutContent(e.cfg.PayloadSize, monotonic(now), i)})
		if err != nil {
			return err
		}
		if _, err := pc.PublishAsync(ev); err != nil {
			return err
		}
		sent++
	}
	measuring.Store(false)
	elapsed := time.Since(start)
	use1 := e.usage(ctx)
	cancel()
	wg.Wait()
	d := delivered.Load()
	res.FanoutEventsPerSec = float64(sent-n0) / elapsed.Seconds()
	res.FanoutDeliveriesPS = float64(d) / elapsed.Seconds()
	res.FanoutP50, res.FanoutP99 = pct(lat, 50), pct(lat, 99)
	res.FanoutCost = use1.costSince(use0, d)
	return nil
}

// maxFanoutEvents bounds the events of one fan-out phase.
const maxFanoutEvents = 1 << 20

// fanoutContent is JSON content of about size bytes carrying its send time (now()) and
// number.
func fanoutContent(size int, at int64, i int) []byte {
	return padded(fmt.Appendf(nil, `{"t":"%020d","i":"%010d","p":"`, at, i), size)
}

// fanoutStamp reads what fanoutContent put into c (the time where content puts its number).
func fanoutStamp(c []byte) (int64, int) {
	if len(c) < 43 {
		return 0, -1
	}
	i := 0
	for _, d := range c[33:43] {
		i = i*10 + int(d-'0')
	}
	return idOf(c), i
}

func (e *env) samplePayload() ([]byte, error) {
	key, _ := crypto.GenerateKey()
	pub, _ := protocol.NewPublisher(key, e.domain, protocol.PublisherConfig{})
	ev, err := pub.Publish(e.stream, 0, protocol.Message{ContentType: protocol.ContentJSON, Content: content(e.cfg.PayloadSize, time.Now().UnixNano())})
	if err != nil {
		return nil, err
	}
	return protocol.Encode(ev)
}

// epoch is the origin of the load tool's timestamps: they are monotonic offsets from it,
// never wall-clock readings. The wall clock may be slewed while a phase runs (a virtual
// machine's clock correction can move it by milliseconds per second), and a send time
// derived from one reading would then differ from a delivery time read later by the
// correction as well as by the latency.
var epoch = time.Now()

// now is the current time on the load tool's clock (nanoseconds since epoch).
func now() int64 { return int64(time.Since(epoch)) }

// monotonic is t on the load tool's clock; t must carry a monotonic reading (time.Now
// and times derived from it with Add do).
func monotonic(t time.Time) int64 { return int64(t.Sub(epoch)) }

// since is the time elapsed since stamp (a now or monotonic value).
func since(stamp int64) time.Duration { return time.Duration(now() - stamp) }

// stamp puts the send time into the first 8 bytes of a copy of payload.
func stamp(payload []byte) []byte { return stampAt(payload, now()) }

// stampAt returns a copy of payload that carries at (see stamped).
func stampAt(payload []byte, at int64) []byte {
	b := slices.Clone(payload)
	binary.BigEndian.PutUint64(b, uint64(at))
	return b
}

func stamped(b []byte) time.Duration {
	if len(b) < 8 {
		return 0
	}
	return since(int64(binary.BigEndian.Uint64(b)))
}

// redisPhase appends the payload with XADD from the configured number of publishers
// (pipelines of 16, or paced at rate events/s over all of them when rate > 0) and reads
// it back with XREAD.
func redisPhase(ctx context.Context, rdb *redis.Client, cfg Config, payload []byte, rate float64) (float64, []time.Duration, error) {
	key := cfg.RedisPrefix + ":raw"
	defer rdb.Del(context.Background(), key)
	rctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	xadd := func(pipe redis.Pipeliner, b []byte) {
		pipe.XAdd(rctx, &redis.XAddArgs{Stream: key, MaxLen: 200_000, Approx: true, Values: []any{"e", b}})
	}
	var wg sync.WaitGroup
	for range cfg.Publishers {
		wg.Go(func() {
			if rate > 0 {
				paced(rctx, rate/float64(cfg.Publishers), func(due []int64) bool {
					pipe := rdb.Pipeline()
					for _, at := range due {
						xadd(pipe, stampAt(payload, at))
					}
					_, _ = pipe.Exec(rctx)
					return true
				})
				return
			}
			for rctx.Err() == nil {
				pipe := rdb.Pipeline()
				for range 16 {
					xadd(pipe, stamp(payload))
				}
				_, _ = pipe.Exec(rctx)
			}
		})
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
