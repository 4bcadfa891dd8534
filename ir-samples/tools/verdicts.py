#!/usr/bin/env python3
"""Compute LLVM's own inlining verdicts for an ir-samples set -> expected.json.

Usage:  verdicts.py SET_DIR [--spec cases.json] [--out expected.json]
                    [--opt opt-19] [--link llvm-link-19] [--clang clang-19]
        verdicts.py SET_DIR --llvm 22      # = --opt opt-22 --link llvm-link-22
                                           #   --out expected-llvm22.json

SET_DIR/cases.json (the "spec") looks like

    {
      "set": "linux-helpers-x86_64",
      "description": "one paragraph",
      "rustc": [["rustc"], ["rustup", "run", "nightly", "rustc"]],
      "cases": [
        {"name": "kernel", "description": "...",
         "units": ["helpers.ll", "rust_kernel.ll"],
         "edits": [],
         "fixes": {                                  # optional, see below
           "nullptr": {"description": "...",
                       "edits": [{"unit": "helpers.ll",
                                  "find": " null_pointer_is_valid",
                                  "replace": ""}]},
           ...},
         "fix_combinations": "powerset"}             # or "singles"
      ]
    }

For every case (in spec order):
  1. copy each unit's text, apply the case's edits (literal find/replace of
     every occurrence, in order; the find string must occur, else abort);
  2. units whose !llvm.ident says "rustc version" go through
     tools/ll-downgrade.py --stats (rustc's LLVM 22 text -> LLVM 19 syntax);
     the rules that fired are recorded under "rewrite".  With an llvm-link of
     LLVM 22 or newer nothing is downgraded (it reads rustc's text as is) and
     "rewrite" is {};
  3. llvm-link-19 -S <units in the listed order> -o linked.ll, run in a
     scratch directory holding copies named exactly like the units, so
     diagnostics mention unit names only; stderr lines are recorded under
     "link".  If llvm-link fails: "link": {"ok": false, ...}, "edges": [];
  4. opt-19 -passes='cgscc(inline)' -pass-remarks=inline
     -pass-remarks-missed=inline -disable-output linked.ll, and every remark
     whose caller is defined in one unit and whose callee is defined in a
     different unit becomes an edge.

"fixes" is the blame-experiment shorthand: for a base case with refused edges,
each named fix is a list of edits that removes/aligns exactly one cause.  The
base case is emitted first, followed by derived cases "<base>/fix-<a>",
"<base>/fix-<a>+<b>", ... (all proper non-empty subsets for "powerset", the
default when there are <= 4 fixes; only single fixes for "singles"); the set
of every fix is always emitted as "<base>/fix-all" (with a single fix, both
"<base>/fix-<a>" and "<base>/fix-all" are emitted).  A derived case's
edits are the base edits followed by the chosen fixes' edits in spec order.

Output schema: see ../README.md.  The output is deterministic (no paths of
this machine, no timestamps); run twice -> byte-identical.
"""
import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
DOWNGRADE = os.path.join(TOOLS_DIR, "ll-downgrade.py")
OPT_PASSES = "cgscc(inline)"
OPT_FLAGS = ["-pass-remarks=inline", "-pass-remarks-missed=inline", "-disable-output"]

# define [linkage...] <ret> @name(   -- name may be quoted: @"a b"
DEFINE_RE = re.compile(r'^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)\(', re.M)
REMARK_RE = re.compile(r"^remark: (?:<unknown>|[^:]*):\d+:\d+: (.*)$")
INLINED_RE = re.compile(r"^'(.+?)' inlined into '(.+?)' (.*)$")
NEVER_RE = re.compile(r"^'(.+?)' not inlined into '(.+?)' because it should never be inlined \(cost=never\): (.*)$")
NOT_RE = re.compile(r"^'(.+?)' not inlined into '(.+?)' because (.*)$")
UNINLINABLE_RE = re.compile(r"^\S+ has uninlinable pattern \(.*\) and cost is not fully computed$")
IS_NOT_RE = re.compile(r"^'(.+?)' is not inlined into '(.+?)': (.*)$")


def run(cmd, cwd=None, check=True):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and p.returncode != 0:
        sys.stderr.write(p.stdout.decode() + p.stderr.decode())
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd)}")
    return p


def unquote(name):
    if name.startswith('"'):
        name = name[1:-1]
        name = re.sub(r"\\([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), name)
    return name


def defined_functions(text):
    return {unquote(m.group(1)) for m in DEFINE_RE.finditer(text)}


def is_rustc(text):
    m = re.search(r'^!\d+ = !\{!"rustc version [^"]*"\}', text, re.M)
    return m is not None


def tool_versions(args, spec):
    out = {}
    clang = run([args.clang, "--version"]).stdout.decode().splitlines()[0].strip()
    out["clang"] = clang
    rs = []
    for cmd in spec.get("rustc", [["rustc"]]):
        vv = run(list(cmd) + ["-vV"]).stdout.decode()
        rel = re.search(r"^release: (.*)$", vv, re.M).group(1).strip()
        llvm = re.search(r"^LLVM version: (.*)$", vv, re.M).group(1).strip()
        rs.append(f"rustc {rel} (LLVM {llvm})")
    out["rustc"] = "; ".join(rs)
    ov = run([args.opt, "--version"]).stdout.decode()
    out["opt"] = re.search(r"LLVM version [^\s]+", ov).group(0)
    return out


def expand_cases(spec_cases):
    cases = []
    for c in spec_cases:
        base = {k: c[k] for k in ("name", "description", "units")}
        base["edits"] = list(c.get("edits", []))
        cases.append(base)
        fixes = c.get("fixes")
        if not fixes:
            continue
        names = list(fixes)
        mode = c.get("fix_combinations", "powerset" if len(names) <= 4 else "singles")
        if mode == "powerset":
            subsets = [s for r in range(1, len(names) + 1) for s in itertools.combinations(names, r)]
        elif mode == "singles":
            subsets = [(n,) for n in names] + [tuple(names)]
        else:
            raise SystemExit(f"unknown fix_combinations {mode!r}")
        labels = []
        for s in subsets:
            if len(s) < len(names):
                labels.append((s, "+".join(s)))
        if len(names) == 1:
            labels.append((tuple(names), names[0]))  # fix-<what> ...
        labels.append((tuple(names), "all"))         # ... and fix-all
        for s, label in labels:
            desc = "; ".join(fixes[n]["description"] for n in s)
            d = {
                "name": f"{c['name']}/fix-{label}",
                "description": f"{c['name']} with: {desc}",
                "units": list(c["units"]),
                "edits": base["edits"] + [e for n in s for e in fixes[n]["edits"]],
            }
            cases.append(d)
    return cases


def parse_remarks(stderr, owner):
    edges = []
    seen = set()
    other = []
    for line in stderr.splitlines():
        m = REMARK_RE.match(line)
        if not m:
            if line.strip():
                other.append(line)
            continue
        msg = m.group(1)
        if UNINLINABLE_RE.match(msg):
            continue  # per-callee cost-analysis note, names no caller
        m2 = INLINED_RE.match(msg)
        if m2:
            callee, caller, reason, inlined = m2.group(1), m2.group(2), m2.group(3), True
        else:
            m2 = NEVER_RE.match(msg) or IS_NOT_RE.match(msg) or NOT_RE.match(msg)
            if not m2:
                other.append(line)
                continue
            callee, caller, reason, inlined = m2.group(1), m2.group(2), m2.group(3), False
        cu, ku = owner.get(caller), owner.get(callee)
        if not cu or not ku or not (ku - cu):
            continue  # not a cross-unit edge
        key = (caller, callee, inlined, reason, msg)
        if key in seen:
            continue
        seen.add(key)
        edges.append({"caller": caller, "callee": callee, "inlined": inlined,
                      "reason": reason, "remark": msg})
    edges.sort(key=lambda e: (e["caller"], e["callee"], not e["inlined"], e["remark"]))
    return edges, other


def run_case(args, set_dir, case):
    tmp = tempfile.mkdtemp(prefix="irscope-verdicts-")
    try:
        texts = {}
        for u in case["units"]:
            with open(os.path.join(set_dir, u), encoding="utf-8") as f:
                texts[u] = f.read()
        for e in case["edits"]:
            u = e["unit"]
            if u not in texts:
                raise SystemExit(f"{case['name']}: edit names unit {u!r} not in units")
            if e["find"] not in texts[u]:
                raise SystemExit(f"{case['name']}: edit find string {e['find']!r} does not occur in {u}")
            texts[u] = texts[u].replace(e["find"], e["replace"])
        rewrite = {}
        owner = {}
        for u, t in texts.items():
            for fn in defined_functions(t):
                owner.setdefault(fn, set()).add(u)
            dst = os.path.join(tmp, u)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if is_rustc(t) and args.downgrade:
                src = os.path.join(tmp, "edited.tmp")
                with open(src, "w", encoding="utf-8") as f:
                    f.write(t)
                st = run([sys.executable, DOWNGRADE, src, dst, "--stats"]).stdout.decode()
                os.unlink(src)
                fired = []
                for line in st.splitlines():
                    n, name = line.strip().split("  ", 1)
                    if int(n):
                        fired.append(f"{name.strip()}: {int(n)}")
                rewrite[u] = fired
            else:
                with open(dst, "w", encoding="utf-8") as f:
                    f.write(t)
        lk = run([args.link, "-S"] + case["units"] + ["-o", "linked.ll"], cwd=tmp, check=False)
        diags = [l.rstrip() for l in lk.stderr.decode().splitlines() if l.strip()]
        diags = [d.replace(tmp + os.sep, "").replace(tmp, ".") for d in diags]
        out = {
            "name": case["name"],
            "description": case["description"],
            "units": case["units"],
            "edits": case["edits"],
            "rewrite": rewrite,
            "link": {"ok": lk.returncode == 0, "diagnostics": diags},
            "edges": [],
        }
        if lk.returncode != 0:
            return out
        op = run([args.opt, f"-passes={OPT_PASSES}"] + OPT_FLAGS + ["linked.ll"], cwd=tmp, check=False)
        if op.returncode != 0:
            sys.stderr.write(op.stderr.decode())
            raise SystemExit(f"{case['name']}: opt failed")
        edges, other = parse_remarks(op.stderr.decode(), owner)
        if other:
            sys.stderr.write(f"{case['name']}: unparsed opt output:\n" + "\n".join(other) + "\n")
        out["edges"] = edges
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir")
    ap.add_argument("--spec", default="cases.json")
    ap.add_argument("--out")
    ap.add_argument("--llvm", type=int, help="N: defaults for --opt opt-N, --link llvm-link-N, "
                    "--out expected-llvmN.json (expected.json for 19)")
    ap.add_argument("--opt")
    ap.add_argument("--link")
    ap.add_argument("--clang", default="clang-19", help="the compiler of the C units (its version is recorded)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    n = args.llvm or 19
    args.opt = args.opt or f"opt-{n}"
    args.link = args.link or f"llvm-link-{n}"
    args.out = args.out or ("expected.json" if n == 19 else f"expected-llvm{n}.json")
    lv = run([args.link, "--version"]).stdout.decode()
    # rustc writes LLVM 22 text; llvm-link 22+ reads it, older ones need the downgrade
    args.downgrade = int(re.search(r"LLVM version (\d+)", lv).group(1)) < 22
    set_dir = os.path.abspath(args.set_dir)
    with open(os.path.join(set_dir, args.spec), encoding="utf-8") as f:
        spec = json.load(f)
    cases = expand_cases(spec["cases"])
    names = [c["name"] for c in cases]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate case names: {sorted(dup)}")
    result = {
        "set": spec["set"],
        "description": spec["description"],
        "tools": tool_versions(args, spec),
        "opt": f"{args.opt} -passes='{OPT_PASSES}' " + " ".join(OPT_FLAGS),
        "cases": [],
    }
    for c in cases:
        r = run_case(args, set_dir, c)
        result["cases"].append(r)
        if not args.quiet:
            outcomes = {}
            for e in r["edges"]:
                k = "inlined" if e["inlined"] else e["reason"]
                outcomes[k] = outcomes.get(k, 0) + 1
            summ = ", ".join(f"{k} x{n}" for k, n in sorted(outcomes.items()))
            print(f"{r['name']}: link={'ok' if r['link']['ok'] else 'FAILED'} {summ}", file=sys.stderr)
    with open(os.path.join(set_dir, args.out), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
