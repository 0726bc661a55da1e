package ipfs

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// UnixFS import settings: those of kubo's `ipfs add --cid-version=1`
// (which implies --raw-leaves), also the defaults of Helia's importer.
const (
	// ChunkSize is the fixed chunk size of the importer, in bytes.
	ChunkSize = 256 << 10
	// MaxLinks is the number of links per node of the balanced layout.
	MaxLinks = 174
)

// Defaults used by DefaultConfig.
const (
	DefaultMaxFileSize      = 16 << 20
	DefaultGatewayPath      = "/ipfs/"
	DefaultRemotePinTimeout = 2 * time.Minute
	DefaultRemotePinQueue   = 256
)

// Config configures a Node.
type Config struct {
	// Dir is the repository directory. Blocks are stored under Dir/blocks
	// and pins under Dir/pins. Required.
	Dir string

	// MaxFileSize is the largest document Add accepts, in bytes.
	MaxFileSize int64

	// GatewayPath is the URL path prefix under which Handler serves files,
	// as GatewayPath + "{cid}". It must start and end with a slash.
	GatewayPath string

	// NoSync skips fsync of block files and their directories. It makes
	// adds faster at the risk of losing recent blocks on a power failure;
	// meant for tests and throwaway development nodes.
	NoSync bool

	// RemotePins lists kubo RPC API base URLs (e.g.
	// "https://user:pass@pin.example.org:5001") to which every added
	// document is pushed with `/api/v0/add?cid-version=1&pin=true`.
	// Credentials in the URL are sent as HTTP basic auth. Empty disables
	// remote pinning.
	RemotePins []string

	// RemotePinTimeout bounds one push of one document to one endpoint.
	RemotePinTimeout time.Duration

	// RemotePinQueue is how many documents may wait to be pushed to each
	// endpoint; when an endpoint's queue is full further documents are not
	// pushed there (and are counted as dropped), so Add never waits for a
	// remote endpoint.
	RemotePinQueue int
}

// DefaultConfig returns a Config with every field but Dir set to its default.
func DefaultConfig() Config {
	return Config{
		MaxFileSize:      DefaultMaxFileSize,
		GatewayPath:      DefaultGatewayPath,
		RemotePinTimeout: DefaultRemotePinTimeout,
		RemotePinQueue:   DefaultRemotePinQueue,
	}
}

// withDefaults fills zero fields with their defaults and validates the rest.
func (c Config) withDefaults() (Config, error) {
	if c.Dir == "" {
		return c, errors.New("ipfs: config: Dir is required")
	}
	if c.MaxFileSize == 0 {
		c.MaxFileSize = DefaultMaxFileSize
	}
	if c.MaxFileSize < 0 {
		return c, fmt.Errorf("ipfs: config: MaxFileSize %d is negative", c.MaxFileSize)
	}
	if c.GatewayPath == "" {
		c.GatewayPath = DefaultGatewayPath
	}
	if !strings.HasPrefix(c.GatewayPath, "/") || !strings.HasSuffix(c.GatewayPath, "/") {
		return c, fmt.Errorf("ipfs: config: GatewayPath %q must start and end with a slash", c.GatewayPath)
	}
	if strings.ContainsAny(c.GatewayPath, "{}") {
		return c, fmt.Errorf("ipfs: config: GatewayPath %q must not contain braces", c.GatewayPath)
	}
	if c.RemotePinTimeout == 0 {
		c.RemotePinTimeout = DefaultRemotePinTimeout
	}
	if c.RemotePinTimeout < 0 {
		return c, fmt.Errorf("ipfs: config: RemotePinTimeout %s is negative", c.RemotePinTimeout)
	}
	if c.RemotePinQueue == 0 {
		c.RemotePinQueue = DefaultRemotePinQueue
	}
	if c.RemotePinQueue < 0 {
		return c, fmt.Errorf("ipfs: config: RemotePinQueue %d is negative", c.RemotePinQueue)
	}
	for _, raw := range c.RemotePins {
		u, err := url.Parse(raw)
		if err != nil {
			// url.Error would echo the URL, credentials included.
			return c, errors.New("ipfs: config: a RemotePins entry is not a valid URL")
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return c, fmt.Errorf("ipfs: config: RemotePins entry %q must be an absolute http(s) URL", u.Redacted())
		}
		if u.RawQuery != "" || u.Fragment != "" {
			return c, fmt.Errorf("ipfs: config: RemotePins entry %q must not have a query or fragment", u.Redacted())
		}
	}
	return c, nil
}
