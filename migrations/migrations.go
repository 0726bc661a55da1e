// Package migrations holds the project's PostgreSQL schema as golang-migrate SQL files embedded
// into the binary, and the functions that apply them.
//
// Files are named NNNNNN_name.up.sql / NNNNNN_name.down.sql. Conventions every table follows are
// described at the top of 000001_core.up.sql.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"regexp"

	"github.com/golang-migrate/migrate/v4"
	pgxmigrate "github.com/golang-migrate/migrate/v4/database/pgx/v5"
	"github.com/golang-migrate/migrate/v4/source/iofs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed *.sql
var files embed.FS

// FS is the embedded migration files.
func FS() embed.FS { return files }

// ErrDirty is returned when a previous migration failed halfway; fix the schema by hand and
// force the version (`migrate force`).
var ErrDirty = errors.New("migrations: database is dirty")

// ErrNotTestDatabase is returned by DownTest for a database whose name does not look like a
// test database.
var ErrNotTestDatabase = errors.New("migrations: refusing to migrate down a database not named like a test database")

// testDBName is what test databases are called: test, test_*, *_test, idx_*, tmp_*.
var testDBName = regexp.MustCompile(`^(test|test_.*|.*_test|idx_.*|tmp_.*)$`)

// IsTestDatabase reports whether name looks like a throw-away test database.
func IsTestDatabase(name string) bool { return testDBName.MatchString(name) }

// Up applies every migration not applied yet. A database already at the newest version is not
// an error.
func Up(ctx context.Context, dsn string) error {
	return run(ctx, dsn, func(m *migrate.Migrate) error { return m.Up() })
}

// Down reverts `steps` migrations, or all of them when steps <= 0. It destroys data: callers
// (the CLI) must ask for confirmation; tests use DownTest.
func Down(ctx context.Context, dsn string, steps int) error {
	return run(ctx, dsn, func(m *migrate.Migrate) error {
		if steps <= 0 {
			return m.Down()
		}
		return m.Steps(-steps)
	})
}

// DownTest is Down for tests: it refuses any database whose name does not look like a test
// database (see IsTestDatabase).
func DownTest(ctx context.Context, dsn string, steps int) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("migrations: parsing the DSN: %w", err)
	}
	if !IsTestDatabase(cfg.Database) {
		return fmt.Errorf("%w: %q", ErrNotTestDatabase, cfg.Database)
	}
	return Down(ctx, dsn, steps)
}

// Version returns the applied version (0 when none) and whether the last migration failed.
func Version(ctx context.Context, dsn string) (version uint, dirty bool, err error) {
	err = run(ctx, dsn, func(m *migrate.Migrate) error {
		v, d, err := m.Version()
		if errors.Is(err, migrate.ErrNilVersion) {
			return nil
		}
		version, dirty = v, d
		return err
	})
	return version, dirty, err
}

// Latest is the newest version among the embedded migrations.
func Latest() (uint, error) {
	src, err := iofs.New(files, ".")
	if err != nil {
		return 0, err
	}
	defer src.Close()
	v, err := src.First()
	if err != nil {
		return 0, err
	}
	for {
		next, err := src.Next(v)
		if err != nil {
			return v, nil //nolint:nilerr // os.ErrNotExist marks the last version
		}
		v = next
	}
}

// EnsureDatabase creates the database named in dsn when it does not exist, connecting to the
// server's "postgres" database to do so.
func EnsureDatabase(ctx context.Context, dsn string) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("migrations: parsing the DSN: %w", err)
	}
	name := cfg.Database
	if name == "" {
		return errors.New("migrations: the DSN names no database")
	}
	cfg.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("migrations: connecting to %s:%d: %w", cfg.Host, cfg.Port, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil {
		return fmt.Errorf("migrations: looking for database %q: %w", name, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		// Another process may have created it meanwhile.
		if err2 := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err2 == nil && exists {
			return nil
		}
		return fmt.Errorf("migrations: creating database %q: %w", name, err)
	}
	return nil
}

func run(ctx context.Context, dsn string, f func(*migrate.Migrate) error) error {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("migrations: parsing the DSN: %w", err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	if err := db.PingContext(ctx); err != nil {
		return fmt.Errorf("migrations: connecting to database %q: %w", cfg.Database, err)
	}
	m, err := newMigrate(db, cfg.Database)
	if err != nil {
		return err
	}
	defer m.Close()
	// Stop between migrations when ctx ends (a running statement finishes first).
	stop := context.AfterFunc(ctx, func() {
		select {
		case m.GracefulStop <- true:
		default:
		}
	})
	defer stop()
	if err := f(m); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		var dirty migrate.ErrDirty
		if errors.As(err, &dirty) {
			return fmt.Errorf("%w at version %d", ErrDirty, dirty.Version)
		}
		return fmt.Errorf("migrations: %w", err)
	}
	return nil
}

func newMigrate(db *sql.DB, name string) (*migrate.Migrate, error) {
	src, err := iofs.New(files, ".")
	if err != nil {
		return nil, fmt.Errorf("migrations: reading embedded files: %w", err)
	}
	drv, err := pgxmigrate.WithInstance(db, &pgxmigrate.Config{DatabaseName: name})
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, name, drv)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	return m, nil
}
