package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/fanout"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// maxDeliveryFrame is the size after which a delivery batch frame takes no more records.
const maxDeliveryFrame = 256 << 10

type subKey struct {
	stream    common.Address
	partition uint32
}

type wsConn struct {
	s      *Server
	c      *websocket.Conn
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	user      common.Address // zero until signed in; only the read loop touches it
	challenge *api.Control
	issued    time.Time

	// Writes go without a context of their own (a deadline per write costs a timer and a
	// context registration, per frame and connection): the connection's context closes the
	// connection when it ends, and the server's write watch ends a connection whose writes
	// make no progress for WriteTimeout. writing counts the writes under way or waiting;
	// progress is when the last one finished, or began on an idle connection (unix ns).
	writing  atomic.Int32
	progress atomic.Int64

	mu   sync.Mutex
	subs map[subKey]*wsSub
}

type wsSub struct {
	sub  *fanout.Subscription
	user common.Address
	id   string
	exit chan struct{}

	mu       sync.Mutex
	deadline time.Time
}

func (ws *wsSub) until() time.Time {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return ws.deadline
}

func (ws *wsSub) setUntil(t time.Time) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	ws.deadline = t
}

func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	s.drainMu.RLock()
	draining := s.draining
	s.drainMu.RUnlock()
	if draining {
		s.m.wsRefused.WithLabelValues("draining").Inc()
		s.problem(w, r, ErrShuttingDown)
		return
	}
	if n := s.connCount.Add(1); n > int64(s.cfg.MaxConnections) {
		s.connCount.Add(-1)
		s.m.wsRefused.WithLabelValues("full").Inc()
		w.Header().Set("Retry-After", "5")
		s.problem(w, r, fmt.Errorf("%w: %d WebSocket connections open, the most this broker takes", ErrUnavailable, n-1))
		return
	}
	defer s.connCount.Add(-1)
	if ip, ok := s.admitIP(s.clientAddr(r)); !ok {
		s.m.wsRefused.WithLabelValues("per_address").Inc()
		w.Header().Set("Retry-After", "5")
		s.problem(w, r, fmt.Errorf("%w: %d WebSocket connections open from %s, the most this broker takes from one address",
			ErrAddressBusy, s.cfg.MaxConnectionsPerIP, ip))
		return
	} else if ip.IsValid() {
		defer s.releaseIP(ip)
	}
	if offered := offeredSubprotocols(r); len(offered) > 0 && !slices.Contains(offered, api.Subprotocol) {
		s.m.wsRefused.WithLabelValues("subprotocol").Inc()
		s.problem(w, r, fmt.Errorf("%w: the client speaks WebSocket subprotocol %s; this broker speaks %s",
			ErrBadRequest, strings.Join(offered, ", "), api.Subprotocol))
		return
	}
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: []string{"*"}, Subprotocols: []string{api.Subprotocol}})
	if err != nil {
		s.log.Debug("websocket accept failed", "err", err)
		return
	}
	c.SetReadLimit(s.cfg.MaxFrameSize)
	ctx, cancel := context.WithCancel(s.ctx)
	defer context.AfterFunc(ctx, func() { _ = c.CloseNow() })() // ends reads and writes under way
	wc := &wsConn{s: s, c: c, ctx: ctx, cancel: cancel, subs: make(map[subKey]*wsSub)}
	s.subsMu.Lock()
	s.conns[wc] = struct{}{}
	s.subsMu.Unlock()
	s.m.connections.Inc()
	defer func() {
		s.subsMu.Lock()
		delete(s.conns, wc)
		s.subsMu.Unlock()
		s.m.connections.Dec()
	}()
	wc.run()
}

// clientAddr returns the address of the client that sent r: the peer's, or, when the
// peer is one of Config.TrustedProxies, the nearest address in X-Forwarded-For that is
// not (addresses a client wrote into the header itself lie further left and are never
// reached). Invalid when the peer's address does not parse.
func (s *Server) clientAddr(r *http.Request) netip.Addr {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return netip.Addr{}
	}
	ip := ap.Addr().Unmap()
	if !s.trusted(ip) {
		return ip
	}
	hops := r.Header.Values("X-Forwarded-For")
	for i := len(hops) - 1; i >= 0; i-- {
		list := strings.Split(hops[i], ",")
		for j := len(list) - 1; j >= 0; j-- {
			hop, err := netip.ParseAddr(strings.TrimSpace(list[j]))
			if err != nil {
				return ip // garbled by someone: count the nearest proxy
			}
			if ip = hop.Unmap(); !s.trusted(ip) {
				return ip
			}
		}
	}
	return ip
}

func (s *Server) trusted(ip netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// admitIP counts a connection from ip against MaxConnectionsPerIP. It returns the address
// counted (invalid when none is: loopback, invalid, or no bound) and false when that
// address has as many connections as it may.
func (s *Server) admitIP(ip netip.Addr) (netip.Addr, bool) {
	if !ip.IsValid() || ip.IsLoopback() || s.cfg.MaxConnectionsPerIP < 0 {
		return netip.Addr{}, true
	}
	s.perIPMu.Lock()
	defer s.perIPMu.Unlock()
	if s.perIP[ip] >= s.cfg.MaxConnectionsPerIP {
		return ip, false
	}
	s.perIP[ip]++
	return ip, true
}

// releaseIP ends a connection admitIP counted.
func (s *Server) releaseIP(ip netip.Addr) {
	s.perIPMu.Lock()
	defer s.perIPMu.Unlock()
	if s.perIP[ip]--; s.perIP[ip] <= 0 {
		delete(s.perIP, ip)
	}
}

// offeredSubprotocols lists the request's Sec-WebSocket-Protocol values.
func offeredSubprotocols(r *http.Request) []string {
	var out []string
	for _, h := range r.Header.Values("Sec-WebSocket-Protocol") {
		for p := range strings.SplitSeq(h, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func (wc *wsConn) shutdown() {
	_ = wc.c.Close(websocket.StatusGoingAway, "broker shutting down")
	wc.cancel()
}

func (wc *wsConn) run() {
	defer wc.cleanup()
	if err := wc.sendChallenge(); err != nil {
		return
	}
	pl := newPipeline(wc.s, wc)
	wc.wg.Add(1)
	go func() { defer wc.wg.Done(); pl.ack() }()
	defer pl.close()
	rd := api.NewReader(wc.c, 64<<10)
	for {
		typ, data, err := rd.Read(context.Background()) // ends when the connection's context does
		if err != nil {
			if errors.Is(err, websocket.ErrMessageTooBig) || websocket.CloseStatus(err) == websocket.StatusMessageTooBig {
				wc.s.reject(ErrFrameTooLarge)
			}
			return
		}
		if typ == websocket.MessageBinary {
			events := [][]byte{data}
			if len(data) > 0 && data[0] == api.PublishBatchTag {
				if events, err = api.SplitPublishBatch(data); err != nil {
					// A broken frame is refused whole: none of its events is processed.
					err = fmt.Errorf("%w: %w", ErrBadRequest, err)
					wc.s.reject(err)
					wc.sendError("", err, nil)
					continue
				}
			}
			for _, ev := range events {
				if !pl.publish(wc.ctx, ev, nil) {
					return
				}
			}
			continue
		}
		ctl, err := api.ParseControl(data)
		if err != nil {
			wc.s.reject(err)
			wc.sendError("", err, nil)
			continue
		}
		wc.handle(ctl)
	}
}

func (wc *wsConn) cleanup() {
	wc.mu.Lock()
	subs := make([]*wsSub, 0, len(wc.subs))
	for _, ws := range wc.subs {
		subs = append(subs, ws)
	}
	wc.subs = map[subKey]*wsSub{}
	wc.mu.Unlock()
	for _, ws := range subs {
		ws.sub.Close()
	}
	wc.cancel()
	wc.wg.Wait()
	_ = wc.c.CloseNow()
}

func (wc *wsConn) write(typ websocket.MessageType, b []byte) error {
	if wc.writing.Load() == 0 {
		wc.progress.Store(time.Now().UnixNano()) // before writing counts it: no stale progress is seen
	}
	wc.writing.Add(1)
	err := wc.c.Write(context.Background(), typ, b)
	wc.progress.Store(time.Now().UnixNano())
	wc.writing.Add(-1)
	if err != nil {
		wc.cancel()
		return err
	}
	return nil
}

// stalled reports whether the connection's writes have made no progress since before.
func (wc *wsConn) stalled(before int64) bool {
	return wc.writing.Load() > 0 && wc.progress.Load() < before
}

func (wc *wsConn) writeControl(c *api.Control) {
	b, err := json.Marshal(c)
	if err != nil {
		wc.s.log.Error("encoding a control message", "err", err)
		return
	}
	_ = wc.write(websocket.MessageText, b)
}

// sendError reports err with its code; e (may be nil) identifies the publish it answers.
func (wc *wsConn) sendError(id string, err error, e *protocol.Event) {
	code, _ := classify(err)
	if code == api.CodeInternal {
		wc.s.log.Error("internal error", "err", err)
	}
	c := &api.Control{Type: api.TypeError, ID: id, Code: code, Message: err.Error()}
	if e != nil {
		st := e.Stream
		c.Stream, c.Partition = &st, e.Partition
		c.MsgChainID, c.Timestamp, c.Sequence = hexutil.Encode(e.MsgChainID[:]), e.Timestamp, e.Sequence
	}
	wc.writeControl(c)
}

func (wc *wsConn) sendChallenge() error {
	var n [16]byte
	_, _ = rand.Read(n[:])
	now := time.Now().UTC()
	wc.issued = now
	wc.challenge = &api.Control{Type: api.TypeChallenge, Nonce: hex.EncodeToString(n[:]), Domain: wc.s.cfg.AuthDomain,
		URI: wc.s.cfg.AuthURI, ChainID: wc.s.deps.Domain.ChainID(), IssuedAt: now.Format(time.RFC3339),
		ExpiresAt: now.Add(wc.s.cfg.ChallengeTTL).Format(time.RFC3339)}
	b, _ := json.Marshal(wc.challenge)
	return wc.write(websocket.MessageText, b)
}

func (wc *wsConn) handle(c *api.Control) {
	switch c.Type {
	case api.TypePing:
		wc.writeControl(&api.Control{Type: api.TypePong, ID: c.ID})
	case api.TypeAuth:
		if err := wc.auth(c); err != nil {
			wc.s.reject(err)
			wc.sendError(c.ID, err, nil)
			return
		}
		addr := wc.user
		wc.writeControl(&api.Control{Type: api.TypeAuthenticated, ID: c.ID, Address: &addr})
		// A fresh challenge, should the client want to sign in again.
		_ = wc.sendChallenge()
	case api.TypeSubscribe:
		if err := wc.subscribe(c); err != nil {
			wc.s.reject(err)
			wc.sendError(c.ID, err, nil)
		}
	case api.TypeUnsubscribe:
		wc.unsubscribe(c)
	case api.TypeResend:
		if err := wc.resend(c); err != nil {
			wc.s.reject(err)
			wc.sendError(c.ID, err, nil)
		}
	}
}

func (wc *wsConn) auth(c *api.Control) error {
	ch := wc.challenge
	if ch == nil || c.Nonce != ch.Nonce {
		return fmt.Errorf("%w: unknown or used nonce", ErrUnauthorized)
	}
	wc.challenge = nil // single use, whatever the outcome
	if time.Since(wc.issued) > wc.s.cfg.ChallengeTTL {
		return fmt.Errorf("%w: challenge expired", ErrUnauthorized)
	}
	addr, err := api.RecoverSignIn(api.SignInMessage(ch, *c.Address), c.Signature)
	if err != nil {
		return err
	}
	if addr != *c.Address {
		return fmt.Errorf("%w: signed by %s, not %s", ErrUnauthorized, addr.Hex(), c.Address.Hex())
	}
	wc.user = addr
	return nil
}

// authorize checks that the connection's user may subscribe to the stream partition.
func (wc *wsConn) authorize(stream common.Address, partition uint32) (time.Time, error) {
	ctx, cancel := context.WithTimeout(wc.ctx, 10*time.Second)
	defer cancel()
	info, err := wc.s.deps.Perms.Stream(ctx, stream)
	if err != nil {
		return time.Time{}, err
	}
	if partition >= info.Partitions {
		return time.Time{}, fmt.Errorf("%w: partition %d of %d", ErrBadPartition, partition, info.Partitions)
	}
	acc, err := wc.s.deps.Perms.CanSubscribe(ctx, stream, wc.user)
	if err != nil {
		return time.Time{}, err
	}
	if !acc.Allowed {
		who := "anonymous"
		if wc.user != (common.Address{}) {
			who = wc.user.Hex()
		}
		return time.Time{}, fmt.Errorf("%w: %s may not subscribe to %s", ErrForbidden, who, stream.Hex())
	}
	return acc.Until, nil
}

func (wc *wsConn) subscribe(c *api.Control) error {
	key := subKey{*c.Stream, c.Partition}
	wc.mu.Lock()
	_, dup := wc.subs[key]
	n := len(wc.subs)
	wc.mu.Unlock()
	if dup {
		return badRequest("already subscribed to %s/%d", c.Stream.Hex(), c.Partition)
	}
	if n >= wc.s.cfg.MaxSubscriptions {
		return badRequest("%d subscriptions on this connection, the most a connection may have", n)
	}
	until, err := wc.authorize(*c.Stream, c.Partition)
	if err != nil {
		return err
	}
	var rs fanout.Resend
	if c.Resend != nil {
		rs.Last = min(c.Resend.Last, wc.s.deps.Store.Config().MaxPage)
		rs.From, _ = c.Resend.Range()
	}
	sub, err := wc.s.deps.Hub.Subscribe(wc.ctx, *c.Stream, c.Partition, rs)
	if err != nil {
		return err
	}
	ws := &wsSub{sub: sub, user: wc.user, id: c.ID, exit: make(chan struct{}), deadline: until}
	wc.mu.Lock()
	wc.subs[key] = ws
	wc.mu.Unlock()
	wc.s.track(ws)
	// Offset: for a live subscription, everything after it will be delivered.
	wc.writeControl(&api.Control{Type: api.TypeSubscribed, ID: c.ID, Stream: c.Stream, Partition: c.Partition,
		Offset: sub.Start()})
	wc.wg.Add(1)
	go wc.deliver(key, ws)
	return nil
}

// deliver writes a subscription's records until it ends; an end the client did not ask
// for is reported with its code and the offset to resume from.
func (wc *wsConn) deliver(key subKey, ws *wsSub) {
	defer wc.wg.Done()
	defer close(ws.exit)
	defer wc.s.untrack(ws)
	var last store.Offset
	buf := make([]byte, 0, 1024)
	var recs []store.Record
	for {
		select {
		case <-ws.sub.Done():
			err := ws.sub.Err()
			wc.mu.Lock()
			mine := wc.subs[key] == ws
			if mine {
				delete(wc.subs, key)
			}
			wc.mu.Unlock()
			if mine && !errors.Is(err, fanout.ErrClosed) {
				code, _ := classify(err)
				wc.s.m.rejects.WithLabelValues(string(code)).Inc()
				st := key.stream
				ctl := &api.Control{Type: api.TypeError, ID: ws.id, Code: code, Message: err.Error(), Stream: &st,
					Partition: key.partition}
				if !last.IsZero() {
					ctl.ResumeFrom = last.Next()
				}
				wc.writeControl(ctl)
			}
			return
		case r := <-ws.sub.C():
			wc.s.m.subscriberQs.Observe(float64(len(ws.sub.C())))
			// Records already queued behind this one go out in the same frame.
			recs = append(recs[:0], r)
			size := len(r.Data)
		more:
			for len(recs) < api.MaxBatch && size < maxDeliveryFrame {
				select {
				case r := <-ws.sub.C():
					recs = append(recs, r)
					size += len(r.Data)
				default:
					break more
				}
			}
			if len(recs) == 1 {
				buf = api.AppendDelivery(buf[:0], r.Offset, r.Data)
			} else {
				buf = append(buf[:0], api.DeliveryBatchTag)
				for _, r := range recs {
					buf = api.AppendDeliveryItem(buf, r.Offset, r.Data)
				}
			}
			if err := wc.write(websocket.MessageBinary, buf); err != nil {
				ws.sub.Close()
				continue
			}
			last = recs[len(recs)-1].Offset
			wc.s.m.eventsOut.Add(float64(len(recs)))
			now := time.Now()
			for _, r := range recs {
				if lag := now.Sub(time.UnixMilli(int64(r.Offset.Ms))); lag >= 0 {
					wc.s.m.deliveryLat.Observe(lag.Seconds())
				}
			}
		}
	}
}

func (wc *wsConn) unsubscribe(c *api.Control) {
	key := subKey{*c.Stream, c.Partition}
	wc.mu.Lock()
	ws, ok := wc.subs[key]
	delete(wc.subs, key)
	wc.mu.Unlock()
	if ok {
		ws.sub.Close()
		<-ws.exit
	}
	wc.writeControl(&api.Control{Type: api.TypeUnsubscribed, ID: c.ID, Stream: c.Stream, Partition: c.Partition})
}

// resend writes a closed range (or the last N) in pages, then "resent" with the count and,
// when MaxResend cut it short, the offset to continue from.
func (wc *wsConn) resend(c *api.Control) error {
	if _, err := wc.authorize(*c.Stream, c.Partition); err != nil {
		return err
	}
	wc.wg.Add(1)
	go func() {
		defer wc.wg.Done()
		n, next, err := wc.s.history(wc.ctx, *c.Stream, c.Partition, *c.Resend, wc.s.cfg.MaxResend, func(r store.Record) error {
			err := wc.write(websocket.MessageBinary, api.AppendDelivery(nil, r.Offset, r.Data))
			if err == nil {
				wc.s.m.eventsOut.Inc()
			}
			return err
		})
		if err != nil {
			if wc.ctx.Err() == nil {
				wc.sendError(c.ID, err, nil)
			}
			return
		}
		wc.writeControl(&api.Control{Type: api.TypeResent, ID: c.ID, Stream: c.Stream, Partition: c.Partition,
			Count: n, ResumeFrom: next})
	}()
	return nil
}

// history reads a resend selection page by page, calling emit for each record, up to max
// records; next is where to continue when max cut it short (zero otherwise).
func (s *Server) history(ctx context.Context, stream common.Address, partition uint32, rs api.Resend, max int,
	emit func(store.Record) error) (n int, next store.Offset, err error) {
	st := s.deps.Store
	if rs.Last > 0 {
		recs, err := st.Last(ctx, stream, partition, min(rs.Last, max))
		if err != nil {
			return 0, store.Offset{}, err
		}
		for _, r := range recs {
			if err := emit(r); err != nil {
				return n, store.Offset{}, err
			}
			n++
		}
		return n, store.Offset{}, nil
	}
	from, to := rs.Range()
	q := store.Query{From: from, To: to}
	for {
		q.Limit = min(st.Config().MaxPage, max-n)
		p, err := st.Range(ctx, stream, partition, q)
		if err != nil {
			return n, store.Offset{}, err
		}
		for _, r := range p.Records {
			if err := emit(r); err != nil {
				return n, store.Offset{}, err
			}
			n++
		}
		if !p.More {
			return n, store.Offset{}, nil
		}
		if n >= max {
			return n, p.Next, nil
		}
		q.From = p.Next
	}
}
