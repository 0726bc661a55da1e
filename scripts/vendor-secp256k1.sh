#!/bin/sh
# Copies the parts of libsecp256k1 that internal/ecbatch compiles from go-ethereum's copy
# of it (the version go.mod pins), so that the two never differ: `make generate` runs this
# and `make check-generated` fails when the committed copy is not what it writes.
set -eu
cd "$(dirname "$0")/.."
src="$(go list -m -f '{{.Dir}}' github.com/ethereum/go-ethereum)/crypto/secp256k1/libsecp256k1"
dst=internal/ecbatch/libsecp256k1
rm -rf "$dst"
mkdir -p "$dst/src" "$dst/include"
cp "$src/COPYING" "$dst/"
cp "$src/include/secp256k1.h" "$dst/include/"
for f in checkmem.h util.h \
	field.h field_impl.h field_5x52.h field_5x52_impl.h field_5x52_int128_impl.h \
	field_10x26.h field_10x26_impl.h \
	scalar.h scalar_impl.h scalar_4x64.h scalar_4x64_impl.h scalar_8x32.h scalar_8x32_impl.h \
	scalar_low.h scalar_low_impl.h \
	int128.h int128_impl.h int128_native.h int128_native_impl.h int128_struct.h int128_struct_impl.h \
	modinv32.h modinv32_impl.h modinv64.h modinv64_impl.h \
	group.h group_impl.h ecmult.h ecmult_impl.h ecmult_compute_table.h ecmult_compute_table_impl.h \
	precomputed_ecmult.h scratch.h scratch_impl.h; do
	cp "$src/src/$f" "$dst/src/"
done
chmod -R u+w,go-w "$dst"
