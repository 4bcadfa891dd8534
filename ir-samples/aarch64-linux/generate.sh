#!/usr/bin/env bash
# Rebuilds every .ll unit of the aarch64-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/aarch64-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# Common clang flags: C for aarch64 Linux userspace, -O2, no headers needed.
# (-ffreestanding is NOT common: it adds "no-builtins", which alone refuses
#  every C->Rust inline; it has its own unit c_freestanding.ll.)
CFLAGS=(--target=aarch64-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# Common rustc flags: no_core crate, -O2 equivalent, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc()   { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc()   { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
         # keep rustc's warnings out of the tree but show them
         sed 's/^/  rustc: /' "$out.stderr" | grep -v '^  rustc: *$' >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll      src/helpers.c
cc c_freestanding.ll src/helpers.c -ffreestanding
cc c_bti.ll          src/helpers.c -mbranch-protection=standard
cc c_pacret_leaf.ll  src/helpers.c -mbranch-protection=pac-ret+leaf
cc c_sve.ll          src/helpers.c -march=armv8-a+sve
cc c_a72.ll          src/helpers.c -mcpu=cortex-a72
cc c_tune_a72.ll     src/helpers.c -mtune=cortex-a72
cc c_gro.ll          src/helpers.c -mgeneral-regs-only
cc c_oa.ll           src/helpers.c -moutline-atomics
cc c_x18.ll          src/helpers.c -ffixed-x18
cc c_scs.ll          src/helpers.c -ffixed-x18 -fsanitize=shadow-call-stack
cc c_tiny.ll         src/helpers.c -mcmodel=tiny
cc c_large.ll        src/helpers.c -mcmodel=large -fno-pic

# ---- SME (C to C only; rustc cannot express SME function attributes) ----
cc sme_callee.ll     src/sme_callee.c -march=armv9-a+sme
cc sme_caller.ll     src/sme_caller.c -march=armv9-a+sme

# ---- Rust callers ----
T=(--target aarch64-unknown-linux-gnu)
rc rust_default.ll   "${T[@]}" src/caller.rs
rc rust_bti.ll       "${T[@]}" src/caller.rs -Zbranch-protection=bti,pac-ret
rc rust_pacret_leaf.ll "${T[@]}" src/caller.rs -Zbranch-protection=pac-ret,leaf
rc rust_a72.ll       "${T[@]}" src/caller.rs -Ctarget-cpu=cortex-a72
rc rust_tune_a72.ll  "${T[@]}" src/caller.rs -Ztune-cpu=cortex-a72
rc rust_noneon.ll    "${T[@]}" src/caller.rs -Ctarget-feature=-neon,-fp-armv8
rc rust_softfloat.ll --target aarch64-unknown-none-softfloat src/caller.rs
rc rust_no_oa.ll     "${T[@]}" src/caller.rs -Ctarget-feature=-outline-atomics
rc rust_x18.ll       "${T[@]}" src/caller.rs -Zfixed-x18
rc rust_scs.ll       "${T[@]}" src/caller.rs -Zfixed-x18 -Zsanitizer=shadow-call-stack
rc rust_sve.ll       "${T[@]}" src/caller.rs -Ctarget-feature=+sve
rc rust_cm_small.ll  "${T[@]}" src/caller.rs -Ccode-model=small
rc rust_cm_large.ll  "${T[@]}" src/caller.rs -Ccode-model=large -Crelocation-model=static

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
python3 ../tools/verdicts.py . -q
python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
