package ipfs

import (
	"bytes"
	"testing"
)

// Reference CIDs computed by testdata/cids.mjs with the JavaScript UnixFS
// importer (ipfs-unixfs-importer 17.1.1, the importer of Helia), options
// {cidVersion: 1, rawLeaves: true, reduceSingleLeafToSelf: true,
// chunker: fixedSize({chunkSize: 262144}),
// layout: balanced({maxChildrenPerNode: 174})} — kubo's
// `ipfs add --cid-version=1` settings. They do not come from this package or
// from boxo. "pattern N" is patternBytes(N).
var referenceCIDs = []struct {
	name string
	data func() []byte
	cid  string
}{
	{"empty", func() []byte { return nil }, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
	{"a", func() []byte { return []byte("a") }, "bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm"},
	// One full chunk: a single raw block.
	{"pattern 262144", func() []byte { return patternBytes(ChunkSize) }, "bafkreieiuj5mzeuqor24l4lmo2yumm6665yv4gq7ozzp2nrfmqrjyboosy"},
	// Two chunks: a dag-pb root over two raw leaves.
	{"pattern 262145", func() []byte { return patternBytes(ChunkSize + 1) }, "bafybeich6cqd6yabw3cku6edwmz4rvwe275nx2l6ootvc2bpbt5bdvarua"},
	{"pattern 5 MiB", func() []byte { return patternBytes(5 << 20) }, "bafybeidzjcl7chp7knoraxnjthvkzsxitenrzasjpiincorogd2vwd753m"},
	// Exactly one full root of 174 links, then one chunk more (depth 2).
	{"pattern 174 chunks", func() []byte { return patternBytes(MaxLinks * ChunkSize) }, "bafybeiafkae3md3zfgdgpk2ztpkul5dzotu4bgbnvuinadceqrqa2rz7bi"},
	{"pattern 174 chunks + 1", func() []byte { return patternBytes(MaxLinks*ChunkSize + 1) }, "bafybeibo5yjphmmdq6aigqtgrijost25l5lmv5l37von7hrjv7sagnx4sy"},
	{"pattern 46 MiB", func() []byte { return patternBytes(46 << 20) }, "bafybeiezn6q3afygbpkw7jejop2fjigwqkizimyqxvleyuzdp7zvfioxre"},
}

func TestAddMatchesReferenceCIDs(t *testing.T) {
	n, _ := newNode(t, func(c *Config) {
		c.MaxFileSize = 64 << 20
		c.NoSync = true // the CIDs are the point here, not durability
	})
	for _, tc := range referenceCIDs {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data()
			c := mustAdd(t, n, data)
			if got := c.String(); got != tc.cid {
				t.Fatalf("CID = %s, want %s", got, tc.cid)
			}
			if got := readAll(t, n, c); !bytes.Equal(got, data) {
				t.Fatalf("read back %d bytes that differ from the %d added", len(got), len(data))
			}
		})
	}
}
