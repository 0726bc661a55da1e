package broker_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
)

// rawConn is a bare WebSocket connection for checking error codes.
type rawConn struct {
	t         *testing.T
	c         *websocket.Conn
	challenge api.Control
}

func dialRaw(t *testing.T, url string) *rawConn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.SetReadLimit(1 << 22)
	t.Cleanup(func() { _ = c.CloseNow() })
	r := &rawConn{t: t, c: c}
	if got := r.next(); got.Type != api.TypeChallenge {
		t.Fatalf("first frame %+v", got)
	} else {
		r.challenge = got.Control
	}
	return r
}

func (r *rawConn) send(typ websocket.MessageType, b []byte) {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := r.c.Write(ctx, typ, b); err != nil {
		r.t.Fatal(err)
	}
}

// typeAck is the Type of an answer that holds an ack frame (acks are binary frames, not
// control messages).
const typeAck = "ack"

// answer is a control message, or an ack frame (Type typeAck, Acks set).
type answer struct {
	api.Control
	Acks []api.Ack
}

// next returns the next control message or ack frame, skipping deliveries.
func (r *rawConn) next() *answer {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		typ, b, err := r.c.Read(ctx)
		if err != nil {
			r.t.Fatalf("read: %v", err)
		}
		if typ == websocket.MessageBinary {
			if len(b) == 0 || b[0] != api.AckTag {
				continue
			}
			a := &answer{Control: api.Control{Type: typeAck}}
			if err := api.ParseAcks(b, func(ack *api.Ack) { a.Acks = append(a.Acks, *ack) }); err != nil {
				r.t.Fatal(err)
			}
			return a
		}
		var c answer
		if err := json.Unmarshal(b, &c.Control); err != nil {
			r.t.Fatal(err)
		}
		return &c
	}
}

func (r *rawConn) expect(typ string, code api.Code) *answer {
	r.t.Helper()
	c := r.next()
	if c.Type != typ || c.Code != code {
		r.t.Fatalf("got %s %s (%s), want %s %s", c.Type, c.Code, c.Message, typ, code)
	}
	return c
}

func signed(t testing.TB, d *protocol.Domain, key *ecdsa.PrivateKey, e protocol.Event) []byte {
	t.Helper()
	e.Version = protocol.Version
	e.Publisher = crypto.PubkeyToAddress(key.PublicKey)
	if e.Timestamp == 0 {
		e.Timestamp = uint64(time.Now().UnixMilli())
	}
	if e.Content == nil {
		e.Content = []byte(`{"x":1}`)
	}
	if err := d.Sign(&e, key); err != nil {
		t.Fatal(err)
	}
	b, err := protocol.Encode(&e)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestIngressRejects(t *testing.T) {
	e := newEnv(t)
	cfg := e.config()
	cfg.Server.Limits.MaxContentSize = 1024
	cfg.Server.MaxFrameSize = 64 << 10
	_, url := e.start(cfg, nil)
	r := dialRaw(t, url)
	key := e.chain.Key(2)
	now := uint64(time.Now().UnixMilli())
	chain := [32]byte{1}

	ok := signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now})
	r.send(websocket.MessageBinary, ok)
	r.expect(typeAck, "")

	badSig := append([]byte(nil), ok...)
	badSig[len(badSig)-10] ^= 0xff
	highS := func() []byte {
		ev, err := protocol.Decode(signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{9}, Timestamp: now}))
		if err != nil {
			t.Fatal(err)
		}
		s := new(big.Int).SetBytes(ev.Signature[32:64])
		s.Sub(crypto.S256().Params().N, s)
		s.FillBytes(ev.Signature[32:64])
		ev.Signature[64] ^= 1 // 27 <-> 28
		b, _ := protocol.Encode(ev)
		return b
	}()
	stranger, _ := crypto.GenerateKey()
	tests := []struct {
		name  string
		frame []byte
		code  api.Code
	}{
		{"garbage", []byte("not an event"), api.CodeBadRequest},
		{"truncated", ok[:50], api.CodeBadRequest},
		{"trailing", append(append([]byte(nil), ok...), 0), api.CodeBadRequest},
		{"content above limit", signed(t, e.domain, key, protocol.Event{Stream: e.public, ContentType: protocol.ContentBinary,
			MsgChainID: [32]byte{2}, Content: make([]byte, 2048)}), api.CodeTooLarge},
		{"bad signature", badSig, api.CodeBadSignature},
		{"high s", highS, api.CodeBadSignature},
		{"unknown stream", signed(t, e.domain, key, protocol.Event{Stream: common.HexToAddress("0x1234"), MsgChainID: [32]byte{3}}), api.CodeNotFound},
		{"partition out of range", signed(t, e.domain, key, protocol.Event{Stream: e.public, Partition: 4, MsgChainID: [32]byte{3}}), api.CodeNotFound},
		{"no permission", signed(t, e.domain, stranger, protocol.Event{Stream: e.public, MsgChainID: [32]byte{4}}), api.CodeForbidden},
		{"stale", signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{5}, Timestamp: now - 3600_000}), api.CodeStale},
		{"future", signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{5}, Timestamp: now + 3600_000}), api.CodeStale},
		{"replay", ok, api.CodeDuplicate},
		{"older than the chain", signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now - 1}), api.CodeDuplicate},
		{"gap", signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + 2, PrevTimestamp: now + 1}), api.CodeOutOfOrder},
		{"wrong domain", signed(t, protocol.NewDomain(1, e.chain.Deploy.Registry), key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{6}}), api.CodeBadSignature},
		{"bad JSON content", signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{7}, Content: []byte("{")}), api.CodeBadRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r.t = t
			r.send(websocket.MessageBinary, tc.frame)
			r.expect(api.TypeError, tc.code)
		})
	}
	r.t = t
	// The chain continues after rejections.
	r.send(websocket.MessageBinary, signed(t, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: chain, Timestamp: now + 1, PrevTimestamp: now}))
	r.expect(typeAck, "")

	controls := []struct {
		name string
		msg  string
		code api.Code
	}{
		{"not JSON", "{", api.CodeBadRequest},
		{"unknown type", `{"type":"launch"}`, api.CodeBadRequest},
		{"unknown field", `{"type":"ping","rocket":1}`, api.CodeBadRequest},
		{"subscribe without stream", `{"type":"subscribe"}`, api.CodeBadRequest},
		{"subscribe bad stream", `{"type":"subscribe","stream":"0xzz"}`, api.CodeBadRequest},
		{"subscribe closed range", `{"type":"subscribe","stream":"` + e.public.Hex() + `","resend":{"from":"1-0","to":"2-0"}}`, api.CodeBadRequest},
		{"negative last", `{"type":"resend","stream":"` + e.public.Hex() + `","resend":{"last":-1}}`, api.CodeBadRequest},
		{"bad offset", `{"type":"resend","stream":"` + e.public.Hex() + `","resend":{"from":"x"}}`, api.CodeBadRequest},
		{"auth wrong nonce", `{"type":"auth","nonce":"00","address":"` + e.chain.Addr(2).Hex() + `","signature":"0x00"}`, api.CodeUnauthorized},
		{"unknown stream", `{"type":"subscribe","stream":"0x0000000000000000000000000000000000001234"}`, api.CodeNotFound},
		{"private stream anonymously", `{"type":"subscribe","stream":"` + e.private.Hex() + `"}`, api.CodeForbidden},
	}
	for _, tc := range controls {
		t.Run(tc.name, func(t *testing.T) {
			r.t = t
			r.send(websocket.MessageText, []byte(tc.msg))
			r.expect(api.TypeError, tc.code)
		})
	}
	r.t = t

	// Sign in: the nonce is single use.
	r2 := dialRaw(t, url)
	addr := e.chain.Addr(3)
	sig, err := api.SignIn(&r2.challenge, e.chain.Key(3))
	if err != nil {
		t.Fatal(err)
	}
	auth, _ := json.Marshal(api.Control{Type: api.TypeAuth, Nonce: r2.challenge.Nonce, Address: &addr, Signature: sig})
	r2.send(websocket.MessageText, auth)
	r2.expect(api.TypeAuthenticated, "")
	r2.expect(api.TypeChallenge, "")
	r2.send(websocket.MessageText, auth)
	r2.expect(api.TypeError, api.CodeUnauthorized)
	r2.send(websocket.MessageText, []byte(`{"type":"subscribe","id":"p","stream":"`+e.private.Hex()+`"}`))
	r2.expect(api.TypeSubscribed, "")

	// Another's signature for my address.
	r3 := dialRaw(t, url)
	sig3, _ := api.SignIn(&r3.challenge, e.chain.Key(4))
	auth3, _ := json.Marshal(api.Control{Type: api.TypeAuth, Nonce: r3.challenge.Nonce, Address: &addr, Signature: sig3})
	r3.send(websocket.MessageText, auth3)
	r3.expect(api.TypeError, api.CodeUnauthorized)

	// A frame above the frame limit closes the connection with 1009.
	r4 := dialRaw(t, url)
	r4.send(websocket.MessageBinary, make([]byte, 65<<10))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, _, err = r4.c.Read(ctx)
	if websocket.CloseStatus(err) != websocket.StatusMessageTooBig {
		t.Fatalf("oversized frame: %v", err)
	}
}
