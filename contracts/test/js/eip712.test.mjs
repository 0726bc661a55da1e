// Checks broker/protocol/testdata/vector.json with ethers v6: the EIP-712 hashing, the
// deterministic signature signTypedData makes, recovery, high-s rejection and partitioning.
// Run: node --test contracts/test/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  Wallet,
  TypedDataEncoder,
  Signature,
  getAddress,
  keccak256,
  solidityPacked,
  verifyTypedData,
  recoverAddress,
  toUtf8Bytes,
} from "ethers";

const vectorPath = fileURLToPath(new URL("../../../broker/protocol/testdata/vector.json", import.meta.url));
const vector = JSON.parse(readFileSync(vectorPath, "utf8"));
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const cases = [
  ["valid event", vector],
  ["field order", vector.fieldOrder],
];

// ethers takes the types without EIP712Domain, which it derives from the domain.
function typedData(c) {
  const { EIP712Domain, ...types } = c.typedData.types;
  assert.ok(EIP712Domain, "vector lists EIP712Domain");
  return { domain: c.typedData.domain, types, message: c.typedData.message };
}

test("type string and type hash", () => {
  const { types } = typedData(vector);
  assert.equal(TypedDataEncoder.from(types).encodeType("StreamMessage"), vector.typeString);
  assert.equal(keccak256(toUtf8Bytes(vector.typeString)), vector.typeHash);
});

for (const [name, c] of cases) {
  test(`${name}: hashes match`, () => {
    const { domain, types, message } = typedData(c);
    assert.equal(keccak256(c.content), c.contentHash);
    assert.equal(message.contentHash, c.contentHash);
    assert.equal(TypedDataEncoder.hashDomain(domain), c.domainSeparator);
    assert.equal(TypedDataEncoder.from(types).hash(message), c.structHash);
    assert.equal(TypedDataEncoder.hash(domain, types, message), c.digest);
  });

  test(`${name}: signTypedData yields the committed signature`, async () => {
    const { domain, types, message } = typedData(c);
    const wallet = new Wallet(vector.privateKey);
    assert.equal(wallet.address, getAddress(c.publisher));
    const sig = await wallet.signTypedData(domain, types, message);
    assert.equal(sig, c.signature);
    assert.equal(verifyTypedData(domain, types, message, c.signature), getAddress(c.publisher));
  });

  test(`${name}: ethers also rejects the high-s twin`, () => {
    const word = (hex, i) => BigInt("0x" + hex.slice(2 + 64 * i, 2 + 64 * (i + 1)));
    const [r, s] = [word(c.signature, 0), word(c.signature, 1)];
    const [rh, sh] = [word(c.highSSignature, 0), word(c.highSSignature, 1)];
    assert.equal(rh, r);
    assert.equal(s + sh, SECP256K1_N, "twin is (r, n - s)");
    assert.ok(s <= SECP256K1_N / 2n, "committed signature is low-s");
    assert.throws(() => recoverAddress(c.digest, c.highSSignature), /non-canonical s/);
    assert.throws(() => Signature.from(c.highSSignature).serialized, /non-canonical s/);
  });
}

test("binary and JSON forms carry the vector's values", () => {
  const ev = vector.event;
  const m = vector.typedData.message;
  assert.equal(getAddress(ev.stream), getAddress(m.stream));
  assert.equal(String(ev.timestamp), m.timestamp);
  assert.equal(ev.signature, vector.signature);
  assert.equal(keccak256(toUtf8Bytes(JSON.stringify(ev.content))), vector.contentHash);
  const wire = Buffer.from(vector.wire.slice(2), "hex");
  assert.equal(wire[0], 0x53, "magic");
  assert.equal(wire[1], 1, "version");
  assert.equal("0x" + wire.subarray(wire.length - 65).toString("hex"), vector.signature);
});

test("partitioning", () => {
  for (const c of vector.streamPartition) {
    assert.equal(BigInt(keccak256(c.key)) % BigInt(c.partitions), BigInt(c.partition), `key ${c.key}`);
  }
  for (const c of vector.networkPartition) {
    const h = keccak256(solidityPacked(["address", "uint32"], [c.stream, c.streamPartition]));
    assert.equal(BigInt(h) % BigInt(c.networkPartitions), BigInt(c.networkPartition));
  }
});
