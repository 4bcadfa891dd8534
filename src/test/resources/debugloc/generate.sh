#!/usr/bin/env bash
# Regenerates the -g units of DebugLocTest and what LLVM's own remark writer says about them.
# clang-19 and rustc 1.95 (LLVM 22), compiled from src/ with the build directory recorded as /src,
# so the DIFiles read filename "sub/helper.c", directory "/src"; opt-19 writes remarks.yaml.
set -euo pipefail
cd "$(dirname "$0")"
cd src
clang-19 -g -O1 -Xclang -disable-llvm-passes -fdebug-compilation-dir=/src -S -emit-llvm sub/helper.c -o ../helper.ll
clang-19 -g -O1 -Xclang -disable-llvm-passes -fdebug-compilation-dir=/src -S -emit-llvm caller.c -o ../caller.ll
rustc --crate-type=lib -g -C opt-level=0 --remap-path-prefix="$PWD=/src" --emit=llvm-ir rcaller.rs -o ../rcaller.ll
cd ..
llvm-link-19 helper.ll caller.ll -o linked.bc
opt-19 -passes='cgscc(inline)' -pass-remarks-missed=inline -pass-remarks-output=remarks.yaml linked.bc -disable-output
rm -f linked.bc
