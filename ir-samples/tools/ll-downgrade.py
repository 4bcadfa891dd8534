#!/usr/bin/env python3
"""Rewrite textual IR from a newer LLVM (rustc 1.95 = LLVM 22) so that
llvm-as-19 accepts it.  Usage: ll-downgrade.py IN.ll OUT.ll [--stats]

Copied unchanged from /work/shared/perf/ll-downgrade.py (the irscope perf
benchmark helper) for the ir-samples sets; see ../README.md.

Each rule is one construct that llvm-as-19 rejects; the list was found by
running llvm-as-19, reading the first error, adding a rule, and repeating
until the file parsed.  Rules only drop or respell information that LLVM 19
cannot express; they never invent facts.  --stats prints how often each
rule fired, so a reader can see which constructs a real file contains.

It is a textual rewrite, not a parser: a string constant or metadata string
that happened to contain e.g. "icmp samesign " would be rewritten too (none
does in the corpus).  Good enough for benchmarks, not for semantics.
"""
import re
import sys

_KIND = {b"none": 0, b"read": 1, b"write": 2, b"readwrite": 3}
_NAME = {v: k for k, v in _KIND.items()}


def _memory(m: "re.Match[bytes]") -> bytes:
    """memory(...) with LLVM 21/22 locations (errnomem, target_mem0/1) ->
    LLVM 19's three (argmem, inaccessiblemem, other).  A dropped location's
    access is OR-ed into the locations it may have come from, so the result
    never claims less than the original (safe over-approximation)."""
    default = None
    locs = {}
    for part in m.group(1).split(b","):
        part = part.strip()
        if b":" in part:
            loc, kind = (x.strip() for x in part.split(b":"))
            locs[loc] = _KIND[kind]
        else:
            default = _KIND[part]
    if default is None:
        default = 0
    extra_other = locs.pop(b"errnomem", 0)
    extra_inacc = locs.pop(b"target_mem0", 0) | locs.pop(b"target_mem1", 0)
    arg = locs.pop(b"argmem", default)
    inacc = locs.pop(b"inaccessiblemem", default)
    if locs:
        raise SystemExit(f"unknown memory location(s) {locs!r} in {m.group(0)!r}")
    other = default | extra_other | extra_inacc
    inacc |= extra_inacc
    out = [_NAME[other]]
    if arg != other:
        out.append(b"argmem: " + _NAME[arg])
    if inacc != other:
        out.append(b"inaccessiblemem: " + _NAME[inacc])
    return b"memory(" + b", ".join(out) + b")"


# (name, pattern, replacement, why)
RULES = [
    ("memory(...errnomem/target_mem0/target_mem1...) -> LLVM 19 locations",
     re.compile(rb"\bmemory\(([a-z_0-9:, ]*(?:errnomem|target_mem)[a-z_0-9:, ]*)\)"), _memory,
     "errnomem (LLVM 21) and target_mem0/1 (LLVM 22) locations in memory(...)"),
    ("captures(none) -> nocapture",
     re.compile(rb"\bcaptures\(none\)"), b"nocapture",
     "LLVM 21 replaced the nocapture attribute with captures(...)"),
    ("captures(...) other -> dropped",
     re.compile(rb" ?\bcaptures\([a-z_:, ]*\)"), b"",
     "partial capture info (address, read_provenance, ret: ...) has no LLVM 19 spelling"),
    ("icmp samesign -> icmp",
     re.compile(rb"\bicmp samesign "), b"icmp ",
     "samesign flag on icmp (LLVM 20)"),
    ("nocreateundeforpoison -> dropped",
     re.compile(rb" nocreateundeforpoison\b"), b"",
     "function attribute on intrinsics (LLVM 22)"),
    ("dead_on_return -> dropped",
     re.compile(rb" dead_on_return(?:\(\d+\))?\b"), b"",
     "parameter attribute (LLVM 21)"),
    ("declare llvm.lifetime.start/end(ptr) -> (i64 immarg, ptr)",
     re.compile(rb"(declare void @llvm\.lifetime\.(?:start|end)\.p0\()"), rb"\1i64 immarg, ",
     "LLVM 22 dropped the size operand of lifetime markers; LLVM 19 requires it"),
    ("call llvm.lifetime.start/end(ptr) -> (i64 -1, ptr)",
     re.compile(rb"(call void @llvm\.lifetime\.(?:start|end)\.p0\()(?=ptr )"), rb"\1i64 -1, ",
     "size -1 means 'unknown size', which is what the LLVM 22 form says"),
]


def main() -> int:
    src, dst = sys.argv[1], sys.argv[2]
    stats = "--stats" in sys.argv[3:]
    data = open(src, "rb").read()
    counts = []
    for name, pat, rep, _ in RULES:
        data, n = pat.subn(rep, data)
        counts.append((name, n))
    with open(dst, "wb") as f:
        f.write(data)
    if stats:
        for name, n in counts:
            print(f"{n:10d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
