#!/usr/bin/env bash
# Rebuilds every .ll unit of the s390x-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/s390x-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: s390x Linux userspace (clang-19 default -march=z196), -O2, no headers.
CFLAGS=(--target=s390x-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       grep -E '^(warning|error)' "$out.stderr" | grep -v 'warnings\? emitted' | sed "s/^/  rustc $out: /" >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll   src/helpers.c
cc c_z15.ll       src/helpers.c -march=z15
cc c_vx.ll        src/helpers.c -mvx
cc c_z15novx.ll   src/helpers.c -march=z15 -mno-vx
cc c_softfloat.ll src/helpers.c -msoft-float
cc c_backchain.ll src/helpers.c -mbackchain

# ---- C callers (same-language control) ----
cc cc_default.ll   src/c_caller.c
cc cc_z15.ll       src/c_caller.c -march=z15
cc cc_vx.ll        src/c_caller.c -mvx
cc cc_softfloat.ll src/c_caller.c -msoft-float

# ---- Rust callers (rustc's s390x-unknown-linux-gnu default CPU is z10) ----
T=(--target s390x-unknown-linux-gnu)
rc rust_default.ll   "${T[@]}" src/caller.rs
rc rust_z196.ll      "${T[@]}" src/caller.rs -Ctarget-cpu=z196
rc rust_z15.ll       "${T[@]}" src/caller.rs -Ctarget-cpu=z15
rc rust_vector.ll    "${T[@]}" src/caller.rs -Ctarget-feature=+vector
rc rust_novector.ll  "${T[@]}" src/caller.rs -Ctarget-feature=-vector
rc rust_softfloat.ll "${T[@]}" src/caller.rs -Ctarget-feature=+soft-float

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . -q
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
