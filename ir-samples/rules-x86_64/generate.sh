#!/bin/bash
# Rebuilds every .ll of the rules-x86_64 set, cases.json and expected.json.
# Run from anywhere: bash ir-samples/rules-x86_64/generate.sh
# Needs clang-19, clang++-19, opt-19, llvm-link-19, python3, stable rustc and
# nightly rustc (for -Zsanitizer=... and #[optimize(none)]).
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-19}
CLANGXX=${CLANGXX:-clang++-19}
RUSTC=(${RUSTC:-rustc})
RUSTC_NIGHTLY=(${RUSTC_NIGHTLY:-rustup run nightly rustc})

# ---- C callees: plain userspace clang -O2, one unit per rule ----
CFLAGS=(--target=x86_64-linux-gnu -O2 -g0 -ffile-prefix-map="$SET_DIR"/= -fdebug-compilation-dir=.)
c_ir() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -S -emit-llvm src/callee.c -o "$out"; }
c_ir callee.ll
c_ir callee_asan.ll           -fsanitize=address
c_ir callee_tsan.ll           -fsanitize=thread
c_ir callee_msan.ll           -fsanitize=memory
c_ir callee_hwasan.ll         -fsanitize=hwaddress
c_ir callee_safestack.ll      -fsanitize=safe-stack
c_ir callee_scs.ll            -fsanitize=shadow-call-stack
c_ir callee_nsan.ll           -fsanitize=numerical
c_ir callee_sampleprof.ll     -fprofile-sample-use=src/callee.prof
c_ir callee_noprofile.ll      '-DATTR=__attribute__((no_profile_instrument_function))'
c_ir callee_denormal.ll       -fdenormal-fp-math=preserve-sign
c_ir callee_denormal_f32.ll   -Xclang -fdenormal-fp-math-f32=preserve-sign
c_ir callee_denormal_dyn.ll   -fdenormal-fp-math=dynamic
c_ir callee_strictfp.ll       -ffp-exception-behavior=strict
c_ir callee_nobuiltin.ll      -fno-builtin
c_ir callee_nobuiltin_memcpy.ll -fno-builtin-memcpy
c_ir callee_nullptr.ll        -fno-delete-null-pointer-checks
c_ir callee_noinline.ll       '-DATTR=__attribute__((noinline))'
c_ir callee_always_nullptr.ll '-DATTR=__attribute__((always_inline))' -fno-delete-null-pointer-checks
c_ir callee_always_haswell.ll '-DATTR=__attribute__((always_inline))' -march=haswell
c_ir callee_always_tsan.ll    '-DATTR=__attribute__((always_inline))' -fsanitize=thread
c_ir callee_weak.ll           '-DATTR=__attribute__((weak))'
c_ir callee_semint.ll         -fPIC -fsemantic-interposition
c_ir callee_avx2.ll           -mavx2
c_ir callee_tune_haswell.ll   -mtune=haswell
c_ir callee_tune_znver3.ll    -mtune=znver3
c_ir callee_sspstrong.ll      -fstack-protector-strong
c_ir callee_stackclash.ll     -fstack-clash-protection
c_ir callee_nojumptables.ll   -fno-jump-tables
c_ir callee_noredzone.ll      -mno-red-zone
c_ir callee_framepointer.ll   -fno-omit-frame-pointer
c_ir callee_nouwtable.ll      -fno-asynchronous-unwind-tables -fno-unwind-tables
c_ir callee_retthunk.ll       -mfunction-return=thunk-extern
"$CLANG" "${CFLAGS[@]}" -S -emit-llvm src/body.c -o body.ll
"$CLANGXX" "${CFLAGS[@]}" -fexceptions -S -emit-llvm src/cxx.cpp -o cxx.ll

# ---- Rust callers: stable rustc -Copt-level=2, default flags ----
RFLAGS=(--crate-type=lib --crate-name caller --edition 2021 --emit=llvm-ir
        -Copt-level=2 -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/=)
"${RUSTC[@]}" "${RFLAGS[@]}"                       -o caller.ll         src/caller.rs
"${RUSTC[@]}" "${RFLAGS[@]}" -Ctarget-cpu=haswell  -o caller_haswell.ll src/caller.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" --cfg optnone_caller -o caller_optnone.ll src/caller.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" -Zsanitizer=address  -o caller_asan.ll src/caller.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" -Zsanitizer=thread -Cunsafe-allow-abi-mismatch=sanitizer -o caller_tsan.ll src/caller.rs
"${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" -Zsanitizer=memory -Cunsafe-allow-abi-mismatch=sanitizer -o caller_msan.ll src/caller.rs

# cases.json depends on the exact text of the units (edit find strings)
python3 make_cases.py > cases.json
python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
python3 ../tools/verdicts.py "$SET_DIR" "$@"
python3 ../tools/verdicts.py "$SET_DIR" --llvm 22 "$@"   # llvm-link-22 + opt-22 -> expected-llvm22.json
