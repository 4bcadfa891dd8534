#!/bin/bash
# Rebuilds the lto-rust-c set: a real cross-language LTO build (C with clang-22
# -flto=thin / -flto, a Rust crate with rustc -Clinker-plugin-lto), the bitcode
# the linker reads, its llvm-dis-22 text, LLVM 22's verdicts on the merged
# bitcode (expected-llvm22.json) and what a real ld.lld-22 link inlined
# (lld-link.json).
# Run from anywhere: bash ir-samples/lto-rust-c/generate.sh
# Needs clang-22, llvm-dis-22, llvm-link-22, opt-22, ld.lld-22 (clang-22
# -fuse-ld=lld), llvm-ar-22, llvm-objcopy-22, llvm-cat-22, python3 and stable
# rustc 1.95 (LLVM 22), nightly rustc (kernel variant). No network, no cargo
# dependencies.
set -euo pipefail
SET_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SET_DIR"
CLANG=${CLANG:-clang-22}
RUSTC=(${RUSTC:-rustc})
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/lto-rust-c.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# ---------------------------------------------------------------- C side ----
# Plain userspace clang -O2; relative source path + prefix maps so nothing of
# this machine lands in the objects.
CFLAGS=(--target=x86_64-linux-gnu -O2 -g0 -ffile-prefix-map="$SET_DIR"/= -fdebug-compilation-dir=.)
"$CLANG" "${CFLAGS[@]}" -flto=thin -c src/helpers.c -o c_thin.o   # ThinLTO bitcode (with summary)
"$CLANG" "${CFLAGS[@]}" -flto      -c src/helpers.c -o c_full.o   # full (regular) LTO bitcode

# ------------------------------------------------------------- Rust side ----
# Stable rustc, one codegen unit, paths remapped. The crate is called directly
# (no cargo), so the exact flags are these; the cargo equivalent would be
# RUSTFLAGS="-Clinker-plugin-lto" cargo build --release with codegen-units = 1.
RFLAGS=(--edition 2021 -Copt-level=2 -Ccodegen-units=1 --remap-path-prefix="$SET_DIR"/=)
# rlib whose .rcgu.o member is raw LLVM bitcode (ThinLTO summary included)
"${RUSTC[@]}" "${RFLAGS[@]}" --crate-type=rlib --crate-name ltodemo -Clinker-plugin-lto \
  src/lib.rs -o libltodemo.rlib
# the same crate, default flags: the .rcgu.o member is an ELF object whose
# .llvmbc section holds the bitcode (-Cembed-bitcode=yes is rustc's default for rlibs)
"${RUSTC[@]}" "${RFLAGS[@]}" --crate-type=rlib --crate-name ltodemo_embed \
  src/lib.rs -o libltodemo_embed.rlib

# Extract the bitcode the linker reads: the rlib member as is, and the
# .llvmbc section of the ELF member.
member() { llvm-ar-22 t "$1" | grep '\.rcgu\.o$'; }
( cd "$SCRATCH" && llvm-ar-22 x "$SET_DIR/libltodemo.rlib" "$(member "$SET_DIR/libltodemo.rlib")" )
cp "$SCRATCH/$(member libltodemo.rlib)" rust_lto.bc
( cd "$SCRATCH" && llvm-ar-22 x "$SET_DIR/libltodemo_embed.rlib" "$(member "$SET_DIR/libltodemo_embed.rlib")" )
llvm-objcopy-22 --dump-section .llvmbc=rust_embed.bc "$SCRATCH/$(member libltodemo_embed.rlib)" "$SCRATCH/discard.o"

# ------------------------------------------------------ text for reference ----
# X.dis = llvm-dis-22 X.{o,bc}, complete (ThinLTO summary entries "^N = ..."
# included). X.ll = the same text without the summary-entry lines: irscope's
# text reader refuses them today (issue 15), and every .ll of ir-samples is read
# by the test suite. Nothing else differs.
dis() { # dis BITCODE STEM
  llvm-dis-22 "$1" -o "$2.dis"
  grep -v '^\^[0-9]* = ' "$2.dis" | cat -s > "$2.ll"
}
dis c_thin.o c_thin
dis c_full.o c_full
dis rust_lto.bc rust_lto
dis rust_embed.bc rust_embed

# ------------------------------------------- container inputs (reader tests) ----
mkdir -p containers
rm -f containers/libhelpers.a containers/libhelpers_thin.a
llvm-ar-22 rcD containers/libhelpers.a c_thin.o                 # GNU ar, one bitcode member
llvm-ar-22 rcDT containers/libhelpers_thin.a c_thin.o c_full.o  # thin archive: member paths only (as kbuild's built-in.a)
# bitcode wrapper header (0x0B17C0DE): what clang writes for Darwin targets
"$CLANG" --target=x86_64-apple-macos11 -ffreestanding -O2 -g0 -ffile-prefix-map="$SET_DIR"/= \
  -fdebug-compilation-dir=. -flto=thin -c src/helpers.c -o containers/c_thin_darwin.o
# two modules in one bitcode file
llvm-cat-22 -b -o containers/two_modules.bc c_thin.o rust_lto.bc

# ------------------------------------------------------- the real lld link ----
# A binary (src/main.rs) linked by rustc through clang-22 -fuse-ld=lld, the C
# object on the link line; lld runs LTO and writes its inline remarks per LTO
# task (task 0 = the regular/full LTO module, task N>0 = ThinLTO backend N).
link() { # link VARIANT C_OBJECT
  local v=$1 obj=$2
  local cmd=("${RUSTC[@]}" "${RFLAGS[@]}" --crate-type=bin --crate-name demo -Clinker-plugin-lto
    -Clinker="$CLANG" -Clink-arg=-fuse-ld=lld --extern ltodemo=libltodemo.rlib
    -Clink-arg="$obj" -Clink-arg=-Wl,--thinlto-jobs=1
    -Clink-arg=-Wl,--plugin-opt=opt-remarks-filename="$SCRATCH/$v.yaml"
    -Clink-arg=-Wl,--plugin-opt=opt-remarks-passes=inline
    src/main.rs -o "$SCRATCH/demo_$v")
  "${cmd[@]}"
  echo "${cmd[*]}" | sed "s#$SCRATCH#<scratch>#g; s#$SET_DIR/#<set>/#g" > "$SCRATCH/$v.cmd"
  "$SCRATCH/demo_$v" a b > "$SCRATCH/$v.run"
}
link thin c_thin.o
link full c_full.o

# ------------------------------------------------------- kernel-style variant ----
# Sources: ../linux-helpers-x86_64/src/ (shared with that set): the kernel's rust_helper_*
# C helpers and Rust code calling them. C: the x86_64 kernel's clang flags (as in
# ../linux-helpers-x86_64/generate.sh) plus CONFIG_LTO_CLANG_THIN's CC_FLAGS_LTO
# from the top-level Makefile (-flto=thin -fsplit-lto-unit -fvisibility=hidden).
KCFLAGS=(
  --target=x86_64-linux-gnu -O2 -std=gnu11 -nostdinc
  -fno-common -fno-PIE -fshort-wchar -fno-strict-aliasing
  -fno-delete-null-pointer-checks -fno-builtin-wcslen
  -mno-sse -mno-mmx -mno-sse2 -mno-avx -mno-80387
  -mcmodel=kernel -mno-red-zone
  -mretpoline-external-thunk -mfunction-return=thunk-extern
  -fcf-protection=branch -fstack-protector-strong -fno-asynchronous-unwind-tables
  -g0 -ffile-prefix-map="$SET_DIR"/= -fdebug-compilation-dir=.
  -flto=thin -fsplit-lto-unit -fvisibility=hidden
)
"$CLANG" "${KCFLAGS[@]}" -c ../linux-helpers-x86_64/src/helpers.c -o k_helpers.o
"$CLANG" "${KCFLAGS[@]}" -DRUST_HELPER_ALWAYS -c ../linux-helpers-x86_64/src/helpers.c -o k_helpers_always.o
# Rust: the kernel's rustc flags (as in ../linux-helpers-x86_64/generate.sh), nightly
# (custom target JSON, #![no_core], -Z flags), plus -Clinker-plugin-lto and
# --emit=obj as kbuild emits Rust objects: k_rust.o is raw bitcode.
RUSTC_NIGHTLY=(${RUSTC_NIGHTLY:-rustup run nightly rustc})
KRFLAGS=(
  --target ../linux-helpers-x86_64/src/target.json -Zunstable-options
  --crate-name kernel --edition 2021 --emit=obj
  -Copt-level=2 -Ccodegen-units=1 -Cpanic=abort
  -Crelocation-model=static -Cno-redzone=y -Cforce-unwind-tables=n
  -Csymbol-mangling-version=v0 -Ccode-model=kernel
  -Zfunction-return=thunk-extern -Zcf-protection=branch
  -Ainternal_features --remap-path-prefix="$SET_DIR"/=
  -Clinker-plugin-lto
)
"${RUSTC_NIGHTLY[@]}" "${KRFLAGS[@]}" -o k_rust.o ../linux-helpers-x86_64/src/kernel.rs
dis k_helpers.o k_helpers
dis k_helpers_always.o k_helpers_always
dis k_rust.o k_rust
# linked like vmlinux.o under LTO: ld.lld -r; the kernel adds -mllvm -import-instr-limit=5
klink() { # klink VARIANT C_OBJECT [EXTRA LD FLAGS...]
  local v=$1 obj=$2; shift 2
  local cmd=(ld.lld-22 -r "$@" --thinlto-jobs=1
    --plugin-opt=opt-remarks-filename="$SCRATCH/$v.yaml" --plugin-opt=opt-remarks-passes=inline
    k_rust.o "$obj" -o "$SCRATCH/vmlinux_$v.o")
  "${cmd[@]}"
  echo "${cmd[*]}" | sed "s#$SCRATCH#<scratch>#g; s#$SET_DIR/#<set>/#g" > "$SCRATCH/$v.cmd"
}
klink kernel k_helpers.o -mllvm -import-instr-limit=5
klink kernel-nolimit k_helpers.o
klink kernel-always k_helpers_always.o -mllvm -import-instr-limit=5

python3 record_link.py "$SCRATCH" > lld-link.json

# ------------------------------------------------ ground truth + bitcode map ----
python3 ../tools/assemble.py .   # bitcode.json (all units here are compiler bitcode: bitcode-extra.json)
python3 ../tools/verdicts.py . --llvm 22 --clang "$CLANG" -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
