// Package bindings holds the abigen-generated Go bindings of the project's contracts, one
// package per contract. They are committed and regenerated from contracts/src by
// `go generate ./bindings/...` (see generate.sh); CI fails when they are stale.
package bindings

//go:generate ./generate.sh
