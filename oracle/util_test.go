package oracle

import (
	"fmt"
	"strings"
)

// fmtSscanEvents reads the event count from a delivery's Meta.
func fmtSscanEvents(meta string, n *int) (int, error) {
	i := strings.Index(meta, `"events":`)
	if i < 0 {
		return 0, fmt.Errorf("no events")
	}
	return fmt.Sscanf(meta[i+len(`"events":`):], "%d", n)
}
