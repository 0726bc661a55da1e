package server

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/streamr-go/streamr/bindings/forwarder"
	"github.com/streamr-go/streamr/bindings/stream"
	"github.com/streamr-go/streamr/bindings/streamregistry"
	"github.com/streamr-go/streamr/internal/metatx"
)

var (
	registryABI = mustABI(streamregistry.StreamRegistryMetaData)
	streamABI   = mustABI(stream.StreamMetaData)
)

func mustABI(m *bind.MetaData) *abi.ABI {
	a, err := m.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}

// Tx is an unsigned call for a wallet to send.
type Tx struct {
	To   common.Address `json:"to"`
	Data hexutil.Bytes  `json:"data"`
}

// ForwardRequest is an ERC-2771 request for the user to sign (eth_signTypedData_v4) and
// post to /api/v1/relay with the signature.
type ForwardRequest struct {
	From      common.Address      `json:"from"`
	To        common.Address      `json:"to"`
	Value     string              `json:"value"`
	Gas       uint64              `json:"gas"`
	Nonce     string              `json:"nonce"`
	Deadline  uint64              `json:"deadline"`
	Data      hexutil.Bytes       `json:"data"`
	Signature hexutil.Bytes       `json:"signature,omitempty"`
	TypedData *apitypes.TypedData `json:"typedData,omitempty"`
}

// ManageReply is the reply of stream create / configure / delete: the transactions for a
// wallet and, when a relayer is configured and the caller said who it is, the same calls
// as forward requests to sign.
type ManageReply struct {
	Transactions []Tx             `json:"transactions"`
	Relay        []ForwardRequest `json:"relay,omitempty"`
}

// CreateStreamRequest is the body of POST /api/v1/streams.
type CreateStreamRequest struct {
	From        *common.Address     `json:"from,omitempty"`
	Path        string              `json:"path"`
	Metadata    string              `json:"metadata"`
	Partitions  uint32              `json:"partitions"`
	Users       []common.Address    `json:"users,omitempty"`
	Permissions []stream.Permission `json:"permissions,omitempty"`
}

// ConfigureStreamRequest is the body of PATCH /api/v1/streams/{stream}.
type ConfigureStreamRequest struct {
	From       *common.Address `json:"from,omitempty"`
	Metadata   *string         `json:"metadata,omitempty"`
	Partitions *uint32         `json:"partitions,omitempty"`
}

func (s *Server) decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	body, err := s.readBody(w, r)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return badRequest("invalid JSON body: %v", err)
	}
	return nil
}

func (s *Server) registry() (common.Address, error) {
	if s.deps.Chain == nil {
		return common.Address{}, fmt.Errorf("%w: no chain configured", ErrUnavailable)
	}
	return s.deps.Domain.Registry(), nil
}

func (s *Server) httpCreateStream(w http.ResponseWriter, r *http.Request) {
	var req CreateStreamRequest
	if err := s.decodeJSON(w, r, &req); err != nil {
		s.problem(w, r, err)
		return
	}
	if req.Path == "" || req.Partitions == 0 || len(req.Users) != len(req.Permissions) {
		s.problem(w, r, badRequest("path and partitions are required; users and permissions must pair up"))
		return
	}
	reg, err := s.registry()
	if err != nil {
		s.problem(w, r, err)
		return
	}
	users, perms := req.Users, make([]streamregistry.Permission, len(req.Permissions))
	if users == nil {
		users = []common.Address{}
	}
	for i, p := range req.Permissions {
		perms[i] = streamregistry.Permission(p)
	}
	data, err := registryABI.Pack("createStream", req.Path, req.Metadata, req.Partitions, users, perms)
	if err != nil {
		s.problem(w, r, badRequest("%v", err))
		return
	}
	s.manageReply(w, r, req.From, []Tx{{To: reg, Data: data}})
}

func (s *Server) httpConfigureStream(w http.ResponseWriter, r *http.Request) {
	st, err := s.streamParam(r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	var req ConfigureStreamRequest
	if err := s.decodeJSON(w, r, &req); err != nil {
		s.problem(w, r, err)
		return
	}
	if _, err := s.deps.Perms.Stream(r.Context(), st); err != nil {
		s.problem(w, r, err)
		return
	}
	var txs []Tx
	if req.Metadata != nil {
		data, _ := streamABI.Pack("setMetadata", *req.Metadata)
		txs = append(txs, Tx{To: st, Data: data})
	}
	if req.Partitions != nil {
		data, _ := streamABI.Pack("setPartitions", *req.Partitions)
		txs = append(txs, Tx{To: st, Data: data})
	}
	if len(txs) == 0 {
		s.problem(w, r, badRequest("nothing to configure"))
		return
	}
	s.manageReply(w, r, req.From, txs)
}

// httpDeleteStream: DELETE /api/v1/streams/{stream}?path=<path>[&creator=<address>][&from=<address>].
func (s *Server) httpDeleteStream(w http.ResponseWriter, r *http.Request) {
	st, err := s.streamParam(r)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	reg, err := s.registry()
	if err != nil {
		s.problem(w, r, err)
		return
	}
	info, err := s.deps.Perms.Stream(r.Context(), st)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	q := r.URL.Query()
	path := q.Get("path")
	if path == "" {
		s.problem(w, r, badRequest("path (the stream's path under its creator) is required"))
		return
	}
	creator := info.Owner
	if c := q.Get("creator"); c != "" {
		if !common.IsHexAddress(c) {
			s.problem(w, r, badRequest("creator is not an address"))
			return
		}
		creator = common.HexToAddress(c)
	}
	var from *common.Address
	if f := q.Get("from"); common.IsHexAddress(f) {
		a := common.HexToAddress(f)
		from = &a
	}
	data, _ := registryABI.Pack("deleteStream", creator, path)
	s.manageReply(w, r, from, []Tx{{To: reg, Data: data}})
}

func (s *Server) manageReply(w http.ResponseWriter, r *http.Request, from *common.Address, txs []Tx) {
	out := ManageReply{Transactions: txs}
	if from != nil && s.cfg.RelayerKey != nil && s.deps.Chain != nil && s.deps.Forwarder != (common.Address{}) {
		fwd, err := forwarder.NewStreamrForwarderCaller(s.deps.Forwarder, s.deps.Chain)
		if err != nil {
			s.problem(w, r, err)
			return
		}
		nonce, err := fwd.Nonces(&bind.CallOpts{Context: r.Context()}, *from)
		if err != nil {
			s.problem(w, r, fmt.Errorf("%w: forwarder nonce: %w", ErrUnavailable, err))
			return
		}
		for i, tx := range txs {
			req := metatx.Request{From: *from, To: tx.To, Gas: 1_000_000, Nonce: new(big.Int).Add(nonce, big.NewInt(int64(i))),
				Deadline: uint64(time.Now().Add(time.Hour).Unix()), Data: tx.Data}
			td := metatx.TypedData(s.deps.Domain.ChainID(), s.deps.Forwarder, req)
			out.Relay = append(out.Relay, ForwardRequest{From: req.From, To: req.To, Value: "0", Gas: req.Gas,
				Nonce: req.Nonce.String(), Deadline: req.Deadline, Data: req.Data, TypedData: &td})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// RelayReply is the reply of POST /api/v1/relay.
type RelayReply struct {
	TxHash common.Hash `json:"txHash"`
}

// httpRelay submits a user-signed forward request through the forwarder, paid by the
// relayer key. Only calls to the registry or to its streams are relayed.
func (s *Server) httpRelay(w http.ResponseWriter, r *http.Request) {
	if s.cfg.RelayerKey == nil || s.deps.Chain == nil || s.deps.Forwarder == (common.Address{}) {
		s.problem(w, r, ErrNoRelayer)
		return
	}
	var req ForwardRequest
	if err := s.decodeJSON(w, r, &req); err != nil {
		s.problem(w, r, err)
		return
	}
	if req.To != s.deps.Domain.Registry() {
		if _, err := s.deps.Perms.Stream(r.Context(), req.To); err != nil {
			s.problem(w, r, badRequest("only calls to the stream registry or its streams are relayed"))
			return
		}
	}
	value, ok := new(big.Int).SetString(defaultStr(req.Value, "0"), 10)
	if !ok || value.Sign() != 0 {
		s.problem(w, r, badRequest("value must be 0"))
		return
	}
	if req.Gas == 0 || req.Gas > 5_000_000 {
		s.problem(w, r, badRequest("gas must be in (0, 5000000]"))
		return
	}
	data := metatx.WithSignature(metatx.Request{From: req.From, To: req.To, Value: value, Gas: req.Gas,
		Deadline: req.Deadline, Data: req.Data}, req.Signature)
	fwd, err := forwarder.NewStreamrForwarder(s.deps.Forwarder, s.deps.Chain)
	if err != nil {
		s.problem(w, r, err)
		return
	}
	if ok, err := fwd.Verify(&bind.CallOpts{Context: r.Context()}, data); err != nil || !ok {
		s.problem(w, r, fmt.Errorf("%w: the forwarder rejects the request (signature, nonce or deadline)", ErrUnauthorized))
		return
	}
	auth, err := bind.NewKeyedTransactorWithChainID(s.cfg.RelayerKey, new(big.Int).SetUint64(s.deps.Domain.ChainID()))
	if err != nil {
		s.problem(w, r, err)
		return
	}
	auth.Context = r.Context()
	tx, err := fwd.Execute(auth, data)
	if err != nil {
		s.problem(w, r, fmt.Errorf("%w: relaying: %w", ErrUnavailable, err))
		return
	}
	writeJSON(w, http.StatusAccepted, RelayReply{TxHash: tx.Hash()})
}

func defaultStr(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
