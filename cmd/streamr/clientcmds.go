package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/broker/api"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/directory"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/broker/server"
	"github.com/streamr-go/streamr/broker/store"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
)

const forever = ^uint64(0)

func addBrokerFlag(cmd *cobra.Command) {
	cmd.Flags().String("broker", "", "broker WebSocket URLs, comma separated (default ws://127.0.0.1:7170/ws)")
	configKey(cmd.Flags(), "broker", "client.broker_urls")
}

// dialBroker connects and signs in to the configured brokers with key (nil: anonymous).
func dialBroker(ctx context.Context, a *app, key *ecdsa.PrivateKey, d *deploy.Deployment) (*client.Client, error) {
	c, err := client.Dial(ctx, client.Config{
		URLs: a.cfg.Client.BrokerURLs, Key: key, Domain: protocol.NewDomain(d.ChainID, d.Registry), Logger: a.log,
	})
	if err != nil {
		return nil, fmt.Errorf("cannot connect to the broker at %s: %w", strings.Join(a.cfg.Client.BrokerURLs, ", "), err)
	}
	return c, nil
}

// chainConn is a chain client with the deployment and, when configured, the user's key.
type chainConn struct {
	client *ethclient.Client
	d      *deploy.Deployment
	key    *ecdsa.PrivateKey
	reg    *streamregistry.StreamRegistry
}

func (a *app) connect(ctx context.Context, needKey bool) (*chainConn, error) {
	var key *ecdsa.PrivateKey
	if needKey || a.cfg.Chain.Key != "" {
		k, err := chainutil.ParseKey(a.cfg.Chain.Key)
		if err != nil {
			return nil, err
		}
		key = k
	}
	c, d, err := a.chainDeps(ctx)
	if err != nil {
		return nil, err
	}
	reg, err := streamregistry.NewStreamRegistry(d.Registry, c)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &chainConn{client: c, d: d, key: key, reg: reg}, nil
}

func (c *chainConn) Close() { c.client.Close() }

// connectStream connects as connect does and resolves the stream argument s; close the
// returned chainConn when done.
func (a *app) connectStream(ctx context.Context, needKey bool, s string) (*chainConn, common.Address, error) {
	cc, err := a.connect(ctx, needKey)
	if err != nil {
		return nil, common.Address{}, err
	}
	sid, err := cc.resolve(ctx, s)
	if err != nil {
		cc.Close()
		return nil, common.Address{}, err
	}
	return cc, sid, nil
}

// resolve takes a stream id (0x address) or a name "<0x owner>/<path>".
func (c *chainConn) resolve(ctx context.Context, s string) (common.Address, error) {
	if common.IsHexAddress(s) && !strings.Contains(s, "/") {
		return common.HexToAddress(s), nil
	}
	addr, err := c.reg.Resolve(bindCall{ctx}.opts(), s)
	if err != nil {
		return common.Address{}, fmt.Errorf("resolving %q: %w", s, err)
	}
	if addr == (common.Address{}) {
		return common.Address{}, fmt.Errorf("no stream named %q (names look like 0xOwner/path; 'streamr stream search' lists streams)", s)
	}
	return addr, nil
}

// transact sends a transaction with the user's key and waits for it.
func (c *chainConn) transact(ctx context.Context, send func(*txOpts) (*txResult, error)) error {
	opts := chainutil.Transactor(c.key, c.d.ChainID)
	opts.Context = ctx
	tx, err := send(opts)
	if err != nil {
		return explainRevert(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	_, err = chainutil.WaitOK(wctx, c.client, tx)
	return err
}

func newPublishCmd(a *app) *cobra.Command {
	var partition uint32
	var key, content string
	cmd := &cobra.Command{
		Use:   "publish <stream>",
		Short: "Sign and publish events: one per line of stdin, or --content",
		Long: `publish signs each event with your key (EIP-712) and sends it to a broker. A line that is
valid JSON is sent as JSON content, anything else as binary. The stream is its id (0x...) or
its name (0xOwner/path). --key-partition picks the partition from a partition key. When the
stream's metadata says {"encrypted":true}, content is encrypted with a group key sealed to the
stream's subscribers' registered encryption keys.`,
		Example: `  echo '{"temperature":21.5}' | streamr publish 0xf39F.../sensors/temp --key 0x...
  streamr publish 0xAbc... --content '{"price":101}' --partition 2`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cc, sid, err := a.connectStream(ctx, true, args[0])
			if err != nil {
				return err
			}
			defer cc.Close()
			parts := uint32(1)
			if key != "" {
				s, err := stream.NewStream(sid, cc.client)
				if err != nil {
					return err
				}
				if parts, err = s.Partitions(bindCall{ctx}.opts()); err != nil {
					return fmt.Errorf("reading the stream's partition count: %w", err)
				}
				partition = protocol.StreamPartition([]byte(key), parts)
			}
			encrypted, err := streamEncrypted(ctx, cc.client, sid)
			if err != nil {
				return err
			}
			bc, err := dialBroker(ctx, a, cc.key, cc.d)
			if err != nil {
				return err
			}
			defer bc.Close()
			var privPub *private.Publisher
			if encrypted {
				// Each event is encrypted with the stream's group key, announced (sealed to every
				// subscriber's registered encryption key) before the first event.
				if privPub, err = newStreamPublisher(ctx, bc, cc.client, cc.d, cc.key, sid, 0, a); err != nil {
					return fmt.Errorf("encrypted stream %s: %w", sid, err)
				}
				defer privPub.Close()
			}
			send := func(line string) error {
				m := protocol.Message{ContentType: protocol.ContentBinary, Content: []byte(line)}
				if json.Valid([]byte(line)) {
					m.ContentType = protocol.ContentJSON
					m.Content = compactJSON(line)
				}
				if privPub != nil {
					e, err := privPub.Publish(ctx, partition, m.ContentType, m.Content)
					if err != nil {
						return err
					}
					fmt.Fprintf(cmd.OutOrStdout(), "published %s partition %d encrypted with group key %x (ts %d seq %d, %d key holders)\n",
						sid, partition, e.GroupKeyID[:4], e.Timestamp, e.Sequence, len(privPub.Recipients()))
					return nil
				}
				e, off, err := bc.Publish(ctx, sid, partition, m)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "published %s partition %d offset %s (ts %d seq %d)\n", sid, partition, off, e.Timestamp, e.Sequence)
				return nil
			}
			if content != "" {
				return send(content)
			}
			sc := bufio.NewScanner(cmd.InOrStdin())
			sc.Buffer(make([]byte, 64*1024), protocol.DefaultMaxContentSize)
			n := 0
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if line == "" {
					continue
				}
				if err := send(line); err != nil {
					return fmt.Errorf("event %d: %w", n+1, err)
				}
				n++
			}
			return sc.Err()
		},
	}
	addChainFlags(cmd)
	addBrokerFlag(cmd)
	cmd.Flags().Uint32Var(&partition, "partition", 0, "stream partition")
	cmd.Flags().StringVar(&key, "key-partition", "", "partition key: partition = hash(key) mod partitions")
	cmd.Flags().StringVar(&content, "content", "", "publish this one event instead of reading stdin")
	return cmd
}

func compactJSON(s string) []byte {
	var v json.RawMessage = []byte(s)
	out, err := json.Marshal(v)
	if err != nil {
		return []byte(s)
	}
	return out
}

func newSubscribeCmd(a *app) *cobra.Command {
	var partition uint32
	var last int
	var from string
	var count int
	cmd := &cobra.Command{
		Use:   "subscribe <stream>",
		Short: "Print a stream's events as JSON lines, live, optionally after a resend",
		Long: `subscribe prints each event of a stream partition as a JSON line. On an encrypted stream
(metadata {"encrypted":true}) it prints the decrypted content instead, using this client's
encryption key (<client.data_dir>/keys; see 'streamr buy' and 'streamr keys register'); until the
publisher announces a group key to you it says so on stderr and keeps waiting.`,
		Example: `  streamr subscribe 0xf39F.../demo/prices --last 10
  streamr subscribe 0xAbc... --from 2026-12-03T08:00:00Z
  streamr subscribe 0xAbc... --from 1796280000000-0 --count 5`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cc, sid, err := a.connectStream(ctx, false, args[0])
			if err != nil {
				return err
			}
			defer cc.Close()
			var opts client.SubscribeOptions
			switch {
			case last > 0 && from != "":
				return errors.New("give --last or --from, not both")
			case last > 0:
				opts.Resend = &api.Resend{Last: last}
			case from != "":
				rs, err := parseFrom(from)
				if err != nil {
					return err
				}
				opts.Resend = rs
			}
			encrypted, err := streamEncrypted(ctx, cc.client, sid)
			if err != nil {
				return err
			}
			var dec *private.Decrypter
			if encrypted {
				var closeHist func() error
				if dec, closeHist, err = a.streamDecrypter(ctx, cc, sid); err != nil {
					return err
				}
				defer closeHist()
			}
			bc, err := dialBroker(ctx, a, cc.key, cc.d)
			if err != nil {
				return err
			}
			defer bc.Close()
			sub, err := bc.Subscribe(ctx, sid, partition, opts)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			seen := 0
			waiting := false
			for {
				select {
				case <-ctx.Done():
					return nil
				case <-sub.Done():
					return sub.Err()
				case m := <-sub.C():
					var line any
					if dec != nil {
						pm, err := dec.Handle(ctx, m.Event)
						switch {
						case errors.Is(err, private.ErrNoGroupKey):
							if !waiting {
								fmt.Fprintln(cmd.ErrOrStderr(), private.ErrNoGroupKey.Error())
								waiting = true
							}
							continue
						case err != nil:
							fmt.Fprintf(cmd.ErrOrStderr(), "skipping event %s: %v\n", m.Offset, err)
							continue
						case pm == nil:
							continue // a group-key announce
						}
						waiting = false
						line = newPlaintextLine(m, pm.Content)
					} else {
						line = struct {
							Offset string          `json:"offset"`
							Event  *protocol.Event `json:"event"`
						}{m.Offset.String(), m.Event}
					}
					if err := enc.Encode(line); err != nil {
						return err
					}
					seen++
					if count > 0 && seen >= count {
						return nil
					}
				}
			}
		},
	}
	addChainFlags(cmd)
	addBrokerFlag(cmd)
	cmd.Flags().Uint32Var(&partition, "partition", 0, "stream partition")
	cmd.Flags().IntVar(&last, "last", 0, "first resend the last N events")
	cmd.Flags().StringVar(&from, "from", "", "first resend from an offset (ms-seq), a unix time in ms, or an RFC 3339 time")
	cmd.Flags().IntVar(&count, "count", 0, "exit after this many events (0: run until Ctrl-C)")
	addDataDirFlag(cmd)
	return cmd
}

func parseFrom(s string) (*api.Resend, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return &api.Resend{FromTimestamp: uint64(t.UnixMilli())}, nil
	}
	if strings.Contains(s, "-") {
		off, err := store.ParseOffset(s)
		if err != nil {
			return nil, fmt.Errorf("bad --from %q: %w", s, err)
		}
		return &api.Resend{From: off}, nil
	}
	ms, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("bad --from %q: give an offset (ms-seq), unix milliseconds or an RFC 3339 time", s)
	}
	return &api.Resend{FromTimestamp: ms}, nil
}

func newStreamCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "stream", Short: "Create, inspect and manage streams on chain"}

	var partitions uint32
	var public, encrypted bool
	var description string
	create := &cobra.Command{
		Use:   "create <path>",
		Short: "Create the stream <your address>/<path> (you own it and may publish)",
		Example: `  streamr stream create sensors/temp --public --key 0x...
  streamr stream create quotes/private --encrypted --partitions 3 --key 0x...`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if public && encrypted {
				return errors.New("a stream is --public or --encrypted, not both")
			}
			cc, err := a.connect(ctx, true)
			if err != nil {
				return err
			}
			defer cc.Close()
			meta, _ := json.Marshal(streamMetadata{Description: description, Encrypted: encrypted})
			var users []common.Address
			var perms []streamregistry.Permission
			if public {
				users = append(users, common.Address{})
				perms = append(perms, streamregistry.Permission{SubscribeExpiry: forever})
			}
			if err := cc.transact(ctx, func(o *txOpts) (*txResult, error) {
				return cc.reg.CreateStream(o, args[0], string(meta), partitions, users, perms)
			}); err != nil {
				return err
			}
			owner := crypto.PubkeyToAddress(cc.key.PublicKey)
			id, err := cc.reg.StreamOf(bindCall{ctx}.opts(), owner, args[0])
			if err != nil {
				return err
			}
			name, _ := cc.reg.NameOf(bindCall{ctx}.opts(), owner, args[0])
			fmt.Fprintf(cmd.OutOrStdout(), "created %s\nid      %s\n", name, id)
			return nil
		},
	}
	create.Flags().Uint32Var(&partitions, "partitions", 1, "partition count (1..100)")
	create.Flags().BoolVar(&public, "public", false, "anyone may subscribe")
	create.Flags().BoolVar(&encrypted, "encrypted", false, "private stream: content encrypted for key holders (see 'streamr keys')")
	create.Flags().StringVar(&description, "description", "", "description stored in the metadata")

	get := &cobra.Command{
		Use:     "get <stream>",
		Short:   "Show a stream: owner, partitions, metadata, public or not",
		Example: "  streamr stream get 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266/sensors/temp",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cc, sid, err := a.connectStream(ctx, false, args[0])
			if err != nil {
				return err
			}
			defer cc.Close()
			s, err := stream.NewStream(sid, cc.client)
			if err != nil {
				return err
			}
			o := &bindCall{ctx}
			owner, err := s.Owner(o.opts())
			if err != nil {
				return fmt.Errorf("%s is not a stream: %w", sid, err)
			}
			parts, _ := s.Partitions(o.opts())
			meta, _ := s.Metadata(o.opts())
			pub, _ := s.IsPublic(o.opts())
			del, _ := s.Deleted(o.opts())
			keys, _ := s.KeyHolderCount(o.opts())
			out := map[string]any{"id": sid, "owner": owner, "partitions": parts, "metadata": meta,
				"public": pub, "deleted": del, "encryptionKeys": keys}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}

	var pub, sub, canGrant bool
	var expires time.Duration
	grant := &cobra.Command{
		Use:   "grant <stream> <address|public>",
		Short: "Grant publish and/or subscribe (optionally until an expiry) to an address or to everyone",
		Example: `  streamr stream grant 0xAbc... 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --publish --key 0x...
  streamr stream grant 0xAbc... public --subscribe --expires 720h --key 0x...`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !pub && !sub && !canGrant {
				return errors.New("say what to grant: --publish, --subscribe and/or --can-grant")
			}
			return a.setPermission(cmd, args[0], args[1], func(p *stream.Permission) {
				exp := forever
				if expires > 0 {
					exp = uint64(time.Now().Add(expires).Unix())
				}
				if pub {
					p.PublishExpiry = exp
				}
				if sub {
					p.SubscribeExpiry = exp
				}
				if canGrant {
					p.CanGrant = true
				}
			})
		},
	}
	grant.Flags().BoolVar(&pub, "publish", false, "may publish")
	grant.Flags().BoolVar(&sub, "subscribe", false, "may subscribe")
	grant.Flags().BoolVar(&canGrant, "can-grant", false, "may grant permissions (e.g. to the DataLicense contract)")
	grant.Flags().DurationVar(&expires, "expires", 0, "the rights end after this long (default: never)")

	revoke := &cobra.Command{
		Use:     "revoke <stream> <address|public>",
		Short:   "Remove every right of an address (or of everyone)",
		Example: "  streamr stream revoke 0xAbc... 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --key 0x...",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.setPermission(cmd, args[0], args[1], func(p *stream.Permission) { *p = stream.Permission{} })
		},
	}

	var owner string
	var limit int
	search := &cobra.Command{
		Use:     "search [text]",
		Short:   "List streams whose name (<creator>/<path>) contains the text, newest first (asks the broker)",
		Example: "  streamr stream search prices --owner 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q := url.Values{}
			if len(args) == 1 {
				q.Set("q", args[0])
			}
			if owner != "" {
				if !common.IsHexAddress(owner) {
					return fmt.Errorf("bad --owner %q: not an address", owner)
				}
				q.Set("creator", owner)
			}
			if limit < 1 {
				return fmt.Errorf("bad --limit %d: give at least 1", limit)
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			return a.searchStreams(cmd.Context(), q, limit, func(e directory.Entry) error { return enc.Encode(e) })
		},
	}
	search.Flags().StringVar(&owner, "owner", "", "only streams created by this address (the first part of their names)")
	search.Flags().IntVar(&limit, "limit", 50, "most results")
	addBrokerFlag(search)

	for _, c := range []*cobra.Command{create, get, grant, revoke, search} {
		addChainFlags(c)
		cmd.AddCommand(c)
	}
	// search asks the broker: the chain flags it once used are accepted (old invocations
	// keep working), hidden from its help and warned about.
	for _, name := range []string{"rpc", "chain-id", "key", "deployments"} {
		_ = search.Flags().MarkDeprecated(name, "stream search asks the broker (--broker); it has no effect")
	}
	return cmd
}

func (a *app) setPermission(cmd *cobra.Command, streamArg, userArg string, edit func(*stream.Permission)) error {
	ctx := cmd.Context()
	var user common.Address
	switch {
	case userArg == "public":
	case common.IsHexAddress(userArg):
		user = common.HexToAddress(userArg)
	default:
		return fmt.Errorf("bad address %q: give 0x... or 'public'", userArg)
	}
	cc, sid, err := a.connectStream(ctx, true, streamArg)
	if err != nil {
		return err
	}
	defer cc.Close()
	s, err := stream.NewStream(sid, cc.client)
	if err != nil {
		return err
	}
	p, err := s.PermissionOf(bindCall{ctx}.opts(), user)
	if err != nil {
		return fmt.Errorf("%s is not a stream: %w", sid, err)
	}
	edit(&p)
	if err := cc.transact(ctx, func(o *txOpts) (*txResult, error) { return s.SetPermission(o, user, p) }); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s on %s: publish until %s, subscribe until %s, canGrant %v\n",
		userArg, sid, expiryText(p.PublishExpiry), expiryText(p.SubscribeExpiry), p.CanGrant)
	return nil
}

func expiryText(e uint64) string {
	switch e {
	case 0:
		return "never granted"
	case forever:
		return "forever"
	}
	return time.Unix(int64(e), 0).UTC().Format(time.RFC3339)
}

// explainRevert turns a failed gas estimate into a line naming the contract's custom error.
func explainRevert(err error) error {
	return explainCustomError(err, stream.StreamMetaData, streamregistry.StreamRegistryMetaData)
}

// explainCustomError names the custom error, declared in one of metas' ABIs, that a failed
// estimate reverted with; any other error is returned as it is.
func explainCustomError(err error, metas ...*bind.MetaData) error {
	var de interface{ ErrorData() interface{} }
	if !errors.As(err, &de) {
		return err
	}
	hexData, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data := common.FromHex(hexData)
	if len(data) < 4 {
		return err
	}
	for _, meta := range metas {
		parsed, perr := meta.GetAbi()
		if perr != nil {
			continue
		}
		for name, e := range parsed.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				args, _ := e.Inputs.Unpack(data[4:])
				return fmt.Errorf("the contract refused: %s%v", name, args)
			}
		}
	}
	return err
}

type (
	txOpts   = bind.TransactOpts
	txResult = types.Transaction
)

// bindCall builds CallOpts bound to a context.
type bindCall struct{ ctx context.Context }

func (b bindCall) opts() *bind.CallOpts { return &bind.CallOpts{Context: b.ctx} }

// searchStreams pages through the first reachable broker's stream search (GET
// /api/v1/streams) and hands each of up to limit results to out. While the broker is still
// reading the registry's history (503 with Retry-After) it waits, up to a minute; other
// errors move on to the next broker.
func (a *app) searchStreams(ctx context.Context, q url.Values, limit int, out func(directory.Entry) error) error {
	var errs []error
	for _, ws := range a.cfg.Client.BrokerURLs {
		base, err := brokerHTTPBase(ws)
		if err != nil {
			return err
		}
		n, err := searchAt(ctx, base+"/api/v1/streams", q, limit, out)
		if err == nil || n > 0 {
			return err // results were printed: do not repeat them from another broker
		}
		errs = append(errs, fmt.Errorf("%s: %w", base, err))
	}
	return fmt.Errorf("stream search: %w", errors.Join(errs...))
}

// brokerHTTPBase turns a broker's WebSocket URL (ws://host:port/ws) into its HTTP base.
func brokerHTTPBase(ws string) (string, error) {
	u, err := url.Parse(ws)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") {
		return "", fmt.Errorf("broker URL %q is not a ws:// or wss:// URL", ws)
	}
	u.Scheme = strings.Replace(u.Scheme, "ws", "http", 1)
	u.Path = strings.TrimSuffix(u.Path, "/ws")
	return strings.TrimSuffix(u.String(), "/"), nil
}

func searchAt(ctx context.Context, endpoint string, q url.Values, limit int, out func(directory.Entry) error) (int, error) {
	n := 0
	waitUntil := time.Now().Add(time.Minute)
	for n < limit {
		q.Set("limit", strconv.Itoa(min(limit-n, directory.MaxLimit)))
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"?"+q.Encode(), nil)
		if err != nil {
			return n, err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return n, err
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
		_ = resp.Body.Close()
		if err != nil {
			return n, err
		}
		// 503 with Retry-After: the broker is still reading the registry's history.
		if resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") != "" && time.Now().Before(waitUntil) {
			select {
			case <-ctx.Done():
				return n, ctx.Err()
			case <-time.After(time.Second):
			}
			continue
		}
		if resp.StatusCode != http.StatusOK {
			var p server.Problem
			if json.Unmarshal(body, &p) == nil && p.Detail != "" {
				return n, fmt.Errorf("%s (%s)", p.Detail, p.Code)
			}
			return n, fmt.Errorf("HTTP %d", resp.StatusCode)
		}
		var page directory.Page
		if err := json.Unmarshal(body, &page); err != nil {
			return n, fmt.Errorf("undecodable reply: %w", err)
		}
		for _, e := range page.Streams {
			if err := out(e); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" {
			break
		}
		q.Set("cursor", page.Next)
	}
	return n, nil
}
