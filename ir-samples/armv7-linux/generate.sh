#!/usr/bin/env bash
# Rebuilds every .ll unit of the armv7-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/armv7-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: 32-bit ARM Linux hard-float (clang-19 default for this triple: armv7-a,
# ARM (not Thumb) mode, vfpv3-d16), -O2, no headers.
CFLAGS=(--target=arm-linux-gnueabihf -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       sed 's/^/  rustc: /' "$out.stderr" | grep -v '^  rustc: *$' >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll src/helpers.c
cc c_thumb.ll   src/helpers.c -mthumb
cc c_strict.ll  src/helpers.c -mno-unaligned-access
cc c_tp.ll      src/helpers.c -mtp=cp15
cc c_r9.ll      src/helpers.c -ffixed-r9
cc c_a15.ll     src/helpers.c -mcpu=cortex-a15

# ---- Rust callers ----
T=(--target armv7-unknown-linux-gnueabihf)
rc rust_default.ll "${T[@]}" src/caller.rs
rc rust_strict.ll  "${T[@]}" src/caller.rs -Ctarget-feature=+strict-align
rc rust_thumb.ll   "${T[@]}" src/caller.rs -Ctarget-feature=+thumb-mode
rc rust_a15.ll     "${T[@]}" src/caller.rs -Ctarget-cpu=cortex-a15
rc rust_thumbv7neon.ll --target thumbv7neon-unknown-linux-gnueabihf src/caller.rs

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
python3 ../tools/verdicts.py . -q
python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
