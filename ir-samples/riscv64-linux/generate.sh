#!/usr/bin/env bash
# Rebuilds every .ll unit of the riscv64-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/riscv64-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: riscv64 Linux userspace (default -march=rv64gc -mabi=lp64d), -O2, no headers.
CFLAGS=(--target=riscv64-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       sed 's/^/  rustc: /' "$out.stderr" | grep -v '^  rustc: *$' >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll  src/helpers.c
cc c_norelax.ll  src/helpers.c -mno-relax
cc c_imac.ll     src/helpers.c -march=rv64imac -mabi=lp64
cc c_zbb.ll      src/helpers.c -march=rv64gc_zbb
cc c_u74.ll      src/helpers.c -mcpu=sifive-u74
cc c_tune.ll     src/helpers.c -mtune=sifive-7-series
cc c_medany.ll   src/helpers.c -mcmodel=medany
cc c_medlow.ll   src/helpers.c -mcmodel=medlow

# ---- Rust callers ----
T=(--target riscv64gc-unknown-linux-gnu)
rc rust_default.ll  "${T[@]}" src/caller.rs
rc rust_zbb.ll      "${T[@]}" src/caller.rs -Ctarget-feature=+zbb
rc rust_norelax.ll  "${T[@]}" src/caller.rs -Ctarget-feature=-relax
rc rust_u74.ll      "${T[@]}" src/caller.rs -Ctarget-cpu=sifive-u74
rc rust_tune.ll     "${T[@]}" src/caller.rs -Ztune-cpu=sifive-7-series
rc rust_cm_small.ll "${T[@]}" src/caller.rs -Ccode-model=small
rc rust_imac.ll     --target riscv64imac-unknown-none-elf src/caller.rs

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
python3 ../tools/verdicts.py . -q
python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
