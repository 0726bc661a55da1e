package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/exchange/offline"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	"github.com/ipfs/go-cid"
	flatfs "github.com/ipfs/go-ds-flatfs"
	leveldb "github.com/ipfs/go-ds-leveldb"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
	"github.com/prometheus/client_golang/prometheus"
)

// cidBuilder makes the CIDs of dag-pb nodes: CIDv1, sha2-256. Raw leaves
// take the same prefix with the raw codec.
var cidBuilder = cid.Prefix{
	Version:  1,
	Codec:    cid.DagProtobuf,
	MhType:   mh.SHA2_256,
	MhLength: -1,
}

// addBatchBytes is how much block data Add buffers before writing it to the
// blockstore in one batch.
const addBatchBytes = 8 << 20

// Node is an embedded, offline IPFS node. Its methods are safe for
// concurrent use.
type Node struct {
	cfg     Config
	log     *slog.Logger
	metrics *metrics

	blockDS *flatfs.Datastore
	pinDS   *leveldb.Datastore
	bstore  blockstore.Blockstore
	bserv   blockservice.BlockService
	dag     ipld.DAGService
	pinner  pin.Pinner

	// mu orders writers against garbage collection and Close: Add, Pin and
	// Unpin hold it shared for their whole run, GC and Close exclusively,
	// so GC never sees the blocks of an Add whose pin is not yet written.
	mu     sync.RWMutex
	closed bool

	remote *remotePinner // nil without Config.RemotePins
}

// New opens (creating if needed) the repository in cfg.Dir. logger may be
// nil; reg may be nil to skip metric registration. A repository can be
// open in one Node at a time: a second New on the same Dir fails.
func New(cfg Config, logger *slog.Logger, reg prometheus.Registerer) (*Node, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("component", "ipfs")
	m := newMetrics()

	if err := os.MkdirAll(cfg.Dir, 0o750); err != nil {
		return nil, fmt.Errorf("ipfs: create repository: %w", err)
	}
	// LevelDB locks its directory, which keeps a second node out of Dir;
	// open it first.
	pinDS, err := leveldb.NewDatastore(filepath.Join(cfg.Dir, "pins"), nil)
	if err != nil {
		return nil, fmt.Errorf("ipfs: open pin store: %w", err)
	}
	blockDS, err := flatfs.CreateOrOpen(filepath.Join(cfg.Dir, "blocks"), flatfs.NextToLast(2), !cfg.NoSync)
	if err != nil {
		_ = pinDS.Close()
		return nil, fmt.Errorf("ipfs: open block store: %w", err)
	}
	// flatfs holds nothing but blocks, so keys need no /blocks prefix.
	bstore := blockstore.NewBlockstore(blockDS, blockstore.NoPrefix())
	bserv := blockservice.New(bstore, offline.Exchange(bstore))
	dag := merkledag.NewDAGService(bserv)
	pinner, err := dspinner.New(context.Background(), pinDS, dag)
	closeStores := func() {
		_ = bserv.Close()
		_ = blockDS.Close()
		_ = pinDS.Close()
	}
	if err != nil {
		closeStores()
		return nil, fmt.Errorf("ipfs: open pinner: %w", err)
	}
	if err := m.register(reg); err != nil {
		_ = pinner.Close()
		closeStores()
		return nil, fmt.Errorf("ipfs: register metrics: %w", err)
	}

	n := &Node{
		cfg:     cfg,
		log:     logger,
		metrics: m,
		blockDS: blockDS,
		pinDS:   pinDS,
		bstore:  bstore,
		bserv:   bserv,
		dag:     dag,
		pinner:  pinner,
	}
	if len(cfg.RemotePins) > 0 {
		n.remote = newRemotePinner(cfg, n.open, logger, m)
	}
	logger.Info("ipfs node open", "dir", cfg.Dir, "max_file_size", cfg.MaxFileSize, "remote_pins", len(cfg.RemotePins))
	return n, nil
}

// Close stops remote pinning and closes the stores. It waits for running
// Add, Pin, Unpin and GC calls; Files still open must not be read after it.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	n.mu.Unlock()

	if n.remote != nil {
		n.remote.close()
	}
	err := errors.Join(
		n.pinner.Close(),
		n.bserv.Close(),
		n.blockDS.Close(),
		n.pinDS.Close(),
	)
	if err != nil {
		return fmt.Errorf("ipfs: close: %w", err)
	}
	return nil
}

// lockShared takes n.mu shared, failing once the node is closed.
func (n *Node) lockShared() error {
	n.mu.RLock()
	if n.closed {
		n.mu.RUnlock()
		return ErrClosed
	}
	return nil
}

// Add imports r as a UnixFS file with kubo's `ipfs add --cid-version=1`
// settings, pins it recursively and returns its root CID. Content larger
// than Config.MaxFileSize fails with ErrTooLarge. When remote pinning is
// configured the document is queued for it; Add does not wait.
//
// The blocks of a failed Add are left unpinned for the next GC to remove.
func (n *Node) Add(ctx context.Context, r io.Reader) (cid.Cid, error) {
	c, size, err := n.add(ctx, r)
	switch {
	case errors.Is(err, ErrTooLarge):
		n.metrics.adds.WithLabelValues("too_large").Inc()
	case err != nil:
		n.metrics.adds.WithLabelValues("error").Inc()
	default:
		n.metrics.adds.WithLabelValues("ok").Inc()
		n.metrics.addedBytes.Add(float64(size))
		n.log.Debug("added", "cid", c, "size", size)
		if n.remote != nil {
			n.remote.enqueue(c)
		}
	}
	return c, err
}

func (n *Node) add(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	if err := n.lockShared(); err != nil {
		return cid.Undef, 0, err
	}
	defer n.mu.RUnlock()

	src := &limitReader{ctx: ctx, r: r, limit: n.cfg.MaxFileSize}
	batch := &batchAdder{DAGService: n.dag, limit: addBatchBytes}
	params := helpers.DagBuilderParams{
		Dagserv:    batch,
		Maxlinks:   MaxLinks,
		RawLeaves:  true,
		CidBuilder: cidBuilder,
	}
	db, err := params.New(chunker.NewSizeSplitter(src, ChunkSize))
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("ipfs: add: %w", err)
	}
	root, err := balanced.Layout(db)
	if errors.Is(err, ErrTooLarge) {
		return cid.Undef, 0, fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, n.cfg.MaxFileSize)
	}
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("ipfs: add: %w", err)
	}
	if err := batch.flush(ctx); err != nil {
		return cid.Undef, 0, fmt.Errorf("ipfs: add: write blocks: %w", err)
	}
	// Every block was just written, so the pin need not walk the DAG.
	if err := n.pinner.PinWithMode(ctx, root.Cid(), pin.Recursive, ""); err != nil {
		return cid.Undef, 0, fmt.Errorf("ipfs: add: pin: %w", err)
	}
	return root.Cid(), src.n, nil
}

// File is a stored UnixFS file opened for reading. It is not safe for
// concurrent use; close it when done.
type File struct {
	cid  cid.Cid
	r    uio.DagReader
	ctx  context.Context
	node *Node
}

// CID returns the file's root CID.
func (f *File) CID() cid.Cid { return f.cid }

// Size returns the file's size in bytes.
func (f *File) Size() int64 { return int64(f.r.Size()) }

// Read implements io.Reader. A block missing from the store surfaces as
// ErrNotFound.
func (f *File) Read(p []byte) (int, error) {
	k, err := f.r.Read(p)
	if err != nil && err != io.EOF && !errors.Is(err, ErrNotFound) && f.missingBlocks(err) {
		err = fmt.Errorf("%w: %s: %v", ErrNotFound, f.cid, err)
	}
	return k, err
}

// missingBlocks tells whether a read failed for want of blocks. The DAG
// reader does not always say so (merkledag's GetMany reports a plain
// "failed to fetch all nodes"), so look at the store when in doubt.
func (f *File) missingBlocks(err error) bool {
	if ipld.IsNotFound(err) {
		return true
	}
	complete, herr := f.node.Has(f.ctx, f.cid)
	return herr == nil && !complete
}

// Seek implements io.Seeker.
func (f *File) Seek(offset int64, whence int) (int64, error) { return f.r.Seek(offset, whence) }

// Close implements io.Closer.
func (f *File) Close() error { return f.r.Close() }

// Get opens the file with root c. Reads use ctx.
func (n *Node) Get(ctx context.Context, c cid.Cid) (*File, error) {
	f, err := n.open(ctx, c)
	n.countGet(err)
	return f, err
}

// GetRange returns length bytes of the file with root c from offset on. A
// negative length, or one past the end, reads to the end of the file; an
// offset outside [0, size] fails with ErrInvalidRange.
func (n *Node) GetRange(ctx context.Context, c cid.Cid, offset, length int64) (io.ReadCloser, error) {
	f, err := n.open(ctx, c)
	n.countGet(err)
	if err != nil {
		return nil, err
	}
	size := f.Size()
	if offset < 0 || offset > size {
		_ = f.Close()
		return nil, fmt.Errorf("%w: offset %d of a %d-byte file", ErrInvalidRange, offset, size)
	}
	if length < 0 || length > size-offset {
		length = size - offset
	}
	if _, err := f.Seek(offset, io.SeekStart); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("ipfs: seek %s: %w", c, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{io.LimitReader(f, length), f}, nil
}

func (n *Node) countGet(err error) {
	switch {
	case err == nil:
		n.metrics.gets.WithLabelValues("ok").Inc()
	case errors.Is(err, ErrNotFound):
		n.metrics.gets.WithLabelValues("not_found").Inc()
	default:
		n.metrics.gets.WithLabelValues("error").Inc()
	}
}

// open opens a file without counting it in the metrics.
func (n *Node) open(ctx context.Context, c cid.Cid) (*File, error) {
	nd, err := n.getNode(ctx, c)
	if err != nil {
		return nil, err
	}
	r, err := uio.NewDagReader(ctx, nd, n.dag)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrNotFile, c, err)
	}
	return &File{cid: c, r: r, ctx: ctx, node: n}, nil
}

// getNode reads one node from the local store.
func (n *Node) getNode(ctx context.Context, c cid.Cid) (ipld.Node, error) {
	if err := n.lockShared(); err != nil {
		return nil, err
	}
	defer n.mu.RUnlock()
	nd, err := n.dag.Get(ctx, c)
	if ipld.IsNotFound(err) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
	}
	if err != nil {
		return nil, fmt.Errorf("ipfs: get %s: %w", c, err)
	}
	return nd, nil
}

// Info describes a stored file.
type Info struct {
	CID    cid.Cid
	Size   int64 // file size in bytes
	Pinned bool  // pinned itself (not only as part of another pinned DAG)
}

// Stat describes the file with root c. It reads only the root block.
func (n *Node) Stat(ctx context.Context, c cid.Cid) (Info, error) {
	nd, err := n.getNode(ctx, c)
	if err != nil {
		return Info{}, err
	}
	info := Info{CID: c}
	switch nd := nd.(type) {
	case *merkledag.RawNode:
		info.Size = int64(len(nd.RawData()))
	case *merkledag.ProtoNode:
		fsn, err := unixfs.FSNodeFromBytes(nd.Data())
		if err != nil {
			return Info{}, fmt.Errorf("%w: %s: %v", ErrNotFile, c, err)
		}
		if t := fsn.Type(); t != unixfs.TFile && t != unixfs.TRaw {
			return Info{}, fmt.Errorf("%w: %s is a UnixFS %s", ErrNotFile, c, t)
		}
		info.Size = int64(fsn.FileSize())
	default:
		return Info{}, fmt.Errorf("%w: %s", ErrNotFile, c)
	}
	_, info.Pinned, err = n.pinner.IsPinnedWithType(ctx, c, pin.Recursive)
	if err != nil {
		return Info{}, fmt.Errorf("ipfs: stat %s: %w", c, err)
	}
	return info, nil
}

// Has reports whether every block of the DAG under c is stored locally.
func (n *Node) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if err := n.lockShared(); err != nil {
		return false, err
	}
	defer n.mu.RUnlock()
	err := n.walk(ctx, c, make(map[string]struct{}), func(leaf cid.Cid) error {
		ok, err := n.bstore.Has(ctx, leaf)
		if err == nil && !ok {
			return errStopWalk
		}
		return err
	})
	switch {
	case errors.Is(err, errStopWalk), ipld.IsNotFound(err):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("ipfs: has %s: %w", c, err)
	}
	return true, nil
}

// Pin pins the DAG under c recursively. Every block must be stored
// locally; otherwise Pin fails with ErrNotFound.
func (n *Node) Pin(ctx context.Context, c cid.Cid) error {
	if err := n.lockShared(); err != nil {
		return err
	}
	defer n.mu.RUnlock()
	nd, err := n.dag.Get(ctx, c)
	if err == nil {
		// Pin walks the whole DAG, which fails offline on a missing block.
		err = n.pinner.Pin(ctx, nd, true, "")
	}
	if ipld.IsNotFound(err) {
		return fmt.Errorf("%w: %s: %v", ErrNotFound, c, err)
	}
	if err != nil {
		return fmt.Errorf("ipfs: pin %s: %w", c, err)
	}
	return nil
}

// Unpin removes the recursive pin of c. Its blocks stay until the next GC
// unless another pin holds them. Unpinning what is not pinned fails with
// ErrNotPinned.
func (n *Node) Unpin(ctx context.Context, c cid.Cid) error {
	if err := n.lockShared(); err != nil {
		return err
	}
	defer n.mu.RUnlock()
	err := n.pinner.Unpin(ctx, c, true)
	if errors.Is(err, pin.ErrNotPinned) {
		return fmt.Errorf("%w: %s", ErrNotPinned, c)
	}
	if err != nil {
		return fmt.Errorf("ipfs: unpin %s: %w", c, err)
	}
	return nil
}

// Pins lists the recursively pinned CIDs.
func (n *Node) Pins(ctx context.Context) ([]cid.Cid, error) {
	if err := n.lockShared(); err != nil {
		return nil, err
	}
	defer n.mu.RUnlock()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var out []cid.Cid
	for p := range n.pinner.RecursiveKeys(ctx, false) {
		if p.Err != nil {
			return nil, fmt.Errorf("ipfs: list pins: %w", p.Err)
		}
		out = append(out, p.Pin.Key)
	}
	return out, nil
}

// errStopWalk ends a walk early without being an error.
var errStopWalk = errors.New("stop walk")

// walk visits the DAG under root depth first, skipping blocks whose
// multihash is in seen and adding every visited one. It reads dag-pb nodes
// to follow their links; raw blocks have no links and are handed to leaf
// (if not nil) instead of being read. Callers hold n.mu.
func (n *Node) walk(ctx context.Context, root cid.Cid, seen map[string]struct{}, leaf func(cid.Cid) error) error {
	stack := []cid.Cid{root}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		key := string(c.Hash())
		if _, ok := seen[key]; ok {
			continue
		}
		seen[key] = struct{}{}
		if c.Type() == cid.Raw {
			if leaf != nil {
				if err := leaf(c); err != nil {
					return err
				}
			}
			continue
		}
		nd, err := n.dag.Get(ctx, c)
		if err != nil {
			return err
		}
		for _, l := range nd.Links() {
			stack = append(stack, l.Cid)
		}
	}
	return nil
}

// limitReader reads from r until ctx is done or more than limit bytes came,
// when it fails with ErrTooLarge. It never reads more than limit+1 bytes.
type limitReader struct {
	ctx   context.Context
	r     io.Reader
	limit int64
	n     int64 // bytes read so far
}

func (l *limitReader) Read(p []byte) (int, error) {
	if err := l.ctx.Err(); err != nil {
		return 0, err
	}
	rem := l.limit + 1 - l.n
	if rem <= 0 {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > rem {
		p = p[:rem]
	}
	k, err := l.r.Read(p)
	l.n += int64(k)
	if l.n > l.limit {
		return k, ErrTooLarge
	}
	return k, err
}

// batchAdder buffers the nodes the importer adds and writes them to the
// DAG service in batches of about limit bytes. It writes synchronously, so
// nothing is still being written once flush returns or the import fails.
// Only Add and AddMany are buffered: the balanced importer does not read
// back what it wrote.
type batchAdder struct {
	ipld.DAGService
	limit int
	nodes []ipld.Node
	size  int
}

func (b *batchAdder) Add(ctx context.Context, nd ipld.Node) error {
	b.nodes = append(b.nodes, nd)
	b.size += len(nd.RawData())
	if b.size >= b.limit {
		return b.flush(ctx)
	}
	return nil
}

func (b *batchAdder) AddMany(ctx context.Context, nds []ipld.Node) error {
	for _, nd := range nds {
		if err := b.Add(ctx, nd); err != nil {
			return err
		}
	}
	return nil
}

func (b *batchAdder) flush(ctx context.Context) error {
	if len(b.nodes) == 0 {
		return nil
	}
	err := b.DAGService.AddMany(ctx, b.nodes)
	clear(b.nodes)
	b.nodes = b.nodes[:0]
	b.size = 0
	return err
}
