// Package client is the Go client of the broker's WebSocket API. It signs in with the
// client's key, publishes signed events (numbered into message chains and partitioned by
// broker/protocol), subscribes with resend, and survives broker failures: it reconnects
// (failing over across a list of URLs), resends unacknowledged publishes (a DUPLICATE reply
// then counts as the acknowledgement) and resumes every subscription from the last offset it
// received, so nothing is lost or delivered twice. Per message chain it detects gaps.
//
// Publishes are written by one writer per connection: those queued while a frame is being
// written go out together in the next one, as a publish batch, and delivery batches from
// the broker are unpacked in order. Nothing waits to fill a batch.
package client

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// Config of a Client.
type Config struct {
	// URLs of brokers' /ws endpoints (ws://host:port/ws); the client uses the first that
	// answers and fails over to the others.
	URLs []string
	// Key signs events and the sign-in; nil makes an anonymous subscriber that cannot publish.
	Key *ecdsa.PrivateKey
	// Domain is the EIP-712 domain of events (chain id, StreamRegistry).
	Domain *protocol.Domain
	// MaxFrameSize bounds an outgoing event (the broker closes connections on larger frames).
	MaxFrameSize int
	// BackoffMin and BackoffMax bound the pause between reconnection attempts.
	BackoffMin, BackoffMax time.Duration
	// QueueSize bounds each subscription's message channel; a full channel pauses reading
	// from the broker (which may then cut the subscription off; the client resumes it).
	QueueSize int
	Logger    *slog.Logger
}

// Message is a received event with its offset.
type Message struct {
	Offset store.Offset
	Event  *protocol.Event
}

// Gap reports missing events of one message chain: Message's previous reference is
// (PrevTimestamp, PrevSequence) but the last event seen of the chain was (LastTimestamp,
// LastSequence).
type Gap struct {
	Message                     Message
	LastTimestamp, LastSequence uint64
}

// Client is a broker connection manager. It is safe for concurrent use.
type Client struct {
	cfg Config
	log *slog.Logger
	pub *protocol.Publisher

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	ids    atomic.Uint64

	mu        sync.Mutex
	conn      *websocket.Conn
	connected chan struct{} // closed while a signed-in connection exists
	url       int
	pending   map[pubKey]*pendingPub
	order     []*pendingPub // unanswered publishes in publish order (resent on reconnect)
	outq      []*pendingPub // publishes not yet written on the current connection
	outWake   chan struct{} // signals the current connection's writer
	subs      map[subKey]*Subscription
	waiters   map[string]chan *api.Control
	reconnect int
	sessions  int
}

type pubKey struct {
	stream    common.Address
	partition uint32
	chain     [32]byte
	ts        uint64
	seq       uint32
}

type pendingPub struct {
	key  pubKey
	data []byte
	done chan Result // buffered, receives exactly one result
}

type subKey struct {
	stream    common.Address
	partition uint32
}

// Dial connects to a broker and signs in; the client then keeps itself connected until
// Close.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if len(cfg.URLs) == 0 {
		return nil, ErrNoURL
	}
	if cfg.MaxFrameSize <= 0 {
		cfg.MaxFrameSize = protocol.DefaultMaxContentSize + 4096
	}
	if cfg.BackoffMin <= 0 {
		cfg.BackoffMin = 50 * time.Millisecond
	}
	if cfg.BackoffMax <= 0 {
		cfg.BackoffMax = 5 * time.Second
	}
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = 4096
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{cfg: cfg, log: cfg.Logger.With("component", "broker/client"), connected: make(chan struct{}),
		pending: make(map[pubKey]*pendingPub), subs: make(map[subKey]*Subscription), waiters: make(map[string]chan *api.Control)}
	if cfg.Key != nil {
		if cfg.Domain == nil {
			return nil, fmt.Errorf("client: a publishing client needs the EIP-712 domain")
		}
		p, err := protocol.NewPublisher(cfg.Key, cfg.Domain, protocol.PublisherConfig{})
		if err != nil {
			return nil, err
		}
		c.pub = p
	}
	c.ctx, c.cancel = context.WithCancel(context.Background())
	first := make(chan error, 1)
	c.wg.Add(1)
	go c.run(first)
	select {
	case err := <-first:
		if err != nil {
			c.Close()
			return nil, err
		}
		return c, nil
	case <-ctx.Done():
		c.Close()
		return nil, ctx.Err()
	}
}

// Close ends every subscription and fails pending publishes with ErrClosed.
func (c *Client) Close() error {
	c.cancel()
	c.mu.Lock()
	if c.conn != nil {
		_ = c.conn.Close(websocket.StatusNormalClosure, "")
	}
	c.mu.Unlock()
	c.wg.Wait()
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range c.order {
		p.done <- Result{Err: ErrClosed}
	}
	c.order, c.pending = nil, map[pubKey]*pendingPub{}
	for k, s := range c.subs {
		s.end(ErrClosed)
		delete(c.subs, k)
	}
	return nil
}

// Address returns the client's address (zero when anonymous).
func (c *Client) Address() common.Address {
	if c.pub == nil {
		return common.Address{}
	}
	return c.pub.Address()
}

// Reconnects returns how many times the client reconnected.
func (c *Client) Reconnects() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reconnect
}

func (c *Client) run(first chan<- error) {
	defer c.wg.Done()
	backoff := c.cfg.BackoffMin
	attempts := 0
	for c.ctx.Err() == nil {
		c.mu.Lock()
		url := c.cfg.URLs[c.url%len(c.cfg.URLs)]
		c.mu.Unlock()
		err := c.session(url, func() {
			backoff = c.cfg.BackoffMin
			attempts = 0
			if first != nil {
				first <- nil
				first = nil
			}
		})
		if c.ctx.Err() != nil {
			break
		}
		attempts++
		if errors.Is(err, ErrProtocol) {
			c.log.Warn("broker speaks another protocol version", "url", url, "err", err)
		} else {
			c.log.Debug("broker connection ended", "url", url, "err", err)
		}
		c.mu.Lock()
		c.url++ // fail over to the next URL
		c.mu.Unlock()
		if first != nil && attempts >= 2*len(c.cfg.URLs) {
			first <- fmt.Errorf("client: connecting to %v: %w", c.cfg.URLs, err)
			return
		}
		select {
		case <-c.ctx.Done():
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, c.cfg.BackoffMax)
	}
	if first != nil {
		first <- ErrClosed
	}
}

// refusal adds the broker's reason (the detail of its problem+json answer) to a failed
// WebSocket handshake.
func refusal(err error, resp *http.Response) error {
	if resp == nil || resp.Body == nil {
		return err
	}
	var p struct {
		Detail string `json:"detail"`
	}
	if b, rerr := io.ReadAll(io.LimitReader(resp.Body, 1024)); rerr == nil && json.Unmarshal(b, &p) == nil && p.Detail != "" {
		if strings.Contains(p.Detail, "subprotocol") {
			return fmt.Errorf("%w: %s", ErrProtocol, p.Detail)
		}
		return fmt.Errorf("%w: %s", err, p.Detail)
	}
	return err
}

// session runs one connection: sign in, restore subscriptions and publishes, then read.
func (c *Client) session(url string, up func()) error {
	ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
	conn, resp, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{api.Subprotocol}})
	cancel()
	if err != nil {
		return refusal(err, resp)
	}
	if p := conn.Subprotocol(); p != api.Subprotocol {
		conn.CloseNow()
		if p == "" {
			p = "no subprotocol"
		}
		return fmt.Errorf("%w: the broker at %s answered with %s; this client speaks %s", ErrProtocol, url, p, api.Subprotocol)
	}
	conn.SetReadLimit(int64(protocol.HardMaxContentSize + 4096))
	defer conn.CloseNow()
	// The first frame is the challenge.
	ctx, cancel = context.WithTimeout(c.ctx, 10*time.Second)
	defer cancel()
	_, b, err := conn.Read(ctx)
	if err != nil {
		return err
	}
	var ch api.Control
	if err := json.Unmarshal(b, &ch); err != nil || ch.Type != api.TypeChallenge {
		return fmt.Errorf("client: expected a challenge: %s", b)
	}
	if c.cfg.Key != nil {
		sig, err := api.SignIn(&ch, c.cfg.Key)
		if err != nil {
			return err
		}
		addr := c.pub.Address()
		if err := writeJSON(ctx, conn, &api.Control{Type: api.TypeAuth, ID: "auth", Nonce: ch.Nonce, Address: &addr, Signature: sig}); err != nil {
			return err
		}
		for {
			_, b, err := conn.Read(ctx)
			if err != nil {
				return err
			}
			var r api.Control
			if err := json.Unmarshal(b, &r); err != nil {
				return err
			}
			if r.Type == api.TypeAuthenticated {
				break
			}
			if r.Type == api.TypeError {
				return &BrokerError{Code: r.Code, Message: r.Message}
			}
		}
	}
	// Signed in: restore state, then publish the connection.
	c.mu.Lock()
	for _, s := range c.subs {
		req := s.resumeRequest()
		if err := writeJSON(ctx, conn, req); err != nil {
			c.mu.Unlock()
			return err
		}
	}
	// Unanswered publishes are sent again, in order; answers to any that were stored
	// before arrive as DUPLICATE, which counts as the acknowledgement.
	if _, err := c.writePublishes(ctx, conn, c.order, nil, writeFrame); err != nil {
		c.mu.Unlock()
		return err
	}
	c.outq = nil
	wake := make(chan struct{}, 1)
	c.outWake = wake
	stopWriter := make(chan struct{})
	writerDone := make(chan struct{})
	go c.writeLoop(conn, wake, stopWriter, writerDone)
	defer func() { close(stopWriter); _ = conn.CloseNow(); <-writerDone }()
	if c.sessions > 0 {
		c.reconnect++
	}
	c.sessions++
	c.conn = conn
	close(c.connected)
	c.mu.Unlock()
	up()
	defer func() {
		c.mu.Lock()
		c.conn = nil
		c.connected = make(chan struct{})
		c.mu.Unlock()
	}()
	rd := api.NewReader(conn, 1<<20) // a broker's delivery frames reach 256 KiB
	// Reads go without a context per frame (coder/websocket would watch each one); Close
	// ends them by closing the connection.
	defer context.AfterFunc(c.ctx, func() { _ = conn.CloseNow() })()
	for {
		// Nothing keeps a frame's bytes: events are decoded into copies, acks and controls
		// parsed.
		typ, b, err := rd.View(context.Background())
		if err != nil {
			return err
		}
		if typ == websocket.MessageBinary {
			if len(b) > 0 && b[0] == api.AckTag {
				c.onAcks(b)
			} else {
				c.onDeliveries(b)
			}
			continue
		}
		var r api.Control
		if err := json.Unmarshal(b, &r); err != nil {
			c.log.Warn("bad control message from broker", "err", err)
			continue
		}
		c.onControl(&r)
	}
}

func writeJSON(ctx context.Context, conn *websocket.Conn, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return conn.Write(ctx, websocket.MessageText, b)
}

// send writes a text control on the current connection; when disconnected it is dropped
// (subscriptions are restored on reconnect).
func (c *Client) send(v *api.Control) error {
	c.mu.Lock()
	conn := c.conn
	c.mu.Unlock()
	if conn == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(c.ctx, 10*time.Second)
	defer cancel()
	return writeJSON(ctx, conn, v)
}

// keyOf returns the publish a publish error answers (false: it answers none).
func keyOf(c *api.Control) (pubKey, bool) {
	if c.Stream == nil || c.MsgChainID == "" {
		return pubKey{}, false
	}
	b, err := hexutil.Decode(c.MsgChainID)
	if err != nil || len(b) != 32 {
		return pubKey{}, false
	}
	k := pubKey{stream: *c.Stream, partition: c.Partition, ts: c.Timestamp, seq: c.Sequence}
	copy(k.chain[:], b)
	return k, true
}

// onAcks finishes the publishes an ack frame acknowledges.
func (c *Client) onAcks(b []byte) {
	if err := api.ParseAcks(b, func(a *api.Ack) {
		c.finish(pubKey{stream: a.Stream, partition: a.Partition, chain: a.MsgChainID, ts: a.Timestamp, seq: a.Sequence},
			Result{Offset: a.Offset})
	}); err != nil {
		c.log.Warn("bad ack frame from broker", "err", err)
	}
}

func (c *Client) onControl(r *api.Control) {
	switch r.Type {
	case api.TypeError:
		if k, ok := keyOf(r); ok {
			switch {
			case r.Code == api.CodeDuplicate:
				// Stored before (a publish resent after reconnecting): acknowledged.
				c.finish(k, Result{})
			case retryable(r.Code):
				// Kept; sent again on the next connection.
				c.dropConnection()
			default:
				c.finish(k, Result{Err: &BrokerError{Code: r.Code, Message: r.Message}})
			}
			return
		}
		if r.Stream != nil && (r.Code == api.CodeSlowConsumer || r.Code == api.CodeUnavailable) {
			// Cut off: resubscribe from the last offset received.
			c.mu.Lock()
			s, ok := c.subs[subKey{*r.Stream, r.Partition}]
			c.mu.Unlock()
			if ok {
				_ = c.send(s.resumeRequest())
			}
			return
		}
		c.wake(r)
		if r.Stream != nil {
			c.mu.Lock()
			s, ok := c.subs[subKey{*r.Stream, r.Partition}]
			if ok && (r.ID == "" || r.ID == s.id) {
				delete(c.subs, subKey{*r.Stream, r.Partition})
			}
			c.mu.Unlock()
			if ok {
				s.end(&BrokerError{Code: r.Code, Message: r.Message})
			}
		}
	case api.TypeSubscribed:
		if r.Stream != nil {
			c.mu.Lock()
			if s, ok := c.subs[subKey{*r.Stream, r.Partition}]; ok {
				s.subscribed(r.Offset)
			}
			c.mu.Unlock()
		}
		c.wake(r)
	default:
		c.wake(r)
	}
}

func (c *Client) wake(r *api.Control) {
	if r.ID == "" {
		return
	}
	c.mu.Lock()
	w, ok := c.waiters[r.ID]
	c.mu.Unlock()
	if ok {
		select {
		case w <- r:
		default:
		}
	}
}

func (c *Client) dropConnection() {
	c.mu.Lock()
	conn := c.conn
	c.mu.Unlock()
	if conn != nil {
		_ = conn.Close(websocket.StatusTryAgainLater, "retrying")
	}
}

func (c *Client) finish(k pubKey, r Result) {
	c.mu.Lock()
	p, ok := c.pending[k]
	if ok {
		delete(c.pending, k)
		if len(c.order) > 0 && c.order[0] == p {
			// Answers come in publish order: usually the oldest.
			c.order[0] = nil
			c.order = c.order[1:]
		} else {
			for i, q := range c.order {
				if q == p {
					c.order = append(c.order[:i], c.order[i+1:]...)
					break
				}
			}
		}
	}
	c.mu.Unlock()
	if ok {
		p.done <- r
	}
}

// onDeliveries hands the events of a delivery frame (one or a batch) to their
// subscriptions.
func (c *Client) onDeliveries(b []byte) {
	err := api.ParseDeliveries(b, func(off store.Offset, data []byte) {
		e, err := protocol.DecodeWithLimit(data, protocol.HardMaxContentSize)
		if err != nil {
			c.log.Warn("bad event in delivery", "err", err)
			return
		}
		c.mu.Lock()
		s, ok := c.subs[subKey{e.Stream, e.Partition}]
		c.mu.Unlock()
		if ok {
			s.receive(c.ctx, Message{Offset: off, Event: e})
		}
	})
	if err != nil {
		c.log.Warn("bad delivery frame", "err", err)
	}
}

// writePublishes writes encoded publishes in WebSocket frames: a lone event as itself,
// several as publish batches of at most api.MaxBatch events and maxBatchFrame bytes, built
// in buf (reused from frame to frame, returned for the next call).
func (c *Client) writePublishes(ctx context.Context, conn *websocket.Conn, ps []*pendingPub, buf []byte,
	write func(context.Context, *websocket.Conn, []byte) error) ([]byte, error) {
	limit := min(c.cfg.MaxFrameSize, maxBatchFrame)
	for len(ps) > 0 {
		n, size := 1, 1+binary.MaxVarintLen32+len(ps[0].data)
		for n < len(ps) && n < api.MaxBatch && size+binary.MaxVarintLen32+len(ps[n].data) <= limit {
			size += binary.MaxVarintLen32 + len(ps[n].data)
			n++
		}
		f := ps[0].data
		if n > 1 {
			f = append(buf[:0], api.PublishBatchTag)
			for _, p := range ps[:n] {
				f = api.AppendPublishItem(f, p.data)
			}
			buf = f
		}
		if err := write(ctx, conn, f); err != nil {
			return buf, err
		}
		ps = ps[n:]
	}
	return buf, nil
}

// writeFrame writes one binary frame.
func writeFrame(ctx context.Context, conn *websocket.Conn, f []byte) error {
	return conn.Write(ctx, websocket.MessageBinary, f)
}

// writeTimeout bounds one publish frame's write.
const writeTimeout = 10 * time.Second

// maxBatchFrame bounds a publish batch frame.
const maxBatchFrame = 256 << 10

// writeLoop writes the publishes queued for conn; those queued while a frame is being
// written go out together in the next one. A failed write leaves them pending: the next
// connection sends them again.
func (c *Client) writeLoop(conn *websocket.Conn, wake <-chan struct{}, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	// One timer bounds every write (a context with a deadline per frame would cost a timer
	// and a context registration each); a write that outlasts it closes the connection.
	stalled := time.AfterFunc(time.Hour, func() { _ = conn.CloseNow() })
	stalled.Stop()
	defer stalled.Stop()
	write := func(ctx context.Context, conn *websocket.Conn, f []byte) error {
		stalled.Reset(writeTimeout)
		err := conn.Write(ctx, websocket.MessageBinary, f)
		stalled.Stop()
		return err
	}
	// The queue taken and the batch buffer are kept for the next round (the queue's
	// entries cleared, so that it holds no finished publish).
	var spare []*pendingPub
	var buf []byte
	for {
		select {
		case <-wake:
		case <-stop:
			return
		}
		c.mu.Lock()
		q := c.outq
		c.outq = spare[:0]
		c.mu.Unlock()
		var err error
		buf, err = c.writePublishes(context.Background(), conn, q, buf, write)
		if err != nil {
			c.log.Debug("publish write failed; will resend", "err", err)
			_ = conn.CloseNow()
			return
		}
		clear(q)
		spare = q
	}
}

func (c *Client) nextID() string { return strconv.FormatUint(c.ids.Add(1), 10) }

// Publish signs content as the next event of the client's chain in (stream, partition)
// and waits until the broker stored it. Content of ContentJSON must be valid JSON.
func (c *Client) Publish(ctx context.Context, stream common.Address, partition uint32, m protocol.Message) (*protocol.Event, store.Offset, error) {
	if c.pub == nil {
		return nil, store.Offset{}, fmt.Errorf("client: publishing needs a key")
	}
	e, err := c.pub.Publish(stream, partition, m)
	if err != nil {
		return nil, store.Offset{}, err
	}
	off, err := c.PublishEvent(ctx, e)
	return e, off, err
}

// PublishKeyed publishes into partition StreamPartition(key, partitions), keeping the order
// of events with the same key.
func (c *Client) PublishKeyed(ctx context.Context, stream common.Address, key []byte, partitions uint32, m protocol.Message) (*protocol.Event, store.Offset, error) {
	return c.Publish(ctx, stream, protocol.StreamPartition(key, partitions), m)
}

// PublishEvent sends a signed event and waits for the broker to store it. While the
// client is disconnected the event waits and is sent on reconnection. The returned offset
// is zero when the broker reported the event as already stored.
func (c *Client) PublishEvent(ctx context.Context, e *protocol.Event) (store.Offset, error) {
	p, err := c.PublishAsync(e)
	if err != nil {
		return store.Offset{}, err
	}
	select {
	case r := <-p:
		return r.Offset, r.Err
	case <-ctx.Done():
		return store.Offset{}, ctx.Err()
	}
}

// Result is the outcome of an asynchronous publish.
type Result struct {
	Offset store.Offset
	Err    error
}

// PublishAsync queues a signed event; the channel yields its result once.
func (c *Client) PublishAsync(e *protocol.Event) (<-chan Result, error) {
	data, err := protocol.Encode(e)
	if err != nil {
		return nil, err
	}
	if err := c.fits(data); err != nil {
		return nil, err
	}
	return c.queue(e, data)
}

// PublishEncodedAsync queues a signed event given as its binary encoding (protocol.Encode),
// such as one signed elsewhere and relayed, or signed in advance; the channel yields its
// result once. The client reads data until the result arrives: it must not change before.
func (c *Client) PublishEncodedAsync(data []byte) (<-chan Result, error) {
	if err := c.fits(data); err != nil {
		return nil, err
	}
	var e protocol.Event // only its chain position is kept: no event allocated per publish
	if err := protocol.DecodeSharedInto(&e, data, protocol.HardMaxContentSize); err != nil {
		return nil, err
	}
	return c.queue(&e, data)
}

// fits refuses an encoded event larger than a frame may be.
func (c *Client) fits(data []byte) error {
	if len(data) > c.cfg.MaxFrameSize {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), c.cfg.MaxFrameSize)
	}
	return nil
}

// queue queues the publish of e, encoded as data (which fits).
func (c *Client) queue(e *protocol.Event, data []byte) (<-chan Result, error) {
	k := pubKey{stream: e.Stream, partition: e.Partition, chain: e.MsgChainID, ts: e.Timestamp, seq: e.Sequence}
	p := &pendingPub{key: k, data: data, done: make(chan Result, 1)}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ctx.Err() != nil {
		return nil, ErrClosed
	}
	if _, dup := c.pending[k]; dup {
		return nil, fmt.Errorf("client: an event with this chain position is already being published")
	}
	c.pending[k] = p
	c.order = append(c.order, p)
	if c.conn != nil {
		// Written by the connection's writer; without a connection the next one sends it.
		c.outq = append(c.outq, p)
		select {
		case c.outWake <- struct{}{}:
		default:
		}
	}
	return p.done, nil
}

// SubscribeOptions choose where a subscription starts: live (zero), the last N, or from an
// offset (or arrival timestamp).
type SubscribeOptions struct {
	Resend *api.Resend
	// OnGap, if set, is called (from the reading goroutine) for each detected chain gap.
	OnGap func(Gap)
}

// Subscribe subscribes to a stream partition and waits for the broker's confirmation.
func (c *Client) Subscribe(ctx context.Context, stream common.Address, partition uint32, opts SubscribeOptions) (*Subscription, error) {
	k := subKey{stream, partition}
	s := &Subscription{c: c, key: k, id: c.nextID(), initial: opts.Resend, onGap: opts.OnGap,
		ch: make(chan Message, c.cfg.QueueSize), done: make(chan struct{}), chains: make(map[chainID]position)}
	w, connected, err := c.claim(s, fmt.Errorf("client: already subscribed to %s/%d", stream.Hex(), partition))
	if err != nil {
		return nil, err
	}
	defer c.unwait(s.id)
	select {
	case <-connected:
	case <-ctx.Done():
		c.forget(s)
		return nil, ctx.Err()
	}
	if err := c.send(s.resumeRequest()); err != nil {
		c.forget(s)
		return nil, err
	}
	select {
	case r := <-w:
		if r.Type == api.TypeError {
			c.forget(s)
			return nil, &BrokerError{Code: r.Code, Message: r.Message}
		}
		return s, nil
	case <-ctx.Done():
		c.forget(s)
		return nil, ctx.Err()
	}
}

// claim takes s's stream partition slot (dup when it is taken) and registers a waiter for
// the broker's reply to s.id; it returns the waiter and the current connection's signal.
func (c *Client) claim(s *Subscription, dup error) (chan *api.Control, chan struct{}, error) {
	w := make(chan *api.Control, 1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, taken := c.subs[s.key]; taken {
		return nil, nil, dup
	}
	c.subs[s.key] = s
	c.waiters[s.id] = w
	return w, c.connected, nil
}

func (c *Client) unwait(id string) {
	c.mu.Lock()
	delete(c.waiters, id)
	c.mu.Unlock()
}

func (c *Client) forget(s *Subscription) {
	c.mu.Lock()
	if c.subs[s.key] == s {
		delete(c.subs, s.key)
	}
	c.mu.Unlock()
}

// Resend fetches history (last N, or a range; paged by the broker) and returns it.
func (c *Client) Resend(ctx context.Context, stream common.Address, partition uint32, rs api.Resend) ([]Message, error) {
	var out []Message
	for {
		msgs, next, err := c.resendOnce(ctx, stream, partition, rs)
		if err != nil {
			return out, err
		}
		out = append(out, msgs...)
		if next.IsZero() {
			return out, nil
		}
		rs.From, rs.FromTimestamp, rs.Last = next, 0, 0
	}
}

// resendOnce uses a temporary subscription slot keyed by the request id: deliveries of a
// resend are told apart from live ones by not belonging to a live subscription.
func (c *Client) resendOnce(ctx context.Context, stream common.Address, partition uint32, rs api.Resend) ([]Message, store.Offset, error) {
	k := subKey{stream, partition}
	s := &Subscription{c: c, key: k, id: c.nextID(), ch: make(chan Message, 1<<16), done: make(chan struct{}),
		chains: make(map[chainID]position), resendOnly: true}
	w, connected, err := c.claim(s, fmt.Errorf("client: resend on a subscribed partition; use the subscription"))
	if err != nil {
		return nil, store.Offset{}, err
	}
	defer c.forget(s)
	defer c.unwait(s.id)
	select {
	case <-connected:
	case <-ctx.Done():
		return nil, store.Offset{}, ctx.Err()
	}
	if err := c.send(&api.Control{Type: api.TypeResend, ID: s.id, Stream: &stream, Partition: partition, Resend: &rs}); err != nil {
		return nil, store.Offset{}, err
	}
	var out []Message
	for {
		select {
		case m := <-s.ch:
			out = append(out, m)
		case r := <-w:
			if r.Type == api.TypeError {
				return out, store.Offset{}, &BrokerError{Code: r.Code, Message: r.Message}
			}
			for len(s.ch) > 0 {
				out = append(out, <-s.ch)
			}
			return out, r.ResumeFrom, nil
		case <-ctx.Done():
			return out, store.Offset{}, ctx.Err()
		}
	}
}
