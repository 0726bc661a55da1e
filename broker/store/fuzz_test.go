package store_test

import (
	"testing"

	"github.com/streamr-go/streamr/broker/store"
)

func FuzzParseOffset(f *testing.F) {
	for _, s := range []string{"0-0", "1", "1700000000000-5", "18446744073709551615-18446744073709551615", "-", "1-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := store.ParseOffset(s)
		if err != nil {
			return
		}
		p, err := store.ParseOffset(o.String())
		if err != nil || p != o {
			t.Fatalf("round trip of %q: %v %v", s, p, err)
		}
	})
}
