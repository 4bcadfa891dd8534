#!/usr/bin/env python3
"""Turn the real lld links' inline remarks into lld-link.json (stdout).

Usage: record_link.py SCRATCH   (run by generate.sh from the set directory)

SCRATCH holds, per link variant V (thin, full): V.cmd (the exact rustc
command, machine paths replaced by <set>/<scratch>), V.run (the linked
program's output) and the YAML remark files ld.lld-22 wrote with
--plugin-opt=opt-remarks-filename=V.yaml: V.yaml for LTO task 0 (the regular,
i.e. full, LTO module) and V.yaml.thin.N. for ThinLTO backend task N.

Only remarks for calls between the C unit and the Rust crate are kept (caller
defined in one, callee defined in the other, by the define lines of c_thin.ll
and rust_lto.ll); identical remarks of one task are listed once. Output is
deterministic: sorted, no paths of this machine.
"""
import json
import os
import re
import subprocess
import sys

DEFINE_RE = re.compile(r'^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)\(', re.M)
VARIANTS = [
    ("thin", "c_thin.o", "C built with clang-22 -flto=thin (ThinLTO), Rust with -Clinker-plugin-lto (ThinLTO): "
                         "every module is a ThinLTO module"),
    ("full", "c_full.o", "C built with clang-22 -flto (full LTO), Rust with -Clinker-plugin-lto (ThinLTO): "
                         "lld puts the C module into the regular LTO partition and the Rust modules into ThinLTO backends"),
]


def defined(path):
    with open(path, encoding="utf-8") as f:
        return {m.group(1).strip('"') for m in DEFINE_RE.finditer(f.read())}


def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == "'":
        return v[1:-1].replace("''", "'")
    return v


def parse_remarks(text):
    """Minimal reader of LLVM's YAML remark documents (the subset lld writes)."""
    out = []
    for doc in re.split(r"^--- ", text, flags=re.M)[1:]:
        lines = doc.splitlines()
        r = {"kind": lines[0].strip().lstrip("!"), "args": []}
        in_args = False
        for line in lines[1:]:
            if line.startswith("..."):
                break
            if line.startswith("Args:"):
                in_args = True
                continue
            m = re.match(r"^  - (\w+):\s*(.*)$", line)
            if in_args and m:
                r["args"].append((m.group(1), unquote(m.group(2))))
                continue
            m = re.match(r"^(\w+):\s*(.*)$", line)
            if m:
                in_args = False
                r[m.group(1)] = unquote(m.group(2))
        out.append(r)
    return out


def task_of(name, v):
    if name == f"{v}.yaml":
        return 0
    m = re.match(rf"^{re.escape(v)}\.yaml\.thin\.(\d+)\.$", name)
    return int(m.group(1)) if m else None


def version(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode().splitlines()[0].strip()


def main():
    scratch = sys.argv[1]
    c_funcs = defined("c_thin.ll")
    rust_funcs = defined("rust_lto.ll")
    lang = {f: "C" for f in c_funcs}
    lang.update({f: "Rust" for f in rust_funcs})
    result = {
        "set": "lto-rust-c",
        "description": "What a real ld.lld-22 link of the set's C object and Rust rlib (plus src/main.rs) inlined, "
                       "from lld's own inline remarks (--plugin-opt=opt-remarks-filename, opt-remarks-passes=inline). "
                       "Task 0 is the regular (full) LTO module; tasks 1.. are ThinLTO backends, numbered in the order "
                       "lld read the bitcode modules: 1 = demo (src/main.rs), 2 = rustc's allocator shim, "
                       "3 = the libltodemo.rlib member, 4 = c_thin.o (thin variant only).",
        "tools": {"ld.lld": version(["ld.lld-22", "--version"]), "clang": version(["clang-22", "--version"]),
                  "rustc": version(["rustc", "--version"])},
        "variants": [],
    }
    for v, obj, desc in VARIANTS:
        with open(os.path.join(scratch, f"{v}.cmd"), encoding="utf-8") as f:
            cmd = f.read().strip()
        with open(os.path.join(scratch, f"{v}.run"), encoding="utf-8") as f:
            run = f.read().strip()
        remarks = []
        seen = set()
        for name in sorted(os.listdir(scratch)):
            task = task_of(name, v)
            if task is None:
                continue
            with open(os.path.join(scratch, name), encoding="utf-8") as f:
                for r in parse_remarks(f.read()):
                    args = dict((k, val) for k, val in r["args"] if k in ("Callee", "Caller"))
                    callee, caller = args.get("Callee"), args.get("Caller")
                    if not callee or not caller:
                        continue
                    lc, lk = lang.get(caller), lang.get(callee)
                    if not lc or not lk or lc == lk:
                        continue
                    msg = "".join(val for _, val in r["args"])
                    key = (task, caller, callee, r.get("Name"), msg)
                    if key in seen:
                        continue
                    seen.add(key)
                    remarks.append({"task": task, "partition": "regular LTO" if task == 0 else "ThinLTO",
                                    "caller": caller, "callee": callee, "direction": f"{lc} -> {lk}",
                                    "inlined": r["kind"] == "Passed", "name": r.get("Name"), "remark": msg})
        remarks.sort(key=lambda x: (x["task"], x["caller"], x["callee"], x["remark"]))
        pairs = {}
        for x in remarks:
            p = pairs.setdefault((x["caller"], x["callee"]), {"caller": x["caller"], "callee": x["callee"],
                                                               "direction": x["direction"], "inlined": False})
            p["inlined"] = p["inlined"] or x["inlined"]
        summary = {}
        for p in pairs.values():
            s = summary.setdefault(p["direction"], {"calls": 0, "inlined": 0})
            s["calls"] += 1
            s["inlined"] += int(p["inlined"])
        result["variants"].append({
            "name": v, "description": desc, "c_object": obj, "rust_rlib": "libltodemo.rlib",
            "command": cmd, "program_output": run,
            "summary": dict(sorted(summary.items())),
            "calls": sorted(pairs.values(), key=lambda p: (p["caller"], p["callee"])),
            "remarks": remarks,
        })
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
