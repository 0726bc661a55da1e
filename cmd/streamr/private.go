package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/bindings/datalicense"
	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/client"
	"github.com/streamr-go/streamr/broker/groupkey/keystore"
	"github.com/streamr-go/streamr/broker/private"
	"github.com/streamr-go/streamr/broker/protocol"
	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
	"github.com/streamr-go/streamr/market"
	"github.com/streamr-go/streamr/market/siwe"
)

// ---- encrypted streams ----

// streamMetadata is the part of a stream's metadata JSON the client acts on.
type streamMetadata struct {
	Description string `json:"description"`
	Encrypted   bool   `json:"encrypted"`
}

// streamEncrypted reports whether the stream's metadata says its content is encrypted.
// Metadata that is not JSON is a plain stream.
func streamEncrypted(ctx context.Context, caller bind.ContractCaller, sid common.Address) (bool, error) {
	s, err := stream.NewStreamCaller(sid, caller)
	if err != nil {
		return false, err
	}
	meta, err := s.Metadata(bindCall{ctx}.opts())
	if err != nil {
		return false, fmt.Errorf("reading the metadata of stream %s (is it a stream?): %w", sid, err)
	}
	var m streamMetadata
	if json.Unmarshal([]byte(meta), &m) != nil {
		return false, nil
	}
	return m.Encrypted, nil
}

// openKeystore opens this client's encryption keystore, creating it when missing.
func (a *app) openKeystore() (*keystore.Store, bool, error) {
	s, created, err := keystore.OpenOrCreate(a.keysDir())
	if err != nil {
		return nil, false, fmt.Errorf("encryption keystore in %s: %w", a.keysDir(), err)
	}
	return s, created, nil
}

// newStreamPublisher returns a started private.Publisher for sid that publishes through bc,
// signing with key. Close it when done.
func newStreamPublisher(ctx context.Context, bc *client.Client, chain private.ChainReader, d *deploy.Deployment,
	key *ecdsa.PrivateKey, sid common.Address, poll time.Duration, a *app) (*private.Publisher, error) {
	signer, err := protocol.NewPublisher(key, protocol.NewDomain(d.ChainID, d.Registry), protocol.PublisherConfig{})
	if err != nil {
		return nil, err
	}
	p, err := private.NewPublisher(private.PublisherConfig{Stream: sid, PollInterval: poll}, private.PublisherDeps{
		Signer: signer, Transport: private.ClientTransport{Client: bc}, Chain: chain, Logger: a.log,
	})
	if err != nil {
		return nil, err
	}
	if err := p.Start(ctx); err != nil {
		_ = p.Close()
		return nil, err
	}
	return p, nil
}

// addDataDirFlag adds --data-dir (client.data_dir), where the encryption key lives.
func addDataDirFlag(cmd *cobra.Command) {
	cmd.Flags().String("data-dir", "", "client data directory holding the encryption key (default ~/.streamr)")
	configKey(cmd.Flags(), "data-dir", "client.data_dir")
}

// streamDecrypter returns a Decrypter for this client on sid: its group keys are kept in the
// keystore, and missing ones are looked up in the stream's history over a second broker
// connection (the first one holds the live subscription), closed by the returned function.
func (a *app) streamDecrypter(ctx context.Context, cc *chainConn, sid common.Address) (*private.Decrypter, func() error, error) {
	if cc.key == nil {
		return nil, nil, fmt.Errorf("stream %s is encrypted: give --key of an account that may subscribe to it", sid)
	}
	ks, err := keystore.Open(a.keysDir())
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil, fmt.Errorf("stream %s is encrypted and there is no encryption key in %s: buy a product holding it ('streamr buy') or run 'streamr keys register %s'",
				sid, a.keysDir(), sid)
		}
		return nil, nil, err
	}
	hist, err := dialBroker(ctx, a, cc.key, cc.d)
	if err != nil {
		return nil, nil, err
	}
	dec, err := private.NewDecrypter(private.DecrypterConfig{
		Address: crypto.PubkeyToAddress(cc.key.PublicKey), Key: ks.EncryptionKey(),
		Domain: protocol.NewDomain(cc.d.ChainID, cc.d.Registry), Store: ks,
		History: private.ClientHistory{Client: hist}, Logger: a.log,
	})
	if err != nil {
		_ = hist.Close()
		return nil, nil, err
	}
	return dec, hist.Close, nil
}

// plaintextLine is what 'streamr subscribe' prints of a decrypted event.
type plaintextLine struct {
	Offset    string          `json:"offset"`
	Stream    common.Address  `json:"stream"`
	Partition uint32          `json:"partition"`
	Publisher common.Address  `json:"publisher"`
	Timestamp uint64          `json:"timestamp"`
	Sequence  uint32          `json:"sequence"`
	Content   json.RawMessage `json:"content,omitempty"`
	Binary    hexutil.Bytes   `json:"binary,omitempty"`
}

func newPlaintextLine(m client.Message, content []byte) plaintextLine {
	e := m.Event
	l := plaintextLine{Offset: m.Offset.String(), Stream: e.Stream, Partition: e.Partition, Publisher: e.Publisher,
		Timestamp: e.Timestamp, Sequence: e.Sequence}
	if e.ContentType == protocol.ContentJSON && json.Valid(content) {
		l.Content = content
	} else {
		l.Binary = content
	}
	return l
}

// ---- keys register ----

func newKeysRegisterCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register <stream>",
		Short: "Register this client's encryption public key on a private stream (setEncryptionKey)",
		Long: `register stores this client's encryption public key in the stream's contract under your account,
creating the key first if there is none. The stream's publishers seal group keys to it once you may
subscribe (buying a product registers the key for you).`,
		Example: "  streamr keys register 0xf39F.../quotes/private --key 0x...",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cc, sid, err := a.connectStream(ctx, true, args[0])
			if err != nil {
				return err
			}
			defer cc.Close()
			ks, created, err := a.openKeystore()
			if err != nil {
				return err
			}
			s, err := stream.NewStream(sid, cc.client)
			if err != nil {
				return err
			}
			if err := cc.transact(ctx, func(o *txOpts) (*txResult, error) {
				return s.SetEncryptionKey(o, ks.PublicKeyCompressed())
			}); err != nil {
				return fmt.Errorf("registering the encryption key on %s: %w", sid, err)
			}
			w := cmd.OutOrStdout()
			if created {
				fmt.Fprintf(w, "created an encryption key in %s\n", ks.Path())
			}
			me := crypto.PubkeyToAddress(cc.key.PublicKey)
			fmt.Fprintf(w, "registered encryption key %s on %s for %s\n", hexutil.Encode(ks.PublicKeyCompressed()), sid, me)
			if ok, err := s.CanSubscribe(bindCall{ctx}.opts(), me); err == nil && !ok {
				fmt.Fprintln(w, "note: you may not subscribe to this stream yet; publishers seal keys only to subscribers")
			}
			return nil
		},
	}
	addChainFlags(cmd)
	return cmd
}

// ---- buy ----

// licenseBuyArgs are the arguments of DataLicense.onTokenTransfer's data.
var licenseBuyArgs = func() abi.Arguments {
	u, _ := abi.NewType("uint256", "", nil)
	b, _ := abi.NewType("bytes", "", nil)
	return abi.Arguments{{Type: u}, {Type: u}, {Type: b}, {Type: u}, {Type: b}}
}()

// encodeBuyData is the transferAndCall data that buys seconds of productID for the sender,
// registering encKey (33 bytes, or nil) on the product's streams.
func encodeBuyData(productID *big.Int, seconds uint64, encKey []byte) ([]byte, error) {
	return licenseBuyArgs.Pack(productID, new(big.Int).SetUint64(seconds), encKey, new(big.Int), []byte{})
}

func newBuyCmd(a *app) *cobra.Command {
	var seconds uint64
	cmd := &cobra.Command{
		Use:   "buy <productId>",
		Short: "Buy a data license: one DATA transferAndCall that also registers your encryption key",
		Long: `buy reads the product and its price from the DataLicense contract, then pays with a single
DATA transferAndCall. The payment registers this client's encryption public key (created in
<client.data_dir>/keys when missing) on every stream of the product, so their publishers seal
group keys to you: 'streamr subscribe' then prints the plaintext.`,
		Example: `  streamr buy 1 --seconds 3600 --key 0x...
  streamr buy 1 --seconds 86400 --key 0x... --data-dir ~/.streamr-buyer`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, ok := new(big.Int).SetString(args[0], 10)
			if !ok || id.Sign() <= 0 {
				return fmt.Errorf("bad product id %q: give the decimal id (see 'GET /api/v1/products')", args[0])
			}
			cc, err := a.connect(ctx, true)
			if err != nil {
				return err
			}
			defer cc.Close()
			res, err := buyLicense(ctx, cc, a, id, seconds)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if res.KeyCreated {
				fmt.Fprintf(w, "created an encryption key in %s\n", res.KeyPath)
			}
			fmt.Fprintf(w, "bought %d s of product %s for %s DATA (fee %s) in tx %s\n", seconds, id,
				formatDATA(res.Price), formatDATA(res.Fee), res.TxHash.Hex())
			fmt.Fprintf(w, "license expires %s\n", time.Unix(int64(res.Expiry), 0).UTC().Format(time.RFC3339))
			for _, s := range res.Streams {
				fmt.Fprintf(w, "read it: streamr subscribe %s\n", s.Hex())
			}
			return nil
		},
	}
	addChainFlags(cmd)
	cmd.Flags().Uint64Var(&seconds, "seconds", 0, "license length in seconds (at least the product's minimum)")
	addDataDirFlag(cmd)
	_ = cmd.MarkFlagRequired("seconds")
	return cmd
}

// buyResult is the outcome of buyLicense.
type buyResult struct {
	TxHash     common.Hash
	Price, Fee *big.Int
	Expiry     uint64
	Streams    []common.Address
	KeyPath    string
	KeyCreated bool
}

// buyLicense pays for seconds of product id with one transferAndCall from cc's key.
func buyLicense(ctx context.Context, cc *chainConn, a *app, id *big.Int, seconds uint64) (*buyResult, error) {
	lic, err := datalicense.NewDataLicense(cc.d.License, cc.client)
	if err != nil {
		return nil, err
	}
	call := bindCall{ctx}.opts()
	p, err := lic.Product(call, id)
	if err != nil {
		return nil, fmt.Errorf("reading product %s: %w", id, err)
	}
	switch {
	case p.Owner == (common.Address{}):
		return nil, fmt.Errorf("no product %s on DataLicense %s", id, cc.d.License)
	case !p.Active:
		return nil, fmt.Errorf("product %s is deactivated: it cannot be bought", id)
	case p.RequiredAttester != (common.Address{}):
		return nil, fmt.Errorf("product %s needs an attestation from %s; buy it through the market instead", id, p.RequiredAttester)
	case seconds == 0 || seconds < p.MinSeconds:
		return nil, fmt.Errorf("--seconds %d is below product %s's minimum of %d s", seconds, id, p.MinSeconds)
	}
	q, err := lic.Quote(call, id, new(big.Int).SetUint64(seconds))
	if err != nil {
		return nil, fmt.Errorf("quoting product %s: %w", id, err)
	}
	buyer := crypto.PubkeyToAddress(cc.key.PublicKey)
	token, err := datatoken.NewDATAToken(cc.d.Token, cc.client)
	if err != nil {
		return nil, err
	}
	bal, err := token.BalanceOf(call, buyer)
	if err != nil {
		return nil, fmt.Errorf("reading the DATA balance of %s: %w", buyer, err)
	}
	if bal.Cmp(q.Price) < 0 {
		return nil, fmt.Errorf("%s holds %s DATA; %d s of product %s cost %s DATA", buyer, formatDATA(bal), seconds, id, formatDATA(q.Price))
	}
	ks, created, err := a.openKeystore()
	if err != nil {
		return nil, err
	}
	data, err := encodeBuyData(id, seconds, ks.PublicKeyCompressed())
	if err != nil {
		return nil, err
	}
	opts := chainutil.Transactor(cc.key, cc.d.ChainID)
	opts.Context = ctx
	tx, err := token.TransferAndCall(opts, cc.d.License, q.Price, data)
	if err != nil {
		return nil, fmt.Errorf("paying for product %s: %w", id, explainLicenseRevert(err))
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if _, err := chainutil.WaitOK(wctx, cc.client, tx); err != nil {
		return nil, fmt.Errorf("paying for product %s (tx %s): %w", id, tx.Hash().Hex(), err)
	}
	exp, err := lic.ExpiryOf(call, id, buyer)
	if err != nil {
		return nil, fmt.Errorf("reading the license expiry: %w", err)
	}
	return &buyResult{TxHash: tx.Hash(), Price: q.Price, Fee: q.Fee, Expiry: exp, Streams: p.Streams,
		KeyPath: ks.Path(), KeyCreated: created}, nil
}

// explainLicenseRevert names the DataLicense or stream custom error of a failed estimate.
func explainLicenseRevert(err error) error {
	return explainCustomError(err, datalicense.DataLicenseMetaData, datatoken.DATATokenMetaData, stream.StreamMetaData)
}

// formatDATA prints a wei amount as DATA with up to 6 decimals.
func formatDATA(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	s := f.Text('f', 6)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" {
		return "0"
	}
	return s
}

// ---- market API client (the seller's side of the dev demo; tests) ----

// marketAPI calls the market's HTTP API as one wallet.
type marketAPI struct {
	base  string // http://host:port
	http  *http.Client
	token string
}

func newMarketAPI(addr string) *marketAPI {
	base := addr
	if !strings.HasPrefix(base, "http://") && !strings.HasPrefix(base, "https://") {
		base = "http://" + base
	}
	return &marketAPI{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 30 * time.Second}}
}

// marketError is a non-2xx answer of the market API (an RFC 7807 problem document).
type marketError struct {
	Method, Path string
	Status       int
	Title        string `json:"title"`
	Detail       string `json:"detail"`
}

func (e *marketError) Error() string {
	msg := e.Detail
	if msg == "" {
		msg = e.Title
	}
	return fmt.Sprintf("market %s %s: %d %s", e.Method, e.Path, e.Status, msg)
}

// do sends body (JSON, or a string as text/markdown) and decodes a JSON answer into out.
func (m *marketAPI) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case string:
		rd, ctype = strings.NewReader(b), "text/markdown"
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			return err
		}
		rd, ctype = bytes.NewReader(raw), "application/json"
	}
	req, err := http.NewRequestWithContext(ctx, method, m.base+path, rd)
	if err != nil {
		return err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Accept", "application/json")
	if m.token != "" {
		req.Header.Set("Authorization", "Bearer "+m.token)
	}
	resp, err := m.http.Do(req)
	if err != nil {
		return fmt.Errorf("market %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return fmt.Errorf("market %s %s: reading the answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		me := &marketError{Method: method, Path: path, Status: resp.StatusCode}
		if json.Unmarshal(raw, me) != nil || (me.Title == "" && me.Detail == "") {
			me.Detail = strings.TrimSpace(string(raw))
		}
		return me
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("market %s %s: decoding the answer: %w", method, path, err)
	}
	return nil
}

// signIn signs in with Ethereum (EIP-4361) as key and keeps the session token.
func (m *marketAPI) signIn(ctx context.Context, key *ecdsa.PrivateKey) error {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var n struct {
		Message string `json:"message"`
	}
	if err := m.do(ctx, http.MethodGet, "/api/v1/auth/nonce?address="+addr.Hex(), nil, &n); err != nil {
		return err
	}
	if n.Message == "" {
		return errors.New("market: the nonce answer has no message to sign")
	}
	sig, err := siwe.Sign(n.Message, key)
	if err != nil {
		return err
	}
	var s struct {
		Address common.Address `json:"address"`
		Token   string         `json:"token"`
	}
	if err := m.do(ctx, http.MethodPost, "/api/v1/auth/verify", map[string]string{"message": n.Message, "signature": hexutil.Encode(sig)}, &s); err != nil {
		return err
	}
	if s.Address != addr || s.Token == "" {
		return fmt.Errorf("market: signed in as %s, wanted %s", s.Address, addr)
	}
	m.token = s.Token
	return nil
}

// txBackend is what sending a transaction the market API returned needs.
type txBackend interface {
	bind.ContractBackend
	chainutil.ReceiptReader
}

// sendMarketTx signs a transaction the market API returned (as a wallet would) and waits
// for it to succeed.
func sendMarketTx(ctx context.Context, b txBackend, key *ecdsa.PrivateKey, tx market.Tx) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if tx.From != nil && *tx.From != from {
		return nil, fmt.Errorf("the transaction is for %s, the key is %s's", tx.From, from)
	}
	value := new(big.Int)
	if tx.Value != "" {
		v, err := hexutil.DecodeBig(tx.Value)
		if err != nil {
			if _, ok := value.SetString(tx.Value, 10); !ok {
				return nil, fmt.Errorf("transaction value %q: %w", tx.Value, err)
			}
		} else {
			value = v
		}
	}
	opts := chainutil.Transactor(key, tx.ChainID)
	opts.Context = ctx
	opts.Value = value
	signed, err := bind.NewBoundContract(tx.To, abi.ABI{}, b, b, b).RawTransact(opts, tx.Data)
	if err != nil {
		return nil, fmt.Errorf("sending %s: %w", txWhat(tx), explainLicenseRevert(err))
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, err := chainutil.WaitOK(wctx, b, signed)
	if err != nil {
		return nil, fmt.Errorf("%s (tx %s): %w", txWhat(tx), signed.Hash().Hex(), err)
	}
	return r, nil
}

func txWhat(tx market.Tx) string {
	if tx.Description != "" {
		return tx.Description
	}
	return "the transaction to " + tx.To.Hex()
}

// listingRequest is the body of POST /api/v1/listings.
type listingRequest struct {
	Title          string           `json:"title"`
	Description    string           `json:"description"`
	Category       string           `json:"category"`
	Tags           []string         `json:"tags,omitempty"`
	Streams        []common.Address `json:"streams"`
	PricePerSecond string           `json:"pricePerSecond"`
	MinSeconds     int64            `json:"minSeconds"`
	TermsCID       string           `json:"termsCid"`
}

// listProduct uploads terms, creates the listing, sends its createProduct transaction and
// waits until the indexer joined the product to the listing. It returns the product id and
// the terms' CID.
func listProduct(ctx context.Context, m *marketAPI, b txBackend, key *ecdsa.PrivateKey, terms string, req listingRequest) (id, cid string, err error) {
	var t market.Terms
	if err := m.do(ctx, http.MethodPost, "/api/v1/terms", terms, &t); err != nil {
		return "", "", fmt.Errorf("uploading the terms: %w", err)
	}
	req.TermsCID = t.CID
	var lr market.ListingResponse
	if err := m.do(ctx, http.MethodPost, "/api/v1/listings", req, &lr); err != nil {
		return "", "", fmt.Errorf("creating the listing: %w", err)
	}
	if lr.Transaction == nil {
		return "", "", errors.New("the market returned no createProduct transaction")
	}
	if _, err := sendMarketTx(ctx, b, key, *lr.Transaction); err != nil {
		return "", "", err
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		var l market.Listing
		if err := m.do(wctx, http.MethodGet, "/api/v1/listings/"+lr.Listing.ListingID, nil, &l); err != nil {
			return "", "", fmt.Errorf("waiting for the indexer to see listing %s: %w", lr.Listing.ListingID, err)
		}
		if l.ProductID != nil {
			return *l.ProductID, t.CID, nil
		}
		select {
		case <-wctx.Done():
			return "", "", fmt.Errorf("the indexer did not see the product of listing %s within a minute", lr.Listing.ListingID)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
