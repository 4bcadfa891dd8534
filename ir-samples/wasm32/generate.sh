#!/usr/bin/env bash
# Rebuilds every .ll unit of the wasm32 set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/wasm32/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: bare wasm32 (clang-19 default cpu "generic" + multivalue, reference-types), -O2, no headers.
CFLAGS=(--target=wasm32-unknown-unknown -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       grep -E '^(warning|error)' "$out.stderr" | grep -v 'warnings\? emitted' | sed "s/^/  rustc $out: /" >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll   src/helpers.c
cc c_simd.ll      src/helpers.c -msimd128
cc c_bulk.ll      src/helpers.c -mbulk-memory
cc c_nosignext.ll src/helpers.c -mno-sign-ext
cc c_mvp.ll       src/helpers.c -mcpu=mvp

# ---- C callers (same-language control) ----
cc cc_default.ll   src/c_caller.c
cc cc_simd.ll      src/c_caller.c -msimd128
cc cc_bulk.ll      src/c_caller.c -mbulk-memory
cc cc_nosignext.ll src/c_caller.c -mno-sign-ext
cc cc_mvp.ll       src/c_caller.c -mcpu=mvp

# ---- Rust callers (rustc wasm32-unknown-unknown: cpu "generic", no feature string) ----
T=(--target wasm32-unknown-unknown)
rc rust_default.ll  "${T[@]}" src/caller.rs
rc rust_simd.ll     "${T[@]}" src/caller.rs -Ctarget-feature=+simd128
rc rust_bulk.ll     "${T[@]}" src/caller.rs -Ctarget-feature=+bulk-memory
rc rust_nosignext.ll "${T[@]}" src/caller.rs -Ctarget-feature=-sign-ext
rc rust_mvp.ll      "${T[@]}" src/caller.rs -Ctarget-cpu=mvp

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . -q
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
