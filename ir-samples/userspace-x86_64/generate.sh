#!/bin/bash
# Rebuilds every .ll of the userspace-x86_64 set and expected.json.
# Run from anywhere: bash ir-samples/userspace-x86_64/generate.sh
# Needs clang-19, opt-19, llvm-link-19, llvm-as-19, opt-22, llvm-link-22, llvm-as-22, python3, stable rustc, nightly rustc
# (only for -Zsanitizer=address / -Ztune-cpu).
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-19}
RUSTC=(${RUSTC:-rustc})
RUSTC_NIGHTLY=(${RUSTC_NIGHTLY:-rustup run nightly rustc})

# C: plain userspace build, only -O2 and the target spelled out.
CFLAGS=(--target=x86_64-linux-gnu -O2 -g0 -ffile-prefix-map="$SET_DIR"/=)
c_ir() { "$CLANG" "${CFLAGS[@]}" "$@" -S -emit-llvm src/ulib.c; }
c_ir                         -o ulib.ll
c_ir -march=haswell          -o ulib_haswell.ll
c_ir -mavx2                  -o ulib_avx2.ll
c_ir -mtune=znver3           -o ulib_tune_znver3.ll
c_ir -fsanitize=address      -o ulib_asan.ll
c_ir -fno-builtin            -o ulib_nobuiltin.ll

# Rust: stable rustc, default flags except -Copt-level=2 and one CGU.
RFLAGS=(--crate-type=lib --crate-name user --edition 2021 --emit=llvm-ir
        -Copt-level=2 -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/=)
"${RUSTC[@]}" "${RFLAGS[@]}"                          -o user.ll         src/user.rs
"${RUSTC[@]}" "${RFLAGS[@]}" -Ctarget-cpu=haswell     -o user_haswell.ll src/user.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" -Zsanitizer=address -o user_asan.ll src/user.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" -Ztune-cpu=znver3  -o user_tune_znver3.ll src/user.rs

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
python3 ../tools/verdicts.py "$SET_DIR" "$@"
python3 ../tools/verdicts.py "$SET_DIR" --llvm 22 "$@"   # llvm-link-22 + opt-22 -> expected-llvm22.json
