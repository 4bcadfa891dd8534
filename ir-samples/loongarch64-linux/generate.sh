#!/usr/bin/env bash
# Rebuilds every .ll unit of the loongarch64-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/loongarch64-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: loongarch64 Linux userspace (clang-19 default -march=loongarch64, lp64d), -O2, no headers.
# (clang-19 rejects -mcpu= for LoongArch: "unsupported option '-mcpu='"; -march= is the CPU flag.)
CFLAGS=(--target=loongarch64-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       grep -E '^(warning|error)' "$out.stderr" | grep -v 'warnings\? emitted' | sed "s/^/  rustc $out: /" >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll   src/helpers.c
cc c_la464.ll     src/helpers.c -march=la464
cc c_nolsx.ll     src/helpers.c -mno-lsx
cc c_lasx.ll      src/helpers.c -mlasx
cc c_softfloat.ll src/helpers.c -msoft-float
cc c_tune.ll      src/helpers.c -mtune=la464
cc c_cm_normal.ll src/helpers.c -mcmodel=normal
cc c_cm_medium.ll src/helpers.c -mcmodel=medium

# ---- C callers (same-language control) ----
cc cc_default.ll  src/c_caller.c
cc cc_la464.ll    src/c_caller.c -march=la464
cc cc_nolsx.ll    src/c_caller.c -mno-lsx

# ---- Rust callers (rustc's loongarch64-unknown-linux-gnu: cpu "generic", Code Model 3) ----
T=(--target loongarch64-unknown-linux-gnu)
rc rust_default.ll "${T[@]}" src/caller.rs
rc rust_la464.ll   "${T[@]}" src/caller.rs -Ctarget-cpu=la464
rc rust_nolsx.ll   "${T[@]}" src/caller.rs -Ctarget-feature=-lsx
rc rust_lasx.ll    "${T[@]}" src/caller.rs -Ctarget-feature=+lasx
rc rust_norelax.ll "${T[@]}" src/caller.rs -Ctarget-feature=-relax

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . -q
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
