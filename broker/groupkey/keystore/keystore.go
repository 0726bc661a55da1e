// Package keystore keeps a subscriber's (or publisher's) private-stream keys on disk: the
// secp256k1 encryption private key whose public half is registered in Stream contracts, and
// the group keys learned from announces, so a client that restarts, or reconnects after the
// announces left the broker's retention, can still read what it was allowed to read.
//
// The store is one JSON file, FileName, in a data directory. It is written atomically
// (temporary file, fsync, rename) with mode 0600 in a 0700 directory, and Open refuses a file
// that group or others can read. It holds secrets in the clear: protect the directory like
// an SSH key.
package keystore

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/streamr-go/streamr/broker/groupkey"
)

// FileName is the name of the key file inside the data directory.
const FileName = "encryption-keys.json"

// FileMode is the mode of the key file; DirMode of a directory the store creates.
const (
	FileMode fs.FileMode = 0o600
	DirMode  fs.FileMode = 0o700
)

const fileVersion = 1

// Errors.
var (
	// ErrNotFound: Open found no key file in the directory (run "keys new" first).
	ErrNotFound = errors.New("keystore: no key file (create one with \"keys new\")")
	// ErrExists: New found a key file already; it is never overwritten.
	ErrExists = errors.New("keystore: key file already exists")
	// ErrInsecurePermissions: the key file is readable by group or others.
	ErrInsecurePermissions = errors.New("keystore: key file is accessible by group or others (chmod 600 it)")
	// ErrCorrupt: the key file cannot be parsed or holds invalid keys.
	ErrCorrupt = errors.New("keystore: corrupt key file")
)

// GroupKeyRef names a stored group key: the stream, the publisher that announced it and the id.
// Group keys are scoped by publisher so that one publisher cannot shadow another's key ids.
type GroupKeyRef struct {
	Stream    common.Address
	Publisher common.Address
	ID        [groupkey.IDSize]byte
}

// StoredGroupKey is a group key with where it came from.
type StoredGroupKey struct {
	GroupKeyRef
	Key   groupkey.GroupKey
	Added time.Time
}

// Store is an open key file. It is safe for concurrent use within one process; two processes
// must not share a directory.
type Store struct {
	path string
	key  *ecdsa.PrivateKey

	mu     sync.Mutex
	groups map[GroupKeyRef]StoredGroupKey
}

type fileJSON struct {
	Version       int            `json:"version"`
	EncryptionKey hexutil.Bytes  `json:"encryptionKey"`
	PublicKey     hexutil.Bytes  `json:"publicKey"`
	GroupKeys     []groupKeyJSON `json:"groupKeys"`
}

type groupKeyJSON struct {
	Stream    common.Address `json:"stream"`
	Publisher common.Address `json:"publisher"`
	ID        common.Hash    `json:"id"`
	Key       hexutil.Bytes  `json:"key"`
	Added     time.Time      `json:"added"`
}

// New creates a key file with a fresh encryption key in dir (created 0700 if missing) and
// returns it: "keys new". It fails with ErrExists rather than replace an existing key.
func New(dir string) (*Store, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("keystore: generating the encryption key: %w", err)
	}
	return create(dir, key)
}

// Import creates a key file in dir holding key (e.g. restored from a backup). Like New, it
// never replaces an existing file.
func Import(dir string, key *ecdsa.PrivateKey) (*Store, error) {
	if key == nil {
		return nil, errors.New("keystore: nil key")
	}
	return create(dir, key)
}

func create(dir string, key *ecdsa.PrivateKey) (*Store, error) {
	if err := os.MkdirAll(dir, DirMode); err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	s := &Store{path: filepath.Join(dir, FileName), key: key, groups: map[GroupKeyRef]StoredGroupKey{}}
	if err := s.write(true); err != nil {
		return nil, err
	}
	return s, nil
}

// Open reads the key file in dir: "keys show". It fails with ErrNotFound when there is none
// and with ErrInsecurePermissions when group or others may access it.
func Open(dir string) (*Store, error) {
	path := filepath.Join(dir, FileName)
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w in %s", ErrNotFound, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s has mode %v", ErrInsecurePermissions, path, fi.Mode().Perm())
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	var f fileJSON
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("%w: %s: unknown version %d", ErrCorrupt, path, f.Version)
	}
	key, err := crypto.ToECDSA(f.EncryptionKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: encryption key: %v", ErrCorrupt, path, err)
	}
	s := &Store{path: path, key: key, groups: make(map[GroupKeyRef]StoredGroupKey, len(f.GroupKeys))}
	if len(f.PublicKey) > 0 && string(f.PublicKey) != string(s.PublicKeyCompressed()) {
		return nil, fmt.Errorf("%w: %s: public key does not match the private key", ErrCorrupt, path)
	}
	for i, g := range f.GroupKeys {
		if len(g.Key) != groupkey.KeySize || g.ID == (common.Hash{}) {
			return nil, fmt.Errorf("%w: %s: group key %d is invalid", ErrCorrupt, path, i)
		}
		sg := StoredGroupKey{GroupKeyRef: GroupKeyRef{Stream: g.Stream, Publisher: g.Publisher, ID: g.ID}, Added: g.Added}
		sg.Key.ID = g.ID
		copy(sg.Key.Key[:], g.Key)
		s.groups[sg.GroupKeyRef] = sg
	}
	return s, nil
}

// OpenOrCreate opens the key file in dir, creating one with a fresh key when there is none.
// created tells which happened.
func OpenOrCreate(dir string) (s *Store, created bool, err error) {
	s, err = Open(dir)
	if errors.Is(err, ErrNotFound) {
		s, err = New(dir)
		if errors.Is(err, ErrExists) { // lost a race with another creator
			s, err = Open(dir)
			return s, false, err
		}
		return s, err == nil, err
	}
	return s, false, err
}

// Path returns the key file's path.
func (s *Store) Path() string { return s.path }

// EncryptionKey returns the encryption private key.
func (s *Store) EncryptionKey() *ecdsa.PrivateKey { return s.key }

// PublicKeyCompressed returns the 33-byte compressed public key to register in Stream
// contracts (setEncryptionKey).
func (s *Store) PublicKeyCompressed() []byte { return crypto.CompressPubkey(&s.key.PublicKey) }

// GroupKey returns the stored group key id of (stream, publisher).
func (s *Store) GroupKey(stream, publisher common.Address, id [groupkey.IDSize]byte) (groupkey.GroupKey, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.groups[GroupKeyRef{Stream: stream, Publisher: publisher, ID: id}]
	return g.Key, ok
}

// AddGroupKey stores gk as announced by publisher in stream and writes the file. Adding a
// key that is already stored does nothing.
func (s *Store) AddGroupKey(stream, publisher common.Address, gk groupkey.GroupKey) error {
	if gk.ID == ([groupkey.IDSize]byte{}) {
		return groupkey.ErrZeroID
	}
	ref := GroupKeyRef{Stream: stream, Publisher: publisher, ID: gk.ID}
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.groups[ref]; ok && old.Key == gk {
		return nil
	}
	s.groups[ref] = StoredGroupKey{GroupKeyRef: ref, Key: gk, Added: time.Now().UTC().Truncate(time.Second)}
	if err := s.write(false); err != nil {
		delete(s.groups, ref)
		return err
	}
	return nil
}

// GroupKeys returns every stored group key, oldest first.
func (s *Store) GroupKeys() []StoredGroupKey {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sortedLocked()
}

func (s *Store) sortedLocked() []StoredGroupKey {
	out := make([]StoredGroupKey, 0, len(s.groups))
	for _, g := range s.groups {
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b StoredGroupKey) int {
		if c := a.Added.Compare(b.Added); c != 0 {
			return c
		}
		return slices.Compare(a.ID[:], b.ID[:])
	})
	return out
}

// write saves the store: a temporary file with FileMode in the same directory, fsynced and
// then renamed over the key file (or, when exclusive, linked to it so an existing file is
// never replaced). Callers hold s.mu or own s exclusively.
func (s *Store) write(exclusive bool) error {
	f := fileJSON{
		Version:       fileVersion,
		EncryptionKey: crypto.FromECDSA(s.key),
		PublicKey:     s.PublicKeyCompressed(),
		GroupKeys:     []groupKeyJSON{},
	}
	for _, g := range s.sortedLocked() {
		f.GroupKeys = append(f.GroupKeys, groupKeyJSON{
			Stream: g.Stream, Publisher: g.Publisher, ID: g.ID, Key: g.Key.Key[:], Added: g.Added,
		})
	}
	raw, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("keystore: encoding: %w", err)
	}
	raw = append(raw, '\n')
	dir := filepath.Dir(s.path)
	tmp, err := os.CreateTemp(dir, "."+FileName+".tmp-*")
	if err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	tmpName := tmp.Name()
	defer func() { _ = os.Remove(tmpName) }() // no-op after a successful rename
	if err := tmp.Chmod(FileMode); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("keystore: %w", err)
	}
	if _, err := tmp.Write(raw); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("keystore: writing %s: %w", tmpName, err)
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("keystore: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	if exclusive {
		if err := os.Link(tmpName, s.path); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return fmt.Errorf("%w: %s", ErrExists, s.path)
			}
			return fmt.Errorf("keystore: %w", err)
		}
	} else if err := os.Rename(tmpName, s.path); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable where the platform supports fsync on directories.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
