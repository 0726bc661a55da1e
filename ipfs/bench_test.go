package ipfs

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

const benchSize = 64 << 20

// benchmarkAdd adds 64 MiB per iteration, made unique each time (every
// chunk starts with the iteration number) so that no block is deduplicated.
// Between iterations, untimed, the document is unpinned and collected.
func benchmarkAdd(b *testing.B, noSync bool) {
	cfg := DefaultConfig()
	cfg.Dir = b.TempDir()
	cfg.MaxFileSize = benchSize
	cfg.NoSync = noSync
	n, err := New(cfg, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer n.Close()
	ctx := context.Background()
	data := patternBytes(benchSize)
	b.SetBytes(benchSize)
	for i := 0; b.Loop(); i++ {
		for off := 0; off < len(data); off += ChunkSize {
			binary.LittleEndian.PutUint64(data[off:], uint64(i))
		}
		c, err := n.Add(ctx, bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := n.Unpin(ctx, c); err != nil {
			b.Fatal(err)
		}
		if _, err := n.GC(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

// BenchmarkAdd64MiB imports 64 MiB with the production settings (every
// block file and directory fsynced).
func BenchmarkAdd64MiB(b *testing.B) { benchmarkAdd(b, false) }

// BenchmarkAdd64MiBNoSync is BenchmarkAdd64MiB with Config.NoSync.
func BenchmarkAdd64MiBNoSync(b *testing.B) { benchmarkAdd(b, true) }

// BenchmarkDiskWrite64MiB writes 64 MiB sequentially to one file in the same
// kind of temporary directory and fsyncs it: the ceiling for BenchmarkAdd64MiB.
func BenchmarkDiskWrite64MiB(b *testing.B) {
	dir := b.TempDir()
	data := patternBytes(benchSize)
	b.SetBytes(benchSize)
	for i := 0; b.Loop(); i++ {
		name := filepath.Join(dir, "write.bin")
		f, err := os.Create(name)
		if err != nil {
			b.Fatal(err)
		}
		for off := 0; off < len(data); off += 1 << 20 {
			if _, err := f.Write(data[off : off+1<<20]); err != nil {
				b.Fatal(err)
			}
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := os.Remove(name); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}
