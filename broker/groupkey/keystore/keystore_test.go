package keystore_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/groupkey"
	"github.com/streamr-go/streamr/broker/groupkey/keystore"
)

func TestNewOpenRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if _, err := keystore.Open(dir); !errors.Is(err, keystore.ErrNotFound) {
		t.Fatalf("Open before New: %v", err)
	}
	s, err := keystore.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	pub := s.PublicKeyCompressed()
	if len(pub) != 33 || (pub[0] != 2 && pub[0] != 3) {
		t.Fatalf("public key %x", pub)
	}
	if _, err := keystore.New(dir); !errors.Is(err, keystore.ErrExists) {
		t.Fatalf("second New: %v", err)
	}
	stream, publisher := common.Address{1}, common.Address{2}
	gk := groupkey.New()
	if err := s.AddGroupKey(stream, publisher, gk); err != nil {
		t.Fatal(err)
	}
	if err := s.AddGroupKey(stream, publisher, groupkey.GroupKey{}); !errors.Is(err, groupkey.ErrZeroID) {
		t.Fatalf("zero id: %v", err)
	}

	s2, err := keystore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s2.PublicKeyCompressed(), pub) || !s2.EncryptionKey().Equal(s.EncryptionKey()) {
		t.Fatal("reopened store has another key")
	}
	got, ok := s2.GroupKey(stream, publisher, gk.ID)
	if !ok || got != gk {
		t.Fatalf("group key after reopen: %v %v", got, ok)
	}
	if _, ok := s2.GroupKey(stream, common.Address{3}, gk.ID); ok {
		t.Fatal("group key found under another publisher")
	}
	if keys := s2.GroupKeys(); len(keys) != 1 || keys[0].Key != gk || keys[0].Stream != stream {
		t.Fatalf("GroupKeys = %+v", keys)
	}
	s3, created, err := keystore.OpenOrCreate(dir)
	if err != nil || created || !s3.EncryptionKey().Equal(s.EncryptionKey()) {
		t.Fatalf("OpenOrCreate existing: created=%v err=%v", created, err)
	}
	_, created, err = keystore.OpenOrCreate(t.TempDir())
	if err != nil || !created {
		t.Fatalf("OpenOrCreate empty: created=%v err=%v", created, err)
	}
}

func TestFileMode(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	s, err := keystore.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	check := func() {
		t.Helper()
		fi, err := os.Stat(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m != 0o600 {
			t.Fatalf("key file mode %v, want 0600", m)
		}
		di, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if m := di.Mode().Perm(); m != 0o700 {
			t.Fatalf("directory mode %v, want 0700", m)
		}
	}
	check()
	if err := s.AddGroupKey(common.Address{1}, common.Address{2}, groupkey.New()); err != nil {
		t.Fatal(err)
	}
	check() // rewrites keep the mode
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("stray files in the directory: %v", entries)
	}
	if err := os.Chmod(s.Path(), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := keystore.Open(dir); !errors.Is(err, keystore.ErrInsecurePermissions) {
		t.Fatalf("Open of a 0644 file: %v", err)
	}
}

func TestImportAndCorrupt(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s, err := keystore.Import(dir, key)
	if err != nil {
		t.Fatal(err)
	}
	if !s.EncryptionKey().Equal(key) {
		t.Fatal("imported key differs")
	}
	for name, body := range map[string]string{
		"not json":     "{",
		"version":      `{"version":2,"encryptionKey":"0x01"}`,
		"bad key":      `{"version":1,"encryptionKey":"0x00"}`,
		"pub mismatch": `{"version":1,"encryptionKey":"0x` + "11" + string(bytes.Repeat([]byte("22"), 31)) + `","publicKey":"0x02"}`,
	} {
		t.Run(name, func(t *testing.T) {
			d := t.TempDir()
			if err := os.WriteFile(filepath.Join(d, keystore.FileName), []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := keystore.Open(d); !errors.Is(err, keystore.ErrCorrupt) {
				t.Fatalf("err = %v, want ErrCorrupt", err)
			}
		})
	}
}
