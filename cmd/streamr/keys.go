package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/streamr-go/streamr/broker/groupkey/keystore"
)

// keysDir is where the client keeps its encryption key and the group keys it learned.
func (a *app) keysDir() string {
	return filepath.Join(expandHome(a.cfg.Client.DataDir), "keys")
}

func expandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, strings.TrimPrefix(p, "~"))
		}
	}
	return p
}

func newKeysCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Manage this client's encryption key for private streams",
		Long: `Private streams are encrypted end to end. A subscriber's encryption public key is registered
on the stream (by 'streamr keys register' or when buying a product); publishers seal group keys to
it. The private key stays in <client.data_dir>/keys (file mode 0600).`,
	}
	cmd.PersistentFlags().String("data-dir", "", "client data directory (default ~/.streamr)")
	configKey(cmd.PersistentFlags(), "data-dir", "client.data_dir")
	cmd.AddCommand(&cobra.Command{
		Use:     "new",
		Short:   "Create this client's encryption key (never overwrites one)",
		Example: "  streamr keys new",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := keystore.New(a.keysDir())
			if err != nil {
				if errors.Is(err, os.ErrExist) || strings.Contains(err.Error(), "exist") {
					return fmt.Errorf("an encryption key already exists in %s: 'streamr keys show' prints it", a.keysDir())
				}
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "encryption public key %s\nstored in %s\n", hexutil.Encode(s.PublicKeyCompressed()), s.Path())
			return nil
		},
	}, &cobra.Command{
		Use:     "show",
		Short:   "Print this client's encryption public key (33-byte compressed secp256k1)",
		Example: "  streamr keys show",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := keystore.Open(a.keysDir())
			if err != nil {
				if errors.Is(err, os.ErrNotExist) {
					return fmt.Errorf("no encryption key in %s yet: run 'streamr keys new'", a.keysDir())
				}
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), hexutil.Encode(s.PublicKeyCompressed()))
			return nil
		},
	})
	return cmd
}
