package api

import (
	"bytes"
	"context"

	"github.com/coder/websocket"
)

// Reader reads the messages of one WebSocket connection. Unlike websocket.Conn.Read, which
// grows a new buffer from 512 bytes for every message, it reads into a buffer it keeps and
// returns an exact-size copy: one allocation per message. Not safe for concurrent use.
type Reader struct {
	c       *websocket.Conn
	scratch bytes.Buffer
}

// NewReader returns a reader of c's messages.
func NewReader(c *websocket.Conn) *Reader { return &Reader{c: c} }

// keepScratch bounds the buffer kept between messages; a larger message's buffer is dropped.
const keepScratch = 64 << 10

// Read returns the next message (the connection's read limit applies).
func (r *Reader) Read(ctx context.Context) (websocket.MessageType, []byte, error) {
	typ, mr, err := r.c.Reader(ctx)
	if err != nil {
		return 0, nil, err
	}
	r.scratch.Reset()
	_, err = r.scratch.ReadFrom(mr)
	b := bytes.Clone(r.scratch.Bytes())
	if r.scratch.Cap() > keepScratch {
		r.scratch = bytes.Buffer{}
	}
	if err != nil {
		return 0, nil, err
	}
	if b == nil {
		b = []byte{}
	}
	return typ, b, nil
}
