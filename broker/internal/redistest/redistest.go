// Package redistest gives broker tests real Redis: the shared server at 127.0.0.1:6379 with a
// per-test key prefix, and private redis-server processes (single or a 3-master Cluster) on
// spare ports, stopped at cleanup. Tests fail loudly when Redis is not available.
package redistest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/broker/store"
)

// SharedAddr is the shared Redis every test may use with its own prefix.
const SharedAddr = "127.0.0.1:6379"

var seq atomic.Uint64

// Prefix returns a key prefix unique to this test run and test.
func Prefix(t testing.TB) string {
	return fmt.Sprintf("t%d-%d-%s", os.Getpid(), seq.Add(1), strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()))
}

// Shared connects to the shared Redis and fails the test if it is down. At cleanup it
// deletes the keys under prefix (never anything else) and closes the client.
func Shared(t testing.TB, prefix string) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: SharedAddr})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		_ = c.Close()
		t.Fatalf("redis at %s is required for this test: %v", SharedAddr, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
			if len(keys) == 500 {
				c.Del(ctx, keys...)
				keys = keys[:0]
			}
		}
		if len(keys) > 0 {
			c.Del(ctx, keys...)
		}
		_ = c.Close()
	})
	return c
}

// FreePort returns a TCP port that was free a moment ago (and whose +10000 cluster bus port
// is below 65536).
func FreePort(t testing.TB) int {
	t.Helper()
	for range 50 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		p := l.Addr().(*net.TCPAddr).Port
		_ = l.Close()
		if p+10000 < 65536 {
			return p
		}
	}
	t.Fatal("no free port")
	return 0
}

// Server is a private redis-server process.
type Server struct {
	t       testing.TB
	Port    int
	Addr    string
	dir     string
	args    []string
	cmd     *exec.Cmd
	stopped bool
}

// StartServer starts a redis-server on a spare port with extra arguments; it is stopped at
// cleanup.
func StartServer(t testing.TB, extra ...string) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Fatalf("redis-server is required for this test: %v", err)
	}
	port := FreePort(t)
	dir := t.TempDir()
	s := &Server{t: t, Port: port, Addr: "127.0.0.1:" + strconv.Itoa(port), dir: dir}
	s.args = append([]string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
		"--dir", dir}, extra...)
	s.Start()
	t.Cleanup(s.Stop)
	return s
}

// Start (re)starts the process on the same port and waits until it answers PING.
func (s *Server) Start() {
	s.t.Helper()
	cmd := exec.Command("redis-server", s.args...)
	cmd.Stdout, cmd.Stderr = nil, nil
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting redis-server: %v", err)
	}
	s.cmd, s.stopped = cmd, false
	c := redis.NewClient(&redis.Options{Addr: s.Addr, MaxRetries: -1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil || strings.Contains(fmt.Sprint(err), "CLUSTERDOWN") {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("redis-server on %s did not start: %v", s.Addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Kill stops the process abruptly (SIGKILL) and waits for it to exit.
func (s *Server) Kill() {
	if s.stopped || s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
	s.stopped = true
}

// Stop ends the process.
func (s *Server) Stop() { s.Kill() }

// Cluster is a private Redis Cluster of masters only.
type Cluster struct {
	Servers []*Server
	Addrs   []string
}

// StartCluster starts n cluster-enabled redis-servers and joins them into one cluster with
// redis-cli --cluster create; every process is stopped at cleanup.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	cl := &Cluster{}
	for range n {
		dir := t.TempDir()
		s := StartServer(t, "--cluster-enabled", "yes", "--cluster-config-file", filepath.Join(dir, "nodes.conf"),
			"--cluster-node-timeout", "2000")
		cl.Servers = append(cl.Servers, s)
		cl.Addrs = append(cl.Addrs, s.Addr)
	}
	args := append([]string{"--cluster", "create"}, cl.Addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	out, err := exec.Command("redis-cli", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	// Every node must see the whole cluster as ok, not just one.
	deadline := time.Now().Add(20 * time.Second)
	for _, addr := range cl.Addrs {
		c := redis.NewClient(&redis.Options{Addr: addr})
		for {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			info, err := c.ClusterInfo(ctx).Result()
			cancel()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				_ = c.Close()
				t.Fatalf("cluster node %s not ok: %v %s", addr, err, info)
			}
			time.Sleep(50 * time.Millisecond)
		}
		_ = c.Close()
	}
	return cl
}

// Client returns a cluster client closed at cleanup.
func (cl *Cluster) Client(t testing.TB) *redis.ClusterClient {
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: cl.Addrs})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// ServerCPU returns the CPU time the Redis server behind rdb has used so far (see
// store.ServerCPU), failing the test when it cannot be read.
func ServerCPU(tb testing.TB, rdb redis.UniversalClient) time.Duration {
	tb.Helper()
	t, err := store.ServerCPU(context.Background(), rdb)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}
