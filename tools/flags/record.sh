#!/bin/sh
# Records which compiler flags and target features exist in each compiler release irscope advises
# for, so FixFlagsTest can require every flag a fix names to exist in the release that built the
# unit (there is no -mno-cmov; crc32 is not a rustc target feature).
#   clang-NN.txt   every option clang-NN --help-hidden lists (name up to its first space; "=" and
#                  "<value>" kept), then "probed -mFEATURE" lines for x86 feature flags, which
#                  --help does not list: a flag is recorded when clang-NN accepts it.
#   rustc-CHANNEL-options.txt  the -C (and, nightly, -Z) option names rustc takes.
#   rustc-CHANNEL-TARGET.txt  rustc --print target-features --target TARGET: "rustc NAME" for the
#                  features rustc supports, "llvm NAME" for LLVM features rustc only passes on
#                  (unstable, warned about).
# Run from the repository root: sh tools/flags/record.sh
set -eu
out=src/main/resources/dev/irscope/flags
mkdir -p "$out"
feats=$(sed -n 's/^feature \([^ ]*\).*/\1/p' src/main/resources/dev/irscope/subtarget/x86/llvm22.txt | grep -v '^@' | sort -u)
for v in 14 15 16 19 22; do
  f="$out/clang-$v.txt"
  {
    echo "# clang-$v --help-hidden option names ($(clang-$v --version | head -1)); probed x86 -m<feature> flags below"
    clang-$v --help-hidden | sed -n 's/^  \(-[^ ,]*\).*/\1/p' | sort -u
    # flags irscope's fixes name that --help-hidden does not list, recorded only if clang accepts them
    for flag in -fno-semantic-interposition -O1 -frounding-math -fdenormal-fp-math=ieee; do
      if clang-$v "$flag" -fsyntax-only -x c /dev/null >/dev/null 2>&1; then echo "probed $flag"; fi
    done
    for x in $feats; do
      for flag in "-m$x" "-mno-$x"; do
        if clang-$v --target=x86_64-linux-gnu "$flag" -fsyntax-only -x c /dev/null >/dev/null 2>&1; then echo "probed $flag"; fi
      done
    done
  } > "$f"
done
for ch in stable nightly; do
  if [ $ch = stable ]; then rc="rustc"; else rc="rustup run nightly rustc"; fi
  for t in x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu aarch64-unknown-none armv7-unknown-linux-gnueabihf \
           loongarch64-unknown-linux-gnu mips64el-unknown-linux-gnuabi64 mipsel-unknown-linux-gnu \
           powerpc64le-unknown-linux-gnu riscv64gc-unknown-linux-gnu s390x-unknown-linux-gnu wasm32-unknown-unknown; do
    f="$out/rustc-$ch-$t.txt"
    $rc --print target-features --target "$t" 2>/dev/null | awk -v ver="$($rc --version)" '
      BEGIN { print "# " ver " --print target-features (rustc: supported; llvm: LLVM-only, unstable)" }
      /^Features supported by rustc/ { kind = "rustc"; next }
      /^Code-generation features/ { kind = "llvm"; next }
      /^Use \+feature/ { kind = ""; next }
      kind != "" && $1 != "" && $2 == "-" { print kind " " $1 }' > "$f"
  done
done
# rustc's codegen (-C) and unstable (-Z, nightly) options: "-Cname" / "-Zname" per line.
for ch in stable nightly; do
  if [ $ch = stable ]; then rc="rustc"; else rc="rustup run nightly rustc"; fi
  {
    echo "# $($rc --version) -C help and -Z help option names"
    $rc -C help | sed -n 's/^ *-C *\([a-z0-9-]*\).*/-C\1/p'
    if [ $ch = nightly ]; then $rc -Z help | sed -n 's/^ *-Z *\([a-z0-9-]*\).*/-Z\1/p'; fi
  } > "$out/rustc-$ch-options.txt"
done
