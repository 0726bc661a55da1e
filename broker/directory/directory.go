// Package directory keeps the list of streams of a StreamRegistry, for stream search. It
// follows the registry's StreamCreated and StreamDeleted events by polling eth_getLogs (from
// the registry's deployment block, in bounded block ranges; every poll reads the last
// Config.ReorgDepth blocks again, undoing the events of blocks a reorganisation replaced)
// and answers name searches from memory, newest stream first, a page at a time.
//
// A stream's name is "<creator>/<path>" (the creator in lower-case hex), as the registry
// names it; searching matches text anywhere in the name, case-insensitively.
package directory

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/internal/logwindow"
)

// Sentinel errors.
var (
	// ErrSyncing: the directory has not read the registry's history up to the chain head yet.
	ErrSyncing = errors.New("directory: still reading the registry's history")
	// ErrBadQuery: a malformed query (limit out of range, bad cursor).
	ErrBadQuery = errors.New("directory: bad query")
)

// Backend is what the directory needs from a chain client.
type Backend interface {
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
}

// Config of a Directory.
type Config struct {
	// Registry is the StreamRegistry followed.
	Registry common.Address
	// FromBlock is where reading starts (the registry's deployment block).
	FromBlock uint64
	// PollInterval is how often the chain is polled for new events.
	PollInterval time.Duration
	// MaxRange bounds the blocks of one eth_getLogs request.
	MaxRange uint64
	// ReorgDepth is how many recent blocks every poll reads again: events of blocks that were
	// replaced are undone, those of the blocks that replaced them applied (once per block
	// hash).
	ReorgDepth uint64
}

// DefaultConfig: poll every second, 10,000 blocks per request, the last 12 blocks read again.
func DefaultConfig() Config {
	return Config{PollInterval: time.Second, MaxRange: 10_000, ReorgDepth: 12}
}

// MaxLimit bounds the streams of one page.
const MaxLimit = 200

// Entry is one stream of the registry.
type Entry struct {
	Stream     common.Address `json:"stream"`
	Name       string         `json:"name"`
	Creator    common.Address `json:"creator"`
	Path       string         `json:"path"`
	Partitions uint32         `json:"partitions"` // at creation
	Block      uint64         `json:"block"`      // of the creation
	logIndex   uint
	id         logwindow.ID // of the creation log
	lower      string       // Name in lower case
}

// Query selects streams. The zero Query lists the newest 50 streams.
type Query struct {
	Text    string         // part of the name, any case ("" matches every stream)
	Creator common.Address // zero: any creator
	Limit   int            // 1..MaxLimit; 0: 50
	Cursor  string         // Next of the previous page
}

// Page is one page of results, newest first; Next, when set, continues the search.
type Page struct {
	Streams []Entry `json:"streams"`
	Next    string  `json:"next,omitempty"`
}

// Directory is the stream list. It is safe for concurrent use.
type Directory struct {
	b   Backend
	cfg Config
	log *slog.Logger

	created, deleted common.Hash
	parse            *streamregistry.StreamRegistryFilterer

	mu      sync.RWMutex
	entries []Entry // in creation order; deleted streams removed
	index   map[common.Address]int
	synced  bool   // read up to the head seen at Start
	next    uint64 // first block not read yet
	// win keeps, with each deletion applied while its block may still be replaced, the
	// stream it removed (nil: none).
	win *logwindow.Window[*Entry]

	streams prometheus.Gauge
	errs    prometheus.Counter

	cancel context.CancelFunc
	done   chan struct{}
}

// New returns a directory; Start begins reading. reg may be nil.
func New(b Backend, cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*Directory, error) {
	d := DefaultConfig()
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = d.PollInterval
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = d.MaxRange
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = d.ReorgDepth
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	abi, err := streamregistry.StreamRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("directory: registry ABI: %w", err)
	}
	f, err := streamregistry.NewStreamRegistryFilterer(cfg.Registry, nil)
	if err != nil {
		return nil, fmt.Errorf("directory: %w", err)
	}
	dir := &Directory{b: b, cfg: cfg, log: logger.With("component", "broker/directory"),
		created: abi.Events["StreamCreated"].ID, deleted: abi.Events["StreamDeleted"].ID, parse: f,
		index: make(map[common.Address]int), next: cfg.FromBlock, win: logwindow.New[*Entry](cfg.ReorgDepth),
		streams: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "streamr", Subsystem: "broker_directory",
			Name: "streams", Help: "Streams of the registry known to this broker."}),
		errs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "streamr", Subsystem: "broker_directory",
			Name: "chain_errors_total", Help: "Failed reads of registry events."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{dir.streams, dir.errs} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("directory: metrics: %w", err)
			}
		}
	}
	return dir, nil
}

// Start reads the registry's history in the background, then follows new blocks until
// Close; Search answers ErrSyncing until the history is read.
func (d *Directory) Start(ctx context.Context) error {
	ctx, d.cancel = context.WithCancel(context.WithoutCancel(ctx))
	d.done = make(chan struct{})
	go d.run(ctx)
	return nil
}

// Close stops following the chain.
func (d *Directory) Close() error {
	if d.cancel != nil {
		d.cancel()
		<-d.done
	}
	return nil
}

func (d *Directory) run(ctx context.Context) {
	defer close(d.done)
	t := time.NewTicker(d.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := d.catchUp(ctx); err != nil && ctx.Err() == nil {
			d.errs.Inc()
			d.log.Warn("reading registry events failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catchUp reads every block from d.next (less ReorgDepth: a reorganisation may have
// replaced them) to the current head, MaxRange blocks at a time.
func (d *Directory) catchUp(ctx context.Context) error {
	head, err := d.b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	d.mu.RLock()
	from := d.win.From(d.cfg.FromBlock, d.next)
	d.mu.RUnlock()
	start := time.Now()
	for from <= head {
		to := min(head, from+d.cfg.MaxRange-1)
		logs, err := d.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{d.cfg.Registry},
			Topics:    [][]common.Hash{{d.created, d.deleted}},
		})
		if err != nil {
			return fmt.Errorf("logs of blocks %d–%d: %w", from, to, err)
		}
		d.apply(logs, from, to)
		if !d.isSynced() && time.Since(start) > 5*time.Second {
			d.log.Info("reading the registry's history", "block", to, "head", head)
			start = time.Now()
		}
		from = to + 1
	}
	d.mu.Lock()
	if !d.synced {
		d.synced = true
		d.log.Info("stream directory ready", "streams", len(d.entries), "head", head)
	}
	d.mu.Unlock()
	return nil
}

func (d *Directory) isSynced() bool {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.synced
}

// apply brings the directory to the logs of blocks from..to (in chain order): events it
// applied earlier from these blocks that are no longer there (a reorganisation replaced
// their block) are undone, newest first; new ones are applied. It then moves the read
// position past to.
func (d *Directory) apply(logs []types.Log, from, to uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	fresh, gone, kept := d.win.Update(from, to, logs)
	for i, l := range gone {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case d.created:
			if ev, err := d.parse.ParseStreamCreated(l); err == nil {
				if j, ok := d.index[ev.Stream]; ok && d.entries[j].id == logwindow.IDOf(l) {
					d.remove(ev.Stream)
				}
			}
		case d.deleted:
			if e := kept[i]; e != nil {
				if _, listed := d.index[e.Stream]; !listed {
					d.insert(*e)
				}
			}
		}
	}
	for _, l := range fresh {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case d.created:
			ev, err := d.parse.ParseStreamCreated(l)
			if err != nil {
				d.log.Warn("undecodable StreamCreated", "tx", l.TxHash, "err", err)
				continue
			}
			name := strings.ToLower(ev.Owner.Hex()) + "/" + ev.Path
			d.remove(ev.Stream) // seen before at another position: a reorganisation moved it
			d.insert(Entry{Stream: ev.Stream, Name: name, Creator: ev.Owner, Path: ev.Path, Partitions: ev.Partitions,
				Block: l.BlockNumber, logIndex: l.Index, id: logwindow.IDOf(l), lower: strings.ToLower(name)})
		case d.deleted:
			ev, err := d.parse.ParseStreamDeleted(l)
			if err != nil {
				d.log.Warn("undecodable StreamDeleted", "tx", l.TxHash, "err", err)
				continue
			}
			if i, ok := d.index[ev.Stream]; ok {
				e := d.entries[i]
				d.win.Keep(l, &e)
				d.remove(ev.Stream)
			}
		}
	}
	d.next = max(d.next, to+1)
	d.streams.Set(float64(len(d.entries)))
}

// insert adds a stream at its place in chain order.
func (d *Directory) insert(e Entry) {
	i := d.position(e.Block, e.logIndex)
	d.entries = slices.Insert(d.entries, i, e)
	for j := i; j < len(d.entries); j++ {
		d.index[d.entries[j].Stream] = j
	}
}

// position is the index of the first entry at or after (block, log index) in chain order.
func (d *Directory) position(block uint64, idx uint) int {
	return sort.Search(len(d.entries), func(i int) bool {
		e := d.entries[i]
		return cmp.Or(cmp.Compare(e.Block, block), cmp.Compare(e.logIndex, idx)) >= 0
	})
}

// remove drops a stream, keeping the others in chain order.
func (d *Directory) remove(s common.Address) {
	i, ok := d.index[s]
	if !ok {
		return
	}
	d.entries = slices.Delete(d.entries, i, i+1)
	delete(d.index, s)
	for j := i; j < len(d.entries); j++ {
		d.index[d.entries[j].Stream] = j
	}
}

// cursor renders the position of an entry: "<block>.<log index>".
func (e Entry) cursor() string {
	return strconv.FormatUint(e.Block, 10) + "." + strconv.FormatUint(uint64(e.logIndex), 10)
}

func parseCursor(c string) (uint64, uint, error) {
	b, i, ok := strings.Cut(c, ".")
	block, err1 := strconv.ParseUint(b, 10, 64)
	idx, err2 := strconv.ParseUint(i, 10, 32)
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("%w: cursor %q is not one this API returned", ErrBadQuery, c)
	}
	return block, uint(idx), nil
}

// Search returns the newest streams matching q, at most q.Limit of them.
func (d *Directory) Search(q Query) (Page, error) {
	if q.Limit == 0 {
		q.Limit = 50
	}
	if q.Limit < 1 || q.Limit > MaxLimit {
		return Page{}, fmt.Errorf("%w: limit %d, want 1..%d", ErrBadQuery, q.Limit, MaxLimit)
	}
	block, idx := uint64(1<<63), uint(0)
	if q.Cursor != "" {
		var err error
		if block, idx, err = parseCursor(q.Cursor); err != nil {
			return Page{}, err
		}
	}
	text := strings.ToLower(q.Text)
	d.mu.RLock()
	defer d.mu.RUnlock()
	if !d.synced {
		return Page{}, fmt.Errorf("%w (at block %d)", ErrSyncing, d.next)
	}
	page := Page{Streams: []Entry{}}
	for i := d.position(block, idx) - 1; i >= 0; i-- { // from just before the cursor
		e := d.entries[i]
		if (q.Creator != common.Address{} && e.Creator != q.Creator) || !strings.Contains(e.lower, text) {
			continue
		}
		if len(page.Streams) == q.Limit {
			page.Next = page.Streams[len(page.Streams)-1].cursor()
			break
		}
		page.Streams = append(page.Streams, e)
	}
	return page, nil
}

// Len returns how many streams the directory holds.
func (d *Directory) Len() int {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return len(d.entries)
}
