package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// app carries what every command shares: the loaded configuration and the logger.
type app struct {
	v   *viper.Viper
	cfg Config
	log *slog.Logger
}

func newRootCmd() *cobra.Command {
	a := &app{v: viper.New()}
	root := &cobra.Command{
		Use:   "streamr",
		Short: "Real-time signed data streams for smart contracts: broker, indexer, market, oracle",
		Long: `streamr runs the Streamr data backbone: publishers sign events into streams, brokers carry
and store them on Redis, an oracle delivers them into subscribing smart contracts, sellers list
data products on a marketplace and buyers purchase licenses with DATA.

Start everything on this machine with:  streamr dev
Configuration: flags, STREAMR_* environment variables, or a file given with --config
(see 'streamr config print' and docs/config.md).`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.load(cmd)
		},
	}
	root.PersistentFlags().String("config", "", "configuration file (YAML, TOML or JSON)")
	root.PersistentFlags().String("log-level", "info", "log level: debug, info, warn, error")
	root.PersistentFlags().String("log-format", "text", "log format: text or json")
	keys := newKeysCmd(a)
	keys.AddCommand(newKeysRegisterCmd(a))
	root.AddCommand(
		newDevCmd(a),
		newDeployCmd(a),
		newConfigCmd(a),
		keys,
		newMigrateCmd(a),
		newIndexerCmd(a),
		newMarketCmd(a),
		newBrokerCmd(a),
		newOracleCmd(a),
		newPublishCmd(a),
		newSubscribeCmd(a),
		newBuyCmd(a),
		newStreamCmd(a),
		newBenchCmd(a),
		newVersionCmd(),
	)
	return root
}

func (a *app) load(cmd *cobra.Command) error {
	v := a.v
	v.SetEnvPrefix("STREAMR")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	setDefaults(v)
	// Only the global flags and the flags marked with configKey become settings: binding every
	// flag by name would let a flag such as --broker shadow the "broker" section.
	for _, name := range []string{"config", "log-level", "log-format"} {
		if f := cmd.Flags().Lookup(name); f != nil {
			if err := v.BindPFlag(name, f); err != nil {
				return err
			}
		}
	}
	bindFlagAliases(v, cmd)
	if f := v.GetString("config"); f != "" {
		v.SetConfigFile(f)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("reading config file %s: %w", f, err)
		}
	}
	cfg, err := decodeConfig(v)
	if err != nil {
		return err
	}
	a.cfg = cfg
	a.log, err = newLogger(v.GetString("log-level"), v.GetString("log-format"))
	return err
}

func newLogger(level, format string) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("bad --log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: l}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	default:
		return nil, fmt.Errorf("bad --log-format %q: use text or json", format)
	}
}

var version = "dev"

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version",
		Example: "  streamr version",
		Args:    cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), "streamr", version)
		},
	}
}
