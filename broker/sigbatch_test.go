package broker_test

import (
	"slices"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/metrictest"
)

// oneCheckWorker starts a broker with one check worker, so that the events of one frame
// are checked in one batch, and returns its registry and a raw connection to it.
func oneCheckWorker(t *testing.T) (*env, *prometheus.Registry, *rawConn) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.VerifyWorkers = 1
	reg := prometheus.NewRegistry()
	_, url := e.startWith(cfg, broker.Deps{Redis: e.rdb, Chain: e.chain.Chain.Client}, reg)
	return e, reg, dialRaw(t, url)
}

// TestBatchedSignatureChecksRejectForgeries sends frames of many events at once, so that
// the check worker verifies their signatures in batches, with events that claim the
// publisher but are signed by another key among them: each forgery is refused with
// BAD_SIGNATURE, every genuine event is stored and acknowledged, in order.
func TestBatchedSignatureChecksRejectForgeries(t *testing.T) {
	e, reg, r := oneCheckWorker(t)
	key, other := e.chain.Key(2), e.chain.Key(3)
	publisher := crypto.PubkeyToAddress(key.PublicKey)
	now := uint64(time.Now().UnixMilli())

	forged := func(ts uint64) []byte {
		ev := protocol.Event{Version: protocol.Version, Stream: e.public, MsgChainID: [32]byte{0xf0},
			Timestamp: ts, Publisher: publisher, Content: []byte(`{"x":1}`),
			SignatureType: protocol.SignatureEIP712}
		digest := e.domain.Digest(&ev)
		sig, err := crypto.Sign(digest[:], other)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		ev.Signature = sig
		b, err := protocol.Encode(&ev)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	const perFrame = 48
	ts, prev := now, uint64(0) // prev: the last genuine event, which the next one names
	for round := 0; ; round++ {
		if round == 10 {
			t.Fatal("no batch of signature checks held a forgery in 10 frames")
		}
		var evs [][]byte
		var want []uint64 // acked timestamps in answer order; 0 for a refusal
		for i := range perFrame {
			ts++
			if i%7 == 3 {
				evs = append(evs, forged(ts))
				want = append(want, 0)
				continue
			}
			evs = append(evs, signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{0xb0},
				Timestamp: ts, PrevTimestamp: prev}))
			want = append(want, ts)
			prev = ts
		}
		r.send(websocket.MessageBinary, batchFrame(evs...))
		acked, codes := r.answers(perFrame)
		if !slices.Equal(acked, want) {
			t.Fatalf("round %d: answers %v (errors %v), want %v", round, acked, codes, want)
		}
		for _, c := range codes {
			if c != api.CodeBadSignature {
				t.Fatalf("round %d: forgery refused with %s, want %s", round, c, api.CodeBadSignature)
			}
		}
		if metrictest.Metric(t, reg, "streamr_broker_signature_batch_failures_total") > 0 {
			break
		}
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_signatures_batched_total"); n == 0 {
		t.Fatal("no signature was checked in a batch")
	}
	// A key is remembered once an event it was recovered from passed every check,
	// permission included (the first frame's permission answer came from the chain, not
	// the cache): one more genuine event does. Only the publisher's key is known then: the
	// forger's never recovered to its event's publisher.
	ts++
	r.send(websocket.MessageBinary, batchFrame(signed(t, e.domain, key, protocol.Event{Stream: e.public,
		MsgChainID: [32]byte{0xb1}, Timestamp: ts})))
	if acked, codes := r.answers(1); acked[0] != ts {
		t.Fatalf("a genuine event after the forgeries: %v %v", acked, codes)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_known_publisher_keys"); n != 1 {
		t.Fatalf("%v publisher keys known, want 1", n)
	}
	if n := metrictest.Metric(t, reg, "streamr_broker_check_queue_depth"); n != 0 {
		t.Fatalf("%v publishes still wait for a check after every answer", n)
	}
}

// TestOnlyPermittedPublishersKeysAreRemembered: the keys of publishers refused for want of
// permission are never remembered for batched checks (anyone can make up keys, and they
// would crowd out the publishers that may publish); a permitted publisher's key is.
func TestOnlyPermittedPublishersKeysAreRemembered(t *testing.T) {
	e, reg, r := oneCheckWorker(t)
	ts := uint64(time.Now().UnixMilli())
	frame := func(key int, chain byte, n int) []byte {
		var evs [][]byte
		for range n {
			ts++
			evs = append(evs, signed(t, e.domain, e.chain.Key(key), protocol.Event{Stream: e.public,
				MsgChainID: [32]byte{chain}, Timestamp: ts}))
		}
		return batchFrame(evs...)
	}
	// Account 3 may subscribe to the public stream but not publish to it.
	for round := range 3 {
		r.send(websocket.MessageBinary, frame(3, byte(round), 8))
		_, codes := r.answers(8)
		if len(codes) != 8 || codes[0] != api.CodeForbidden {
			t.Fatalf("round %d: refusals %v, want 8 %s", round, codes, api.CodeForbidden)
		}
		if n := metrictest.Metric(t, reg, "streamr_broker_known_publisher_keys"); n != 0 {
			t.Fatalf("round %d: %v publisher keys known after refused publishes, want 0", round, n)
		}
	}
	// Account 2 may publish: once its permission is known, its key is remembered.
	for round := 0; metrictest.Metric(t, reg, "streamr_broker_known_publisher_keys") != 1; round++ {
		if round == 5 {
			t.Fatal("a permitted publisher's key is not remembered after 5 frames")
		}
		r.send(websocket.MessageBinary, frame(2, 0x20+byte(round), 1))
		if acked, codes := r.answers(1); acked[0] == 0 {
			t.Fatalf("round %d: permitted publish refused: %v", round, codes)
		}
	}
}
