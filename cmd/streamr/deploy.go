package main

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/internal/chainutil"
	"github.com/streamr-go/streamr/internal/deploy"
)

func newDeployCmd(a *app) *cobra.Command {
	var mint string
	var mintTo []string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy every contract to a chain and write deployments/<chainId>.json",
		Example: `  streamr deploy --rpc http://127.0.0.1:8545 --key 0x...
  STREAMR_CHAIN_KEY=0x... streamr deploy --rpc https://rpc.example --chain-id 137 --deployments ./deployments`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			key, err := chainutil.ParseKey(a.cfg.Chain.Key)
			if err != nil {
				return err
			}
			client, chainID, err := chainutil.Dial(ctx, a.cfg.Chain.RPC, a.cfg.Chain.ChainID)
			if err != nil {
				return err
			}
			defer client.Close()
			opts := deploy.Options{}
			if len(mintTo) > 0 {
				amount, ok := new(big.Int).SetString(mint, 10)
				if !ok || amount.Sign() <= 0 {
					return fmt.Errorf("bad --mint %q: give DATA in wei, e.g. 1000000000000000000000", mint)
				}
				opts.Mint = amount
				for _, s := range mintTo {
					if !common.IsHexAddress(s) {
						return fmt.Errorf("bad --mint-to address %q", s)
					}
					opts.MintTo = append(opts.MintTo, common.HexToAddress(s))
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "deploying to chain %d from %s ...\n", chainID, crypto.PubkeyToAddress(key.PublicKey))
			d, err := deploy.Deploy(ctx, client, key, opts)
			if err != nil {
				return err
			}
			if err := d.Save(a.cfg.Chain.DeploymentsDir); err != nil {
				return fmt.Errorf("writing the deployment file: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deployed to chain %d at block %d, written to %s\n", d.ChainID, d.Block, deploy.Path(a.cfg.Chain.DeploymentsDir, d.ChainID))
			printDeployment(cmd.OutOrStdout(), d)
			return nil
		},
	}
	addChainFlags(cmd)
	cmd.Flags().StringVar(&mint, "mint", "1000000000000000000000000", "DATA (wei) minted to each --mint-to address")
	cmd.Flags().StringSliceVar(&mintTo, "mint-to", nil, "addresses that receive --mint DATA (test networks)")
	return cmd
}
