package groupkey_test

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/streamr-go/streamr/broker/groupkey"
)

var (
	streamA = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	streamB = common.HexToAddress("0x00000000000000000000000000000000000000b2")
)

func TestEncryptDecrypt(t *testing.T) {
	k := groupkey.New()
	aad := groupkey.AAD(streamA, 3, k.ID)
	for _, n := range []int{0, 1, 100, 1024, 64 << 10} {
		pt := bytes.Repeat([]byte{byte(n)}, n)
		ct := groupkey.Encrypt(k, pt, aad)
		if len(ct) != n+groupkey.Overhead {
			t.Fatalf("len(ct) = %d, want %d", len(ct), n+groupkey.Overhead)
		}
		got, err := groupkey.Decrypt(k, ct, aad)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if !bytes.Equal(got, pt) {
			t.Fatalf("%d bytes: round trip mismatch", n)
		}
	}
}

func TestFreshNonces(t *testing.T) {
	c := groupkey.NewCipher(groupkey.New())
	a := c.Encrypt([]byte("same"), nil)
	b := c.Encrypt([]byte("same"), nil)
	if bytes.Equal(a[:groupkey.NonceSize], b[:groupkey.NonceSize]) || bytes.Equal(a, b) {
		t.Fatal("two encryptions share a nonce")
	}
}

func TestNewKeysDiffer(t *testing.T) {
	a, b := groupkey.New(), groupkey.New()
	if a.ID == b.ID || a.Key == b.Key || a.IsZero() {
		t.Fatal("group keys are not random")
	}
	if s := fmt.Sprintf("%v %#v %s", a, a, a); bytes.Contains([]byte(s), []byte(fmt.Sprintf("%x", a.Key[:8]))) {
		t.Fatalf("formatting leaks the key: %s", s)
	}
}

func TestDecryptRejects(t *testing.T) {
	k := groupkey.New()
	other := groupkey.New()
	aad := groupkey.AAD(streamA, 0, k.ID)
	ct := groupkey.Encrypt(k, []byte(`{"secret":42}`), aad)

	flip := func(i int) []byte {
		c := bytes.Clone(ct)
		c[i] ^= 1
		return c
	}
	cases := map[string]struct {
		key groupkey.GroupKey
		ct  []byte
		aad []byte
	}{
		"wrong key":        {other, ct, aad},
		"nonce flipped":    {k, flip(0), aad},
		"body flipped":     {k, flip(groupkey.NonceSize + 1), aad},
		"tag flipped":      {k, flip(len(ct) - 1), aad},
		"truncated":        {k, ct[:len(ct)-1], aad},
		"too short":        {k, ct[:groupkey.Overhead-1], aad},
		"empty":            {k, nil, aad},
		"other stream":     {k, ct, groupkey.AAD(streamB, 0, k.ID)},
		"other partition":  {k, ct, groupkey.AAD(streamA, 1, k.ID)},
		"other key id":     {k, ct, groupkey.AAD(streamA, 0, other.ID)},
		"no aad":           {k, ct, nil},
		"key with same id": {groupkey.GroupKey{ID: k.ID, Key: other.Key}, ct, aad},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := groupkey.Decrypt(c.key, c.ct, c.aad); !errors.Is(err, groupkey.ErrDecrypt) {
				t.Fatalf("err = %v, want ErrDecrypt", err)
			}
		})
	}
}

func TestAADLayout(t *testing.T) {
	id := [32]byte{31: 7}
	a := groupkey.AAD(streamA, 0x01020304, id)
	if len(a) != groupkey.AADSize {
		t.Fatalf("len = %d, want %d", len(a), groupkey.AADSize)
	}
	want := append([]byte("streamr/content/aes-256-gcm/v1"), streamA[:]...)
	want = append(want, 1, 2, 3, 4)
	want = append(want, id[:]...)
	if !bytes.Equal(a, want) {
		t.Fatalf("AAD = %x, want %x", a, want)
	}
}
