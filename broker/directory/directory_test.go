package directory_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/goleak"

	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/internal/chaintest"
	"github.com/streamr-go/streamr/internal/waitfor"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m, chaintest.LeakOptions()...) }

// pageAll pages through every stream, limit per page, failing after more than pages pages.
func pageAll(t *testing.T, d *directory.Directory, limit, pages int) []string {
	t.Helper()
	var got []string
	q := directory.Query{Limit: limit}
	for n := 0; ; n++ {
		p, err := d.Search(q)
		if err != nil || n > pages {
			t.Fatalf("page %d: %v", n, err)
		}
		got = append(got, names(p)...)
		if p.Next == "" {
			return got
		}
		q.Cursor = p.Next
	}
}

func names(p directory.Page) []string {
	var out []string
	for _, e := range p.Streams {
		out = append(out, e.Path)
	}
	return out
}

func TestDirectory(t *testing.T) {
	c := chaintest.New(t)
	a, _ := c.CreateStream(1, "sensors/a", 1, nil, nil)
	c.CreateStream(2, "/sensors/B", 2, nil, nil)
	c.CreateStream(1, "prices", 1, nil, nil)

	// One block per request: reading the history takes several requests.
	d, err := directory.New(c.Chain.Client, directory.Config{Registry: c.Deploy.Registry, FromBlock: c.Deploy.Block,
		MaxRange: 1, PollInterval: 20 * time.Millisecond}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Search(directory.Query{}); !errors.Is(err, directory.ErrSyncing) {
		t.Fatalf("search before the history is read: %v", err)
	}
	if err := d.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	var all directory.Page
	waitfor.NoError(t, 30*time.Second, func() error { all, err = d.Search(directory.Query{}); return err })
	if got := names(all); !slices.Equal(got, []string{"prices", "sensors/B", "sensors/a"}) {
		t.Fatalf("all streams, newest first: %v", got)
	}
	if e := all.Streams[2]; e.Stream != a || e.Creator != c.Addr(1) || e.Partitions != 1 ||
		e.Name != strings.ToLower(c.Addr(1).Hex())+"/sensors/a" {
		t.Fatalf("entry %+v", e)
	}

	t.Run("queries", func(t *testing.T) {
		for _, tc := range []struct {
			q    directory.Query
			want []string
		}{
			{directory.Query{Text: "SENSORS/"}, []string{"sensors/B", "sensors/a"}},
			{directory.Query{Text: "sensors", Creator: c.Addr(2)}, []string{"sensors/B"}},
			{directory.Query{Creator: c.Addr(1)}, []string{"prices", "sensors/a"}},
			{directory.Query{Text: strings.ToLower(c.Addr(2).Hex())}, []string{"sensors/B"}},
			{directory.Query{Text: "nothing like it"}, nil},
		} {
			p, err := d.Search(tc.q)
			if err != nil || !slices.Equal(names(p), tc.want) || p.Next != "" {
				t.Errorf("%+v: %v %v next %q, want %v", tc.q, names(p), err, p.Next, tc.want)
			}
		}
	})

	t.Run("pages", func(t *testing.T) {
		if got := pageAll(t, d, 2, 3); !slices.Equal(got, names(all)) {
			t.Fatalf("paged: %v", got)
		}
	})

	t.Run("bad queries", func(t *testing.T) {
		for _, q := range []directory.Query{{Limit: -1}, {Limit: directory.MaxLimit + 1}, {Cursor: "x"}, {Cursor: "1"}, {Cursor: "1.x"}} {
			if _, err := d.Search(q); !errors.Is(err, directory.ErrBadQuery) {
				t.Errorf("%+v: %v", q, err)
			}
		}
	})

	t.Run("follows creations and deletions", func(t *testing.T) {
		c.Mined(c.Registry.DeleteStream(c.Auth(1), c.Addr(1), "sensors/a"))
		again, _ := c.CreateStream(1, "sensors/a", 3, nil, nil) // the name is free again
		waitfor.NoError(t, 30*time.Second, func() error {
			p, err := d.Search(directory.Query{Text: "sensors/a"})
			if err != nil {
				return err
			}
			if len(p.Streams) != 1 || p.Streams[0].Stream != again || p.Streams[0].Partitions != 3 {
				return fmt.Errorf("want only the new stream, got %v", p.Streams)
			}
			return nil
		})
		if d.Len() != 3 {
			t.Fatalf("%d streams, want 3", d.Len())
		}
	})
}

// TestCreationInAReorganisation: a stream created in a block of a branch that replaces
// blocks the directory has already read is still listed.
func TestCreationInAReorganisation(t *testing.T) {
	c := chaintest.New(t)
	ctx := t.Context()
	d, err := directory.New(c.Chain.Client, directory.Config{Registry: c.Deploy.Registry, FromBlock: c.Deploy.Block,
		PollInterval: 20 * time.Millisecond, ReorgDepth: 8}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	base := c.Branch(3)                // the blocks to be replaced
	time.Sleep(300 * time.Millisecond) // the directory reads them
	c.Reorg(base, func() (*types.Transaction, error) {
		return c.Registry.CreateStream(c.Auth(1), "forked", "{}", 1, []common.Address{}, []streamregistry.Permission{})
	})
	waitfor.NoError(t, 30*time.Second, func() error {
		p, err := d.Search(directory.Query{Text: "forked"})
		if err == nil && len(p.Streams) != 1 {
			err = fmt.Errorf("found %v", names(p))
		}
		return err
	})
}

// TestReorganisationMoves: a longer branch replaces the blocks of two creations, which are
// mined again on it after another one: the directory follows the chain (newest first, pages
// without gaps).
func TestReorganisationMoves(t *testing.T) {
	c := chaintest.New(t)
	ctx := t.Context()
	// One block per request: the new branch's blocks are applied one at a time.
	d, err := directory.New(c.Chain.Client, directory.Config{Registry: c.Deploy.Registry, FromBlock: c.Deploy.Block,
		MaxRange: 1, PollInterval: 20 * time.Millisecond, ReorgDepth: 8}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	c.CreateStream(1, "kept", 1, nil, nil)
	base := c.Branch(0)
	c.CreateStream(2, "moved", 1, nil, nil)
	c.CreateStream(1, "moved-too", 1, nil, nil)
	waitfor.NoError(t, 30*time.Second, func() error {
		if d.Len() != 3 {
			return fmt.Errorf("%d streams before the reorganisation", d.Len())
		}
		return nil
	})
	c.Reorg(base, func() (*types.Transaction, error) {
		return c.Registry.CreateStream(c.Auth(3), "forked", "{}", 1, []common.Address{}, []streamregistry.Permission{})
	})
	var all directory.Page
	waitfor.NoError(t, 30*time.Second, func() error {
		if all, err = d.Search(directory.Query{Limit: directory.MaxLimit}); err != nil {
			return err
		}
		for _, e := range all.Streams {
			s, err := c.Registry.StreamOf(nil, e.Creator, e.Path)
			if err != nil || s != e.Stream {
				return fmt.Errorf("%s listed as %s, the chain has %s (%v)", e.Name, e.Stream, s, err)
			}
		}
		if len(all.Streams) != 4 {
			return fmt.Errorf("listed %v", names(all))
		}
		return nil
	})
	for i := 1; i < len(all.Streams); i++ {
		if a, b := all.Streams[i-1], all.Streams[i]; a.Block < b.Block {
			t.Fatalf("%s (block %d) listed before %s (block %d)", a.Path, a.Block, b.Path, b.Block)
		}
	}
	paged := pageAll(t, d, 1, len(all.Streams))
	if !slices.Equal(paged, names(all)) {
		t.Fatalf("paged %v, all %v", paged, names(all))
	}
}
