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
	keep    int
	scratch bytes.Buffer
}

// NewReader returns a reader of c's messages that keeps a buffer of up to keep bytes between
// messages (a larger message's buffer is dropped): a broker with many connections keeps
// little, a client with one connection can keep a delivery frame's worth.
func NewReader(c *websocket.Conn, keep int) *Reader { return &Reader{c: c, keep: keep} }

// Read returns the next message (the connection's read limit applies).
func (r *Reader) Read(ctx context.Context) (websocket.MessageType, []byte, error) {
	typ, mr, err := r.c.Reader(ctx)
	if err != nil {
		return 0, nil, err
	}
	r.scratch.Reset()
	_, err = r.scratch.ReadFrom(mr)
	b := bytes.Clone(r.scratch.Bytes())
	if r.scratch.Cap() > r.keep {
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
