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

// View returns the next message without copying it: the bytes are the reader's buffer and
// stay valid only until the next View or Read, for a caller that decodes a message and
// keeps nothing of it (a copy per message shows in a busy subscriber's profile). A buffer
// grown beyond what the reader keeps is dropped at the next call.
func (r *Reader) View(ctx context.Context) (websocket.MessageType, []byte, error) {
	if r.scratch.Cap() > r.keep {
		r.scratch = bytes.Buffer{}
	}
	typ, mr, err := r.c.Reader(ctx)
	if err != nil {
		return 0, nil, err
	}
	r.scratch.Reset()
	if _, err := r.scratch.ReadFrom(mr); err != nil {
		return 0, nil, err
	}
	b := r.scratch.Bytes()
	if b == nil {
		b = []byte{}
	}
	return typ, b, nil
}

// Read returns the next message (the connection's read limit applies) in bytes of its own.
func (r *Reader) Read(ctx context.Context) (websocket.MessageType, []byte, error) {
	typ, b, err := r.View(ctx)
	if err != nil {
		return 0, nil, err
	}
	c := make([]byte, len(b))
	copy(c, b)
	if r.scratch.Cap() > r.keep {
		r.scratch = bytes.Buffer{} // now, not at the next call: an idle connection keeps little
	}
	return typ, c, nil
}
