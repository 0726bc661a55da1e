package ipfs

import (
	"fmt"
	"os"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		// LevelDB's memory pool drainer exits up to a second after
		// DB.Close; give it that second rather than ignoring it, so that a
		// store left open still shows up here.
		time.Sleep(1100 * time.Millisecond)
		if err := goleak.Find(); err != nil {
			fmt.Fprintf(os.Stderr, "goleak: errors on successful test run: %v\n", err)
			code = 1
		}
	}
	os.Exit(code)
}
