package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/spf13/viper"
	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/store"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/deploy"
)

// run executes the CLI in process and returns stdout, stderr and the error.
func run(t *testing.T, ctx context.Context, args ...string) (string, string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	return out.String(), errb.String(), err
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader in different goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// devTestEnv points dev's services at free ports and a database of this test's own, dropped
// at cleanup.
func devTestEnv(t *testing.T) {
	t.Helper()
	port := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().String()
	}
	t.Setenv("STREAMR_MARKET_ADDR", port())
	t.Setenv("STREAMR_INDEXER_ADDR", port())
	t.Setenv("STREAMR_IPFS_GATEWAY_ADDR", port())
	t.Setenv("STREAMR_BROKER_ADDR", port())
	prefix := fmt.Sprintf("streamr-test-%d", time.Now().UnixNano())
	t.Setenv("STREAMR_REDIS_PREFIX", prefix)
	t.Cleanup(func() {
		rc := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
		defer rc.Close()
		if err := clearPrefix(context.Background(), rc, prefix+"-dev"); err != nil {
			t.Errorf("removing the test's Redis keys: %v", err)
		}
	})
	t.Setenv("STREAMR_ORACLE_ADDR", port())
	dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:5432/streamr_devtest_%d?sslmode=disable", time.Now().UnixNano())
	t.Setenv("STREAMR_DEV_DSN", dsn)
	t.Cleanup(func() {
		if err := resetDB(context.Background(), dsn); err != nil {
			t.Errorf("dropping the test database: %v", err)
		}
	})
}

func freeAddr(t *testing.T) string {
	t.Helper()
	// Two consecutive free ports: HTTP on p, WebSocket on p+1.
	for i := 0; i < 50; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := l.Addr().(*net.TCPAddr)
		l2, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(addr.Port+1)))
		_ = l.Close()
		if err == nil {
			_ = l2.Close()
			return addr.String()
		}
	}
	t.Fatal("no two consecutive free ports")
	return ""
}

// dev serves JSON-RPC that a client (cast, ethers, wallets) can use, with every contract deployed,
// and the deploy command works against it.
func TestDevAndDeploy(t *testing.T) {
	addr := freeAddr(t)
	dir := t.TempDir()
	devTestEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	out := &syncBuffer{}
	go func() {
		cmd := newRootCmd()
		cmd.SetOut(out)
		cmd.SetErr(&bytes.Buffer{})
		cmd.SetArgs([]string{"dev", "--rpc-addr", addr, "--data-dir", dir, "--log-level", "warn"})
		done <- cmd.ExecuteContext(ctx)
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if strings.Contains(out.String(), "streamr dev is running") {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("dev exited early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("dev did not write its deployment")
		}
		time.Sleep(50 * time.Millisecond)
	}
	d, err := deploy.Load(filepath.Join(dir, "deployments"), 1337)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial("http://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if n, err := client.BlockNumber(ctx); err != nil || n == 0 {
		t.Fatalf("block number over JSON-RPC = %d, %v", n, err)
	}
	reg, err := streamregistry.NewStreamRegistry(d.Registry, client)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.StreamCount(nil); err != nil {
		t.Fatalf("registry does not answer over JSON-RPC: %v", err)
	}

	// Deploy a second set of contracts to the dev chain with the CLI.
	depDir := t.TempDir()
	stdout, _, err := run(t, ctx, "deploy", "--rpc", "http://"+addr, "--chain-id", "1337",
		"--key", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "--deployments", depDir)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if !strings.Contains(stdout, "StreamRegistry") {
		t.Errorf("deploy printed no addresses:\n%s", stdout)
	}
	d2, err := deploy.Load(depDir, 1337)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Registry == d.Registry {
		t.Error("second deployment reused the first one's registry address")
	}
	// A chain id mismatch is one clear line.
	_, _, err = run(t, ctx, "deploy", "--rpc", "http://"+addr, "--chain-id", "5", "--key",
		"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "--deployments", depDir)
	if err == nil || !strings.Contains(err.Error(), "serves chain 1337, configuration says 5") {
		t.Errorf("chain id mismatch error = %v", err)
	}
	if !strings.Contains(out.String(), d.Registry.Hex()) {
		t.Errorf("dev did not print the registry address")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("dev did not stop cleanly: %v", err)
	}
}

func TestDeployBadInput(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no key", []string{"deploy", "--rpc", "http://127.0.0.1:1"}, "no private key given"},
		{"bad key", []string{"deploy", "--key", "zz", "--rpc", "http://127.0.0.1:1"}, "not 32 bytes of hex"},
		{"unreachable rpc", []string{"deploy", "--key", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "--rpc", "http://127.0.0.1:1"}, "does not answer eth_chainId"},
		{"bad log level", []string{"version", "--log-level", "loud"}, "bad --log-level"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := run(t, ctx, c.args...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %v, want it to mention %q", err, c.want)
			}
			if strings.Count(err.Error(), "\n") > 0 {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestConfigReferenceIsFresh(t *testing.T) {
	var b bytes.Buffer
	if err := writeReference(&b); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../../docs/config.md")
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(committed) {
		t.Fatal("docs/config.md is stale: run `make generate`")
	}
}

func TestConfigPrintRedactsSecrets(t *testing.T) {
	t.Setenv("STREAMR_CHAIN_KEY", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	t.Setenv("STREAMR_CHAIN_RPC", "http://node.example:8545")
	out, _, err := run(t, context.Background(), "config", "print")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "59c6995e") {
		t.Fatal("config print showed the private key")
	}
	if !strings.Contains(out, "http://node.example:8545") || !strings.Contains(out, "<redacted>") {
		t.Fatalf("config print did not show the environment's settings:\n%s", out)
	}
}

func TestKeysNewAndShow(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, _, err := run(t, ctx, "keys", "show", "--data-dir", dir); err == nil {
		t.Fatal("keys show without a key succeeded")
	}
	out, _, err := run(t, ctx, "keys", "new", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	shown, _, err := run(t, ctx, "keys", "show", "--data-dir", dir)
	if err != nil {
		t.Fatal(err)
	}
	pub := strings.TrimSpace(shown)
	if len(pub) != 68 || !strings.Contains(out, pub) {
		t.Fatalf("keys show = %q, keys new printed %q", pub, out)
	}
	if _, _, err := run(t, ctx, "keys", "new", "--data-dir", dir); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("second keys new: %v", err)
	}
	st, err := os.Stat(filepath.Join(dir, "keys", "encryption-keys.json"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
}

// A flag named like a config section (--broker) sets its key, not the section.
func TestBrokerFlagDoesNotShadowSection(t *testing.T) {
	cmd := newRootCmd()
	cmd.SetArgs([]string{"subscribe", "0x0000000000000000000000000000000000000001", "--broker", "ws://127.0.0.1:1/ws", "--rpc", "http://127.0.0.1:1"})
	cmd.SetOut(&bytes.Buffer{})
	cmd.SetErr(&bytes.Buffer{})
	err := cmd.ExecuteContext(context.Background())
	if err == nil || strings.Contains(err.Error(), "configuration") {
		t.Fatalf("error = %v, want a connection error, not a configuration error", err)
	}
}

// Epoch reports need an account of their own: the reporter replaces whatever else of its
// account waits in the pool.
func TestReporterKeyIsNotTheRelayers(t *testing.T) {
	k1 := "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	k2 := "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
	if _, err := reporterKey(BrokerConfig{Key: k1, RelayerKey: k1}); err == nil || !strings.Contains(err.Error(), "same account") {
		t.Fatalf("same key for both: %v", err)
	}
	if _, err := reporterKey(BrokerConfig{Key: k1, RelayerKey: k2}); err != nil {
		t.Fatalf("distinct keys: %v", err)
	}
	if _, err := reporterKey(BrokerConfig{Key: k1}); err != nil {
		t.Fatalf("no relayer: %v", err)
	}
	if _, err := reporterKey(BrokerConfig{Key: "zz"}); err == nil || !strings.Contains(err.Error(), "broker.key") {
		t.Fatalf("bad key: %v", err)
	}
}

// bench broker --json writes the figures as JSON: to a file, or to stdout with the report
// on stderr.
func TestBenchBrokerJSON(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "figures.json")
	args := []string{"bench", "broker", "--phases", "redis", "--duration", "300ms", "--nats", "-"}
	out, _, err := run(t, ctx, append(args, "--json", file)...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "raw Redis XADD/XREAD") || !strings.Contains(out, "figures written to "+file) {
		t.Fatalf("report: %s", out)
	}
	var res struct {
		EcrecoverPerSec float64 `json:"ecrecoverPerSec"`
		RedisPerSec     float64 `json:"redisPerSec"`
		Host            struct{ Threads int }
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &res); err != nil || res.EcrecoverPerSec <= 0 || res.RedisPerSec <= 0 || res.Host.Threads <= 0 {
		t.Fatalf("figures %s: %+v, %v", b, res, err)
	}
	out, errOut, err := run(t, ctx, append(args, "--json", "-")...)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.RedisPerSec <= 0 {
		t.Fatalf("stdout is not the figures: %q, %v", out, err)
	}
	if !strings.Contains(errOut, "raw Redis XADD/XREAD") {
		t.Fatalf("report not on stderr: %q", errOut)
	}
}

// The broker's settings reach its configuration, and bad values are refused naming the key.
func TestBrokerSettings(t *testing.T) {
	t.Setenv("STREAMR_BROKER_MAX_CONNECTIONS_PER_IP", "-1")
	t.Setenv("STREAMR_BROKER_RETENTION_MAX_AGE", "36h")
	t.Setenv("STREAMR_BROKER_TRUSTED_PROXIES", "10.0.0.0/8,192.0.2.7,2001:db8::/32")
	t.Setenv("STREAMR_LOG_LEVEL", "info") // the global flags are not attached here
	t.Setenv("STREAMR_LOG_FORMAT", "text")
	a := &app{v: viper.New()}
	if err := a.load(newBrokerCmd(a)); err != nil {
		t.Fatal(err)
	}
	cfg := broker.DefaultConfig()
	if err := a.cfg.Broker.apply(&cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Server.MaxConnectionsPerIP != -1 || cfg.Server.MaxConnections != 10_000 || cfg.Server.MaxSubscriptions != 1_000 ||
		cfg.Store.Retention != (store.Retention{MaxLen: 1_000_000, MaxAge: 36 * time.Hour}) || cfg.Listen != "127.0.0.1:7170" {
		t.Fatalf("applied: server %+v, retention %+v, listen %s", cfg.Server, cfg.Store.Retention, cfg.Listen)
	}
	if fmt.Sprint(cfg.Server.TrustedProxies) != "[10.0.0.0/8 192.0.2.7/32 2001:db8::/32]" {
		t.Fatalf("trusted proxies %v", cfg.Server.TrustedProxies)
	}
	for key, bad := range map[string]BrokerConfig{
		"broker.max_connections":        {MaxConnections: 0, MaxConnectionsPerIP: 1, MaxSubscriptions: 1},
		"broker.max_connections_per_ip": {MaxConnections: 1, MaxConnectionsPerIP: 0, MaxSubscriptions: 1},
		"broker.max_subscriptions":      {MaxConnections: 1, MaxConnectionsPerIP: 1},
		"broker.verify_workers":         {MaxConnections: 1, MaxConnectionsPerIP: 1, MaxSubscriptions: 1, VerifyWorkers: -2},
		"broker.retention_max_len":      {MaxConnections: 1, MaxConnectionsPerIP: 1, MaxSubscriptions: 1, RetentionMaxLen: -1},
		"broker.trusted_proxies":        {MaxConnections: 1, MaxConnectionsPerIP: 1, MaxSubscriptions: 1, TrustedProxies: []string{"proxy.example"}},
	} {
		if err := bad.apply(&cfg); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s: %v", key, err)
		}
	}
}
