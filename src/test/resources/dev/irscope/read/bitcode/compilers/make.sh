#!/usr/bin/env bash
# Regenerates the bitcode/text pairs of the bitcode reader's compiler tests (SampleBitcodeTest):
# each x.bc is what the compiler wrote, each x.ll what llvm-dis of the same LLVM prints for it.
# Needs clang-14 15 16 19 22, llvm-dis-14 15 16 19 22, rustc (stable, LLVM 22) and rustup nightly.
set -euo pipefail
cd "$(dirname "$0")"
rm -f ./*.bc ./*.ll ./*.bcm
for v in 14 15 16 19 22; do
  clang-$v -O2 -c -emit-llvm calls.c -o c$v.bc
  clang-$v -O1 -c -emit-llvm -flto=thin calls.c -o c${v}_thin.bc
  clang-$v -O2 -c -flto eh.cpp -o cxx${v}_full.bc
done
clang-19 -O0 -g -c -emit-llvm calls.c -o c19_g.bc
clang-14 -x c++ -O1 -fsanitize=function -c -emit-llvm san.cpp -o c14_san.bc
rustc -O --crate-type=lib --emit=llvm-bc -Ccodegen-units=1 lib.rs -o rust_stable.bc
rustc -O --crate-type=lib --emit=obj -Clinker-plugin-lto -Ccodegen-units=1 lib.rs -o rust_plugin_lto.bc
rustup run nightly rustc -O --crate-type=lib --emit=llvm-bc -Ccodegen-units=1 lib.rs -o rust_nightly.bc
for f in ./*.bc; do
  case $f in
    ./c14*|./cxx14*) dis=llvm-dis-14 ;; ./c15*|./cxx15*) dis=llvm-dis-15 ;; ./c16*|./cxx16*) dis=llvm-dis-16 ;;
    ./c19*|./cxx19*) dis=llvm-dis-19 ;; *) dis=llvm-dis-22 ;;
  esac
  $dis "$f" -o "${f%.bc}.ll"
done
# Several modules in one stream (a shared string table after them), as llvm-cat -b writes it.
llvm-cat-19 -b c19.bc cxx19_full.bc -o multi19.bcm
