#!/bin/bash
# Rebuilds every .ll of the rules-extra set and expected.json.
# Run from anywhere: bash ir-samples/rules-extra/generate.sh
# Needs clang-19, opt-19, llvm-link-19, llvm-as-19, opt-22, llvm-link-22, llvm-as-22, python3 and stable rustc.
#
# Rules the other sets do not reach:
#  - body.recursive: a callee that calls its caller back (cost path: "recursive"),
#    and a self-recursive always_inline callee (always path: "recursive call").
#  - callsite.alias: a call that names an alias is not a direct call; LLVM prints no remark.
#  - compat.branch-protection-pauth-lr: -mbranch-protection=pac-ret+pc on one AArch64 unit.
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-19}
RUSTC=(${RUSTC:-rustc})
CFLAGS=(-O2 -g0 -ffile-prefix-map="$SET_DIR"/= -fdebug-compilation-dir=.)

"$CLANG" --target=x86_64-linux-gnu "${CFLAGS[@]}" -S -emit-llvm src/recur.c -o recur.ll
"${RUSTC[@]}" --crate-type=lib --crate-name caller --edition 2021 --emit=llvm-ir -Copt-level=2 \
  -Cpanic=abort -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/= -o recur_caller.ll src/caller.rs

"$CLANG" --target=x86_64-linux-gnu "${CFLAGS[@]}" -S -emit-llvm src/alias.c -o alias.ll
"${RUSTC[@]}" --crate-type=lib --crate-name alias_caller --edition 2021 --emit=llvm-ir -Copt-level=2 \
  -Cpanic=abort -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/= -o alias_caller.ll src/alias_caller.rs

A64=(--target=aarch64-linux-gnu -march=armv9.5-a)
"$CLANG" "${A64[@]}" "${CFLAGS[@]}" -mbranch-protection=pac-ret -S -emit-llvm src/pauth.c -o pauth_pacret.ll
"$CLANG" "${A64[@]}" "${CFLAGS[@]}" -mbranch-protection=pac-ret+pc -S -emit-llvm src/pauth_leaf.c -o pauth_leaf_pc.ll
"$CLANG" "${A64[@]}" "${CFLAGS[@]}" -mbranch-protection=pac-ret -S -emit-llvm src/pauth_leaf.c -o pauth_leaf_pacret.ll

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
python3 ../tools/verdicts.py "$SET_DIR"
python3 ../tools/verdicts.py "$SET_DIR" --llvm 22   # llvm-link-22 + opt-22 -> expected-llvm22.json
