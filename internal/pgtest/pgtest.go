// Package pgtest gives each test its own fresh PostgreSQL database on the local server
// (migrated by New, empty from Empty) and drops it afterwards. Tests fail (never skip) when
// the server is unreachable.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/streamr-go/streamr/migrations"
)

// DefaultURL is the server tests use unless STREAMR_TEST_POSTGRES names another.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// URL of the test server (a database on it that already exists).
func URL() string {
	if u := os.Getenv("STREAMR_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultURL
}

// DB is one test database.
type DB struct {
	Name string
	DSN  string
	Pool *pgxpool.Pool
}

// New creates the database idx_<random>, applies every migration, and registers its removal.
func New(tb testing.TB) *DB { return create(tb, true) }

// Empty is New without the migrations, for code that creates its own tables.
func Empty(tb testing.TB) *DB { return create(tb, false) }

func create(tb testing.TB, migrate bool) *DB {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	base, err := pgx.ParseConfig(URL())
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	admin, err := pgx.ConnectConfig(ctx, base)
	if err != nil {
		tb.Fatalf("pgtest: PostgreSQL is required at %s:%d (set STREAMR_TEST_POSTGRES): %v", base.Host, base.Port, err)
	}
	defer admin.Close(context.Background())
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "idx_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		tb.Fatalf("pgtest: creating %s: %v", name, err)
	}
	cfg := base.Copy()
	cfg.Database = name
	dsn := cfg.ConnString()
	if u, err := replaceDB(URL(), name); err == nil {
		dsn = u
	}
	db := &DB{Name: name, DSN: dsn}
	tb.Cleanup(func() { db.drop(tb, base) })
	if migrate {
		if err := migrations.Up(ctx, dsn); err != nil {
			tb.Fatalf("pgtest: migrating %s: %v", name, err)
		}
	}
	pcfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	pcfg.MaxConns = 8
	if db.Pool, err = pgxpool.NewWithConfig(ctx, pcfg); err != nil {
		tb.Fatalf("pgtest: connecting to %s: %v", name, err)
	}
	return db
}

func (db *DB) drop(tb testing.TB, base *pgx.ConnConfig) {
	if db.Pool != nil {
		db.Pool.Close()
	}
	if !migrations.IsTestDatabase(db.Name) {
		tb.Errorf("pgtest: refusing to drop %q", db.Name)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin, err := pgx.ConnectConfig(ctx, base)
	if err != nil {
		tb.Errorf("pgtest: dropping %s: %v", db.Name, err)
		return
	}
	defer admin.Close(context.Background())
	if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{db.Name}.Sanitize()+" WITH (FORCE)"); err != nil {
		tb.Errorf("pgtest: dropping %s: %v", db.Name, err)
	}
}
