package main

import (
	"fmt"
	"net/netip"
	"reflect"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/streamr-go/streamr/broker"
	"github.com/streamr-go/streamr/broker/store"
)

// Config is every setting of every command. Keys are lowercase dotted paths (chain.rpc); the
// environment variable of a key is STREAMR_ plus the key in upper case with _ for . and -
// (STREAMR_CHAIN_RPC). docs/config.md is generated from these fields (`streamr config reference`).
type Config struct {
	Chain    ChainConfig    `mapstructure:"chain"`
	Dev      DevConfig      `mapstructure:"dev"`
	Postgres PostgresConfig `mapstructure:"postgres"`
	Redis    RedisConfig    `mapstructure:"redis"`
	Client   ClientConfig   `mapstructure:"client"`
	Indexer  IndexerConfig  `mapstructure:"indexer"`
	Market   MarketConfig   `mapstructure:"market"`
	IPFS     IPFSConfig     `mapstructure:"ipfs"`
	Broker   BrokerConfig   `mapstructure:"broker"`
	Oracle   OracleConfig   `mapstructure:"oracle"`
}

// IndexerConfig shapes 'streamr indexer'.
type IndexerConfig struct {
	Addr          string        `mapstructure:"addr" desc:"host:port of /status, /healthz, /readyz, /metrics" default:"127.0.0.1:7090"`
	Confirmations uint64        `mapstructure:"confirmations" desc:"blocks a block must be buried under before it is indexed" default:"5"`
	PollInterval  time.Duration `mapstructure:"poll_interval" desc:"head polling interval when no new-heads subscription is available" default:"2s"`
}

// MarketConfig shapes 'streamr market'.
type MarketConfig struct {
	Addr           string        `mapstructure:"addr" desc:"host:port of the market API (/api/v1, /openapi.json, ops endpoints)" default:"127.0.0.1:7080"`
	Domain         string        `mapstructure:"domain" desc:"domain that Sign-In with Ethereum messages must name (empty: the request's Host)" default:""`
	AllowedOrigins []string      `mapstructure:"allowed_origins" desc:"CORS origins of dapps allowed to call the API" default:"*"`
	GatewayURL     string        `mapstructure:"gateway_url" desc:"public IPFS gateway prefix used in terms links" default:"http://127.0.0.1:8080/ipfs/"`
	KarmaHalfLife  time.Duration `mapstructure:"karma_half_life" desc:"half-life of karma: DATA exchanged counts half after this long" default:"720h"`
}

// IPFSConfig shapes the embedded IPFS node that stores terms of use.
type IPFSConfig struct {
	Dir         string   `mapstructure:"dir" desc:"repository directory (blocks and pins)" default:".data/ipfs"`
	GatewayAddr string   `mapstructure:"gateway_addr" desc:"host:port of the /ipfs/{cid} gateway" default:"127.0.0.1:8080"`
	RemotePins  []string `mapstructure:"remote_pins" desc:"kubo RPC URLs every added document is also pinned to (production)" default:""`
}

// ClientConfig shapes the client commands (publish, subscribe, stream, keys, buy).
type ClientConfig struct {
	DataDir    string   `mapstructure:"data_dir" desc:"client data directory: encryption key and learned group keys (mode 0600)" default:"~/.streamr"`
	BrokerURLs []string `mapstructure:"broker_urls" desc:"brokers' WebSocket URLs; the client fails over between them" default:"ws://127.0.0.1:7170/ws"`
}

// BrokerConfig shapes 'streamr broker'.
type BrokerConfig struct {
	Addr       string `mapstructure:"addr" desc:"host:port of /ws, /api/v1, /openapi.yaml and the ops endpoints" default:"127.0.0.1:7170"`
	Key        string `mapstructure:"key" desc:"hex key of this broker's account: registers with the NetworkCoordinator and reports epoch checksums; its transactions are its own, so not relayer_key's account (empty: no reporting; never logged)" default:""`
	RelayerKey string `mapstructure:"relayer_key" desc:"hex key that pays gas for relayed ERC-2771 stream requests (empty: return unsigned transactions only; never logged)" default:""`

	MaxConnections      int           `mapstructure:"max_connections" desc:"open WebSocket connections the broker takes; more are answered 503 with Retry-After" default:"10000"`
	MaxConnectionsPerIP int           `mapstructure:"max_connections_per_ip" desc:"open WebSocket connections from one client address; more are answered 429 with Retry-After (loopback addresses are not bounded; -1: no bound)" default:"256"`
	TrustedProxies      []string      `mapstructure:"trusted_proxies" desc:"reverse proxies (addresses or CIDR prefixes) whose X-Forwarded-For names the client that max_connections_per_ip counts" default:""`
	MaxSubscriptions    int           `mapstructure:"max_subscriptions" desc:"subscriptions one WebSocket connection may hold" default:"1000"`
	VerifyWorkers       int           `mapstructure:"verify_workers" desc:"goroutines that check publishes' signatures in batches (0: one per core)" default:"0"`
	RetentionMaxLen     int64         `mapstructure:"retention_max_len" desc:"events kept per stream partition where the stream's metadata sets no retention (0: no bound by count)" default:"1000000"`
	RetentionMaxAge     time.Duration `mapstructure:"retention_max_age" desc:"how long events are kept where the stream's metadata sets no retention (0: no bound by age)" default:"0s"`
}

// apply checks the broker settings and sets them on cfg.
func (b BrokerConfig) apply(cfg *broker.Config) error {
	switch {
	case b.MaxConnections < 1:
		return fmt.Errorf("broker.max_connections is %d; it must be at least 1", b.MaxConnections)
	case b.MaxConnectionsPerIP < 1 && b.MaxConnectionsPerIP != -1:
		return fmt.Errorf("broker.max_connections_per_ip is %d; it must be at least 1, or -1 for no bound", b.MaxConnectionsPerIP)
	case b.MaxSubscriptions < 1:
		return fmt.Errorf("broker.max_subscriptions is %d; it must be at least 1", b.MaxSubscriptions)
	case b.VerifyWorkers < 0:
		return fmt.Errorf("broker.verify_workers is %d; it must be 0 (one per core) or more", b.VerifyWorkers)
	case b.RetentionMaxLen < 0 || b.RetentionMaxAge < 0:
		return fmt.Errorf("broker.retention_max_len (%d) and broker.retention_max_age (%v) must not be negative", b.RetentionMaxLen, b.RetentionMaxAge)
	}
	cfg.Server.TrustedProxies = nil
	for _, p := range b.TrustedProxies {
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			ip, ierr := netip.ParseAddr(p)
			if ierr != nil {
				return fmt.Errorf("broker.trusted_proxies: %q is neither an address nor a CIDR prefix", p)
			}
			prefix = netip.PrefixFrom(ip, ip.BitLen())
		}
		cfg.Server.TrustedProxies = append(cfg.Server.TrustedProxies, prefix.Masked())
	}
	cfg.Listen = b.Addr
	cfg.Server.MaxConnections = b.MaxConnections
	cfg.Server.MaxConnectionsPerIP = b.MaxConnectionsPerIP
	cfg.Server.MaxSubscriptions = b.MaxSubscriptions
	cfg.Server.VerifyWorkers = b.VerifyWorkers
	cfg.Store.Retention = store.Retention{MaxLen: b.RetentionMaxLen, MaxAge: b.RetentionMaxAge}
	return nil
}

// OracleConfig shapes 'streamr oracle'.
type OracleConfig struct {
	Addr       string        `mapstructure:"addr" desc:"host:port of /healthz, /readyz, /metrics" default:"127.0.0.1:7091"`
	DATAPerETH float64       `mapstructure:"data_per_eth" desc:"DATA per ETH used to compare a bounty with the gas it costs" default:"1000"`
	Margin     float64       `mapstructure:"margin" desc:"required profit margin over gas cost (0.1 = 10%)" default:"0.1"`
	Own        []string      `mapstructure:"own" desc:"addresses whose subscriptions are delivered even at a loss" default:""`
	Backfill   time.Duration `mapstructure:"backfill" desc:"on start, also deliver events published this long ago" default:"1m"`
}

func (o OracleConfig) ownAddresses() []common.Address {
	var out []common.Address
	for _, s := range o.Own {
		if common.IsHexAddress(s) {
			out = append(out, common.HexToAddress(s))
		}
	}
	return out
}

// ChainConfig says which chain and contracts a service talks to.
type ChainConfig struct {
	RPC            string `mapstructure:"rpc" desc:"JSON-RPC endpoint of the chain (http, ws or ipc)" default:"http://127.0.0.1:8545"`
	ChainID        uint64 `mapstructure:"chain_id" desc:"expected chain id; 0 accepts what the RPC serves, otherwise a mismatch is an error" default:"0"`
	Key            string `mapstructure:"key" desc:"hex private key of this node's account (never logged)" default:""`
	DeploymentsDir string `mapstructure:"deployments_dir" desc:"directory of <chainId>.json deployment files" default:"deployments"`
}

// DevConfig shapes 'streamr dev'.
type DevConfig struct {
	RPCAddr       string        `mapstructure:"rpc_addr" desc:"host:port of the dev chain's JSON-RPC (WebSocket on port+1)" default:"127.0.0.1:8545"`
	BlockInterval time.Duration `mapstructure:"block_interval" desc:"a block is sealed on this interval and whenever transactions wait" default:"1s"`
	DataDir       string        `mapstructure:"data_dir" desc:"where dev keeps its files (IPFS blocks, keys, deployment)" default:".data/dev"`
	Accounts      int           `mapstructure:"accounts" desc:"funded dev accounts derived from the test mnemonic" default:"10"`
	DSN           string        `mapstructure:"dsn" desc:"PostgreSQL database of dev; dropped and recreated at every start (its chain is new)" default:"postgres://postgres@127.0.0.1:5432/streamr_dev?sslmode=disable"`
	EpochLength   uint64        `mapstructure:"epoch_length" desc:"NetworkCoordinator epoch length in seconds on the dev chain" default:"15"`
}

// PostgresConfig is the database of the indexer, market and oracle.
type PostgresConfig struct {
	DSN string `mapstructure:"dsn" desc:"PostgreSQL connection string; the database is created when missing" default:"postgres://postgres@127.0.0.1:5432/streamr?sslmode=disable"`
}

// RedisConfig is the broker's storage: one server or a cluster.
type RedisConfig struct {
	Addrs    []string `mapstructure:"addrs" desc:"Redis addresses; several mean a Redis Cluster" default:"127.0.0.1:6379"`
	Password string   `mapstructure:"password" desc:"Redis password (never logged)" default:""`
	DB       int      `mapstructure:"db" desc:"database number (single server only)" default:"0"`
	Prefix   string   `mapstructure:"prefix" desc:"prefix of every key the broker writes" default:"streamr"`
}

// field is one leaf setting of Config.
type field struct {
	Key, Type, Default, Desc string
}

// fields walks Config's leaves in declaration order.
func fields() []field {
	var out []field
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			key := prefix + f.Tag.Get("mapstructure")
			if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(time.Duration(0)) {
				walk(f.Type, key+".")
				continue
			}
			out = append(out, field{Key: key, Type: typeName(f.Type), Default: f.Tag.Get("default"), Desc: f.Tag.Get("desc")})
		}
	}
	walk(reflect.TypeOf(Config{}), "")
	return out
}

func typeName(t reflect.Type) string {
	switch {
	case t == reflect.TypeOf(time.Duration(0)):
		return "duration"
	case t.Kind() == reflect.Slice:
		return "list of " + t.Elem().Kind().String()
	default:
		return t.Kind().String()
	}
}

func setDefaults(v *viper.Viper) {
	for _, f := range fields() {
		if strings.HasPrefix(f.Type, "list") {
			if f.Default == "" {
				v.SetDefault(f.Key, []string{})
			} else {
				v.SetDefault(f.Key, strings.Split(f.Default, ","))
			}
			continue
		}
		v.SetDefault(f.Key, f.Default)
	}
}

func decodeConfig(v *viper.Viper) (Config, error) {
	var c Config
	err := v.Unmarshal(&c, func(dc *mapstructure.DecoderConfig) {
		dc.ErrorUnused = false
		dc.WeaklyTypedInput = true
		dc.DecodeHook = mapstructure.ComposeDecodeHookFunc(
			mapstructure.StringToTimeDurationHookFunc(),
			mapstructure.StringToSliceHookFunc(","),
		)
	})
	if err != nil {
		return c, fmt.Errorf("configuration: %w", err)
	}
	return c, nil
}

// configKey marks a flag as the command-line form of a config key.
func configKey(fs *pflag.FlagSet, flag, key string) {
	_ = fs.SetAnnotation(flag, "config-key", []string{key})
}

// bindFlagAliases binds annotated flags to their config keys, so --rpc sets chain.rpc.
func bindFlagAliases(v *viper.Viper, cmd *cobra.Command) {
	bind := func(f *pflag.Flag) {
		if keys, ok := f.Annotations["config-key"]; ok && len(keys) == 1 {
			_ = v.BindPFlag(keys[0], f)
		}
	}
	cmd.Flags().VisitAll(bind)
	cmd.InheritedFlags().VisitAll(bind)
}

// addChainFlags adds the flags that pick a chain and an account.
func addChainFlags(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.String("rpc", "", "JSON-RPC endpoint (default http://127.0.0.1:8545)")
	fs.Uint64("chain-id", 0, "expected chain id (0: whatever the RPC serves)")
	fs.String("key", "", "hex private key of the account to use (or STREAMR_CHAIN_KEY)")
	fs.String("deployments", "", "directory of deployment files (default deployments)")
	configKey(fs, "rpc", "chain.rpc")
	configKey(fs, "chain-id", "chain.chain_id")
	configKey(fs, "key", "chain.key")
	configKey(fs, "deployments", "chain.deployments_dir")
}
