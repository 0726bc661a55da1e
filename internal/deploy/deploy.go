// Package deploy deploys the project's contracts to a chain and reads and writes the
// deployments/<chainId>.json files that every service loads its addresses from.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/bindings/datalicense"
	"github.com/streamr-go/streamr/bindings/datatoken"
	"github.com/streamr-go/streamr/bindings/deliveryhub"
	"github.com/streamr-go/streamr/bindings/forwarder"
	"github.com/streamr-go/streamr/bindings/networkcoordinator"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/chainutil"
)

// ErrNotFound is returned by Load when no deployment file exists for the chain.
var ErrNotFound = errors.New("deploy: no deployment for this chain")

// Deployment is where the contracts of one chain live.
type Deployment struct {
	ChainID   uint64         `json:"chainId"`
	Deployer  common.Address `json:"deployer"`
	Block     uint64         `json:"block"` // the block of the first deployment transaction
	Token     common.Address `json:"token"`
	Forwarder common.Address `json:"forwarder"`
	Registry  common.Address `json:"registry"`
	// Coordinator is the NetworkCoordinator, License the DataLicense marketplace, Hub the
	// DeliveryHub for smart-contract subscribers.
	Coordinator common.Address `json:"coordinator"`
	License     common.Address `json:"license"`
	Hub         common.Address `json:"hub"`
	// Protocol settings the contracts were deployed with.
	EpochLength uint64 `json:"epochLength"`
	FeeBps      uint16 `json:"feeBps"`
}

// Backend is what deployment needs from a chain client.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Options of a deployment.
type Options struct {
	// EpochLength of the NetworkCoordinator in seconds (default 3600).
	EpochLength uint64
	// ReportWindow: seconds after an epoch during which brokers report it (default EpochLength).
	ReportWindow uint64
	// FeeBps is the marketplace's protocol fee in basis points (default 250 = 2.5%).
	FeeBps uint16
	// Treasury receives the protocol fee (default the deployer).
	Treasury common.Address
	// RefundGrace is how long after a license ends unserved time becomes refundable (default 1 day).
	RefundGrace uint64
	// PartitionFloor, PartitionsPerBroker and Replication shape the network partitioning
	// (defaults 8, 4, 2).
	PartitionFloor      uint32
	PartitionsPerBroker uint16
	Replication         uint8

	// Mint is DATA (wei) minted to each address of MintTo.
	Mint   *big.Int
	MintTo []common.Address
}

// Deploy deploys every contract from key's account and waits for each to be mined.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, opts Options) (*Deployment, error) {
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading the chain id: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return nil, err
	}
	auth.Context = ctx
	d := &Deployment{ChainID: chainID.Uint64(), Deployer: crypto.PubkeyToAddress(key.PublicKey)}
	// Nonces are counted here: a node's pending nonce can lag behind transactions just sent.
	nonce, err := b.PendingNonceAt(ctx, d.Deployer)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading the deployer's nonce: %w", err)
	}
	auth.Nonce = new(big.Int)
	next := func() *bind.TransactOpts {
		auth.Nonce.SetUint64(nonce)
		nonce++
		return auth
	}

	var tx *types.Transaction
	if d.Forwarder, tx, _, err = forwarder.DeployStreamrForwarder(next(), b); err != nil {
		return nil, fmt.Errorf("deploy: StreamrForwarder: %w", err)
	}
	first := tx
	if d.Token, tx, _, err = datatoken.DeployDATAToken(next(), b, d.Deployer); err != nil {
		return nil, fmt.Errorf("deploy: DATAToken: %w", err)
	}
	sent := []*types.Transaction{first, tx}
	if d.Registry, tx, _, err = streamregistry.DeployStreamRegistry(next(), b, d.Forwarder); err != nil {
		return nil, fmt.Errorf("deploy: StreamRegistry: %w", err)
	}
	sent = append(sent, tx)

	opts.defaults(d.Deployer)
	d.EpochLength, d.FeeBps = opts.EpochLength, opts.FeeBps
	if d.Coordinator, tx, _, err = networkcoordinator.DeployNetworkCoordinator(next(), b, d.Token, d.Deployer,
		opts.EpochLength, opts.ReportWindow, opts.PartitionFloor, opts.PartitionsPerBroker, opts.Replication); err != nil {
		return nil, fmt.Errorf("deploy: NetworkCoordinator: %w", err)
	}
	sent = append(sent, tx)
	// DataLicense reads the coordinator's epoch length in its constructor: its gas estimate
	// needs the coordinator's code in the latest state, which a node may show a moment after
	// the receipt.
	if _, err := chainutil.WaitOK(ctx, b, tx); err != nil {
		return nil, fmt.Errorf("deploy: NetworkCoordinator: %w", err)
	}
	for {
		code, err := b.CodeAt(ctx, d.Coordinator, nil)
		if err != nil {
			return nil, fmt.Errorf("deploy: reading the NetworkCoordinator's code: %w", err)
		}
		if len(code) > 0 {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("deploy: the NetworkCoordinator's code did not appear: %w", ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if d.License, tx, _, err = datalicense.DeployDataLicense(next(), b, d.Token, d.Coordinator, d.Deployer,
		opts.Treasury, opts.FeeBps, opts.RefundGrace); err != nil {
		return nil, fmt.Errorf("deploy: DataLicense: %w", err)
	}
	sent = append(sent, tx)
	if d.Hub, tx, _, err = deliveryhub.DeployDeliveryHub(next(), b, d.Token, d.Registry); err != nil {
		return nil, fmt.Errorf("deploy: DeliveryHub: %w", err)
	}
	sent = append(sent, tx)
	if opts.Mint != nil && opts.Mint.Sign() > 0 && len(opts.MintTo) > 0 {
		token, err := datatoken.NewDATAToken(d.Token, b)
		if err != nil {
			return nil, err
		}
		// The token is not mined yet: give a gas limit instead of estimating.
		for _, to := range opts.MintTo {
			o := *next()
			o.GasLimit = 200_000 // a first mint costs about 70k; the token is not mined yet, so nothing to estimate against
			tx, err := token.Mint(&o, to, opts.Mint)
			if err != nil {
				return nil, fmt.Errorf("deploy: minting DATA to %s: %w", to, err)
			}
			sent = append(sent, tx)
		}
	}
	for i, tx := range sent {
		r, err := chainutil.WaitOK(ctx, b, tx)
		if err != nil {
			return nil, fmt.Errorf("deploy: transaction %d of %d: %w", i+1, len(sent), err)
		}
		if i == 0 {
			d.Block = r.BlockNumber.Uint64()
		}
	}
	return d, nil
}

func (o *Options) defaults(deployer common.Address) {
	if o.EpochLength == 0 {
		o.EpochLength = 3600
	}
	if o.ReportWindow == 0 {
		o.ReportWindow = o.EpochLength
	}
	if o.FeeBps == 0 {
		o.FeeBps = 250
	}
	if o.Treasury == (common.Address{}) {
		o.Treasury = deployer
	}
	if o.RefundGrace == 0 {
		o.RefundGrace = 86400
	}
	if o.PartitionFloor == 0 {
		o.PartitionFloor = 8
	}
	if o.PartitionsPerBroker == 0 {
		o.PartitionsPerBroker = 4
	}
	if o.Replication == 0 {
		o.Replication = 2
	}
}

// Path of the deployment file of a chain under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, strconv.FormatUint(chainID, 10)+".json")
}

// Save writes the deployment to dir/<chainId>.json.
func (d *Deployment) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp := Path(dir, d.ChainID) + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, Path(dir, d.ChainID))
}

// Load reads dir/<chainId>.json.
func Load(dir string, chainID uint64) (*Deployment, error) {
	b, err := os.ReadFile(Path(dir, chainID))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w %d (looked for %s; run `streamr deploy`)", ErrNotFound, chainID, Path(dir, chainID))
	}
	if err != nil {
		return nil, err
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("deploy: %s: %w", Path(dir, chainID), err)
	}
	if d.ChainID != chainID {
		return nil, fmt.Errorf("deploy: %s is for chain %d, not %d", Path(dir, chainID), d.ChainID, chainID)
	}
	return &d, nil
}
