#!/bin/bash
# Rebuilds every .ll of the linux-helpers-x86_64 set and expected.json.
# Run from anywhere: bash ir-samples/linux-helpers-x86_64/generate.sh
# Needs clang-19, opt-19, llvm-link-19, llvm-as-19, opt-22, llvm-link-22, llvm-as-22, python3 and a nightly rustc
# (`rustup run nightly rustc`; custom target JSON, #![no_core], -Z flags).
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-19}
RUSTC_NIGHTLY=(${RUSTC_NIGHTLY:-rustup run nightly rustc})

# --- C: the x86_64 kernel's clang flags (arch/x86/Makefile + top Makefile) ---
KCFLAGS=(
  --target=x86_64-linux-gnu -O2 -std=gnu11 -nostdinc
  -fno-common -fno-PIE -fshort-wchar -fno-strict-aliasing
  -fno-delete-null-pointer-checks      # -> null_pointer_is_valid
  -fno-builtin-wcslen                  # -> "no-builtin-wcslen"
  -mno-sse -mno-mmx -mno-sse2 -mno-avx -mno-80387
  -mcmodel=kernel -mno-red-zone
  -mretpoline-external-thunk -mfunction-return=thunk-extern
  -fcf-protection=branch
  -fstack-protector-strong -fno-asynchronous-unwind-tables
  -g0 -ffile-prefix-map="$SET_DIR"/=
)
c_ir() { "$CLANG" "${KCFLAGS[@]}" "$@" -S -emit-llvm src/helpers.c; }
c_ir                                   -o helpers.ll
c_ir -fsanitize=kcfi                   -o helpers_kcfi.ll
c_ir -DRUST_HELPER_ALWAYS              -o helpers_always.ll
c_ir -DRUST_HELPER_ALWAYS -fsanitize=kcfi -o helpers_always_kcfi.ll

# --- Rust: the way the kernel builds Rust (rust/Makefile, arch/x86/Makefile) ---
# src/target.json = what scripts/generate_rust_target.rs writes for x86_64.
RFLAGS=(
  --target src/target.json -Zunstable-options
  --crate-name kernel --edition 2021 --emit=llvm-ir
  -Copt-level=2 -Ccodegen-units=1 -Cpanic=abort
  -Crelocation-model=static -Cno-redzone=y -Cforce-unwind-tables=n
  -Csymbol-mangling-version=v0
  -Zfunction-return=thunk-extern -Zcf-protection=branch
  -Ainternal_features --remap-path-prefix="$SET_DIR"/=
)
rust_ir() { "${RUSTC_NIGHTLY[@]}" "${RFLAGS[@]}" "$@" src/kernel.rs; }
rust_ir -Ccode-model=kernel                      -o rust_kernel.ll
rust_ir -Ccode-model=kernel -Zsanitizer=kcfi     -o rust_kernel_kcfi.ll
# real rustc flags that align the target with clang's x86-64 (rustc warns that
# cmov/cx8 are "unknown and unstable" features but passes them through)
rust_ir -Ccode-model=kernel -Ctarget-cpu=x86-64 -Ctarget-feature=+cmov,+cx8,+fxsr -o rust_kernel_cpu.ll
# no -Ccode-model at all: rustc then writes no "Code Model" module flag
rust_ir                                          -o rust_defcm.ll
# explicit -Ccode-model=small -> "Code Model"=1 vs clang's 2: llvm-link error
rust_ir -Ccode-model=small                       -o rust_smallcm.ll

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
python3 ../tools/verdicts.py "$SET_DIR" "$@"
python3 ../tools/verdicts.py "$SET_DIR" --llvm 22 "$@"   # llvm-link-22 + opt-22 -> expected-llvm22.json
