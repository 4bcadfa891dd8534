#!/usr/bin/env python3
"""Compare a generated table with the tables compiled into an installed LLVM.

  dump_subtarget <triple> > dump.txt      (tools/tables/dump_subtarget.cpp, linked to libLLVM-N)
  compare_dump.py table.txt dump.txt

Checks that every feature string, its direct implications, every CPU and its
direct feature / tune lists agree.  Features without a command-line name are
not in LLVM's key/value table; they are written '@<def>' in the table and
'@bit<N>' by the dumper and compared only by count.
"""
import sys


def load(path):
    feats, cpus = {}, {}
    for line in open(path):
        t = line.split('#', 1)[0].split()
        if not t:
            continue
        if t[0] in ('feature', 'tuning'):
            rest = t[2:]
            if rest[:1] == ['implies']:
                rest = rest[1:]
            feats[t[1]] = sorted(x if not x.startswith('@') else '@' for x in rest)
        elif t[0] == 'cpu':
            i = t.index('tuning')
            norm = lambda xs: sorted(x if not x.startswith('@') else '@' for x in xs)
            cpus[t[1]] = (norm(t[3:i]), norm(t[i + 1:]))
    return feats, cpus


def main():
    tf, tc = load(sys.argv[1])
    df, dc = load(sys.argv[2])
    bad = 0
    tf = {k: v for k, v in tf.items() if not k.startswith('@')}
    for k in sorted(set(tf) | set(df)):
        if k not in tf or k not in df:
            print('feature %s only in %s' % (k, 'table' if k in tf else 'llvm'))
            bad += 1
        elif tf[k] != df[k]:
            print('feature %s implies differ: table=%s llvm=%s' % (k, tf[k], df[k]))
            bad += 1
    for k in sorted(set(tc) | set(dc)):
        if k not in tc or k not in dc:
            print('cpu %s only in %s' % (k, 'table' if k in tc else 'llvm'))
            bad += 1
        elif tc[k] != dc[k]:
            print('cpu %s differs:\n  table=%s\n  llvm =%s' % (k, tc[k], dc[k]))
            bad += 1
    print('%s: %d features, %d cpus, %d mismatches' % (sys.argv[1], len(tf), len(tc), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
