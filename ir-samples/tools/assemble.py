#!/usr/bin/env python3
"""Assemble every textual unit of an ir-samples set into bitcode -> X.bc + bitcode.json.

Usage:  assemble.py SET_DIR [--check]

For every SET_DIR/*.ll (sorted), the producer in `!llvm.ident` picks the
assembler of the LLVM release that wrote the text:

  * "... clang version N.x ..."   -> llvm-as-N
  * "rustc version R (...)"       -> llvm-as-M, where M is the major of the
    "LLVM version:" that `rustc -vV` / `rustup run nightly rustc -vV` print
    for release R (rustc 1.95.0 and 1.97.0-nightly: LLVM 22);

and `llvm-as-N X.ll -o X.bc` runs inside SET_DIR (relative names only, so the
output does not depend on where the tree lives; llvm-as output is a pure
function of the text: a re-run is byte-identical).

A unit that does not assemble is not an error: its .bc is removed and the
unit is listed under "skipped" with llvm-as's first error line, so tests can
read which units have no bitcode and why.

SET_DIR/bitcode.json records, per unit, the producer, the exact command and
the assembler's version:

    {"tool": "ir-samples/tools/assemble.py",
     "units": [{"ll": "helpers.ll", "bc": "helpers.bc",
                "producer": "Debian clang version 19.1.7 (3~deb12u1)",
                "command": "llvm-as-19 helpers.ll -o helpers.bc",
                "assembler": "LLVM version 19.1.7"}],
     "skipped": [{"ll": "x.ll", "why": "llvm-as-19: x.ll:3:1: error: ..."}]}

A set may list units whose bitcode comes from elsewhere (e.g. the compiler's
own LTO objects) in SET_DIR/bitcode-extra.json, a list of {"ll", "bc",
"command"} entries ("bc" names the compiler's file, "command" says how it was
made); they are copied into bitcode.json after the assembled ones, with the
producer read from the .ll's !llvm.ident and "assembler": null, and their .ll
files are not assembled.

--check: assemble into a scratch directory and compare with the committed
.bc files and bitcode.json; exit 1 on any difference.
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

IDENT_RE = re.compile(r'^!llvm\.ident = !\{(.*)\}$', re.M)
META_RE = re.compile(r'^(!\d+) = !\{!"([^"]*)"\}$', re.M)
CLANG_RE = re.compile(r"clang version (\d+)\.")
RUSTC_RE = re.compile(r"^rustc version (\S+)")
RUSTC_CMDS = [["rustc"], ["rustup", "run", "nightly", "rustc"]]


def producer(text):
    """The first !llvm.ident string of a unit, or None."""
    m = IDENT_RE.search(text)
    if not m:
        return None
    first = m.group(1).split(",")[0].strip()
    for mm in META_RE.finditer(text):
        if mm.group(1) == first:
            return mm.group(2)
    return None


def rustc_llvm_majors():
    """rustc release -> LLVM major, from the installed toolchains' -vV."""
    out = {}
    for cmd in RUSTC_CMDS:
        try:
            vv = subprocess.run(cmd + ["-vV"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                check=True).stdout.decode()
        except (OSError, subprocess.CalledProcessError):
            continue
        rel = re.search(r"^release: (.*)$", vv, re.M)
        llvm = re.search(r"^LLVM version: (\d+)\.", vv, re.M)
        if rel and llvm:
            out[rel.group(1).strip()] = int(llvm.group(1))
    return out


def llvm_major(prod, rustc_majors):
    m = CLANG_RE.search(prod)
    if m:
        return int(m.group(1))
    m = RUSTC_RE.match(prod)
    if m:
        rel = m.group(1)
        if rel not in rustc_majors:
            raise SystemExit(f"producer {prod!r}: no installed rustc {rel} to tell its LLVM release "
                             f"(installed: {sorted(rustc_majors)})")
        return rustc_majors[rel]
    raise SystemExit(f"unknown producer {prod!r}: add a rule to tools/assemble.py")


def version_of(tool, cache={}):
    if tool not in cache:
        out = subprocess.run([tool, "--version"], stdout=subprocess.PIPE, check=True).stdout.decode()
        cache[tool] = re.search(r"LLVM version \S+", out).group(0)
    return cache[tool]


def assemble(set_dir, out_dir):
    """Assemble set_dir's units into out_dir; return the manifest."""
    extra_path = os.path.join(set_dir, "bitcode-extra.json")
    extra = []
    if os.path.exists(extra_path):
        with open(extra_path, encoding="utf-8") as f:
            extra = json.load(f)
    for e in extra:  # the producer is the unit's own !llvm.ident unless given
        if "producer" not in e:
            with open(os.path.join(set_dir, e["ll"]), encoding="utf-8") as f:
                e["producer"] = producer(f.read())
        e.setdefault("assembler", None)
    extra = [{k: e[k] for k in ("ll", "bc", "producer", "command", "assembler")} for e in extra]
    by_compiler = {e["ll"] for e in extra}
    rustc_majors = None
    units, skipped = [], []
    for name in sorted(os.listdir(set_dir)):
        if not name.endswith(".ll") or name in by_compiler:
            continue
        with open(os.path.join(set_dir, name), encoding="utf-8") as f:
            text = f.read()
        prod = producer(text)
        if prod is None:
            raise SystemExit(f"{name}: no !llvm.ident, cannot tell which llvm-as to use")
        if RUSTC_RE.match(prod) and rustc_majors is None:
            rustc_majors = rustc_llvm_majors()
        tool = f"llvm-as-{llvm_major(prod, rustc_majors or {})}"
        bc = name[:-3] + ".bc"
        cmd = [tool, name, "-o", os.path.join(out_dir, bc) if out_dir != set_dir else bc]
        p = subprocess.run(cmd, cwd=set_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            err = next((l for l in p.stderr.decode().splitlines() if l.strip()), f"exit {p.returncode}")
            target = os.path.join(out_dir, bc)
            if os.path.exists(target):
                os.unlink(target)
            skipped.append({"ll": name, "why": f"{tool}: {err.strip()}"})
            continue
        units.append({"ll": name, "bc": bc, "producer": prod,
                      "command": f"{tool} {name} -o {bc}", "assembler": version_of(tool)})
    return {"tool": "ir-samples/tools/assemble.py", "units": units + extra, "skipped": skipped}


def write_manifest(path, manifest):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    set_dir = os.path.abspath(args.set_dir)
    if not args.check:
        manifest = assemble(set_dir, set_dir)
        write_manifest(os.path.join(set_dir, "bitcode.json"), manifest)
        print(f"{os.path.basename(set_dir)}: {len([u for u in manifest['units']])} bitcode units, "
              f"{len(manifest['skipped'])} skipped", file=sys.stderr)
        return 0
    tmp = tempfile.mkdtemp(prefix="irscope-assemble-")
    try:
        manifest = assemble(set_dir, tmp)
        write_manifest(os.path.join(tmp, "bitcode.json"), manifest)
        bad = [n for n in ["bitcode.json"] + [u["bc"] for u in manifest["units"] if u.get("command", "").startswith("llvm-as")]
               if not os.path.exists(os.path.join(set_dir, n))
               or not filecmp.cmp(os.path.join(tmp, n), os.path.join(set_dir, n), shallow=False)]
        for n in bad:
            print(f"{os.path.basename(set_dir)}/{n}: differs from a fresh assembly", file=sys.stderr)
        return 1 if bad else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
