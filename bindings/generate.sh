#!/usr/bin/env bash
# Regenerates the Go bindings in bindings/<package>/ from the Solidity sources:
# forge build, then go-ethereum's abigen (the go.mod version, via `go tool abigen`).
# Run through `go generate ./bindings/...` or `make generate`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ -x node_modules/.bin/forge ] || npm ci --no-audit --no-fund
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
FOUNDRY_OUT="$out/forge" FOUNDRY_CACHE_PATH="$out/cache" node_modules/.bin/forge build --skip test --skip script >/dev/null

# contract name -> Go package
contracts=(
  "DATAToken:datatoken"
  "Stream:stream"
  "StreamRegistry:streamregistry"
  "StreamrForwarder:forwarder"
  "DataLicense:datalicense"
  "NetworkCoordinator:networkcoordinator"
  "DeliveryHub:deliveryhub"
  "FeedConsumer:feedconsumer"
)
for entry in "${contracts[@]}"; do
  name=${entry%%:*}
  pkg=${entry##*:}
  artifact="$out/forge/$name.sol/$name.json"
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[3], a.bytecode.object.replace(/^0x/, ""));
  ' "$artifact" "$out/$name.abi" "$out/$name.bin"
  mkdir -p "bindings/$pkg"
  go tool abigen --abi "$out/$name.abi" --bin "$out/$name.bin" --pkg "$pkg" --type "$name" --out "bindings/$pkg/$pkg.go"
done
