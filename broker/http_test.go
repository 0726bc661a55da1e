package broker_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/server"
	"github.com/streamr-go/streamr/broker/store"
)

func doHTTP(t *testing.T, method, url, ctype string, body []byte, hdr ...string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, b
}

func TestHTTPAPI(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.RelayerKey = e.chain.Key(0)
	cfg.Store.MaxPage = 20
	_, url := e.start(cfg, nil)
	base := httpBase(url)
	pub := eventPublisher(t, e, 2)

	// Publish: JSON and binary.
	for i := range 30 {
		ev, err := pub.Publish(e.public, 0, jsonMsg(i))
		if err != nil {
			t.Fatal(err)
		}
		var status int
		var body []byte
		if i%2 == 0 {
			j, _ := json.Marshal(ev)
			status, _, body = doHTTP(t, "POST", base+"/api/v1/events", "application/json", j)
		} else {
			b, _ := protocol.Encode(ev)
			status, _, body = doHTTP(t, "POST", base+"/api/v1/events", "application/octet-stream", b)
		}
		if status != http.StatusCreated {
			t.Fatalf("publish %d: %d %s", i, status, body)
		}
	}

	// History: last, paging with next, NDJSON.
	status, _, body := doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex()+"/partitions/0/events?last=5", "", nil)
	var h server.History
	if status != 200 || json.Unmarshal(body, &h) != nil || len(h.Events) != 5 || contentN(t, h.Events[4].Event) != 29 {
		t.Fatalf("last 5: %d %s", status, body)
	}
	var all []server.HistoryEvent
	next := "0-1"
	for pages := 0; next != ""; pages++ {
		status, _, body = doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex()+"/partitions/0/events?limit=7&from="+next, "", nil)
		h = server.History{}
		if status != 200 || json.Unmarshal(body, &h) != nil {
			t.Fatalf("page %d: %d %s", pages, status, body)
		}
		all = append(all, h.Events...)
		next = ""
		if h.Next != nil {
			next = h.Next.String()
		}
	}
	if len(all) != 30 {
		t.Fatalf("paged history has %d events", len(all))
	}
	for i, he := range all {
		if contentN(t, he.Event) != i {
			t.Fatalf("paged history out of order at %d", i)
		}
	}
	to := all[9].Offset.String()
	status, hdr, body := doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex()+"/partitions/0/events?from=0-1&to="+to, "", nil,
		"Accept", "application/x-ndjson")
	if status != 200 || hdr.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("ndjson: %d %s", status, hdr)
	}
	lines := 0
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		var he server.HistoryEvent
		if err := json.Unmarshal(sc.Bytes(), &he); err != nil || contentN(t, he.Event) != lines {
			t.Fatalf("ndjson line %d: %s", lines, sc.Bytes())
		}
		lines++
	}
	if lines != 10 {
		t.Fatalf("ndjson range gave %d lines", lines)
	}

	// Stream info.
	status, _, body = doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex(), "", nil)
	var info server.StreamInfo
	if status != 200 || json.Unmarshal(body, &info) != nil || len(info.Partitions) != 4 || info.Partitions[0].Length != 30 || !info.Public {
		t.Fatalf("info: %d %s", status, body)
	}

	// Bad input: problem+json with a stable code, never a 500.
	ev, _ := pub.Publish(e.public, 0, jsonMsg(100))
	evJSON, _ := json.Marshal(ev)
	bad := []struct {
		method, path, ctype string
		body                []byte
		status              int
		code                api.Code
	}{
		{"POST", "/api/v1/events", "application/json", []byte("{"), 400, api.CodeBadRequest},
		{"POST", "/api/v1/events", "application/json", []byte(`{"stream":"0x12"}`), 400, api.CodeBadRequest},
		{"POST", "/api/v1/events", "application/octet-stream", []byte{0x53, 1, 2}, 400, api.CodeBadRequest},
		{"POST", "/api/v1/events", "application/octet-stream", make([]byte, 2<<20), 413, api.CodeTooLarge},
		{"POST", "/api/v1/events", "application/json", evJSON, 201, ""},
		{"POST", "/api/v1/events", "application/json", evJSON, 409, api.CodeDuplicate},
		{"GET", "/api/v1/streams/nope/partitions/0/events", "", nil, 400, api.CodeBadRequest},
		{"GET", "/api/v1/streams/" + e.public.Hex() + "/partitions/x/events", "", nil, 400, api.CodeBadRequest},
		{"GET", "/api/v1/streams/" + e.public.Hex() + "/partitions/9/events", "", nil, 404, api.CodeNotFound},
		{"GET", "/api/v1/streams/" + e.public.Hex() + "/partitions/0/events?last=-1", "", nil, 400, api.CodeBadRequest},
		{"GET", "/api/v1/streams/" + e.public.Hex() + "/partitions/0/events?from=abc", "", nil, 400, api.CodeBadRequest},
		{"GET", "/api/v1/streams/" + e.public.Hex() + "/partitions/0/events?last=3&from=1-0", "", nil, 400, api.CodeBadRequest},
		{"GET", "/api/v1/streams/" + e.private.Hex() + "/partitions/0/events", "", nil, 403, api.CodeForbidden},
		{"GET", "/api/v1/streams/0x0000000000000000000000000000000000001234", "", nil, 404, api.CodeNotFound},
		{"GET", "/api/v1/nothing", "", nil, 404, api.CodeNotFound},
		{"POST", "/api/v1/streams", "application/json", []byte(`{"path":""}`), 400, api.CodeBadRequest},
		{"POST", "/api/v1/streams", "application/json", []byte(`[`), 400, api.CodeBadRequest},
		{"POST", "/api/v1/relay", "application/json", []byte(`{"to":"0x0000000000000000000000000000000000001234","gas":1}`), 400, api.CodeBadRequest},
		{"POST", "/api/v1/auth/login", "application/json", []byte(`{"nonce":"ab","address":"0x0000000000000000000000000000000000001234","signature":"0x"}`), 401, api.CodeUnauthorized},
	}
	for _, tc := range bad {
		status, hdr, body := doHTTP(t, tc.method, base+tc.path, tc.ctype, tc.body)
		if status != tc.status {
			t.Errorf("%s %s: status %d, want %d: %s", tc.method, tc.path, status, tc.status, body)
			continue
		}
		if tc.code == "" {
			continue
		}
		var p server.Problem
		if hdr.Get("Content-Type") != "application/problem+json" || json.Unmarshal(body, &p) != nil || p.Code != tc.code {
			t.Errorf("%s %s: %s %s", tc.method, tc.path, hdr.Get("Content-Type"), body)
		}
	}

	// Sign in over HTTP and read the private stream.
	status, _, body = doHTTP(t, "POST", base+"/api/v1/auth/challenge", "", nil)
	var ch api.Control
	if status != 200 || json.Unmarshal(body, &ch) != nil {
		t.Fatalf("challenge: %d %s", status, body)
	}
	sig, _ := api.SignIn(&ch, e.chain.Key(3))
	login, _ := json.Marshal(server.LoginRequest{Address: e.chain.Addr(3), Nonce: ch.Nonce, Signature: sig})
	status, _, body = doHTTP(t, "POST", base+"/api/v1/auth/login", "application/json", login)
	var lr server.LoginReply
	if status != 200 || json.Unmarshal(body, &lr) != nil {
		t.Fatalf("login: %d %s", status, body)
	}
	if status, _, body = doHTTP(t, "POST", base+"/api/v1/auth/login", "application/json", login); status != 401 {
		t.Fatalf("nonce reused: %d %s", status, body)
	}
	status, _, body = doHTTP(t, "GET", base+"/api/v1/streams/"+e.private.Hex()+"/partitions/0/events", "", nil,
		"Authorization", "Bearer "+lr.Token)
	if status != 200 {
		t.Fatalf("private history with session: %d %s", status, body)
	}

	// Health, readiness, metrics.
	for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
		if status, _, body := doHTTP(t, "GET", base+p, "", nil); status != 200 {
			t.Fatalf("%s: %d %s", p, status, body)
		}
	}
	_, _, body = doHTTP(t, "GET", base+"/metrics", "", nil)
	for _, m := range []string{"streamr_broker_events_in_total 31", `streamr_broker_rejects_total{code="DUPLICATE"}`} {
		if !strings.Contains(string(body), m) {
			t.Errorf("metrics lack %q", m)
		}
	}

	t.Run("create stream as a transaction", func(t *testing.T) {
		req, _ := json.Marshal(server.CreateStreamRequest{Path: "made/by-wallet", Metadata: "{}", Partitions: 2})
		status, _, body := doHTTP(t, "POST", base+"/api/v1/streams", "application/json", req)
		var mr server.ManageReply
		if status != 200 || json.Unmarshal(body, &mr) != nil || len(mr.Transactions) != 1 {
			t.Fatalf("create: %d %s", status, body)
		}
		sendTx(t, e, 5, mr.Transactions[0])
		id, _ := e.chain.Registry.StreamOf(nil, e.chain.Addr(5), "made/by-wallet")
		if id == (common.Address{}) {
			t.Fatal("stream not created from the returned transaction")
		}
	})

	t.Run("create stream relayed", func(t *testing.T) {
		user, _ := crypto.GenerateKey() // holds no ETH
		from := crypto.PubkeyToAddress(user.PublicKey)
		req, _ := json.Marshal(server.CreateStreamRequest{From: &from, Path: "relayed/one", Metadata: "{}", Partitions: 1})
		status, _, body := doHTTP(t, "POST", base+"/api/v1/streams", "application/json", req)
		var mr server.ManageReply
		if status != 200 || json.Unmarshal(body, &mr) != nil || len(mr.Relay) != 1 {
			t.Fatalf("create relayed: %d %s", status, body)
		}
		fr := mr.Relay[0]
		digest, _, err := apitypes.TypedDataAndHash(*fr.TypedData)
		if err != nil {
			t.Fatal(err)
		}
		sig, _ := crypto.Sign(digest, user)
		sig[64] += 27
		fr.Signature, fr.TypedData = sig, nil
		rb, _ := json.Marshal(fr)
		status, _, body = doHTTP(t, "POST", base+"/api/v1/relay", "application/json", rb)
		var rr server.RelayReply
		if status != 202 || json.Unmarshal(body, &rr) != nil {
			t.Fatalf("relay: %d %s", status, body)
		}
		waitReceipt(t, e, rr.TxHash)
		id, _ := e.chain.Registry.StreamOf(nil, from, "relayed/one")
		if id == (common.Address{}) {
			t.Fatal("relayed stream not created")
		}
		// The same signed request again is refused.
		if status, _, body = doHTTP(t, "POST", base+"/api/v1/relay", "application/json", rb); status != 401 {
			t.Fatalf("replayed relay: %d %s", status, body)
		}
	})
}

func eventPublisher(t *testing.T, e *env, account int) *protocol.Publisher {
	p, err := protocol.NewPublisher(e.chain.Key(account), e.domain, protocol.PublisherConfig{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// publishAsync signs n events for a partition (msg makes the i-th) and hands them to c
// without waiting; it returns their results in publish order.
func publishAsync(t *testing.T, c *client.Client, p *protocol.Publisher, stream common.Address, partition uint32,
	n int, msg func(i int) protocol.Message) []<-chan client.Result {
	t.Helper()
	results := make([]<-chan client.Result, 0, n)
	for i := range n {
		ev, err := p.Publish(stream, partition, msg(i))
		if err != nil {
			t.Fatal(err)
		}
		ch, err := c.PublishAsync(ev)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, ch)
	}
	return results
}

func sendTx(t *testing.T, e *env, account int, tx server.Tx) {
	t.Helper()
	ctx := context.Background()
	c := e.chain.Chain.Client
	from := e.chain.Addr(account)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := c.SuggestGasTipCap(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	to := tx.To
	raw := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip, GasFeeCap: fee,
		Gas: 3_000_000, To: &to, Data: tx.Data})
	signedTx, err := types.SignTx(raw, types.LatestSignerForChainID(big.NewInt(1337)), e.chain.Key(account))
	if err != nil {
		t.Fatal(err)
	}
	e.chain.Mined(signedTx, c.SendTransaction(ctx, signedTx))
}

func waitReceipt(t *testing.T, e *env, h common.Hash) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		r, err := e.chain.Chain.Client.TransactionReceipt(context.Background(), h)
		if err == nil && r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("tx %s reverted", h)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("tx %s not mined", h)
}

var _ = fmt.Sprint
var _ = hexutil.Encode

func TestStreamSearchHTTP(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	base := httpBase(url) + "/api/v1/streams"
	var page directory.Page
	deadline := time.Now().Add(30 * time.Second)
	for {
		status, hdr, body := doHTTP(t, "GET", base+"?q=TEST/", "", nil)
		if status == http.StatusOK {
			if err := json.Unmarshal(body, &page); err != nil {
				t.Fatal(err)
			}
			break
		}
		// Until the registry's history is read: 503 with a Retry-After.
		if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" || time.Now().After(deadline) {
			t.Fatalf("search: %d %s", status, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(page.Streams) != 2 || page.Streams[0].Stream != e.private || page.Streams[1].Stream != e.public ||
		page.Streams[1].Path != "test/public" || page.Streams[1].Creator != e.chain.Addr(1) || page.Next != "" {
		t.Fatalf("search test/: %+v", page)
	}
	status, _, body := doHTTP(t, "GET", base+"?limit=1&creator="+e.chain.Addr(1).Hex(), "", nil)
	if page = (directory.Page{}); status != 200 || json.Unmarshal(body, &page) != nil || len(page.Streams) != 1 || page.Next == "" {
		t.Fatalf("first page: %d %s", status, body)
	}
	status, _, body = doHTTP(t, "GET", base+"?limit=1&cursor="+page.Next, "", nil)
	if page = (directory.Page{}); status != 200 || json.Unmarshal(body, &page) != nil || len(page.Streams) != 1 || page.Streams[0].Stream != e.public {
		t.Fatalf("second page: %d %s", status, body)
	}
	for _, q := range []string{"limit=0", "limit=201", "limit=ten", "creator=0x12", "cursor=abc"} {
		status, _, body := doHTTP(t, "GET", base+"?"+q, "", nil)
		var p server.Problem
		if status != http.StatusBadRequest || json.Unmarshal(body, &p) != nil || p.Code != api.CodeBadRequest {
			t.Errorf("%s: %d %s", q, status, body)
		}
	}
}

// TestHTTPPublishBatch publishes several events per request, as a publish batch frame and
// as JSON lines: each is answered on its own, in order, and a refused event does not stop
// the ones after it; a body that is not a batch is refused whole.
func TestHTTPPublishBatch(t *testing.T) {
	e := newEnv(t)
	_, url := e.start(e.config(), nil)
	base := httpBase(url)
	pub := eventPublisher(t, e, 2)
	events := make([]*protocol.Event, 50)
	for i := range events {
		ev, err := pub.Publish(e.public, 0, jsonMsg(i))
		if err != nil {
			t.Fatal(err)
		}
		events[i] = ev
	}
	post := func(ctype string, body []byte) server.BatchResult {
		t.Helper()
		status, _, b := doHTTP(t, "POST", base+"/api/v1/events", ctype, body)
		var res server.BatchResult
		if status != http.StatusOK || json.Unmarshal(b, &res) != nil {
			t.Fatalf("batch: %d %s", status, b)
		}
		return res
	}
	stored := func(res server.BatchResult, i int) store.Offset {
		t.Helper()
		it := res.Results[i]
		if it.Error != nil || it.Offset == nil || it.Stream == nil || *it.Stream != e.public || it.Partition != 0 {
			t.Fatalf("result %d: %+v %+v", i, it, it.Error)
		}
		return *it.Offset
	}
	refused := func(res server.BatchResult, i int, code api.Code, status int, stream *common.Address) {
		t.Helper()
		it := res.Results[i]
		if it.Error == nil || it.Error.Code != code || it.Error.Status != status || it.Offset != nil ||
			(stream == nil) != (it.Stream == nil) || stream != nil && *stream != *it.Stream {
			t.Fatalf("result %d: want %s %d, got %+v %+v", i, code, status, it, it.Error)
		}
	}

	// A binary batch frame of events 0–24 and one of a publisher without permission (of
	// another chain, so the events after it are not held up).
	forbidden, err := eventPublisher(t, e, 3).Publish(e.private, 0, jsonMsg(1000))
	if err != nil {
		t.Fatal(err)
	}
	frame := []byte{api.PublishBatchTag}
	for i, ev := range events[:25] {
		if i == 10 {
			frame = api.AppendPublishItem(frame, mustEncode(t, forbidden))
		}
		frame = api.AppendPublishItem(frame, mustEncode(t, ev))
	}
	res := post("application/octet-stream", frame)
	if res.Stored != 25 || res.Failed != 1 || len(res.Results) != 26 {
		t.Fatalf("binary batch: stored %d, failed %d, %d results", res.Stored, res.Failed, len(res.Results))
	}
	refused(res, 10, api.CodeForbidden, http.StatusForbidden, &e.private)
	var last store.Offset
	for i := range res.Results {
		if i == 10 {
			continue
		}
		off := stored(res, i)
		if !last.Less(off) {
			t.Fatalf("result %d: offset %s not after %s", i, off, last)
		}
		last = off
	}

	// JSON lines with events 25–49, a line that is not an event, a replay of event 3, an
	// event whose content was changed after signing (from a chain of its own), blank lines.
	forged, err := eventPublisher(t, e, 4).Publish(e.public, 1, jsonMsg(2000))
	if err != nil {
		t.Fatal(err)
	}
	forged.Content = []byte(`{"n":2001}`)
	var lines bytes.Buffer
	for i, ev := range events[25:] {
		switch i {
		case 5:
			lines.WriteString("{\"stream\": 12}\n")
		case 10:
			j, _ := json.Marshal(events[3])
			lines.Write(append(j, '\n'))
		case 15:
			j, _ := json.Marshal(forged)
			lines.Write(append(j, "\r\n\n"...))
		}
		j, _ := json.Marshal(ev)
		lines.Write(append(j, '\n'))
	}
	res = post("application/x-ndjson", lines.Bytes())
	if res.Stored != 25 || res.Failed != 3 || len(res.Results) != 28 {
		t.Fatalf("JSON lines: stored %d, failed %d, %d results", res.Stored, res.Failed, len(res.Results))
	}
	refused(res, 5, api.CodeBadRequest, http.StatusBadRequest, nil)
	refused(res, 11, api.CodeDuplicate, http.StatusConflict, &e.public)
	refused(res, 17, api.CodeBadSignature, http.StatusUnauthorized, &e.public)
	for i := range res.Results {
		if i == 5 || i == 11 || i == 17 {
			continue
		}
		off := stored(res, i)
		if !last.Less(off) {
			t.Fatalf("result %d: offset %s not after %s", i, off, last)
		}
		last = off
	}

	// Every event stored once, in the order sent.
	status, _, body := doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex()+"/partitions/0/events?last=100", "", nil)
	var h server.History
	if status != 200 || json.Unmarshal(body, &h) != nil || len(h.Events) != 50 {
		t.Fatalf("history: %d %s", status, body)
	}
	for i, he := range h.Events {
		if !he.Event.Equal(events[i]) {
			t.Fatalf("history %d: %+v", i, he.Event)
		}
	}

	// Bodies that are not batches: refused whole, nothing stored.
	next, err := pub.Publish(e.public, 0, jsonMsg(50))
	if err != nil {
		t.Fatal(err)
	}
	truncated := api.AppendPublishItem([]byte{api.PublishBatchTag}, mustEncode(t, next))
	truncated = truncated[:len(truncated)-1]
	tooMany := bytes.Repeat(append(mustJSON(t, next), '\n'), api.MaxBatch+1)
	for _, c := range []struct {
		name, ctype string
		body        []byte
	}{
		{"truncated frame", "application/octet-stream", truncated},
		{"empty frame", "application/octet-stream", []byte{api.PublishBatchTag}},
		{"blank lines", "application/x-ndjson", []byte("\n \r\n")},
		{"too many lines", "application/x-ndjson", tooMany},
	} {
		status, _, body := doHTTP(t, "POST", base+"/api/v1/events", c.ctype, c.body)
		var p server.Problem
		if status != http.StatusBadRequest || json.Unmarshal(body, &p) != nil || p.Code != api.CodeBadRequest {
			t.Fatalf("%s: %d %s", c.name, status, body)
		}
	}
	status, _, body = doHTTP(t, "GET", base+"/api/v1/streams/"+e.public.Hex()+"/partitions/0/events?last=1", "", nil)
	h = server.History{}
	if status != 200 || json.Unmarshal(body, &h) != nil || len(h.Events) != 1 || !h.Events[0].Event.Equal(events[49]) {
		t.Fatalf("after refused bodies: %d %s", status, body)
	}
}

func mustEncode(t *testing.T, ev *protocol.Event) []byte {
	t.Helper()
	b, err := protocol.Encode(ev)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustJSON(t *testing.T, ev *protocol.Event) []byte {
	t.Helper()
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
