#!/usr/bin/env bash
# Rebuilds every .ll unit of the mips-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/mips-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: 32-bit little-endian MIPS Linux (clang-19 default mips32r2, o32, fpxx), -O2, no headers.
CFLAGS=(--target=mipsel-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       grep -E '^(warning|error)' "$out.stderr" | grep -v 'warnings\? emitted' | sed "s/^/  rustc $out: /" >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll   src/helpers.c
cc c_r6.ll        src/helpers.c -march=mips32r6
cc c_softfloat.ll src/helpers.c -msoft-float
cc c_fp64.ll      src/helpers.c -mfp64

# ---- C callers (same-language control) ----
cc cc_default.ll  src/c_caller.c
cc cc_r6.ll       src/c_caller.c -march=mips32r6

# ---- Rust callers (mipsel-unknown-linux-gnu: mips32r2, +mips32r2,+fpxx,+nooddspreg) ----
T=(--target mipsel-unknown-linux-gnu)
rc rust_default.ll   "${T[@]}" src/caller.rs
rc rust_r6.ll        "${T[@]}" src/caller.rs -Ctarget-cpu=mips32r6
rc rust_softfloat.ll "${T[@]}" src/caller.rs -Ctarget-feature=+soft-float

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . -q
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
