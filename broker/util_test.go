package broker_test

import "github.com/streamr-go/streamr/broker/store"

type storeOffset = store.Offset
