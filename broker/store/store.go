// Package store keeps the events of every stream partition in Redis: one Redis Stream per
// stream partition, keyed
//
//	<prefix>:{<networkPartition>}:<stream>:<partition>
//
// with the network partition as the hash tag, so that on a Redis Cluster everything one
// network partition needs (its streams and their chain-order hashes) sits in one slot.
//
// Append checks chain order and duplicates and appends in one Lua script, atomically: per
// (publisher, message chain) the last (timestamp, sequence) is kept in a hash next to the
// stream. Reads return pages of records addressed by Offset (the Redis stream id).
//
// The store works on a single Redis and on a Redis Cluster through redis.UniversalClient.
package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/protocol"
)

// Defaults.
const (
	DefaultPrefix            = "streamr"
	DefaultNetworkPartitions = 16
	DefaultMaxPage           = 1000
	// DefaultMaxLen keeps about a million events per stream partition.
	DefaultMaxLen = 1_000_000
)

// entryField is the stream entry field that holds the encoded event.
const entryField = "e"

// Retention bounds what a stream partition keeps. Zero fields mean no bound of that kind.
// Trimming is approximate (Redis "~"): a stream may keep somewhat more than the bound.
type Retention struct {
	MaxLen int64         // entries per stream partition
	MaxAge time.Duration // by arrival time
}

// Config of a Store.
type Config struct {
	// Prefix of every key; give each deployment (and each test) its own.
	Prefix string
	// NetworkPartitions is the coordinator's network partition count (the hash tag space).
	NetworkPartitions uint32
	// Retention applies to streams without an override (see SetRetention).
	Retention Retention
	// MaxPage bounds the records one read returns.
	MaxPage int
	// ChainWindow is how long a message chain's last position is remembered at least after
	// its last event (for the duplicate and order checks); zero or negative: for ever. A
	// broker sets it from its timestamp window: an event older than that window is refused
	// as stale before it reaches the store, so forgetting a chain that has been idle for
	// longer lets no replay through, and the chain state of a busy stream does not grow for
	// good (every publisher session starts a chain). Every store on one Redis must use the
	// same ChainWindow (it names the hashes).
	ChainWindow time.Duration
	// Now is the clock that picks ChainWindow's generations (tests); nil: time.Now.
	Now func() time.Time
}

// DefaultConfig returns the defaults: prefix "streamr", 16 network partitions, a million
// events per stream partition, pages of at most 1000 records.
func DefaultConfig() Config {
	return Config{
		Prefix:            DefaultPrefix,
		NetworkPartitions: DefaultNetworkPartitions,
		Retention:         Retention{MaxLen: DefaultMaxLen},
		MaxPage:           DefaultMaxPage,
	}
}

// Record is one stored event: its offset and its binary encoding (protocol.Encode).
type Record struct {
	Offset Offset
	// Data is read-only: it shares its memory with the string the Redis client read
	// (records are delivered to every subscriber as they are, without a copy each).
	Data []byte
}

// Store is the Redis event store. It is safe for concurrent use.
type Store struct {
	rdb redis.UniversalClient
	cfg Config
	log *slog.Logger

	mu        sync.RWMutex
	retention map[common.Address]Retention

	qmu        sync.Mutex
	queues     map[string][]*Pending // appends waiting, by stream partition key
	committing bool                  // the committer runs

	keysMu sync.RWMutex
	keys   map[StreamPartition]string // Key's results

	// rawBlockMax is the longest XREAD block Tail sends as a generic command (see Tail).
	rawBlockMax time.Duration
}

// New returns a store on rdb. Zero config fields take their defaults.
func New(rdb redis.UniversalClient, cfg Config, logger *slog.Logger) *Store {
	d := DefaultConfig()
	if cfg.Prefix == "" {
		cfg.Prefix = d.Prefix
	}
	if cfg.NetworkPartitions == 0 {
		cfg.NetworkPartitions = d.NetworkPartitions
	}
	if cfg.MaxPage <= 0 {
		cfg.MaxPage = d.MaxPage
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Store{rdb: rdb, cfg: cfg, log: logger.With("component", "broker/store"),
		retention: make(map[common.Address]Retention), queues: make(map[string][]*Pending),
		keys: make(map[StreamPartition]string), rawBlockMax: rawBlockMax(rdb)}
}

// Config returns the effective configuration.
func (s *Store) Config() Config { return s.cfg }

// Client returns the Redis client.
func (s *Store) Client() redis.UniversalClient { return s.rdb }

// SetRetention overrides the retention of one stream; a zero Retention restores the default.
func (s *Store) SetRetention(stream common.Address, r Retention) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r == (Retention{}) {
		delete(s.retention, stream)
		return
	}
	s.retention[stream] = r
}

// RetentionOf returns the retention that applies to stream.
func (s *Store) RetentionOf(stream common.Address) Retention {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if r, ok := s.retention[stream]; ok {
		return r
	}
	return s.cfg.Retention
}

// NetworkPartition returns the network partition of a stream partition.
func (s *Store) NetworkPartition(stream common.Address, partition uint32) uint32 {
	return protocol.NetworkPartition(stream, partition, s.cfg.NetworkPartitions)
}

// Key returns the Redis key of a stream partition.
func (s *Store) Key(stream common.Address, partition uint32) string {
	sp := StreamPartition{stream, partition}
	s.keysMu.RLock()
	k, ok := s.keys[sp]
	s.keysMu.RUnlock()
	if ok {
		return k
	}
	k = s.key(stream, partition)
	s.keysMu.Lock()
	if len(s.keys) >= maxCachedKeys {
		clear(s.keys)
	}
	s.keys[sp] = k
	s.keysMu.Unlock()
	return k
}

// maxCachedKeys bounds the keys Key remembers (computing one hashes the stream partition).
const maxCachedKeys = 1 << 16

func (s *Store) key(stream common.Address, partition uint32) string {
	np := s.NetworkPartition(stream, partition)
	var b strings.Builder
	b.Grow(len(s.cfg.Prefix) + 64)
	b.WriteString(s.cfg.Prefix)
	b.WriteString(":{")
	b.WriteString(strconv.FormatUint(uint64(np), 10))
	b.WriteString("}:")
	// Lower-case hex, as strings.ToLower(stream.Hex()) but without the checksum's hashing.
	var hx [42]byte
	hx[0], hx[1] = '0', 'x'
	hex.Encode(hx[2:], stream[:])
	b.Write(hx[:])
	b.WriteByte(':')
	b.WriteString(strconv.FormatUint(uint64(partition), 10))
	return b.String()
}

func chainsKey(key string) string { return key + ":chains" }

// chainKeys returns the hashes that hold a stream partition's chain positions: without a
// ChainWindow one hash kept for ever; with one, that hash (read only: it held the positions
// before a ChainWindow was set, and expires once written to) and the hashes of the
// generations before, at and after the current one (each generation is ChainWindow long;
// positions are written to the current one and read from all, so a broker whose clock is up
// to a generation off still sees them, and a position stays readable for at least a
// ChainWindow after it was written).
func (s *Store) chainKeys(key string) []string {
	w := s.cfg.ChainWindow.Milliseconds()
	if w <= 0 {
		return []string{chainsKey(key)}
	}
	g := s.cfg.Now().UnixMilli() / w
	base := chainsKey(key) + ":"
	return []string{chainsKey(key), base + strconv.FormatInt(g-1, 10), base + strconv.FormatInt(g, 10), base + strconv.FormatInt(g+1, 10)}
}

// chainPos renders (timestamp, sequence) so that byte order is chain order: both zero-padded
// decimals, "%020d:%010d".
func chainPos(ts uint64, seq uint32) string {
	var b [31]byte
	for i, v := 19, ts; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	b[20] = ':'
	for i, v := 30, seq; i >= 21; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[:])
}

func chainField(e *protocol.Event) string {
	b := make([]byte, 0, 52)
	b = append(b, e.Publisher[:]...)
	b = append(b, e.MsgChainID[:]...)
	return string(b)
}

// appendScript checks chain order and appends a batch of events of one stream partition
// atomically, event by event in order, exactly as if each were appended on its own (an
// event sees the chain state its predecessors in the batch left).
//
//	KEYS[1] stream key, then the chains hash, or it and three generations' (see chainKeys)
//	ARGV[1] MAXLEN (0: none), ARGV[2] MINID (0: none), ARGV[3] chains TTL ms (0: none), then
//	per event four arguments: chain field, position "ts:seq", previous position or "", payload
//
// Returns per event two elements: "OK", id; "DUP", last; or "OOO", last. Each chain's last
// position is read once (the latest of the hashes') and written once per call, to the only
// chains hash or the current generation's (one HSET for all the chains it moved): Redis runs
// the script atomically, so nothing sees the state in between. With generations, the hash
// without one gets their expiry if it has none.
var appendScript = redis.NewScript(`
local out = {}
local last, moved, changed = {}, {}, {}
local cur = KEYS[2]
if #KEYS == 5 then cur = KEYS[4] end
for i = 4, #ARGV, 4 do
  local field, pos, prev = ARGV[i], ARGV[i+1], ARGV[i+2]
  local l = last[field]
  if l == nil then
    l = false
    for k = 2, #KEYS do
      local v = redis.call('HGET', KEYS[k], field)
      if v and (not l or v > l) then l = v end
    end
  end
  if l and pos <= l then
    out[#out+1] = 'DUP'; out[#out+1] = l
  elseif l and prev ~= l then
    out[#out+1] = 'OOO'; out[#out+1] = l
  else
    local id
    if ARGV[1] ~= '0' then
      id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i+3])
    else
      id = redis.call('XADD', KEYS[1], '*', 'e', ARGV[i+3])
    end
    l = pos
    if not moved[field] then
      moved[field] = true; changed[#changed+1] = field
    end
    out[#out+1] = 'OK'; out[#out+1] = id
  end
  last[field] = l
end
if #changed > 0 then
  local kv = {}
  for _, f in ipairs(changed) do
    kv[#kv+1] = f; kv[#kv+1] = last[f]
  end
  redis.call('HSET', cur, unpack(kv))
  if ARGV[2] ~= '0' then
    redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[2])
  end
  if ARGV[3] ~= '0' then
    redis.call('PEXPIRE', cur, ARGV[3])
    if #KEYS == 5 and redis.call('PTTL', KEYS[2]) == -1 then
      redis.call('PEXPIRE', KEYS[2], ARGV[3])
    end
  end
end
return out
`)

// Group commit bounds: one script call carries at most this many events and (beyond its
// first event) about this many payload bytes.
const (
	maxBatch      = 256
	maxBatchBytes = 1 << 20
)

// Pending is the outcome of an append submitted with Submit.
type Pending struct {
	ctx  context.Context
	e    *protocol.Event
	data []byte
	prev string // previous position or ""
	done chan struct{}
	off  Offset
	err  error
}

// Wait returns the outcome of the append (see Append). When ctx ends first it returns an
// error wrapping ErrUnavailable; the event may or may not be stored.
func (p *Pending) Wait(ctx context.Context) (Offset, error) {
	select {
	case <-p.done:
		return p.off, p.err
	case <-ctx.Done():
		return Offset{}, fmt.Errorf("%w: append: %w", ErrUnavailable, ctx.Err())
	}
}

// Append stores an event whose binary encoding is data, after checking that it continues
// its chain: its (timestamp, sequence) must follow the last stored event of the same
// (publisher, message chain), and its previous reference must point at that event. The
// first event the store sees of a chain is accepted whatever its previous reference.
// Errors wrap ErrDuplicate, ErrOutOfOrder or ErrUnavailable.
func (s *Store) Append(ctx context.Context, e *protocol.Event, data []byte) (Offset, error) {
	return s.Submit(ctx, e, data).Wait(ctx)
}

// Submit queues an append (see Append) and returns without waiting for it. Appends to one
// stream partition are applied in the order they were submitted; concurrent ones are
// committed together (group commit: one atomic script call checks and appends a batch,
// event by event). An append whose ctx has ended before it is sent is not made.
func (s *Store) Submit(ctx context.Context, e *protocol.Event, data []byte) *Pending {
	p := &Pending{ctx: ctx, e: e, data: data, done: make(chan struct{})}
	if e.HasPrev() {
		p.prev = chainPos(e.PrevTimestamp, e.PrevSequence)
	}
	key := s.Key(e.Stream, e.Partition)
	s.qmu.Lock()
	s.queues[key] = append(s.queues[key], p)
	start := !s.committing
	s.committing = true
	s.qmu.Unlock()
	if start {
		go s.commit()
	}
	return p
}

// commit runs while appends wait: each round takes a batch from every stream partition's
// queue and sends their script calls in one pipeline (one round trip for all of them),
// then settles them. One committer runs at a time, so the batches of a stream partition
// are applied in submission order.
func (s *Store) commit() {
	for {
		s.qmu.Lock()
		var calls []*appendCall
		for key, q := range s.queues {
			n, size := 0, 0
			for n < len(q) && n < maxBatch && (n == 0 || size+len(q[n].data) <= maxBatchBytes) {
				size += len(q[n].data)
				n++
			}
			calls = append(calls, &appendCall{key: key, batch: q[:n:n]})
			if n == len(q) {
				delete(s.queues, key)
			} else {
				s.queues[key] = q[n:]
			}
		}
		if len(calls) == 0 {
			s.committing = false
			s.qmu.Unlock()
			return
		}
		s.qmu.Unlock()
		s.appendBatches(calls)
	}
}

// appendCall is one script call: a batch of appends to key.
type appendCall struct {
	key   string
	batch []*Pending // live ones only, once prepared
	keys  []string   // the script's keys
	args  []any
	cmd   *redis.Cmd
}

// prepare drops the appends whose context has ended and builds the call's arguments;
// it reports whether anything is left to send.
func (s *Store) prepare(c *appendCall) bool {
	live := c.batch[:0:0]
	for _, p := range c.batch {
		if err := p.ctx.Err(); err != nil {
			p.err = fmt.Errorf("%w: append to %s: %w", ErrUnavailable, c.key, err)
			close(p.done)
			continue
		}
		live = append(live, p)
	}
	c.batch = live
	if len(live) == 0 {
		return false
	}
	ret := s.RetentionOf(live[0].e.Stream)
	var minID uint64
	var ttl int64
	if ret.MaxAge > 0 {
		if now := time.Now().Add(-ret.MaxAge).UnixMilli(); now > 0 {
			minID = uint64(now)
		}
		// Chain state outlives the events by a margin so that late replays are still caught.
		ttl = (2*ret.MaxAge + time.Hour).Milliseconds()
	}
	if w := s.cfg.ChainWindow; w > 0 {
		// A generation's hash is read until two generations after it.
		ttl = (3 * w).Milliseconds()
	}
	c.keys = append([]string{c.key}, s.chainKeys(c.key)...)
	c.args = make([]any, 0, 3+4*len(live))
	c.args = append(c.args, ret.MaxLen, minID, ttl)
	for _, p := range live {
		c.args = append(c.args, chainField(p.e), chainPos(p.e.Timestamp, p.e.Sequence), p.prev, p.data)
	}
	return true
}

// appendBatches sends the calls in one pipeline and settles every append.
func (s *Store) appendBatches(calls []*appendCall) {
	live := calls[:0:0]
	for _, c := range calls {
		if s.prepare(c) {
			live = append(live, c)
		}
	}
	if len(live) == 0 {
		return
	}
	// The round trip serves several callers: it ends with the latest of their deadlines.
	ctx := context.WithoutCancel(live[0].batch[0].ctx)
	var deadline time.Time
	unbounded := false
	for _, c := range live {
		for _, p := range c.batch {
			d, ok := p.ctx.Deadline()
			if !ok {
				unbounded = true
			} else if d.After(deadline) {
				deadline = d
			}
		}
	}
	if !unbounded {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline)
		defer cancel()
	}
	pipe := s.rdb.Pipeline()
	for _, c := range live {
		c.cmd = appendScript.EvalSha(ctx, pipe, c.keys, c.args...)
	}
	_, _ = pipe.Exec(ctx)
	for _, c := range live {
		if err := c.cmd.Err(); err != nil && redis.HasErrorPrefix(err, "NOSCRIPT") {
			// The server lost its scripts (restart, SCRIPT FLUSH): send it the script. The
			// call did not run, so running it again is safe.
			c.cmd = appendScript.Eval(ctx, s.rdb, c.keys, c.args...)
		}
		res, err := c.cmd.Slice()
		if err == nil && len(res) != 2*len(c.batch) {
			err = fmt.Errorf("unexpected reply %v", res)
		}
		for i, p := range c.batch {
			if err != nil {
				p.err = fmt.Errorf("%w: append to %s: %w", ErrUnavailable, c.key, err)
			} else {
				p.off, p.err = settle(p, res[2*i], res[2*i+1])
			}
			close(p.done)
		}
	}
}

func settle(p *Pending, st, v any) (Offset, error) {
	status, _ := st.(string)
	val, _ := v.(string)
	switch status {
	case "OK":
		return ParseOffset(val)
	case "DUP":
		return Offset{}, fmt.Errorf("%w: %s is not after the chain's last event %s", ErrDuplicate,
			chainPos(p.e.Timestamp, p.e.Sequence), val)
	case "OOO":
		prev := p.prev
		if prev == "" {
			prev = "none"
		}
		return Offset{}, fmt.Errorf("%w: previous reference %s, the chain's last event is %s", ErrOutOfOrder, prev, val)
	}
	return Offset{}, fmt.Errorf("%w: append: unexpected status %q", ErrUnavailable, status)
}

// Query selects records of one stream partition: From and To are inclusive; a zero To means
// the end. Limit bounds the records returned (0 or above MaxPage: MaxPage).
type Query struct {
	From  Offset
	To    Offset
	Limit int
}

// Page is the result of a read. When More is set, Next is the From of the following page.
type Page struct {
	Records []Record
	More    bool
	Next    Offset
}

func (s *Store) limit(n int) int {
	if n <= 0 || n > s.cfg.MaxPage {
		return s.cfg.MaxPage
	}
	return n
}

// Range reads records in [q.From, q.To] in offset order.
func (s *Store) Range(ctx context.Context, stream common.Address, partition uint32, q Query) (Page, error) {
	key := s.Key(stream, partition)
	n := s.limit(q.Limit)
	end := "+"
	if !q.To.IsZero() && q.To != MaxOffset {
		end = q.To.String()
	}
	msgs, err := s.rdb.XRangeN(ctx, key, q.From.String(), end, int64(n+1)).Result()
	if err != nil {
		return Page{}, fmt.Errorf("%w: range %s: %w", ErrUnavailable, key, err)
	}
	recs, err := toRecords(msgs)
	if err != nil {
		return Page{}, err
	}
	var p Page
	if len(recs) > n {
		p.More = true
		p.Next = recs[n].Offset
		recs = recs[:n]
	}
	p.Records = recs
	return p, nil
}

// Last reads the last n records (n capped at MaxPage), oldest first.
func (s *Store) Last(ctx context.Context, stream common.Address, partition uint32, n int) ([]Record, error) {
	key := s.Key(stream, partition)
	msgs, err := s.rdb.XRevRangeN(ctx, key, "+", "-", int64(s.limit(n))).Result()
	if err != nil {
		return nil, fmt.Errorf("%w: last %s: %w", ErrUnavailable, key, err)
	}
	recs, err := toRecords(msgs)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(recs)-1; i < j; i, j = i+1, j-1 {
		recs[i], recs[j] = recs[j], recs[i]
	}
	return recs, nil
}

// Info describes one stream partition.
type Info struct {
	Length int64  `json:"length"`
	First  Offset `json:"first"`
	Last   Offset `json:"last"`
}

// Info returns the length and the first and last offsets of a stream partition (zero when
// empty or absent).
func (s *Store) Info(ctx context.Context, stream common.Address, partition uint32) (Info, error) {
	key := s.Key(stream, partition)
	pipe := s.rdb.Pipeline()
	l := pipe.XLen(ctx, key)
	first := pipe.XRangeN(ctx, key, "-", "+", 1)
	last := pipe.XRevRangeN(ctx, key, "+", "-", 1)
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return Info{}, fmt.Errorf("%w: info %s: %w", ErrUnavailable, key, err)
	}
	var info Info
	info.Length = l.Val()
	if m := first.Val(); len(m) == 1 {
		info.First, _ = ParseOffset(m[0].ID)
	}
	if m := last.Val(); len(m) == 1 {
		info.Last, _ = ParseOffset(m[0].ID)
	}
	return info, nil
}

// LastOffset returns the offset of the last record of a stream partition (zero if empty).
func (s *Store) LastOffset(ctx context.Context, stream common.Address, partition uint32) (Offset, error) {
	key := s.Key(stream, partition)
	m, err := s.rdb.XRevRangeN(ctx, key, "+", "-", 1).Result()
	if err != nil {
		return Offset{}, fmt.Errorf("%w: last offset %s: %w", ErrUnavailable, key, err)
	}
	if len(m) == 0 {
		return Offset{}, nil
	}
	return ParseOffset(m[0].ID)
}

// Delete removes the events and chain state of partitions [0, partitions) of a stream.
func (s *Store) Delete(ctx context.Context, stream common.Address, partitions uint32) error {
	for p := range partitions {
		key := s.Key(stream, p)
		// The chains hashes read now (older generations expire).
		keys := append([]string{key}, s.chainKeys(key)...)
		if err := s.rdb.Del(ctx, keys...).Err(); err != nil {
			return fmt.Errorf("%w: delete %s: %w", ErrUnavailable, key, err)
		}
	}
	return nil
}

// Cursor is one stream partition key and the offset after which to read.
type Cursor struct {
	Key   string
	After Offset
}

// Tail blocks up to block for records after each cursor (XREAD BLOCK). All keys must share a
// network partition (one slot on a Cluster). It returns the records per key, or nil when the
// block elapsed without any.
//
// It reads the reply as go-redis's generic values rather than its XStream type, which
// builds a map per entry (a third of what tailing allocated); go-redis extends its read
// deadline only for its typed blocking commands, so a block too long for the client's read
// timeout (or none at all: 0) takes the typed command.
func (s *Store) Tail(ctx context.Context, cursors []Cursor, count int, block time.Duration) (map[string][]Record, error) {
	if len(cursors) == 0 {
		return nil, nil
	}
	if block >= 0 && (block == 0 || block > s.rawBlockMax) {
		return s.tailTyped(ctx, cursors, count, block)
	}
	args := make([]any, 0, 6+2*len(cursors))
	args = append(args, "xread", "count", s.limit(count))
	if block >= 0 {
		args = append(args, "block", block.Milliseconds())
	}
	args = append(args, "streams")
	first := len(args)
	for _, c := range cursors {
		args = append(args, c.Key)
	}
	for _, c := range cursors {
		args = append(args, c.After.String())
	}
	cmd := redis.NewCmd(ctx, args...)
	cmd.SetFirstKeyPos(int8(min(first, 127)))
	_ = s.rdb.Process(ctx, cmd)
	v, err := cmd.Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: tail: %w", ErrUnavailable, err)
	}
	out, err := parseXRead(v)
	if err != nil {
		return nil, fmt.Errorf("%w: tail: %w", ErrUnavailable, err)
	}
	return out, nil
}

// rawBlockMax is the longest XREAD block that ends a second inside rdb's read timeout
// (go-redis's default 3 s for 0; no bound for negative ones); zero for clients whose
// options are not known.
func rawBlockMax(rdb redis.UniversalClient) time.Duration {
	var rt time.Duration
	switch c := rdb.(type) {
	case *redis.Client:
		rt = c.Options().ReadTimeout
	case *redis.ClusterClient:
		rt = c.Options().ReadTimeout
	default:
		return 0
	}
	switch {
	case rt < 0:
		return math.MaxInt64
	case rt == 0:
		rt = 3 * time.Second
	}
	return max(rt-time.Second, 0)
}

// parseXRead reads an XREAD reply: a map of stream key to entries (RESP3) or an array of
// [key, entries] pairs (RESP2).
func parseXRead(v any) (map[string][]Record, error) {
	switch r := v.(type) {
	case map[any]any:
		out := make(map[string][]Record, len(r))
		for k, entries := range r {
			key, ok := k.(string)
			if !ok {
				return nil, fmt.Errorf("unexpected stream key %T", k)
			}
			recs, err := parseEntries(entries)
			if err != nil {
				return nil, err
			}
			out[key] = recs
		}
		return out, nil
	case []any:
		out := make(map[string][]Record, len(r))
		for _, kv := range r {
			pair, ok := kv.([]any)
			if !ok || len(pair) != 2 {
				return nil, fmt.Errorf("unexpected stream reply %v", kv)
			}
			key, ok := pair[0].(string)
			if !ok {
				return nil, fmt.Errorf("unexpected stream key %T", pair[0])
			}
			recs, err := parseEntries(pair[1])
			if err != nil {
				return nil, err
			}
			out[key] = recs
		}
		return out, nil
	}
	return nil, fmt.Errorf("unexpected XREAD reply %T", v)
}

// parseEntries reads stream entries, each [id, [field, value, ...]], into records; an entry
// without the event field has no data (as toRecords).
func parseEntries(v any) ([]Record, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("unexpected entries %T", v)
	}
	recs := make([]Record, 0, len(list))
	for _, it := range list {
		entry, ok := it.([]any)
		if !ok || len(entry) < 2 {
			return nil, fmt.Errorf("unexpected entry %v", it)
		}
		id, ok := entry[0].(string)
		if !ok {
			return nil, fmt.Errorf("unexpected entry id %T", entry[0])
		}
		off, err := ParseOffset(id)
		if err != nil {
			return nil, err
		}
		var data []byte
		fields, _ := entry[1].([]any)
		for i := 0; i+1 < len(fields); i += 2 {
			if f, _ := fields[i].(string); f == entryField {
				if d, ok := fields[i+1].(string); ok {
					data = unsafe.Slice(unsafe.StringData(d), len(d)) // read-only: see Record
				}
				break
			}
		}
		recs = append(recs, Record{Offset: off, Data: data})
	}
	return recs, nil
}

// tailTyped is Tail through go-redis's XRead.
func (s *Store) tailTyped(ctx context.Context, cursors []Cursor, count int, block time.Duration) (map[string][]Record, error) {
	streams := make([]string, 2*len(cursors))
	for i, c := range cursors {
		streams[i] = c.Key
		streams[len(cursors)+i] = c.After.String()
	}
	res, err := s.rdb.XRead(ctx, &redis.XReadArgs{Streams: streams, Count: int64(s.limit(count)), Block: block}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: tail: %w", ErrUnavailable, err)
	}
	out := make(map[string][]Record, len(res))
	for _, st := range res {
		recs, err := toRecords(st.Messages)
		if err != nil {
			return nil, err
		}
		out[st.Stream] = recs
	}
	return out, nil
}

func toRecords(msgs []redis.XMessage) ([]Record, error) {
	recs := make([]Record, 0, len(msgs))
	for _, m := range msgs {
		off, err := ParseOffset(m.ID)
		if err != nil {
			return nil, err
		}
		v, _ := m.Values[entryField].(string)
		recs = append(recs, Record{Offset: off, Data: unsafe.Slice(unsafe.StringData(v), len(v))}) // read-only: see Record
	}
	return recs, nil
}

// StreamPartition names one stored stream partition.
type StreamPartition struct {
	Stream    common.Address
	Partition uint32
}

// Partitions lists the stream partitions stored under network partition np (SCAN; on a
// Cluster every master is scanned).
func (s *Store) Partitions(ctx context.Context, np uint32) ([]StreamPartition, error) {
	prefix := s.cfg.Prefix + ":{" + strconv.FormatUint(uint64(np), 10) + "}:"
	pattern := prefix + "0x*"
	var mu sync.Mutex
	seen := make(map[StreamPartition]bool)
	scan := func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, pattern, 1000).Iterator()
		for iter.Next(ctx) {
			rest := strings.TrimPrefix(iter.Val(), prefix)
			addr, part, ok := strings.Cut(rest, ":")
			if !ok || !common.IsHexAddress(addr) {
				continue
			}
			p, err := strconv.ParseUint(part, 10, 32)
			if err != nil {
				continue // the chains hash and other keys
			}
			mu.Lock()
			seen[StreamPartition{common.HexToAddress(addr), uint32(p)}] = true
			mu.Unlock()
		}
		return iter.Err()
	}
	var err error
	if cc, ok := s.rdb.(*redis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *redis.Client) error { return scan(ctx, c) })
	} else {
		err = scan(ctx, s.rdb)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: scanning %s: %w", ErrUnavailable, pattern, err)
	}
	out := make([]StreamPartition, 0, len(seen))
	for sp := range seen {
		out = append(out, sp)
	}
	return out, nil
}

// ServerCPU returns the CPU time the Redis server has used since it started (INFO cpu:
// used_cpu_sys + used_cpu_user), for measuring what a workload costs Redis. On a Cluster it
// is the node the command reaches.
func ServerCPU(ctx context.Context, rdb redis.UniversalClient) (time.Duration, error) {
	info, err := rdb.Info(ctx, "cpu").Result()
	if err != nil {
		return 0, fmt.Errorf("%w: info cpu: %w", ErrUnavailable, err)
	}
	var t time.Duration
	for line := range strings.SplitSeq(info, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && (k == "used_cpu_sys" || k == "used_cpu_user") {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return 0, fmt.Errorf("%w: info cpu: %s: %w", ErrUnavailable, line, err)
			}
			t += time.Duration(f * float64(time.Second))
		}
	}
	return t, nil
}
