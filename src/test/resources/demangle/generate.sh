#!/usr/bin/env bash
# Regenerates the reference demangling tables used by DemanglerTest.
#
# Each *.tsv line is:  <mangled symbol> TAB <reference demangling>
# The reference is GNU c++filt (binutils 2.40) run as `c++filt -i`, i.e. without
# DMGL_VERBOSE, which for Rust gives rustc-demangle's alternate `{:#}` format
# (legacy: no trailing ::h<hash>; v0: no [crate-hash], no const type suffixes)
# and for C++ gives the short std:: abbreviations (std::string, std::ostream).
# Where irscope deliberately differs from c++filt, the expected value is in
# overrides.tsv (symbol TAB expected TAB reason), which this script does not touch.
#
# Symbol sources (all produced on the machine that runs this script):
#   rust_legacy.tsv  _ZN… symbols of src/sample_main.rs built by stable rustc
#                    (legacy mangling is stable's default), -Copt-level=0
#   rust_v0.tsv      _R… symbols of the same program built by nightly rustc with
#                    -Csymbol-mangling-version=v0, plus the _R… symbols that the
#                    stable std links into the legacy build, plus a fixed-seed
#                    sample of librustc_driver's exported symbols
#   cpp.tsv          _Z… / _GLOBAL_… symbols of src/sample.cpp built by g++ and
#                    clang++-19 at -O0 and -O2 (the -O2 builds add .cold/.isra
#                    clones), plus a fixed-seed sample of libstdc++.so.6 and
#                    libLLVM-19 exports
#
# Requirements: rustc (stable) and a nightly toolchain via rustup, g++, clang++-19,
# nm, c++filt, shuf.  Run from anywhere:  bash src/test/resources/demangle/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seeded() { openssl enc -aes-256-ctr -pass pass:"$1" -nosalt </dev/zero 2>/dev/null; }
sample() { shuf -n "$1" --random-source=<(seeded "$2"); }
syms() { nm "$@" 2>/dev/null | awk 'NF>=2 {print $NF}'; }
# Dynamic symbols without the @VERSION / @@VERSION suffix nm shows for versioned exports.
dsyms() { nm -D --defined-only "$@" 2>/dev/null | awk 'NF>=2 {print $NF}' | sed 's/@.*//'; }

# table IN OUT: symbol TAB `c++filt -i` output, one line per input symbol.
table() {
  local in="$1" out="$2"
  c++filt -i <"$in" >"$work/dem"
  paste "$in" "$work/dem" >"$out"
  echo "$(wc -l <"$out") lines -> $(basename "$out")"
}

# --- Rust ---
rustc --edition 2021 -Copt-level=0 -Cdebuginfo=0 -Ccodegen-units=4 \
  "$here/src/sample_main.rs" -o "$work/legacy" 2>/dev/null
rustup run nightly rustc --edition 2021 -Copt-level=0 -Cdebuginfo=0 -Ccodegen-units=4 \
  -Zunstable-options -Csymbol-mangling-version=v0 \
  "$here/src/sample_main.rs" -o "$work/v0" 2>/dev/null

syms "$work/legacy" | grep -E '^_ZN.*17h[0-9a-f]{16}E' | LC_ALL=C sort -u >"$work/legacy.txt"
{
  syms "$work/v0" "$work/legacy" | grep -E '^_R' | LC_ALL=C sort -u
  driver="$(ls "$(rustc --print sysroot)"/lib/librustc_driver-*.so | head -1)"
  dsyms "$driver" | grep -E '^_R' | LC_ALL=C sort -u | sample 1500 rustc-driver
} | LC_ALL=C sort -u >"$work/v0.txt"
table "$work/legacy.txt" "$here/rust_legacy.tsv"
table "$work/v0.txt" "$here/rust_v0.tsv"

# --- C++ ---
for cxx in g++ clang++-19; do
  for o in O0 O2; do
    "$cxx" -std=c++17 "-$o" -c "$here/src/sample.cpp" -o "$work/cpp-$cxx-$o.o"
  done
done
{
  syms "$work"/cpp-*.o | grep -E '^(_Z|_GLOBAL__)' | grep -v '^_GLOBAL_OFFSET_TABLE_$' | LC_ALL=C sort -u
  dsyms /usr/lib/x86_64-linux-gnu/libstdc++.so.6 | grep -E '^_Z' | LC_ALL=C sort -u | sample 700 libstdcxx
  llvm="$(ls /usr/lib/llvm-19/lib/libLLVM*.so* 2>/dev/null | head -1 || true)"
  if [ -n "$llvm" ]; then dsyms "$llvm" | grep -E '^_Z' | LC_ALL=C sort -u | sample 800 libllvm; fi
} | LC_ALL=C sort -u >"$work/cpp.txt"
table "$work/cpp.txt" "$here/cpp.tsv"
