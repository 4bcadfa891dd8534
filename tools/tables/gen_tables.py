#!/usr/bin/env python3
"""Generate irscope target-feature tables from LLVM's TableGen sources.

The facts come from LLVM itself: the target's top-level .td file is evaluated
by the real TableGen (``llvm-tblgen --dump-json``), so class templates,
``!listconcat``, ``foreach`` etc. are resolved exactly as LLVM's
SubtargetEmitter sees them.  From the JSON we take

  * every record deriving from ``SubtargetFeature``  (Name, Implies)
  * every record deriving from ``Processor``          (Name, Features, TuneFeatures)
  * ``ProcessorAlias`` records, if the version has them (expanded to their target)

and from the target's ``*TargetTransformInfo.h`` the X86
``InlineFeatureIgnoreList`` / ARM ``InlineFeaturesAllowed`` FeatureBitsets
(def names translated to feature strings through the same JSON).

Usage (from an LLVM source tree of one release, e.g. a checkout of tag
llvmorg-19.1.7 or the extracted release tarball):

  gen_tables.py --llvm-src /path/llvm-project --target X86 \
      --tblgen llvm-tblgen-19 --version 19.1.7 --ref llvmorg-19.1.7 \
      --out src/main/resources/dev/irscope/subtarget/x86/llvm19.txt

``--json FILE`` reuses an existing ``llvm-tblgen --dump-json`` output instead
of running TableGen (the JSON is ~100 MB per target, so it is cached).

Output format: see tools/tables/README.md.
"""
import argparse
import json
import os
import re
import subprocess
import sys

# target -> (arch dir name used in the output, top-level td, TTI header)
TARGETS = {
    "X86": ("x86", "X86/X86.td", "X86/X86TargetTransformInfo.h"),
    "AArch64": ("aarch64", "AArch64/AArch64.td", "AArch64/AArch64TargetTransformInfo.h"),
    "ARM": ("arm", "ARM/ARM.td", "ARM/ARMTargetTransformInfo.h"),
    "RISCV": ("riscv", "RISCV/RISCV.td", "RISCV/RISCVTargetTransformInfo.h"),
    "PowerPC": ("ppc", "PowerPC/PPC.td", "PowerPC/PPCTargetTransformInfo.h"),
    "SystemZ": ("systemz", "SystemZ/SystemZ.td", "SystemZ/SystemZTargetTransformInfo.h"),
    "LoongArch": ("loongarch", "LoongArch/LoongArch.td", "LoongArch/LoongArchTargetTransformInfo.h"),
    "WebAssembly": ("webassembly", "WebAssembly/WebAssembly.td",
                    "WebAssembly/WebAssemblyTargetTransformInfo.h"),
    "Mips": ("mips", "Mips/Mips.td", "Mips/MipsTargetTransformInfo.h"),
}

# Features that LLVM sets from the triple / subtarget code rather than from
# the CPU tables.  Only written as comments (the loader ignores comments);
# the "# mode:" prefix is stable so it can be grepped.
MODE_NOTES = {
    "X86": [
        "64bit-mode/32bit-mode/16bit-mode are set from the triple by X86_MC::ParseX86Triple, "
        "which is prepended to the function's target-features (see 'triple-prefix' below).",
    ],
    "ARM": [
        "thumb-mode is set from the triple (thumb*/thumbeb*) by ARM_MC::ParseARMTriple, "
        "which also adds the architecture feature of the triple's sub-arch when no CPU is given.",
    ],
    "AArch64": [],
    "RISCV": [
        "64bit is normally implied by the CPU (generic-rv64 etc.); RISCVSubtarget rejects a "
        "64bit/triple mismatch. The 'generic' CPU name is resolved to generic-rv32/generic-rv64 "
        "from the triple before the tables are consulted.",
    ],
    "PowerPC": [
        "64bit is added by PPCSubtarget for ppc64 triples (\"+64bit\" prepended) in addition to the CPU.",
    ],
    "SystemZ": [],
    "LoongArch": [
        "64bit is implied by the 64-bit CPUs; LoongArchSubtarget adds +64bit for loongarch64 triples.",
    ],
    "WebAssembly": [],
    "Mips": [
        "MipsSubtarget derives ABI/mode state (gp64, fp64, ...) from the triple and ABI options "
        "in addition to the CPU.",
    ],
}

TUNING_PREFIXES = ("Tuning", "Tune")


def run_tblgen(tblgen, src, td_rel, out_json):
    llvm = os.path.join(src, "llvm")
    td = os.path.join(llvm, "lib", "Target", td_rel)
    tdir = os.path.dirname(td)
    cmd = [tblgen, "--dump-json", "-I", os.path.join(llvm, "include"), "-I", tdir,
           td, "-o", out_json]
    subprocess.run(cmd, check=True)


def ref_name(v):
    if isinstance(v, dict) and "def" in v:
        return v["def"]
    raise ValueError("not a def reference: %r" % (v,))


def strip_cxx_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def parse_bitset(header_text, var):
    """Return def names listed in `const FeatureBitset <var> = { NS::X, ... };`."""
    t = strip_cxx_comments(header_text)
    m = re.search(r"FeatureBitset\s+(?:\w+::)?" + re.escape(var) + r"\s*=\s*\{(.*?)\}\s*;", t, re.S)
    if not m:
        return None
    return re.findall(r"\w+::(\w+)", m.group(1))


def parse_x86_triple_prefix(src):
    p = os.path.join(src, "llvm/lib/Target/X86/MCTargetDesc/X86MCTargetDesc.cpp")
    if not os.path.exists(p):
        return None
    t = open(p, encoding="utf-8").read()
    m = re.search(r"std::string X86_MC::ParseX86Triple\(.*?\n\}", t, re.S)
    if not m:
        return None
    body = m.group(0)
    strs = re.findall(r'FS\s*=\s*"([^"]*)"', body)
    return strs


def x86_evex512_addon(src):
    p = os.path.join(src, "llvm/lib/Target/X86/X86Subtarget.cpp")
    return os.path.exists(p) and 'FullFS += ",+evex512"' in open(p, encoding="utf-8").read()


class Model:
    def __init__(self, data):
        self.d = data
        io = data["!instanceof"]
        self.feature_defs = sorted(io.get("SubtargetFeature", []))
        self.proc_defs = io.get("Processor", [])
        self.alias_defs = io.get("ProcessorAlias", [])
        self.fname = {}
        for n in self.feature_defs:
            name = self.d[n]["Name"]
            self.fname[n] = name if name else "@" + n
        self.implies = {n: [ref_name(x) for x in (self.d[n].get("Implies") or [])]
                        for n in self.feature_defs}

    def closure(self, defs):
        seen = set()
        stack = list(defs)
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            stack.extend(self.implies.get(x, []))
        return seen

    def processors(self):
        procs = []
        for p in self.proc_defs:
            r = self.d[p]
            feats = [ref_name(x) for x in (r.get("Features") or [])]
            tune = [ref_name(x) for x in (r.get("TuneFeatures") or [])]
            procs.append((r["Name"], feats, tune, p))
        byname = {}
        for name, f, t, _ in procs:
            byname.setdefault(name, (f, t))
        for a in self.alias_defs:
            r = self.d[a]
            # ProcessorAlias<Name, Alias>: field names differ between versions.
            target = None
            for k in ("Alias", "Target", "AliasOf"):
                if k in r and isinstance(r[k], str):
                    target = r[k]
            if target is None or target not in byname:
                raise SystemExit("cannot resolve ProcessorAlias %s: %r" % (a, r))
            f, t = byname[target]
            procs.append((r["Name"], f, t, a))
        return procs


def classify_tuning(model, target, procs):
    """Return the set of feature defs that are tuning-only."""
    tuning = set()
    for n in model.feature_defs:
        if n.startswith(TUNING_PREFIXES):
            tuning.add(n)
    if target == "X86":
        # X86 also has ProcIntelAtom (an empty-named family feature that only
        # selects tuning) -- anything reachable only from tune lists is tuning.
        pass
    from_feat = set()
    from_tune = set()
    for _, f, t, _ in procs:
        from_feat |= model.closure(f)
        from_tune |= model.closure(t)
    for n in from_tune - from_feat:
        tuning.add(n)
    return tuning


def generate(model, target, args, header_text, x86_prefix):
    arch, td_rel, tti_rel = TARGETS[target]
    procs = model.processors()
    tuning = classify_tuning(model, target, procs)
    fn = model.fname
    out = []
    major = args.version.split(".")[0]
    out.append("# derived by tools/tables/gen_tables.py from llvm/lib/Target/%s @ %s (LLVM %s)"
               % (td_rel, args.ref, args.version))
    out.append("# evaluated with %s --dump-json; input: %s" % (os.path.basename(args.tblgen or "llvm-tblgen"),
                                                              args.input_note or "LLVM source tree"))
    out.append("# names are the SubtargetFeature strings; features with an empty name (not settable")
    out.append("# through \"target-features\", only implied by CPUs) are written as @<TableGenDefName>.")
    out.append("# tuning = def named Tuning*/Tune*, or reachable only from processors' TuneFeatures.")
    for note in MODE_NOTES.get(target, []):
        out.append("# mode: " + note)
    if x86_prefix:
        out.append("# mode: triple-prefix x86_64=%s i386=%s code16=%s" % tuple(
            (x86_prefix + ["?", "?", "?"])[:3]))
        evex = x86_evex512_addon(args.llvm_src)
        out.append("# mode: X86Subtarget appends ,+evex512 for CPU generic/pentium4/x86-64 when the"
                   " string enables some +avx512* and never mentions evex512" if evex else
                   "# mode: (this version's X86Subtarget does not auto-add +evex512)")
    out.append("source llvm/llvm-project llvm/lib/Target/%s %s %s" % (td_rel, args.ref, args.version))

    flines, tlines = [], []
    for n in model.feature_defs:
        imp = sorted(set(fn[x] for x in model.implies[n]))
        line = fn[n] + ((" implies " + " ".join(imp)) if imp else "")
        (tlines if n in tuning else flines).append(line)
    out += ["feature " + l for l in sorted(flines)]
    out += ["tuning " + l for l in sorted(tlines)]

    clines, tclines = [], []
    seen = {}
    for name, f, t, rec in procs:
        fs = sorted(set(fn[x] for x in f))
        ts = sorted(set(fn[x] for x in t))
        key = name
        if key in seen:
            if seen[key] != (fs, ts):
                print("warning: processor %s defined twice with different lists; first wins" % name,
                      file=sys.stderr)
            continue
        seen[key] = (fs, ts)
        clines.append("cpu %s features%s tuning%s" % (
            name, "".join(" " + x for x in fs), "".join(" " + x for x in ts)))
        if not f and t:
            tclines.append("tunecpu %s tuning%s" % (name, "".join(" " + x for x in ts)))
    out += sorted(clines)
    out += sorted(tclines)

    if header_text is not None:
        if target == "X86":
            lst = parse_bitset(header_text, "InlineFeatureIgnoreList")
            if lst is None:
                print("warning: no InlineFeatureIgnoreList in X86 TTI header", file=sys.stderr)
            else:
                missing = [x for x in lst if x not in fn]
                if missing:
                    raise SystemExit("ignore list names unknown defs: %s" % missing)
                out.append("ignore " + " ".join(sorted(set(fn[x] for x in lst))))
        if target == "ARM":
            lst = parse_bitset(header_text, "InlineFeaturesAllowed")
            if lst is None:
                print("warning: no InlineFeaturesAllowed in ARM TTI header", file=sys.stderr)
            else:
                missing = [x for x in lst if x not in fn]
                if missing:
                    raise SystemExit("allow list names unknown defs: %s" % missing)
                out.append("allow " + " ".join(sorted(set(fn[x] for x in lst))))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--llvm-src", required=True, help="root of the llvm-project tree (contains llvm/)")
    ap.add_argument("--target", required=True, choices=sorted(TARGETS))
    ap.add_argument("--version", required=True, help="LLVM version, e.g. 19.1.7")
    ap.add_argument("--ref", required=True, help="git tag or commit the tree corresponds to")
    ap.add_argument("--tblgen", default="llvm-tblgen")
    ap.add_argument("--json", help="cached llvm-tblgen --dump-json output (created if missing)")
    ap.add_argument("--input-note", help="free text describing where the tree came from")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    arch, td_rel, tti_rel = TARGETS[args.target]
    js = args.json or (args.out + ".json")
    if not os.path.exists(js):
        run_tblgen(args.tblgen, args.llvm_src, td_rel, js)
    with open(js, encoding="utf-8") as f:
        model = Model(json.load(f))
    tti = os.path.join(args.llvm_src, "llvm/lib/Target", tti_rel)
    header = open(tti, encoding="utf-8").read() if os.path.exists(tti) else None
    prefix = parse_x86_triple_prefix(args.llvm_src) if args.target == "X86" else None
    text = generate(model, args.target, args, header, prefix)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
