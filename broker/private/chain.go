package private

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/broker/groupkey"
)

// ChainReader is what following a Stream contract needs: contract calls, the head block
// and logs. An ethclient.Client or the dev chain's client satisfies it.
type ChainReader interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Event topics of the Stream contract that change who may read.
var (
	topicKeySet        common.Hash
	topicKeyRemoved    common.Hash
	topicPermission    common.Hash
	topicOwnership     common.Hash
	topicDeleted       common.Hash
	membershipTopics   []common.Hash
	fullResyncTopics   map[common.Hash]bool
	perUserTopicsIndex = 1 // topic index of the indexed `user` argument
)

func init() {
	a, err := stream.StreamMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("private: Stream ABI: %v", err))
	}
	id := func(name string) common.Hash {
		ev, ok := a.Events[name]
		if !ok {
			panic("private: Stream ABI has no event " + name)
		}
		return ev.ID
	}
	topicKeySet = id("EncryptionKeySet")
	topicKeyRemoved = id("EncryptionKeyRemoved")
	topicPermission = id("PermissionUpdated")
	topicOwnership = id("OwnershipTransferred")
	topicDeleted = id("Deleted")
	membershipTopics = []common.Hash{topicKeySet, topicKeyRemoved, topicPermission, topicOwnership, topicDeleted}
	fullResyncTopics = map[common.Hash]bool{topicOwnership: true, topicDeleted: true}
}

// member is an authorized subscriber with a valid encryption key.
type member struct {
	pub []byte
	// expiry is the chain time (seconds) at which the access this member had at the last
	// check may end: min over what granted it; 0 = no expiry (the owner).
	expiry uint64
}

// memberDiff is what changed between two views of the members.
type memberDiff struct {
	added   []groupkey.Recipient // new members, and members whose key changed
	removed []common.Address     // members that lost access, and members whose key changed
	block   uint64
}

// membership follows who may read a stream: the key holders of its Stream contract for
// which canSubscribe is true. It is not safe for concurrent use (the Publisher serialises).
type membership struct {
	chain    ChainReader
	addr     common.Address
	caller   *stream.StreamCaller
	pageSize int
	log      *slog.Logger

	synced    bool
	lastBlock uint64
	members   map[common.Address]member
}

func newMembership(chain ChainReader, addr common.Address, pageSize int, log *slog.Logger) (*membership, error) {
	c, err := stream.NewStreamCaller(addr, chain)
	if err != nil {
		return nil, fmt.Errorf("private: binding stream %s: %w", addr, err)
	}
	return &membership{chain: chain, addr: addr, caller: c, pageSize: pageSize, log: log, members: map[common.Address]member{}}, nil
}

// refresh brings the view to the head block. full forces a complete re-read; otherwise only
// the users named by membership events since the last refresh, and members whose access
// has expired by the head's time, are re-read.
func (m *membership) refresh(ctx context.Context, full bool) (memberDiff, error) {
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return memberDiff{}, fmt.Errorf("private: reading the head block: %w", err)
	}
	block := head.Number.Uint64()
	if m.synced && block <= m.lastBlock {
		return memberDiff{block: m.lastBlock}, nil
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
	next := make(map[common.Address]member, len(m.members))
	sc, err := m.streamContext(opts)
	if err != nil {
		return memberDiff{}, err
	}

	if !m.synced || full {
		if err := m.readAll(opts, sc, next); err != nil {
			return memberDiff{}, err
		}
	} else {
		users, resync, err := m.changedUsers(ctx, block)
		if err != nil {
			return memberDiff{}, err
		}
		if resync {
			if err := m.readAll(opts, sc, next); err != nil {
				return memberDiff{}, err
			}
		} else {
			for a, mem := range m.members {
				if mem.expiry != 0 && head.Time >= mem.expiry {
					users[a] = true // access may have ended: re-check
				}
				next[a] = mem
			}
			for a := range users {
				delete(next, a)
				key, err := m.caller.EncryptionKeyOf(opts, a)
				if err != nil {
					return memberDiff{}, fmt.Errorf("private: encryptionKeyOf(%s): %w", a, err)
				}
				mem, ok, err := m.check(opts, sc, a, key)
				if err != nil {
					return memberDiff{}, err
				}
				if ok {
					next[a] = mem
				}
			}
		}
	}

	d := memberDiff{block: block}
	for a, old := range m.members {
		if cur, ok := next[a]; !ok || !bytes.Equal(cur.pub, old.pub) {
			d.removed = append(d.removed, a)
		}
	}
	for a, cur := range next {
		if old, ok := m.members[a]; !ok || !bytes.Equal(cur.pub, old.pub) {
			d.added = append(d.added, groupkey.Recipient{Address: a, PublicKey: cur.pub})
		}
	}
	m.members, m.lastBlock, m.synced = next, block, true
	return d, nil
}

// readAll pages through the key holders at opts' block and keeps the authorized ones.
func (m *membership) readAll(opts *bind.CallOpts, sc streamContext, into map[common.Address]member) error {
	for offset := int64(0); ; offset += int64(m.pageSize) {
		page, err := m.caller.KeyHolders(opts, big.NewInt(offset), big.NewInt(int64(m.pageSize)))
		if err != nil {
			return fmt.Errorf("private: keyHolders(%d, %d) of %s: %w", offset, m.pageSize, m.addr, err)
		}
		if len(page.Users) != len(page.Keys) {
			return fmt.Errorf("private: keyHolders of %s: %d users but %d keys", m.addr, len(page.Users), len(page.Keys))
		}
		for i, a := range page.Users {
			mem, ok, err := m.check(opts, sc, a, page.Keys[i])
			if err != nil {
				return err
			}
			if ok {
				into[a] = mem
			}
		}
		if len(page.Users) < m.pageSize {
			return nil
		}
	}
}

// streamContext is what every member check of one refresh shares.
type streamContext struct {
	owner        common.Address
	publicExpiry uint64
}

func (m *membership) streamContext(opts *bind.CallOpts) (streamContext, error) {
	owner, err := m.caller.Owner(opts)
	if err != nil {
		return streamContext{}, fmt.Errorf("private: owner of %s: %w", m.addr, err)
	}
	pub, err := m.caller.PermissionOf(opts, common.Address{})
	if err != nil {
		return streamContext{}, fmt.Errorf("private: public permission of %s: %w", m.addr, err)
	}
	return streamContext{owner: owner, publicExpiry: pub.SubscribeExpiry}, nil
}

// check decides whether user, holding key, is a member at opts' block. canSubscribe is the
// authority; permissionOf only tells when to look again.
func (m *membership) check(opts *bind.CallOpts, sc streamContext, user common.Address, key []byte) (member, bool, error) {
	if len(key) == 0 {
		return member{}, false, nil
	}
	if _, err := groupkey.ParsePublicKey(key); err != nil {
		m.log.Warn("skipping subscriber with an invalid encryption key", "user", user, "err", err)
		return member{}, false, nil
	}
	ok, err := m.caller.CanSubscribe(opts, user)
	if err != nil {
		return member{}, false, fmt.Errorf("private: canSubscribe(%s): %w", user, err)
	}
	if !ok {
		return member{}, false, nil
	}
	if user == sc.owner {
		return member{pub: bytes.Clone(key)}, true, nil // the owner's access never expires
	}
	own, err := m.caller.PermissionOf(opts, user)
	if err != nil {
		return member{}, false, fmt.Errorf("private: permissionOf(%s): %w", user, err)
	}
	// Access ends when both the user's own and the public subscribe right have expired.
	return member{pub: bytes.Clone(key), expiry: max(own.SubscribeExpiry, sc.publicExpiry)}, true, nil
}

// changedUsers reads the membership events after the last refresh up to block and returns
// the users they name, or resync when an event affects everyone (ownership, deletion, the
// public permission).
func (m *membership) changedUsers(ctx context.Context, block uint64) (map[common.Address]bool, bool, error) {
	logs, err := m.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(m.lastBlock + 1),
		ToBlock:   new(big.Int).SetUint64(block),
		Addresses: []common.Address{m.addr},
		Topics:    [][]common.Hash{membershipTopics},
	})
	if err != nil {
		return nil, false, fmt.Errorf("private: reading events of %s in blocks %d-%d: %w", m.addr, m.lastBlock+1, block, err)
	}
	users := map[common.Address]bool{}
	for _, l := range logs {
		if len(l.Topics) == 0 || l.Removed {
			continue
		}
		if fullResyncTopics[l.Topics[0]] {
			return nil, true, nil
		}
		if len(l.Topics) <= perUserTopicsIndex {
			continue
		}
		u := common.BytesToAddress(l.Topics[perUserTopicsIndex][12:])
		if u == (common.Address{}) && l.Topics[0] == topicPermission {
			return nil, true, nil // the public permission changed: everyone's access may have
		}
		users[u] = true
	}
	return users, false, nil
}

// recipients returns the current members.
func (m *membership) recipients() []groupkey.Recipient {
	out := make([]groupkey.Recipient, 0, len(m.members))
	for a, mem := range m.members {
		out = append(out, groupkey.Recipient{Address: a, PublicKey: mem.pub})
	}
	return out
}
