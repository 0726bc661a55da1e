// Package protocol defines the Streamr event: the signed, ordered unit of data that flows
// through a stream.
//
// It provides, in one place and without reflection on the hot paths:
//
//   - the Event model with every header field of the whitepaper (see docs/protocol.md);
//   - EIP-712 hashing, signing and verification (signature type 1) through Domain, producing
//     exactly the digest that ethers' signTypedData, wallets' eth_signTypedData_v4 and the
//     Solidity StreamMessageLib produce;
//   - a versioned, length-prefixed binary wire encoding (Encode, AppendEncode, Decode) and a
//     JSON form for HTTP and humans (Event.MarshalJSON, Event.UnmarshalJSON);
//   - stream and network partitioning (StreamPartition, NetworkPartition);
//   - a concurrency-safe Publisher that keeps per-(stream, partition) message chains;
//   - Validate, the structural checks a broker runs before accepting an event.
//
// All errors returned by this package wrap one of the sentinel errors in errors.go, so
// callers can branch with errors.Is.
package protocol
