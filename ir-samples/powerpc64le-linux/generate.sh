#!/usr/bin/env bash
# Rebuilds every .ll unit of the powerpc64le-linux set and expected.json.
# Deterministic: relative source paths, -ffile-prefix-map/--remap-path-prefix,
# no debug info.  Run from anywhere: bash ir-samples/powerpc64le-linux/generate.sh
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE"

CLANG=${CLANG:-clang-19}
RUSTC=(rustup run nightly rustc)

# clang: ppc64le Linux userspace (default CPU "ppc64le" = POWER8), -O2, no headers.
CFLAGS=(--target=powerpc64le-linux-gnu -S -emit-llvm -O2 -g0 -nostdinc
        -ffile-prefix-map="$HERE"=.)
# rustc: no_core crate, no unwinding.
RFLAGS=(--emit=llvm-ir -Copt-level=2 -Cpanic=abort --crate-type=lib
        --crate-name=caller -Cdebuginfo=0 --remap-path-prefix="$HERE"=.)

cc() { local out=$1; shift; "$CLANG" "${CFLAGS[@]}" "$@" -o "$out"; }
rc() { local out=$1; shift; "${RUSTC[@]}" "${RFLAGS[@]}" "$@" -o "$out" 2>"$out.stderr" || { cat "$out.stderr"; exit 1; }
       grep -E '^(warning|error)' "$out.stderr" | grep -v 'warnings\? emitted' | sed "s/^/  rustc $out: /" >&2 || true; rm -f "$out.stderr"; }

# ---- C helpers (callees) ----
cc c_default.ll  src/helpers.c
cc c_pwr9.ll     src/helpers.c -mcpu=pwr9
cc c_pwr8.ll     src/helpers.c -mcpu=pwr8 -mhtm
cc c_nohtm.ll    src/helpers.c -mcpu=pwr8 -mno-htm

# ---- C callers (same-language control) ----
cc cc_default.ll src/c_caller.c
cc cc_pwr9.ll    src/c_caller.c -mcpu=pwr9
cc cc_pwr8.ll    src/c_caller.c -mcpu=pwr8 -mhtm
cc cc_nohtm.ll   src/c_caller.c -mcpu=pwr8 -mno-htm

# ---- Rust callers ----
T=(--target powerpc64le-unknown-linux-gnu)
# clang's default feature string, passed verbatim to rustc (rustc rewrites it).
CFEAT=+altivec,+bpermd,+crbits,+crypto,+direct-move,+extdiv,+htm,+isa-v206-instructions,+isa-v207-instructions,+power8-vector,+vsx,-aix-shared-lib-tls-model-opt,-aix-small-local-dynamic-tls,-aix-small-local-exec-tls,-isa-v30-instructions,-power9-vector,-privileged,-quadword-atomics,-rop-protect,-spe
rc rust_default.ll "${T[@]}" src/caller.rs
rc rust_pwr9.ll    "${T[@]}" src/caller.rs -Ctarget-cpu=pwr9
rc rust_pwr8.ll    "${T[@]}" src/caller.rs -Ctarget-cpu=pwr8
rc rust_htm.ll     "${T[@]}" src/caller.rs -Ctarget-feature=+htm
rc rust_cfeat.ll   "${T[@]}" src/caller.rs -Ctarget-feature="$CFEAT"

python3 ../tools/assemble.py .   # every X.ll -> X.bc by the producer's llvm-as-NN; bitcode.json
# ---- verdicts (llvm-link-19 + opt-19, then llvm-link-22 + opt-22 inline remarks) ----
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . -q
[ "${NO_VERDICTS:-}" ] || python3 ../tools/verdicts.py . --llvm 22 -q   # llvm-link-22 + opt-22 -> expected-llvm22.json
