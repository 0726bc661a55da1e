package oracle

import (
	"fmt"
	"github.com/streamr-go/streamr/broker/protocol"
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

func fmtSscanEvents(meta string, n *int) (int, error) {
	i := strings.Index(meta, `"events":`)
	if i < 0 {
		return 0, fmt.Errorf("no events")
	}
	return fmt.Sscanf(meta[i+len(`"events":`):], "%d", n)
}

type protocolEvent = protocol.Event
