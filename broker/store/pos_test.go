package store

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

func TestChainPosMatchesItsFormat(t *testing.T) {
	cases := [][2]uint64{{0, 0}, {1, 1}, {math.MaxUint64, math.MaxUint32}, {1_700_000_000_000, 42}}
	for range 1000 {
		cases = append(cases, [2]uint64{rand.Uint64() >> rand.IntN(64), uint64(rand.Uint32() >> rand.IntN(32))})
	}
	for _, c := range cases {
		if got, want := chainPos(c[0], uint32(c[1])), fmt.Sprintf("%020d:%010d", c[0], c[1]); got != want {
			t.Fatalf("chainPos(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
}
