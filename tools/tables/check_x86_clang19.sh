#!/usr/bin/env bash
# Cross-check src/main/resources/dev/irscope/subtarget/x86/llvm19.txt against clang-19:
# for every `cpu` line, the implication closure of its (non-tuning) features is
# compared with the "+feature" list clang-19 writes into "target-features" for
# -march=<cpu>.  CPUs without the 64bit feature are compiled for i686, the rest
# for x86_64.  Prints one line per CPU that differs, then a summary.
#
# usage: tools/tables/check_x86_clang19.sh [table] [clang]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
table=${1:-$here/../../src/main/resources/dev/irscope/subtarget/x86/llvm19.txt}
clang=${2:-clang-19}
command -v "$clang" >/dev/null || { echo "$clang not found" >&2; exit 2; }

python3 - "$table" "$clang" <<'EOF'
import re, subprocess, sys
table, clang = sys.argv[1], sys.argv[2]
implies, tuning, cpus = {}, set(), {}
for line in open(table):
    line = line.split('#', 1)[0].split()
    if not line:
        continue
    kind = line[0]
    if kind in ('feature', 'tuning'):
        name, rest = line[1], line[2:]
        implies[name] = rest[1:] if rest[:1] == ['implies'] else []
        if kind == 'tuning':
            tuning.add(name)
    elif kind == 'cpu':
        i = line.index('tuning')
        cpus[line[1]] = line[3:i]

def closure(fs):
    seen, st = set(), list(fs)
    while st:
        x = st.pop()
        if x not in seen:
            seen.add(x); st.extend(implies.get(x, []))
    return seen

def clang_features(cpu, triple):
    r = subprocess.run([clang, '-x', 'c', '-', '-S', '-emit-llvm', '-o', '-', '-march=' + cpu,
                        '--target=' + triple], input='void f(void){}', capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr.strip().splitlines()[0] if r.stderr.strip() else 'error'
    m = re.search(r'"target-features"="([^"]*)"', r.stdout)
    fs = m.group(1).split(',') if m else []
    return {f[1:] for f in fs if f.startswith('+')}, None

ok = diff = rejected = 0
only_tab_all, only_clang_all = {}, {}
for cpu in sorted(cpus):
    mine = {f for f in closure(cpus[cpu]) if f not in tuning and not f.startswith('@')}
    triple = 'x86_64-linux-gnu' if '64bit' in mine else 'i686-linux-gnu'
    theirs, err = clang_features(cpu, triple)
    if theirs is None:
        rejected += 1
        print('REJECTED %-24s %s: %s' % (cpu, triple, err))
        continue
    if triple.startswith('x86_64'):
        mine = mine | {'64bit-mode'} if '64bit-mode' in theirs else mine
    a, b = sorted(mine - theirs), sorted(theirs - mine)
    for f in a: only_tab_all.setdefault(f, []).append(cpu)
    for f in b: only_clang_all.setdefault(f, []).append(cpu)
    if a or b:
        diff += 1
        print('DIFF %-24s table-only: %s | clang-only: %s' % (cpu, ' '.join(a) or '-', ' '.join(b) or '-'))
    else:
        ok += 1
print('SUMMARY cpus=%d identical=%d differ=%d rejected-by-clang=%d' % (len(cpus), ok, diff, rejected))
for title, d in (('table-only', only_tab_all), ('clang-only', only_clang_all)):
    for f in sorted(d):
        print('  %s %-14s in %d cpus: %s' % (title, f, len(d[f]), ' '.join(d[f][:8]) + (' ...' if len(d[f]) > 8 else '')))
EOF
