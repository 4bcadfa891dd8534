#!/usr/bin/env python3
"""Turn the real lld links' inline remarks into lld-link.json (stdout).

Usage: record_link.py SCRATCH   (run by generate.sh from the set directory)

SCRATCH holds, per link variant V (see VARIANTS): V.cmd (the exact link
command, machine paths replaced by <set>/<scratch>), V.run (the linked
program's output; userspace variants only) and the YAML remark files ld.lld-22 wrote with
--plugin-opt=opt-remarks-filename=V.yaml: V.yaml for LTO task 0 (the regular,
i.e. full, LTO module) and V.yaml.thin.N. for ThinLTO backend task N.

Only remarks for calls between the C unit and the Rust unit of the variant
are kept (caller defined in one, callee defined in the other, by the define
lines of their .ll text); identical remarks of one task are listed once. Output is
deterministic: sorted, no paths of this machine.
"""
import json
import os
import re
import subprocess
import sys

DEFINE_RE = re.compile(r'^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)\(', re.M)
# name, C unit text, Rust unit text, C object, Rust object, description
VARIANTS = [
    ("thin", "c_thin.ll", "rust_lto.ll", "c_thin.o", "libltodemo.rlib",
     "C built with clang-22 -flto=thin (ThinLTO), Rust with -Clinker-plugin-lto (ThinLTO): every module is a ThinLTO module"),
    ("full", "c_full.ll", "rust_lto.ll", "c_full.o", "libltodemo.rlib",
     "C built with clang-22 -flto (full LTO), Rust with -Clinker-plugin-lto (ThinLTO): lld puts the C module into the "
     "regular LTO partition and the Rust modules into ThinLTO backends"),
    ("kernel", "k_helpers.ll", "k_rust.ll", "k_helpers.o", "k_rust.o",
     "kernel-style: the C helpers with the x86_64 kernel's clang flags plus CONFIG_LTO_CLANG_THIN's "
     "(-flto=thin -fsplit-lto-unit -fvisibility=hidden), the Rust code with the kernel's rustc flags plus "
     "-Clinker-plugin-lto, linked like vmlinux.o: ld.lld -r with the kernel's -mllvm -import-instr-limit=5"),
    ("kernel-nolimit", "k_helpers.ll", "k_rust.ll", "k_helpers.o", "k_rust.o",
     "the kernel link without -import-instr-limit=5 (ThinLTO's default import limit)"),
    ("kernel-always", "k_helpers_always.ll", "k_rust.ll", "k_helpers_always.o", "k_rust.o",
     "the kernel link (-import-instr-limit=5) with the helpers marked __rust_helper = __always_inline"),
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
    result = {
        "set": "lto-rust-c",
        "description": "What a real ld.lld-22 link of the set's C object and Rust rlib (plus src/main.rs) inlined, "
                       "from lld's own inline remarks (--plugin-opt=opt-remarks-filename, opt-remarks-passes=inline). "
                       "Task 0 is the regular (full) LTO module; tasks 1.. are ThinLTO backends, numbered in the order "
                       "lld read the bitcode modules: 1 = demo (src/main.rs), 2 = rustc's allocator shim, "
                       "3 = the libltodemo.rlib member, 4 = c_thin.o (thin variant only); in the kernel "
                       "variants (ld.lld -r, command-line order k_rust.o, k_helpers*.o): 1 = k_rust.o, 2 = the C helpers.",
        "tools": {"ld.lld": version(["ld.lld-22", "--version"]), "clang": version(["clang-22", "--version"]),
                  "rustc": version(["rustc", "--version"]),
                  "rustc (kernel variants)": version(["rustup", "run", "nightly", "rustc", "--version"])},
        "variants": [],
    }
    for v, c_ll, rust_ll, obj, rust_obj, desc in VARIANTS:
        lang = {f: "C" for f in defined(c_ll)}
        lang.update({f: "Rust" for f in defined(rust_ll)})
        with open(os.path.join(scratch, f"{v}.cmd"), encoding="utf-8") as f:
            cmd = f.read().strip()
        run_path = os.path.join(scratch, f"{v}.run")
        run = None
        if os.path.exists(run_path):
            with open(run_path, encoding="utf-8") as f:
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
        entry = {"name": v, "description": desc, "c_object": obj, "rust_object": rust_obj, "command": cmd}
        if run is not None:
            entry["program_output"] = run
        entry.update({
            "summary": dict(sorted(summary.items())),
            "calls": sorted(pairs.values(), key=lambda p: (p["caller"], p["callee"])),
            "remarks": remarks,
        })
        result["variants"].append(entry)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
