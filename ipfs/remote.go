package ipfs

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"
)

// Remote pinning retries a failed push this many times in all, waiting
// remotePinBackoff, then twice as long, and so on between attempts.
const remotePinAttempts = 4

// remotePinBackoff is the first wait between attempts; tests shorten it.
var remotePinBackoff = time.Second

// errRemoteMismatch marks a push the endpoint answered with another CID.
var errRemoteMismatch = errors.New("remote endpoint computed a different CID")

// remotePinner pushes added documents to kubo RPC API endpoints in the
// background, one worker and one queue per endpoint so that a slow endpoint
// does not hold up the others.
type remotePinner struct {
	open      func(context.Context, cid.Cid) (*File, error)
	log       *slog.Logger
	metrics   *metrics
	timeout   time.Duration
	transport *http.Transport
	client    *http.Client

	endpoints []*remoteEndpoint
	ctx       context.Context
	cancel    context.CancelFunc
	wg        sync.WaitGroup
}

type remoteEndpoint struct {
	addURL string // {base}/api/v0/add?cid-version=1&pin=true
	name   string // base URL without credentials, for logs
	queue  chan cid.Cid
}

func newRemotePinner(cfg Config, open func(context.Context, cid.Cid) (*File, error), log *slog.Logger, m *metrics) *remotePinner {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	rp := &remotePinner{
		open:      open,
		log:       log.With("subcomponent", "remote-pin"),
		metrics:   m,
		timeout:   cfg.RemotePinTimeout,
		transport: transport,
		client:    &http.Client{Transport: transport},
	}
	rp.ctx, rp.cancel = context.WithCancel(context.Background())
	for _, raw := range cfg.RemotePins {
		u, _ := url.Parse(raw) // validated by Config.withDefaults
		name := u.Redacted()
		u.Path = strings.TrimRight(u.Path, "/") + "/api/v0/add"
		u.RawPath = ""
		u.RawQuery = "cid-version=1&pin=true"
		ep := &remoteEndpoint{
			addURL: u.String(),
			name:   name,
			queue:  make(chan cid.Cid, cfg.RemotePinQueue),
		}
		rp.endpoints = append(rp.endpoints, ep)
		rp.wg.Add(1)
		go rp.run(ep)
	}
	return rp
}

// enqueue queues c for every endpoint without blocking; an endpoint whose
// queue is full skips it.
func (rp *remotePinner) enqueue(c cid.Cid) {
	for _, ep := range rp.endpoints {
		select {
		case ep.queue <- c:
		default:
			rp.metrics.remotePins.WithLabelValues("dropped").Inc()
			rp.log.Warn("remote pin queue full, not pushing", "cid", c, "endpoint", ep.name)
		}
	}
}

// close stops the workers, abandoning queued documents, and waits for them.
func (rp *remotePinner) close() {
	rp.cancel()
	rp.wg.Wait()
	rp.transport.CloseIdleConnections()
	for _, ep := range rp.endpoints {
		if left := len(ep.queue); left > 0 {
			rp.log.Warn("remote pinning stopped with documents queued", "endpoint", ep.name, "queued", left)
		}
	}
}

func (rp *remotePinner) run(ep *remoteEndpoint) {
	defer rp.wg.Done()
	for {
		select {
		case <-rp.ctx.Done():
			return
		case c := <-ep.queue:
			rp.push(ep, c)
		}
	}
}

// push sends c to ep, retrying transient failures with backoff.
func (rp *remotePinner) push(ep *remoteEndpoint, c cid.Cid) {
	delay := remotePinBackoff
	for attempt := 1; ; attempt++ {
		start := time.Now()
		retry, err := rp.pushOnce(ep, c)
		switch {
		case err == nil:
			rp.metrics.remotePins.WithLabelValues("ok").Inc()
			rp.log.Info("pinned remotely", "cid", c, "endpoint", ep.name, "duration", time.Since(start))
			return
		case rp.ctx.Err() != nil:
			return // closing
		case errors.Is(err, errRemoteMismatch):
			rp.metrics.remotePins.WithLabelValues("mismatch").Inc()
			rp.log.Error("remote pin returned another CID; check the endpoint's import settings",
				"cid", c, "endpoint", ep.name, "err", err)
			return
		case !retry || attempt == remotePinAttempts:
			rp.metrics.remotePins.WithLabelValues("error").Inc()
			rp.log.Warn("remote pin failed", "cid", c, "endpoint", ep.name, "attempts", attempt, "err", err)
			return
		}
		rp.log.Debug("remote pin failed, retrying", "cid", c, "endpoint", ep.name, "attempt", attempt, "in", delay, "err", err)
		t := time.NewTimer(delay)
		select {
		case <-rp.ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		delay *= 2
	}
}

// pushOnce makes one attempt; retry tells whether the failure may pass.
func (rp *remotePinner) pushOnce(ep *remoteEndpoint, c cid.Cid) (retry bool, err error) {
	ctx, cancel := context.WithTimeout(rp.ctx, rp.timeout)
	defer cancel()
	f, err := rp.open(ctx, c)
	if err != nil {
		return false, fmt.Errorf("open local copy: %w", err) // unpinned and collected meanwhile
	}
	defer f.Close()

	// Stream the multipart body from the local store.
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	written := make(chan struct{})
	go func() {
		defer close(written)
		part, err := mw.CreateFormFile("file", c.String())
		if err == nil {
			_, err = io.Copy(part, f)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err) // nil: the reader sees EOF
	}()
	defer func() {
		// Unblock the writer if the request ended before the body did.
		pr.CloseWithError(errors.New("request finished"))
		<-written
	}()

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.addURL, pr)
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, err := rp.client.Do(req)
	if err != nil {
		return true, redactURLError(err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		err := fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(msg)))
		return resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests, err
	}

	// kubo answers with one JSON object per line ({"Name","Hash","Size"}),
	// and reports failures past the header in the X-Stream-Error trailer.
	var hash string
	sc := bufio.NewScanner(io.LimitReader(resp.Body, 1<<20))
	for sc.Scan() {
		var line struct{ Hash string }
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Hash != "" {
			hash = line.Hash
		}
	}
	if err := sc.Err(); err != nil {
		return true, fmt.Errorf("read response: %w", redactURLError(err))
	}
	if msg := resp.Trailer.Get("X-Stream-Error"); msg != "" {
		return true, fmt.Errorf("stream error: %s", msg)
	}
	if hash == "" {
		return true, errors.New("response names no CID")
	}
	got, err := cid.Decode(hash)
	if err != nil {
		return false, fmt.Errorf("response CID %q: %w", hash, err)
	}
	if !got.Equals(c) {
		return false, fmt.Errorf("%w: %s", errRemoteMismatch, got)
	}
	return false, nil
}

// redactURLError strips credentials from the URL inside a *url.Error.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if u, perr := url.Parse(ue.URL); perr == nil {
			return &url.Error{Op: ue.Op, URL: u.Redacted(), Err: ue.Err}
		}
	}
	return err
}
