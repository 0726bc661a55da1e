// Package oracletest holds the test helpers shared by the oracle and oracle/txm tests: a
// fresh PostgreSQL database per test and metric sums from a registry.
package oracletest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// AdminDSN is the maintenance database the per-test databases are created from
// (STREAMR_TEST_POSTGRES, else the local server).
func AdminDSN() string {
	if dsn := os.Getenv("STREAMR_TEST_POSTGRES"); dsn != "" {
		return dsn
	}
	return "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
}

// NewDB creates a fresh database txm_<random> and drops it when the test ends. A PostgreSQL
// that does not answer fails the test.
func NewDB(t testing.TB) *pgxpool.Pool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	admin, err := pgx.Connect(ctx, AdminDSN())
	if err != nil {
		t.Fatalf("PostgreSQL is required for these tests (%s): %v", AdminDSN(), err)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "txm_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close(ctx)
		t.Fatalf("create database: %v", err)
	}
	cfg, err := pgxpool.ParseConfig(AdminDSN())
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.Database = name
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		pool.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
		admin.Close(ctx)
	})
	return pool
}

// Metric sums the counters, gauges and histogram sample counts of the metric family name,
// keeping the series whose labels match the name/value pairs in label.
func Metric(t testing.TB, g prometheus.Gatherer, name string, label ...string) float64 {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(label); i += 2 {
				for _, lp := range m.GetLabel() {
					if lp.GetName() == label[i] && lp.GetValue() != label[i+1] {
						continue next
					}
				}
			}
			sum += m.GetCounter().GetValue() + m.GetGauge().GetValue()
			if h := m.GetHistogram(); h != nil {
				sum += float64(h.GetSampleCount())
			}
		}
	}
	return sum
}
