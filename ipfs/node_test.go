package ipfs

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestRoundTrip(t *testing.T) {
	n, reg := newNode(t, nil)
	ctx := context.Background()
	docs := map[string][]byte{
		"markdown": []byte("# Terms of use\n\nDo not resell the data.\n"),
		"3 chunks": patternBytes(3*ChunkSize - 17),
	}
	var added int
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			c := mustAdd(t, n, data)
			added += len(data)
			if c.Version() != 1 {
				t.Errorf("CID version %d, want 1", c.Version())
			}
			if got := readAll(t, n, c); !bytes.Equal(got, data) {
				t.Fatal("content differs")
			}
			info, err := n.Stat(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			if info.Size != int64(len(data)) || !info.Pinned || !info.CID.Equals(c) {
				t.Errorf("Stat = %+v, want size %d, pinned", info, len(data))
			}
			if ok, err := n.Has(ctx, c); err != nil || !ok {
				t.Errorf("Has = %v, %v; want true", ok, err)
			}
			// Adding the same content again gives the same CID.
			if again := mustAdd(t, n, data); !again.Equals(c) {
				t.Errorf("second Add = %s, want %s", again, c)
			}
		})
	}
	if got := testutil.ToFloat64(n.metrics.adds.WithLabelValues("ok")); got != 4 {
		t.Errorf("adds_total{ok} = %v, want 4", got)
	}
	if got := testutil.ToFloat64(n.metrics.addedBytes); got != float64(2*added) {
		t.Errorf("added_bytes_total = %v, want %d", got, 2*added)
	}
	if count, err := testutil.GatherAndCount(reg, "streamr_ipfs_gets_total"); err != nil || count == 0 {
		t.Errorf("gets metric not registered: %d, %v", count, err)
	}
}

func TestAddSmallReads(t *testing.T) {
	// A reader that returns one byte at a time must chunk like any other.
	n, _ := newNode(t, nil)
	data := patternBytes(ChunkSize + 1)
	c, err := n.Add(context.Background(), iotest.OneByteReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	if want := "bafybeich6cqd6yabw3cku6edwmz4rvwe275nx2l6ootvc2bpbt5bdvarua"; c.String() != want {
		t.Fatalf("CID = %s, want %s", c, want)
	}
}

func TestGetRange(t *testing.T) {
	n, _ := newNode(t, nil)
	data := patternBytes(2*ChunkSize + 1000)
	c := mustAdd(t, n, data)
	size := int64(len(data))
	tests := []struct {
		name           string
		offset, length int64
		want           []byte
		wantErr        error
	}{
		{"whole", 0, -1, data, nil},
		{"head", 0, 10, data[:10], nil},
		{"across chunks", ChunkSize - 5, 10, data[ChunkSize-5 : ChunkSize+5], nil},
		{"tail", size - 7, -1, data[size-7:], nil},
		{"length past end", size - 7, 100, data[size-7:], nil},
		{"at end", size, 10, []byte{}, nil},
		{"zero length", 5, 0, []byte{}, nil},
		{"negative offset", -1, 10, nil, ErrInvalidRange},
		{"offset past end", size + 1, 1, nil, ErrInvalidRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := n.GetRange(context.Background(), c, tc.offset, tc.length)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			got, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.want) {
				t.Fatalf("got %d bytes, want %d (contents differ or lengths)", len(got), len(tc.want))
			}
		})
	}
}

func TestGetSeek(t *testing.T) {
	n, _ := newNode(t, nil)
	data := patternBytes(ChunkSize + 500)
	f, err := n.Get(context.Background(), mustAdd(t, n, data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if end, err := f.Seek(0, io.SeekEnd); err != nil || end != int64(len(data)) {
		t.Fatalf("Seek end = %d, %v", end, err)
	}
	if _, err := f.Seek(ChunkSize+100, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 50)
	if _, err := io.ReadFull(f, buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf, data[ChunkSize+100:ChunkSize+150]) {
		t.Fatal("content after seek differs")
	}
}

func TestNotFound(t *testing.T) {
	n, _ := newNode(t, nil)
	ctx := context.Background()
	// A valid CID of content this node never stored.
	other := cid.MustParse("bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm")
	if _, err := n.Get(ctx, other); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get: err = %v, want ErrNotFound", err)
	}
	if _, err := n.GetRange(ctx, other, 0, 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("GetRange: err = %v, want ErrNotFound", err)
	}
	if _, err := n.Stat(ctx, other); !errors.Is(err, ErrNotFound) {
		t.Errorf("Stat: err = %v, want ErrNotFound", err)
	}
	if ok, err := n.Has(ctx, other); err != nil || ok {
		t.Errorf("Has = %v, %v; want false", ok, err)
	}
	if err := n.Pin(ctx, other); !errors.Is(err, ErrNotFound) {
		t.Errorf("Pin: err = %v, want ErrNotFound", err)
	}
	if err := n.Unpin(ctx, other); !errors.Is(err, ErrNotPinned) {
		t.Errorf("Unpin: err = %v, want ErrNotPinned", err)
	}
	if got := testutil.ToFloat64(n.metrics.gets.WithLabelValues("not_found")); got != 2 {
		t.Errorf("gets_total{not_found} = %v, want 2", got)
	}
}

func TestMaxFileSize(t *testing.T) {
	const limit = ChunkSize + 10
	n, _ := newNode(t, func(c *Config) { c.MaxFileSize = limit })
	ctx := context.Background()

	// Exactly the limit is fine.
	c := mustAdd(t, n, patternBytes(limit))
	if got := readAll(t, n, c); len(got) != limit {
		t.Fatalf("read %d bytes", len(got))
	}

	// One byte more is not, and the reader is not drained past the limit.
	src := &countingReader{r: bytes.NewReader(patternBytes(10 * ChunkSize))}
	_, err := n.Add(ctx, src)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if src.n > limit+1 {
		t.Errorf("read %d bytes from the source, want at most %d", src.n, limit+1)
	}
	if got := testutil.ToFloat64(n.metrics.adds.WithLabelValues("too_large")); got != 1 {
		t.Errorf("adds_total{too_large} = %v, want 1", got)
	}

	// The partial import is garbage: GC leaves only the first document.
	if _, err := n.GC(ctx); err != nil {
		t.Fatal(err)
	}
	if got := countBlocks(t, n); got != 3 { // root + 2 leaves
		t.Errorf("%d blocks after GC, want 3", got)
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n += k
	return k, err
}

func TestAddReaderError(t *testing.T) {
	n, _ := newNode(t, nil)
	boom := errors.New("boom")
	_, err := n.Add(context.Background(), io.MultiReader(bytes.NewReader(patternBytes(ChunkSize*2)), iotest.ErrReader(boom)))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if got := testutil.ToFloat64(n.metrics.adds.WithLabelValues("error")); got != 1 {
		t.Errorf("adds_total{error} = %v, want 1", got)
	}
}

func TestAddCancelled(t *testing.T) {
	n, _ := newNode(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := n.Add(ctx, strings.NewReader("terms")); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestGCKeepsPinnedRemovesUnpinned(t *testing.T) {
	n, reg := newNode(t, nil)
	ctx := context.Background()

	kept := patternBytes(3 * ChunkSize)
	// Shares its first two chunks with kept, so a shared block must survive.
	dropped := append(patternBytes(2*ChunkSize), []byte("different tail")...)
	small := []byte("small unpinned document")

	keptCID := mustAdd(t, n, kept)
	droppedCID := mustAdd(t, n, dropped)
	smallCID := mustAdd(t, n, small)
	before := countBlocks(t, n)

	for _, c := range []cid.Cid{droppedCID, smallCID} {
		if err := n.Unpin(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := n.Unpin(ctx, smallCID); !errors.Is(err, ErrNotPinned) {
		t.Fatalf("second Unpin: err = %v, want ErrNotPinned", err)
	}

	res, err := n.GC(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// kept: root + 3 leaves, 2 leaves shared with dropped. dropped adds a
	// root and its tail leaf; small is one raw block.
	if res.RemovedBlocks != 3 {
		t.Errorf("removed %d blocks, want 3 (%+v)", res.RemovedBlocks, res)
	}
	if got := countBlocks(t, n); got != before-3 || got != 4 {
		t.Errorf("%d blocks after GC, want 4 (had %d)", got, before)
	}
	if got := readAll(t, n, keptCID); !bytes.Equal(got, kept) {
		t.Fatal("pinned content damaged by GC")
	}
	for _, c := range []cid.Cid{droppedCID, smallCID} {
		if _, err := n.Get(ctx, c); !errors.Is(err, ErrNotFound) {
			t.Errorf("Get %s after GC: err = %v, want ErrNotFound", c, err)
		}
		if ok, _ := n.Has(ctx, c); ok {
			t.Errorf("Has %s after GC = true", c)
		}
	}

	// A second GC finds nothing to do.
	if res, err := n.GC(ctx); err != nil || res.RemovedBlocks != 0 {
		t.Errorf("second GC = %+v, %v", res, err)
	}
	if got := testutil.ToFloat64(n.metrics.gcRemovedBlocks); got != 3 {
		t.Errorf("gc_removed_blocks_total = %v, want 3", got)
	}
	if count, err := testutil.GatherAndCount(reg, "streamr_ipfs_gc_removed_blocks_total"); err != nil || count != 1 {
		t.Errorf("gc metric: %d, %v", count, err)
	}
}

func TestPinAgainAfterUnpin(t *testing.T) {
	n, _ := newNode(t, nil)
	ctx := context.Background()
	c := mustAdd(t, n, patternBytes(2*ChunkSize))
	if err := n.Unpin(ctx, c); err != nil {
		t.Fatal(err)
	}
	if info, _ := n.Stat(ctx, c); info.Pinned {
		t.Fatal("still pinned after Unpin")
	}
	if err := n.Pin(ctx, c); err != nil {
		t.Fatal(err)
	}
	if res, err := n.GC(ctx); err != nil || res.RemovedBlocks != 0 {
		t.Fatalf("GC = %+v, %v; want nothing removed", res, err)
	}
	pins, err := n.Pins(ctx)
	if err != nil || len(pins) != 1 || !pins[0].Equals(c) {
		t.Fatalf("Pins = %v, %v; want [%s]", pins, err, c)
	}
}

func TestPinIncompleteDAG(t *testing.T) {
	n, _ := newNode(t, nil)
	ctx := context.Background()
	data := patternBytes(3 * ChunkSize)
	c := mustAdd(t, n, data)
	if err := n.Unpin(ctx, c); err != nil {
		t.Fatal(err)
	}
	// Remove one leaf behind the node's back.
	leaf := mustAdd(t, n, data[ChunkSize:2*ChunkSize])
	if err := n.Unpin(ctx, leaf); err != nil {
		t.Fatal(err)
	}
	if err := n.bstore.DeleteBlock(ctx, leaf); err != nil {
		t.Fatal(err)
	}
	if ok, err := n.Has(ctx, c); err != nil || ok {
		t.Errorf("Has = %v, %v; want false for an incomplete DAG", ok, err)
	}
	if err := n.Pin(ctx, c); !errors.Is(err, ErrNotFound) {
		t.Errorf("Pin: err = %v, want ErrNotFound", err)
	}
	f, err := n.Get(ctx, c)
	if err != nil {
		t.Fatal(err) // the root is there
	}
	defer f.Close()
	if _, err := io.ReadAll(f); !errors.Is(err, ErrNotFound) {
		t.Errorf("reading: err = %v, want ErrNotFound", err)
	}
}

func TestGCRefusesWhenPinnedDAGIncomplete(t *testing.T) {
	n, _ := newNode(t, nil)
	ctx := context.Background()
	data := patternBytes(3 * ChunkSize)
	c := mustAdd(t, n, data)
	garbage := mustAdd(t, n, []byte("garbage"))
	if err := n.Unpin(ctx, garbage); err != nil {
		t.Fatal(err)
	}
	// Damage the pinned DAG: its root goes missing.
	if err := n.bstore.DeleteBlock(ctx, c); err != nil {
		t.Fatal(err)
	}
	before := countBlocks(t, n)
	if _, err := n.GC(ctx); err == nil {
		t.Fatal("GC succeeded over an unreadable pinned DAG")
	}
	if got := countBlocks(t, n); got != before {
		t.Errorf("GC removed %d blocks despite failing", before-got)
	}
}

func TestRestartKeepsContentAndPins(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	pinnedData := patternBytes(2*ChunkSize + 3)
	unpinnedData := []byte("unpinned")

	var pinned, unpinned cid.Cid
	{
		cfg := DefaultConfig()
		cfg.Dir = dir
		n, err := New(cfg, testLogger(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		pinned = mustAdd(t, n, pinnedData)
		unpinned = mustAdd(t, n, unpinnedData)
		if err := n.Unpin(ctx, unpinned); err != nil {
			t.Fatal(err)
		}
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
		if err := n.Close(); err != nil {
			t.Fatalf("second Close: %v", err)
		}
		if _, err := n.Add(ctx, strings.NewReader("x")); !errors.Is(err, ErrClosed) {
			t.Fatalf("Add after Close: err = %v, want ErrClosed", err)
		}
	}

	n, _ := openNode(t, dir, nil)
	if got := readAll(t, n, pinned); !bytes.Equal(got, pinnedData) {
		t.Fatal("pinned content differs after restart")
	}
	if got := readAll(t, n, unpinned); !bytes.Equal(got, unpinnedData) {
		t.Fatal("unpinned content differs after restart (before GC)")
	}
	if info, err := n.Stat(ctx, pinned); err != nil || !info.Pinned {
		t.Fatalf("Stat = %+v, %v; want pinned", info, err)
	}
	if _, err := n.GC(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Get(ctx, unpinned); !errors.Is(err, ErrNotFound) {
		t.Errorf("unpinned content survived GC after restart: %v", err)
	}
	if got := readAll(t, n, pinned); !bytes.Equal(got, pinnedData) {
		t.Fatal("pinned content lost to GC after restart")
	}
}

func TestSecondNodeOnSameDirFails(t *testing.T) {
	dir := t.TempDir()
	openNode(t, dir, nil)
	cfg := DefaultConfig()
	cfg.Dir = dir
	n2, err := New(cfg, nil, nil)
	if err == nil {
		n2.Close()
		t.Fatal("a second node opened the same repository")
	}
}

func TestConfigValidation(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
	}{
		{"no dir", func(c *Config) { c.Dir = "" }},
		{"negative size", func(c *Config) { c.MaxFileSize = -1 }},
		{"gateway path without slash", func(c *Config) { c.GatewayPath = "ipfs" }},
		{"gateway path without trailing slash", func(c *Config) { c.GatewayPath = "/ipfs" }},
		{"remote pin not a URL", func(c *Config) { c.RemotePins = []string{"://x"} }},
		{"remote pin relative", func(c *Config) { c.RemotePins = []string{"/api"} }},
		{"remote pin ftp", func(c *Config) { c.RemotePins = []string{"ftp://host"} }},
		{"remote pin with query", func(c *Config) { c.RemotePins = []string{"http://host?x=1"} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Dir = t.TempDir()
			tc.edit(&cfg)
			if n, err := New(cfg, nil, nil); err == nil {
				n.Close()
				t.Fatal("New accepted an invalid config")
			}
		})
	}
}

func TestDuplicateMetricsRegistration(t *testing.T) {
	n, reg := newNode(t, nil)
	_ = n
	cfg := DefaultConfig()
	cfg.Dir = t.TempDir()
	if n2, err := New(cfg, nil, reg); err == nil {
		n2.Close()
		t.Fatal("New registered its metrics twice with one registry")
	}
	// The failed New left the stores closed and the directory reusable.
	n3, err := New(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	n3.Close()
}

func TestConcurrentAddGetGC(t *testing.T) {
	n, _ := newNode(t, func(c *Config) { c.NoSync = true })
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 4 {
		wg.Go(func() {
			for i := range 5 {
				data := append(patternBytes(ChunkSize+w*1000+i), byte(w), byte(i))
				c, err := n.Add(ctx, bytes.NewReader(data))
				if err != nil {
					errs <- err
					return
				}
				f, err := n.Get(ctx, c)
				if err != nil {
					errs <- err
					return
				}
				got, err := io.ReadAll(f)
				f.Close()
				if err != nil || !bytes.Equal(got, data) {
					errs <- errors.New("content differs during concurrent GC")
					return
				}
			}
		})
	}
	wg.Go(func() {
		for range 5 {
			if _, err := n.GC(ctx); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
