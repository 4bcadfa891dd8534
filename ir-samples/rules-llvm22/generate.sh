#!/bin/bash
# Rebuilds every .ll of the rules-llvm22 set, expected.json (opt-19) and expected-llvm22.json (opt-22).
# Run from anywhere: bash ir-samples/rules-llvm22/generate.sh
# Needs clang-19, opt-19, llvm-link-19, opt-22, llvm-link-22, python3 and stable rustc.
#
# Issue 17 experiments (README.md says what each case shows):
#  - module flags are the linked module's: -fsemantic-interposition in one C unit (si*).
#  - which functions the link keeps: a function named only by a vtable or a table of pointers (keep*).
#  - cost-walk rules: a recursive call / taken block address behind a branch on an argument (walk).
#  - AArch64 SME by release: __arm_get_current_vg, ZT0, agnostic ZA, +execute-only (sme*).
#  - CPU names as each Subtarget resolves them; no triple = string comparison (cpu-*).
#  - remark text: llvm.localescape (MSVC SEH) is an "uninlinable intrinsic" on the cost path (seh*).
#  - AMDGPU: IEEE / DX10-clamp modes must agree (amdgpu*).
#  - every call site has its own verdict: C23 [[clang::noinline]] / [[clang::always_inline]] on calls (sites*).
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-19}
RUSTC=(${RUSTC:-rustc})
CFLAGS=(-O2 -g0 -ffile-prefix-map="$SET_DIR"/= -fdebug-compilation-dir=.)
RFLAGS=(--edition 2021 --emit=llvm-ir -Copt-level=2 -Cpanic=abort -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/=)
X86=(--target=x86_64-linux-gnu)

# ---- module flags of the linked module
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -fPIC -fsemantic-interposition -S -emit-llvm src/si.c -o si.ll
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -fPIC -S -emit-llvm src/si_plain.c -o si_plain.ll
"${RUSTC[@]}" --crate-type=lib --crate-name si_caller "${RFLAGS[@]}" -o si_caller.ll src/si_caller.rs

# ---- one verdict per call site
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -std=c23 -S -emit-llvm src/sites.c -o sites.ll
"${RUSTC[@]}" --crate-type=lib --crate-name sites_callee "${RFLAGS[@]}" -o sites_callee.ll src/sites_callee.rs
"${RUSTC[@]}" --crate-type=lib --crate-name sites_callee "${RFLAGS[@]}" -Ctarget-cpu=x86-64-v3 -o sites_callee_v3.ll src/sites_callee.rs

# ---- functions reached only through a global (a cdylib internalizes what it does not export)
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -S -emit-llvm src/keep.c -o keep.ll
"${RUSTC[@]}" --crate-type=cdylib --crate-name keep "${RFLAGS[@]}" -o keep_caller.ll src/keep.rs

# ---- cost-walk rules
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -S -emit-llvm src/walk.c -o walk.ll
"${RUSTC[@]}" --crate-type=lib --crate-name walk "${RFLAGS[@]}" -o walk_caller.ll src/walk.rs

# ---- AArch64 SME by release (C to C)
A64=(--target=aarch64-linux-gnu -march=armv9-a+sme2 -nostdinc)
"$CLANG" "${A64[@]}" "${CFLAGS[@]}" -S -emit-llvm src/sme22_callee.c -o sme22_callee.ll
"$CLANG" "${A64[@]}" "${CFLAGS[@]}" -S -emit-llvm src/sme22_caller.c -o sme22_caller.ll

# ---- CPU names per Subtarget (the caller units are edited to "generic" in cases.json: clang
#      does not write it for these targets, rustc does)
C=(-nostdinc)
"$CLANG" --target=powerpc64le-linux-gnu "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_callee.c -o cpu_ppc_callee.ll
"$CLANG" --target=powerpc64le-linux-gnu "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_caller.c -o cpu_ppc_caller.ll
"$CLANG" --target=mips64el-linux-gnuabi64 -mcpu=mips64 "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_callee.c -o cpu_mips64_callee.ll
"$CLANG" --target=mips64el-linux-gnuabi64 -mcpu=mips64 "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_caller.c -o cpu_mips64_caller.ll
"$CLANG" --target=mipsel-linux-gnu -mcpu=mips32 "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_callee.c -o cpu_mips32_callee.ll
"$CLANG" --target=mipsel-linux-gnu -mcpu=mips32 "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_caller.c -o cpu_mips32_caller.ll
"$CLANG" --target=loongarch64-linux-gnu "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_callee.c -o cpu_la_callee.ll
"$CLANG" --target=loongarch64-linux-gnu "${C[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_caller.c -o cpu_la_caller.ll
"$CLANG" "${X86[@]}" "${CFLAGS[@]}" -S -emit-llvm src/cpu_callee.c -o cpu_x86_callee.ll
"$CLANG" "${X86[@]}" -march=x86-64-v2 "${CFLAGS[@]}" -S -emit-llvm src/cpu_caller.c -o cpu_x86_v2.ll

# ---- remark text of uninlinable intrinsics (MSVC SEH: llvm.localescape)
"$CLANG" --target=x86_64-pc-windows-msvc "${CFLAGS[@]}" -S -emit-llvm src/seh.c -o seh.ll
"$CLANG" --target=x86_64-pc-windows-msvc "${CFLAGS[@]}" -S -emit-llvm src/seh_caller.c -o seh_caller.ll

# ---- AMDGPU mode registers
G=(--target=amdgcn-amd-amdhsa -mcpu=gfx900 -nogpulib)
"$CLANG" "${G[@]}" "${CFLAGS[@]}" -mno-amdgpu-ieee -fno-honor-nans -S -emit-llvm src/amdgpu_callee.c -o amdgpu_noieee.ll
"$CLANG" "${G[@]}" "${CFLAGS[@]}" -S -emit-llvm src/amdgpu_callee.c -o amdgpu_callee.ll
"$CLANG" "${G[@]}" "${CFLAGS[@]}" -S -emit-llvm src/amdgpu_caller.c -o amdgpu_caller.ll

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
python3 ../tools/verdicts.py "$SET_DIR"
python3 ../tools/verdicts.py "$SET_DIR" --llvm 22   # llvm-link-22 + opt-22 -> expected-llvm22.json
