package migrations_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/streamr-go/streamr/migrations"
)

func serverURL() string {
	if u := os.Getenv("STREAMR_TEST_POSTGRES"); u != "" {
		return u
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// freshDSN names a database that does not exist yet and drops it after the test.
func freshDSN(t *testing.T) string {
	t.Helper()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "tmp_" + hex.EncodeToString(b[:])
	u, err := url.Parse(serverURL())
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, serverURL())
		if err != nil {
			t.Errorf("dropping %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	return u.String()
}

func TestUpDownUp(t *testing.T) {
	ctx := context.Background()
	dsn := freshDSN(t)
	if err := migrations.EnsureDatabase(ctx, dsn); err != nil {
		t.Fatalf("EnsureDatabase (is PostgreSQL running at %s?): %v", serverURL(), err)
	}
	if err := migrations.EnsureDatabase(ctx, dsn); err != nil { // exists: no error
		t.Fatal(err)
	}
	latest, err := migrations.Latest()
	if err != nil || latest < 4 {
		t.Fatalf("Latest = %d, %v", latest, err)
	}
	for round := range 2 {
		if err := migrations.Up(ctx, dsn); err != nil {
			t.Fatalf("round %d: Up: %v", round, err)
		}
		if err := migrations.Up(ctx, dsn); err != nil { // no change: no error
			t.Fatal(err)
		}
		if v, dirty, err := migrations.Version(ctx, dsn); err != nil || v != latest || dirty {
			t.Fatalf("Version = %d %v %v, want %d", v, dirty, err, latest)
		}
		// Every view the other services read compiles against its tables.
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		for _, view := range []string{"streams", "stream_permissions", "subscriber_keys", "products", "licenses",
			"brokers", "partition_assignments"} {
			if _, err := conn.Exec(ctx, "SELECT * FROM "+view+" LIMIT 1"); err != nil {
				t.Errorf("view %s: %v", view, err)
			}
		}
		conn.Close(ctx)
		if err := migrations.DownTest(ctx, dsn, 0); err != nil {
			t.Fatalf("round %d: Down: %v", round, err)
		}
		if v, _, err := migrations.Version(ctx, dsn); err != nil || v != 0 {
			t.Fatalf("Version after Down = %d, %v", v, err)
		}
	}
}

func TestDownRefusesNonTestDatabase(t *testing.T) {
	for _, name := range []string{"streamr", "production", "indexer"} {
		u, _ := url.Parse(serverURL())
		u.Path = "/" + name
		err := migrations.DownTest(context.Background(), u.String(), 0)
		if !errors.Is(err, migrations.ErrNotTestDatabase) {
			t.Errorf("DownTest(%s) = %v, want ErrNotTestDatabase", name, err)
		}
	}
	for _, name := range []string{"test", "idx_abc", "tmp_1", "market_test"} {
		if !migrations.IsTestDatabase(name) {
			t.Errorf("%s should count as a test database", name)
		}
	}
}
