#!/usr/bin/env bash
# Regenerate the tables of one LLVM release from an extracted source tree.
#   regen_release.sh <llvm-src-root> <version e.g. 19.1.7> <ref e.g. llvmorg-19.1.7> <llvm-tblgen> [target ...]
# Targets default to all nine.  The intermediate --dump-json output (~100 MB per
# target) goes to $TMPDIR and is deleted afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$1 ver=$2 ref=$3 tblgen=$4; shift 4
targets=${*:-X86 AArch64 ARM RISCV PowerPC SystemZ LoongArch WebAssembly Mips}
major=${ver%%.*}
declare -A arch=([X86]=x86 [AArch64]=aarch64 [ARM]=arm [RISCV]=riscv [PowerPC]=ppc [SystemZ]=systemz [LoongArch]=loongarch [WebAssembly]=webassembly [Mips]=mips)
for t in $targets; do
  if [ "$t" = LoongArch ] && [ ! -d "$src/llvm/lib/Target/LoongArch" ]; then echo "skip $t (not in $ver)"; continue; fi
  out=$here/../../src/main/resources/dev/irscope/subtarget/${arch[$t]}/llvm$major.txt
  js=$(mktemp "${TMPDIR:-/tmp}/tblgen-$t-$major-XXXX.json"); rm -f "$js"
  python3 "$here/gen_tables.py" --llvm-src "$src" --target "$t" --version "$ver" --ref "$ref" \
      --tblgen "$tblgen" --json "$js" --input-note "${INPUT_NOTE:-llvm-project source tree at $ref}" --out "$out"
  rm -f "$js"
  echo "wrote $out"
done
