// Package waitfor polls conditions in tests.
package waitfor

import (
	"testing"
	"time"
)

// interval is how often a condition is polled.
const interval = 20 * time.Millisecond

// Until polls cond until it holds, failing the test after timeout.
func Until(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(interval)
	}
}

// NoError polls f until it returns nil, failing the test after timeout with f's last error.
func NoError(t testing.TB, timeout time.Duration, f func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := f()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(interval)
	}
}
