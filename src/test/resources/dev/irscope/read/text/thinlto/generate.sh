#!/usr/bin/env bash
# Rebuilds the textual IR of ThinLTO and full-LTO bitcode that the text reader's summary tests
# read: what llvm-dis prints for the bitcode that real compilers write under LTO, summary
# entries (^N = module/gv/typeid/typeidCompatibleVTable/flags/blockcount) included.
# Run from anywhere: bash src/test/resources/dev/irscope/read/text/thinlto/generate.sh
# Needs clang-19, clang-22, llvm-dis-19, llvm-dis-22, ld.lld-22, rustc (stable, LLVM 22).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cd "$W"
cp "$HERE"/src/* .
MAP=(-ffile-prefix-map="$W"=/src)

# C, ThinLTO: a per-module summary (GLOBALVAL_SUMMARY_BLOCK), no ThinLTO module flag.
for v in 19 22; do
  clang-$v -O2 -flto=thin "${MAP[@]}" -c unit.c -o c_thin$v.bc
  llvm-dis-$v c_thin$v.bc -o "$HERE/c_thin$v.ll"
done
# C, full LTO: clang still writes a summary, in FULL_LTO_GLOBALVAL_SUMMARY_BLOCK, and sets the
# module flag ThinLTO = 0; llvm-dis prints the summary all the same.
for v in 19 22; do
  clang-$v -O2 -flto "${MAP[@]}" -c unit.c -o c_full$v.bc
  llvm-dis-$v c_full$v.bc -o "$HERE/c_full$v.ll"
done
# C++, ThinLTO with a split LTO unit (CFI needs it): one bitcode file, two modules; llvm-dis
# writes OUT.0 (the ThinLTO module) and OUT.1 (the regular LTO part, ThinLTO = 0).
clang++-22 -O2 -flto=thin -fvisibility=hidden -fwhole-program-vtables -fsanitize=cfi-vcall "${MAP[@]}" \
  -c vtables.cpp -o vtables.o
llvm-dis-22 vtables.o -o split.ll
mv split.ll.0 "$HERE/cxx_split22_0.ll"
mv split.ll.1 "$HERE/cxx_split22_1.ll"
# C++, ThinLTO without a split unit: typeidCompatibleVTable entries.
clang++-22 -O2 -flto=thin -fno-split-lto-unit -fvisibility=hidden -fwhole-program-vtables "${MAP[@]}" \
  -c vtables.cpp -o vt.bc
llvm-dis-22 vt.bc -o "$HERE/cxx_vtables22.ll"
# The combined index lld writes for a distributed ThinLTO build: summary entries only, with
# typeid entries (whole-program devirtualisation resolved a call).
clang++-22 -O2 -flto=thin -fvisibility=hidden -fwhole-program-vtables -fsanitize=cfi-vcall "${MAP[@]}" \
  -c main.cpp -o main.o
clang++-22 -flto=thin -fuse-ld=lld --ld-path="$(command -v ld.lld-22)" -fsanitize=cfi-vcall \
  -fwhole-program-vtables -Wl,--thinlto-index-only -o prog main.o vtables.o
llvm-dis-22 vtables.o.thinlto.bc -o "$HERE/cxx_index22.ll"
# Rust: -Clinker-plugin-lto objects are bitcode with a ThinLTO summary, whatever -Clto says.
rustc --crate-type=lib -O -Clinker-plugin-lto --emit=llvm-bc --remap-path-prefix="$W"=/src \
  crate.rs -o rust_thin.bc
llvm-dis-22 rust_thin.bc -o "$HERE/rust_thin.ll"
