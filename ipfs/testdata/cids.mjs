// Computes reference CIDs for ipfs/cids_test.go with the JavaScript UnixFS
// importer (an implementation independent of boxo), using the settings of
// kubo's `ipfs add --cid-version=1`.
//
// Reproduce (outside the repository, it has no package.json of its own):
//
//   mkdir /tmp/cidref && cd /tmp/cidref && npm init -y
//   npm i ipfs-unixfs-importer@17.1.1 blockstore-core@7.0.1
//   cp /path/to/streamr/ipfs/testdata/cids.mjs . && node cids.mjs
//
// The deterministic pattern is the one patternBytes produces in the Go
// test: byte i = (i*31 + 7) mod 251.
import { importer } from 'ipfs-unixfs-importer'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'
import { BlackHoleBlockstore } from 'blockstore-core/black-hole'

const chunkSize = 262144

function pattern (n) {
  const buf = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    buf[i] = (i * 31 + 7) % 251
  }
  return buf
}

const inputs = [
  ['empty', new Uint8Array(0)],
  ['a', new TextEncoder().encode('a')],
  ['pattern 262144', pattern(chunkSize)],
  ['pattern 262145', pattern(chunkSize + 1)],
  ['pattern 5 MiB', pattern(5 << 20)],
  ['pattern 174 chunks', pattern(174 * chunkSize)],
  ['pattern 174 chunks + 1', pattern(174 * chunkSize + 1)],
  ['pattern 46 MiB', pattern(46 << 20)]
]

const options = {
  cidVersion: 1,
  rawLeaves: true,
  reduceSingleLeafToSelf: true,
  chunker: fixedSize({ chunkSize }),
  layout: balanced({ maxChildrenPerNode: 174 })
}

for (const [name, content] of inputs) {
  let root
  for await (const entry of importer([{ content }], new BlackHoleBlockstore(), options)) {
    root = entry
  }
  console.log(`${name}\t${content.length}\t${root.cid.toString()}`)
}
