package broker_test

import (
	"context"
	"testing"
	"time"

	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/server"
)

// FuzzPublishFrame feeds arbitrary WebSocket publish frames to the ingress pipeline: it
// must never panic and every rejection must carry a stable code other than INTERNAL.
func FuzzPublishFrame(f *testing.F) {
	e := newEnv(f)
	cfg := e.config()
	b, _ := e.start(cfg, nil)
	key := e.chain.Key(2)
	now := uint64(time.Now().UnixMilli())
	f.Add(signed(f, e.domain, key, protocol.Event{Stream: e.public, MsgChainID: [32]byte{1}, Timestamp: now}))
	f.Add([]byte{protocol.WireMagic, 1})
	f.Add([]byte("{}"))
	f.Fuzz(func(t *testing.T, frame []byte) {
		_, _, err := b.Srv.Publish(context.Background(), frame)
		if err == nil {
			return
		}
		if code := server.Code(err); code == api.CodeInternal || code == "" {
			t.Fatalf("unclassified error %v", err)
		}
	})
}
