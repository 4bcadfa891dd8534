#!/usr/bin/env bash
# Regenerates the container fixtures of ContainersTest from the sources in src/ with real
# tools (clang-22, llvm-ar-22, llvm-cat-22, binutils ar, rustc). Run from this folder:
#   bash make.sh
# Every file is small (< 50 KB); the tests read them as a user's build tree would be read.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf out && mkdir -p out/drivers out/tree/lib out/tree/obj
S=src
CC="clang-22 -O1 -g0 -fno-asynchronous-unwind-tables"

# Raw bitcode: ThinLTO (with a summary) and full LTO (without).
$CC -c -flto=thin $S/a.c -o out/thin_a.o
$CC -c -flto $S/b.c -o out/full_b.o
# ELF objects without bitcode: not part of LTO.
$CC -c $S/c.c -o out/plain_c.o
# ELF with the bitcode embedded in .llvmbc (64-bit LE, 32-bit LE, 32-bit BE, 64-bit BE).
$CC -c -fembed-bitcode $S/d.c -o out/embed_d.o
$CC --target=i386-linux-gnu -c -fembed-bitcode $S/d.c -o out/embed32_d.o
$CC --target=powerpc-linux-gnu -c -fembed-bitcode $S/d.c -o out/embed32be_d.o
$CC --target=s390x-linux-gnu -c -fembed-bitcode $S/d.c -o out/embed64be_d.o
# FatLTO: machine code plus the bitcode in .llvm.lto.
$CC -c -flto=thin -ffat-lto-objects $S/e.c -o out/fat_e.o
# The bitcode wrapper header (what clang writes for Darwin targets).
$CC --target=x86_64-apple-macosx11 -c -flto $S/a.c -o out/wrapped_a.bc
# Mach-O with the bitcode embedded in __LLVM,__bitcode (64-bit and 32-bit).
$CC --target=arm64-apple-macosx11 -c -fembed-bitcode $S/d.c -o out/macho_embed_d.o
$CC --target=i386-apple-macosx10.6 -c -fembed-bitcode $S/d.c -o out/macho32_embed_d.o
# Mach-O and COFF objects without bitcode.
$CC --target=x86_64-apple-macosx11 -c $S/c.c -o out/macho_c.o
$CC --target=x86_64-pc-windows-msvc -mno-incremental-linker-compatible -c $S/c.c -o out/coff_c.obj
# Several modules in one file.
llvm-cat-22 -b out/thin_a.o out/full_b.o -o out/multi.bc

# Archives. GNU ar (binutils): a symbol table '/' and a '//' long-name table.
cp out/thin_a.o out/a_member_with_a_long_name.o
cp out/plain_c.o out/c_member_with_a_long_name.o
(cd out && ar rcs gnu.a a_member_with_a_long_name.o c_member_with_a_long_name.o embed_d.o)
# BSD format (#1/N names) by llvm-ar.
(cd out && llvm-ar-22 --format=bsd rcs bsd.a a_member_with_a_long_name.o full_b.o)
# llvm-ar's own GNU format, with its symbol table over bitcode.
(cd out && llvm-ar-22 rcs llvm.a thin_a.o full_b.o plain_c.o)
# Thin archives as kbuild makes them: members are paths relative to the archive's folder.
cp out/thin_a.o out/drivers/foo.o
cp out/full_b.o out/drivers/bar.o
(cd out && llvm-ar-22 rcs --thin built-in.a drivers/foo.o drivers/bar.o)
(cd out && ar rcsT gnu-thin.a drivers/foo.o plain_c.o)
# A thin archive whose member lies outside its folder (lib/../obj): refused, see ArReader.
cp out/full_b.o out/tree/obj/b.o
(cd out/tree && llvm-ar-22 rcs --thin lib/escape.a obj/b.o)

# rlibs: -Clinker-plugin-lto members are raw bitcode; default members are ELF with .llvmbc.
RUSTC="rustc --edition=2021 --crate-type=rlib -Copt-level=1 -Cpanic=abort -Cdebuginfo=0 -Ccodegen-units=1"
$RUSTC -Clinker-plugin-lto --crate-name plugin $S/lib.rs -o out/libplugin.rlib
$RUSTC --crate-name embedded $S/lib.rs -o out/libembedded.rlib

# Compressed and nested forms.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C out -cf - thin_a.o bsd.a libplugin.rlib | gzip -n > out/tree.tgz
rm out/a_member_with_a_long_name.o out/c_member_with_a_long_name.o
for f in out/* out/*/* out/*/*/*; do [ -f "$f" ] || continue
  n=$(stat -c %s "$f"); [ "$n" -lt 51200 ] || { echo "$f is $n bytes" >&2; exit 1; }; done
ls -l out
