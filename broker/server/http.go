package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/store"
)

// Problem is an RFC 7807 problem document; Code is the stable error code.
type Problem struct {
	Type     string   `json:"type"`
	Title    string   `json:"title"`
	Status   int      `json:"status"`
	Detail   string   `json:"detail,omitempty"`
	Instance string   `json:"instance,omitempty"`
	Code     api.Code `json:"code"`
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /ws", s.serveWS)
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, "ok\n")
	})
	m.HandleFunc("POST /api/v1/events", s.httpPublish)
	m.HandleFunc("GET /api/v1/streams/{stream}/partitions/{partition}/events", s.httpHistory)
	m.HandleFunc("GET /api/v1/streams", s.httpSearchStreams)
	m.HandleFunc("GET /api/v1/streams/{stream}", s.httpStreamInfo)
	m.HandleFunc("POST /api/v1/streams", s.httpCreateStream)
	m.HandleFunc("PATCH /api/v1/streams/{stream}", s.httpConfigureStream)
	m.HandleFunc("DELETE /api/v1/streams/{stream}", s.httpDeleteStream)
	m.HandleFunc("POST /api/v1/relay", s.httpRelay)
	m.HandleFunc("POST /api/v1/auth/challenge", s.httpChallenge)
	m.HandleFunc("POST /api/v1/auth/login", s.httpLogin)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.problemStatus(w, r, http.StatusNotFound, api.CodeNotFound, "no such endpoint")
	})
	s.mux = m
}

func (s *Server) problem(w http.ResponseWriter, r *http.Request, err error) {
	code, status := classify(err)
	if code == api.CodeInternal {
		s.log.Error("internal error", "path", r.URL.Path, "err", err)
	}
	s.m.rejects.WithLabelValues(string(code)).Inc()
	s.problemStatus(w, r, status, code, err.Error())
}

func (s *Server) problemStatus(w http.ResponseWriter, r *http.Request, status int, code api.Code, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Problem{
		Type:     "https://streamr.network/problems/" + strings.ToLower(strings.ReplaceAll(string(code), "_", "-")),
		Title:    http.StatusText(status),
		Status:   status,
		Detail:   detail,
		Instance: r.URL.Path,
		Code:     code,
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxFrameSize))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, fmt.Errorf("%w: body above %d bytes", ErrFrameTooLarge, s.cfg.MaxFrameSize)
	}
	if err != nil {
		return nil, badRequest("reading body: %v", err)
	}
	return b, nil
}

// PublishResult is the reply to an HTTP publish.
type PublishResult struct {
	Stream    common.Address `json:"stream"`
	Partition uint32         `json:"partition"`
	Offset    store.Offset   `json:"offset"`
}

// httpPublish takes one event, binary (application/octet-stream) or JSON, or several: a
// publish batch frame (binary, told apart by its first byte) or JSON lines
// (application/x-ndjson).
func (s *Server) httpPublish(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(w, r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "application/x-ndjson" || (len(body) > 0 && body[0] == api.PublishBatchTag) {
		s.httpPublishBatch(w, r, mt, body)
		return
	}
	var e *protocol.Event
	var off store.Offset
	switch {
	case mt == "application/octet-stream" || (len(body) > 0 && body[0] == protocol.WireMagic):
		e, off, err = s.Publish(r.Context(), body)
	default:
		e = new(protocol.Event)
		if err = json.Unmarshal(body, e); err != nil {
			if !errors.Is(err, protocol.ErrInvalidJSON) {
				err = fmt.Errorf("%w: %w", protocol.ErrInvalidJSON, err)
			}
			s.problem(w, r, err)
			return
		}
		off, err = s.PublishEvent(r.Context(), e)
	}
	if err != nil {
		s.problem(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, PublishResult{Stream: e.Stream, Partition: e.Partition, Offset: off})
}

// BatchResult is the reply to an HTTP publish of several events: one result per event, in
// the order they were sent.
type BatchResult struct {
	Stored  int         `json:"stored"` // events stored
	Failed  int         `json:"failed"` // events refused
	Results []BatchItem `json:"results"`
}

// BatchItem is the outcome of one event of a batch: its offset when stored, or the error
// that refused it (Stream and Partition are absent when the event could not be decoded).
type BatchItem struct {
	Stream    *common.Address `json:"stream,omitempty"`
	Partition uint32          `json:"partition"`
	Offset    *store.Offset   `json:"offset,omitempty"`
	Error     *ItemError      `json:"error,omitempty"`
}

// ItemError is why one event of a batch was refused: the code and HTTP status a publish of
// that event alone would have been answered with.
type ItemError struct {
	Code   api.Code `json:"code"`
	Status int      `json:"status"`
	Detail string   `json:"detail"`
}

// httpPublishBatch publishes the events of one request as the WebSocket API publishes a
// connection's: checked in batches on the check workers, appended in the order they were
// sent, each answered on its own (an event that is refused does not stop the ones after
// it). A body that cannot be split into events is refused whole; an event that cannot be
// decoded is refused alone.
func (s *Server) httpPublishBatch(w http.ResponseWriter, r *http.Request, mt string, body []byte) {
	var items [][]byte
	var err error
	if mt == "application/x-ndjson" {
		items, err = splitLines(body)
	} else {
		items, err = api.SplitPublishBatch(body)
	}
	if err != nil {
		s.problem(w, r, fmt.Errorf("%w: %w", ErrBadRequest, err))
		return
	}
	res := BatchResult{Results: make([]BatchItem, len(items))}
	refuse := func(i int, e *protocol.Event, err error) {
		code, status := classify(err)
		if code == api.CodeInternal {
			s.log.Error("internal error", "path", r.URL.Path, "err", err)
		}
		it := &res.Results[i]
		if e != nil {
			st := e.Stream
			it.Stream, it.Partition = &st, e.Partition
		}
		it.Error = &ItemError{Code: code, Status: status, Detail: err.Error()}
		res.Failed++
	}
	type publish struct {
		i    int
		data []byte
		e    *protocol.Event
	}
	pubs := make([]publish, 0, len(items))
	for i, item := range items {
		if mt != "application/x-ndjson" {
			pubs = append(pubs, publish{i: i, data: item})
			continue
		}
		e := new(protocol.Event)
		if err := json.Unmarshal(item, e); err != nil {
			if !errors.Is(err, protocol.ErrInvalidJSON) {
				err = fmt.Errorf("%w: %w", protocol.ErrInvalidJSON, err)
			}
			s.reject(err)
			refuse(i, nil, err)
			continue
		}
		pubs = append(pubs, publish{i: i, e: e})
	}
	pl := newPipeline(s, nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		k := 0
		pl.answers(func(e *protocol.Event, off store.Offset, err error) {
			i := pubs[k].i
			k++
			if err != nil {
				refuse(i, e, err)
				return
			}
			st := e.Stream
			res.Results[i] = BatchItem{Stream: &st, Partition: e.Partition, Offset: &off}
			res.Stored++
		}, func() {})
	}()
	for _, p := range pubs {
		pl.publish(context.Background(), p.data, p.e) // its context never ends: it always admits
	}
	pl.close()
	<-done
	writeJSON(w, http.StatusOK, res)
}

// splitLines returns the non-blank lines of a JSON-lines body (aliasing b): at least one, at
// most api.MaxBatch.
func splitLines(b []byte) ([][]byte, error) {
	var out [][]byte
	for line := range bytes.Lines(b) {
		if line = bytes.TrimSpace(line); len(line) == 0 {
			continue
		}
		if len(out) == api.MaxBatch {
			return nil, fmt.Errorf("more than %d events in a batch", api.MaxBatch)
		}
		out = append(out, line)
	}
	if len(out) == 0 {
		return nil, errors.New("no events")
	}
	return out, nil
}

// HistoryEvent is one event of a history reply.
type HistoryEvent struct {
	Offset store.Offset    `json:"offset"`
	Event  *protocol.Event `json:"event"`
}

// History is the JSON reply of a history query; Next, when set, is the "from" of the next page.
type History struct {
	Events []HistoryEvent `json:"events"`
	Next   *store.Offset  `json:"next,omitempty"`
}

func (s *Server) streamParam(r *http.Request) (common.Address, error) {
	v := r.PathValue("stream")
	if !common.IsHexAddress(v) {
		return common.Address{}, badRequest("stream %q is not an address", v)
	}
	return common.HexToAddress(v), nil
}

func parseUintParam(q map[string][]string, name string, bits int) (uint64, bool, error) {
	vs, ok := q[name]
	if !ok || len(vs) == 0 || vs[0] == "" {
		return 0, false, nil
	}
	v, err := strconv.ParseUint(vs[0], 10, bits)
	if err != nil {
		return 0, false, badRequest("%s: %q is not an unsigned integer", name, vs[0])
	}
	return v, true, nil
}

// httpHistory serves GET .../events?last=N | from=&to= | fromTimestamp=&toTimestamp= with
// limit (page size); Accept: application/x-ndjson streams every page (up to MaxResend).
func (s *Server) httpHistory(w http.ResponseWriter, r *http.Request) {
	stream, err := s.streamParam(r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	part, _, err := parseUintParam(map[string][]string{"partition": {r.PathValue("partition")}}, "partition", 32)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	q := r.URL.Query()
	var rs api.Resend
	last, hasLast, err1 := parseUintParam(q, "last", 31)
	limit, _, err2 := parseUintParam(q, "limit", 31)
	fromTS, _, err3 := parseUintParam(q, "fromTimestamp", 64)
	toTS, _, err4 := parseUintParam(q, "toTimestamp", 64)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		s.problem(w, r, err)
		return
	}
	rs.Last, rs.FromTimestamp, rs.ToTimestamp = int(last), fromTS, toTS
	if v := q.Get("from"); v != "" {
		if rs.From, err = store.ParseOffset(v); err != nil {
			s.problem(w, r, err)
			return
		}
	}
	if v := q.Get("to"); v != "" {
		if rs.To, err = store.ParseOffset(v); err != nil {
			s.problem(w, r, err)
			return
		}
	}
	from, to := rs.Range()
	if hasLast && (!from.IsZero() || !to.IsZero()) {
		s.problem(w, r, badRequest("give last or a range, not both"))
		return
	}
	if !hasLast && from.IsZero() && to.IsZero() {
		rs.Last = 100 // default: the last 100
	}
	user, err := s.sessionUser(r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	wc := &wsConn{s: s, ctx: r.Context(), user: user}
	if _, err := wc.authorize(stream, uint32(part)); err != nil {
		s.problem(w, r, err)
		return
	}
	decode := func(rec store.Record) (HistoryEvent, error) {
		e, err := protocol.DecodeWithLimit(rec.Data, protocol.HardMaxContentSize)
		if err != nil {
			return HistoryEvent{}, fmt.Errorf("stored record %s: %w", rec.Offset, err)
		}
		return HistoryEvent{Offset: rec.Offset, Event: e}, nil
	}
	if accepts(r, "application/x-ndjson") {
		w.Header().Set("Content-Type", "application/x-ndjson")
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		_, next, err := s.history(r.Context(), stream, uint32(part), rs, s.cfg.MaxResend, func(rec store.Record) error {
			he, err := decode(rec)
			if err != nil {
				return err
			}
			return enc.Encode(he)
		})
		if err != nil {
			// Headers are out: the stream just ends; log it.
			s.log.Warn("history stream failed", "stream", stream.Hex(), "err", err)
		} else if !next.IsZero() {
			_ = enc.Encode(map[string]any{"next": next})
		}
		_ = bw.Flush()
		return
	}
	pageMax := s.deps.Store.Config().MaxPage
	if limit > 0 {
		pageMax = min(pageMax, int(limit))
	}
	h := History{Events: []HistoryEvent{}}
	_, next, err := s.history(r.Context(), stream, uint32(part), rs, pageMax, func(rec store.Record) error {
		he, err := decode(rec)
		if err != nil {
			return err
		}
		h.Events = append(h.Events, he)
		return nil
	})
	if err != nil {
		s.problem(w, r, err)
		return
	}
	if !next.IsZero() {
		h.Next = &next
	}
	writeJSON(w, http.StatusOK, h)
}

func accepts(r *http.Request, mt string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		if t, _, _ := mime.ParseMediaType(strings.TrimSpace(part)); t == mt {
			return true
		}
	}
	return false
}

// StreamInfo is the reply of GET /api/v1/streams/{stream}.
type StreamInfo struct {
	Stream     common.Address `json:"stream"`
	Owner      common.Address `json:"owner"`
	Metadata   string         `json:"metadata"`
	Partitions []PartInfo     `json:"partitions"`
	Public     bool           `json:"public"`
}

// PartInfo describes one stored stream partition.
type PartInfo struct {
	Partition        uint32 `json:"partition"`
	NetworkPartition uint32 `json:"networkPartition"`
	store.Info
}

// httpSearchStreams: GET /api/v1/streams?q=<text>&creator=<address>&limit=<n>&cursor=<next>,
// newest first.
func (s *Server) httpSearchStreams(w http.ResponseWriter, r *http.Request) {
	if s.deps.Directory == nil {
		s.problem(w, r, fmt.Errorf("%w: this broker keeps no stream directory", ErrUnavailable))
		return
	}
	v := r.URL.Query()
	q := directory.Query{Text: v.Get("q"), Cursor: v.Get("cursor")}
	if c := v.Get("creator"); c != "" {
		if !common.IsHexAddress(c) {
			s.problem(w, r, badRequest("creator %q is not an address", c))
			return
		}
		q.Creator = common.HexToAddress(c)
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil {
			s.problem(w, r, badRequest("limit %q is not a number", l))
			return
		}
		if n == 0 {
			n = -1 // an explicit 0 is out of range, not the default
		}
		q.Limit = n
	}
	page, err := s.deps.Directory.Search(q)
	if err != nil {
		if errors.Is(err, directory.ErrSyncing) {
			w.Header().Set("Retry-After", "2")
		}
		s.problem(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) httpStreamInfo(w http.ResponseWriter, r *http.Request) {
	stream, err := s.streamParam(r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	info, err := s.deps.Perms.Stream(r.Context(), stream)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	if info.Deleted {
		s.problemStatus(w, r, http.StatusNotFound, api.CodeNotFound, "stream was deleted")
		return
	}
	pub, err := s.deps.Perms.CanSubscribe(r.Context(), stream, common.Address{})
	if err != nil {
		s.problem(w, r, err)
		return
	}
	out := StreamInfo{Stream: stream, Owner: info.Owner, Metadata: info.Metadata, Public: pub.Allowed}
	for p := range min(info.Partitions, 1024) {
		pi, err := s.deps.Store.Info(r.Context(), stream, p)
		if err != nil {
			s.problem(w, r, err)
			return
		}
		out.Partitions = append(out.Partitions, PartInfo{Partition: p,
			NetworkPartition: s.deps.Store.NetworkPartition(stream, p), Info: pi})
	}
	writeJSON(w, http.StatusOK, out)
}
