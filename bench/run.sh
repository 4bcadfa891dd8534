#!/usr/bin/env bash
# bench/run.sh [CORPUS_DIR] [RUNS]      (defaults /tmp/ir-corpus, 3)   -- by hand only, never in CI
#
# Measures irscope against LLVM's own tools on the same files in the same run, and prints Markdown:
#  1. reading one unit: `irscope functions FILE` (whole process, -Xmx512m) vs `llvm-as-19 FILE -o
#     /dev/null` vs `cat FILE > /dev/null`: MiB/s, wall, peak RSS, ratios;
#  2. in-process read throughput after JIT warm-up (bench/ReadThroughput.java) vs cat;
#  3. a kernel-sized `irscope check` (every module that makes up linked/all.O0g.ll: the per-file C
#     modules under CORPUS/.work plus the big single-module files) vs llvm-link-19 + opt-19
#     -passes='cgscc(inline)' with inline remarks, on the same set;
#  4. start-up: a small `check` of two ir-samples units through bin/irscope;
#  5. reading bitcode (the same units through llvm-as-19): irscope's BitcodeReader, cold in a fresh
#     JVM and warm in process (bench/BitcodeThroughput.java), vs llvm-dis-19, llvm-dis-22 and
#     llvm-bcanalyzer-19 on the same .bc files.
# Wall is bash's EPOCHREALTIME around the run, peak RSS GNU time's %M, every figure the MEDIAN of
# RUNS runs (as ../shared/perf/measure.sh does). LLVM_RUNS (default RUNS) sets the runs for the
# slow LLVM commands; FILES (space-separated, relative to CORPUS) picks the files of parts 1-2;
# WARMUP (default 20) the untimed in-process reads of part 2.
# The corpus is built with ../shared/perf/make-corpus.sh if it is missing (~5 min, 3.1 GB).
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-/tmp/ir-corpus}
RUNS=${2:-3}
LLVM_RUNS=${LLVM_RUNS:-$RUNS}
WARMUP=${WARMUP:-20} # untimed in-process reads before the timed ones (section 2)
FILES=${FILES:-"c/sqlite3.O2g.ll linked/c-libs.O2g.ll rust/genbig150.O0g.llvm19.ll linked/all.O0g.ll"}
MAKE_CORPUS=$ROOT/../../shared/perf/make-corpus.sh
[[ -f $MAKE_CORPUS ]] || MAKE_CORPUS=$ROOT/../shared/perf/make-corpus.sh # repo checked out as /work/main

if [[ ! -s $DIR/linked/all.O0g.ll ]]; then
  [[ -f $MAKE_CORPUS ]] || { echo "bench: no corpus in $DIR and no make-corpus.sh at $(dirname "$0")/../../shared/perf/" >&2; exit 2; }
  echo "bench: building the corpus into $DIR (~5 min)" >&2
  bash "$MAKE_CORPUS" "$DIR" >&2
fi
for t in llvm-as-19 llvm-link-19 opt-19 llvm-dis-19 llvm-dis-22 llvm-bcanalyzer-19 java /usr/bin/time; do
  command -v "$t" >/dev/null || { echo "bench: $t not found" >&2; exit 2; }
done
[[ -f $ROOT/target/irscope.jar ]] || (cd "$ROOT" && mvn -q -o package -DskipTests)
IRSCOPE=$ROOT/bin/irscope
JAR=$ROOT/target/irscope.jar

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# timeit N CMD...  sets T_WALL (s) and T_MIB (peak RSS, MiB), medians of N runs; RC = last status
timeit() {
  local n=$1 walls=() peaks=() i t0 t1 tf
  shift
  tf=$(mktemp)
  for ((i = 0; i < n; i++)); do
    t0=$EPOCHREALTIME
    RC=0
    /usr/bin/time -o "$tf" -f '%M' "$@" >/dev/null 2>/tmp/bench.err || RC=$?
    t1=$EPOCHREALTIME
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    peaks+=("$(tail -1 "$tf")")
  done
  rm -f "$tf"
  T_WALL=$(printf '%s\n' "${walls[@]}" | median)
  T_MIB=$(printf '%s\n' "${peaks[@]}" | median | awk '{printf "%.0f", $1 / 1024}')
}
mibps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1048576 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
# after_read K LINE: the K-th field after the first "read" of a ReadThroughput line (1: median s, 3: MiB/s)
after_read() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == "read") {print $(i + k); exit}}' <<<"$2"; }
best_read() { sed -E 's/.*best: read ([0-9.]+) s.*/\1/' <<<"$1"; }

echo "## Machine"
echo
echo "- $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1); $(llvm-as-19 --version | grep -m1 version | sed 's/^ *//')"
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other builds share the cores; figures are medians of $RUNS runs, LLVM commands $LLVM_RUNS)"
echo "- date: $(date -u '+%F %T UTC')"
echo

echo "## 1. Reading one unit (whole process, page cache warm)"
echo
echo "| file | MiB | cat s | cat MiB/s | irscope s | irscope MiB/s | irscope peak MiB | llvm-as-19 s | llvm-as-19 MiB/s | llvm-as-19 peak MiB | irscope / llvm-as-19 speed | irscope / cat time |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
for rel in $FILES; do
  f=$DIR/$rel
  bytes=$(stat -c %s "$f")
  cat "$f" >/dev/null
  timeit "$RUNS" cat "$f"; cat_s=$T_WALL
  timeit "$RUNS" env IRSCOPE_JAVA_OPTS=-Xmx512m "$IRSCOPE" functions "$f"; ir_s=$T_WALL ir_m=$T_MIB
  [[ $RC -eq 0 ]] || { echo "bench: irscope failed on $rel: $(head -3 /tmp/bench.err)" >&2; }
  timeit "$LLVM_RUNS" llvm-as-19 "$f" -o /dev/null; as_s=$T_WALL as_m=$T_MIB
  echo "| $rel | $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}') | $cat_s | $(mibps "$bytes" "$cat_s") | $ir_s | $(mibps "$bytes" "$ir_s") | $ir_m | $as_s | $(mibps "$bytes" "$as_s") | $as_m | $(ratio "$as_s" "$ir_s")x | $(ratio "$ir_s" "$cat_s")x |"
done
echo

echo "## 2. In-process read after warm-up (bench/ReadThroughput.java, -Xmx512m, C2, parallel GC)"
echo
echo "ReadThroughput: $WARMUP warm-up reads (the JIT is still compiling the reader for the first ~10-15 reads"
echo "of a 60 MiB file), then max(15, RUNS) timed reads of the mapped file, each followed by a"
echo "pass that sums its bytes 8 at a time (touch). 'all threads' is IrReader.read as the CLI runs it;"
echo "'one thread' the same with -Dirscope.threads=1 (the parts one after another: one core's speed);"
echo "'default heap' all threads without -Xmx (the JVM's default, a quarter of RAM, which bin/irscope also gets unless told otherwise),"
echo "where young collections no longer copy the half-built Module two or three times a read."
echo "cat: the smaller of two medians of RUNS runs of \`cat FILE > /dev/null\`, before and after the ReadThroughput runs."
echo
echo "| file | MiB | read s, median (best) | MiB/s median | one thread s, median | cat s | read / cat time, median (best) | best read / best touch | default heap: read s, median (best) | default heap: read / cat, median |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
for rel in $FILES; do
  f=$DIR/$rel
  bytes=$(stat -c %s "$f")
  timeit "$RUNS" cat "$f"; cat1=$T_WALL
  line=$(java -XX:+UseParallelGC -Xmx512m -cp "$JAR" "$ROOT/bench/ReadThroughput.java" "$f" "$WARMUP" "$((RUNS < 15 ? 15 : RUNS))")
  one=$(java -XX:+UseParallelGC -Xmx512m -Dirscope.threads=1 -cp "$JAR" "$ROOT/bench/ReadThroughput.java" "$f" "$WARMUP" "$((RUNS < 9 ? 9 : RUNS))")
  big=$(java -XX:+UseParallelGC -cp "$JAR" "$ROOT/bench/ReadThroughput.java" "$f" "$WARMUP" "$((RUNS < 15 ? 15 : RUNS))")
  timeit "$RUNS" cat "$f"; cat_s=$(awk -v a="$cat1" -v b="$T_WALL" 'BEGIN{printf "%.3f", (a < b ? a : b)}')
  read_s=$(after_read 1 "$line")
  wall=$(after_read 3 "$line")
  best=$(best_read "$line")
  touchratio=$(sed -E 's/.*ratio ([0-9.]+).*/\1/' <<<"$line")
  one_s=$(after_read 1 "$one")
  big_s=$(after_read 1 "$big")
  big_best=$(best_read "$big")
  echo "| $rel | $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}') | $read_s ($best) | $wall | $one_s | $cat_s | $(ratio "$read_s" "$cat_s")x ($(ratio "$best" "$cat_s")x) | ${touchratio}x | $big_s ($big_best) | $(ratio "$big_s" "$cat_s")x |"
done
echo

echo "## 3. Kernel-sized check: the modules of linked/all.O0g.ll"
echo
OBJ=$DIR/.work/obj
set_files=("$DIR/c/sqlite3.O0g.ll" "$DIR/c/duktape.O0g.ll" "$OBJ"/libxml2.O0g/*.ll "$OBJ"/zstd.O0g/*.ll "$OBJ"/expat.O0g/*.ll
  "$DIR"/rust/{memchr,regex_syntax,aho_corasick,regex,gen60,genbig150}.O0g.llvm19.ll)
set_bytes=$(cat "${set_files[@]}" | wc -c)
echo "${#set_files[@]} units, $(awk -v b="$set_bytes" 'BEGIN{printf "%.0f", b/1048576}') MiB. LLVM: \`llvm-link-19 UNITS -o set.bc && opt-19 -passes='cgscc(inline)' -pass-remarks=inline -pass-remarks-missed=inline -disable-output set.bc\` (one shell, timed as a whole). irscope: \`IRSCOPE_JAVA_OPTS=-Xmx512m bin/irscope check UNITS\` (2 parse threads)."
echo
tmpbc=$(mktemp -d)
timeit "$RUNS" env IRSCOPE_JAVA_OPTS=-Xmx512m "$IRSCOPE" check "${set_files[@]}"; ck_s=$T_WALL ck_m=$T_MIB ck_rc=$RC
timeit "$LLVM_RUNS" bash -c 'llvm-link-19 "$@" -o "'"$tmpbc"'/set.bc" 2>/dev/null && opt-19 -passes="cgscc(inline)" -pass-remarks=inline -pass-remarks-missed=inline -disable-output "'"$tmpbc"'/set.bc" 2>'"$tmpbc"'/remarks.txt' _ "${set_files[@]}"
ll_s=$T_WALL ll_m=$T_MIB
remarks=$(wc -l <"$tmpbc/remarks.txt" || echo 0)
rm -rf "$tmpbc"
echo "| tool | wall s | MiB/s | peak MiB | exit |"
echo "|---|--:|--:|--:|--:|"
echo "| irscope check | $ck_s | $(mibps "$set_bytes" "$ck_s") | $ck_m | $ck_rc |"
echo "| llvm-link-19 + opt-19 inline ($remarks remark lines) | $ll_s | $(mibps "$set_bytes" "$ll_s") | $ll_m (largest process) | $RC |"
echo
echo "irscope is $(ratio "$ll_s" "$ck_s")x faster."
echo

echo "## 4. Start-up: a small check"
echo
s=$ROOT/ir-samples/linux-helpers-x86_64
"$IRSCOPE" --version >/dev/null # makes the CDS archive if it is missing
n=$((RUNS * 5))
timeit "$n" "$IRSCOPE" check "$s/helpers_always.ll" "$s/rust_kernel.ll"; l_s=$T_WALL
timeit "$n" java -jar "$JAR" check "$s/helpers_always.ll" "$s/rust_kernel.ll"; j_s=$T_WALL
timeit "$n" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "$JAR" check "$s/helpers_always.ll" "$s/rust_kernel.ll"; c_s=$T_WALL
echo "| command | median wall s ($n runs) |"
echo "|---|--:|"
echo "| \`bin/irscope check\` (AppCDS + C1 + serial GC) | $l_s |"
echo "| same flags without the CDS archive | $c_s |"
echo "| \`java -jar target/irscope.jar check\` | $j_s |"
echo

echo "## 5. Reading bitcode (the units of section 1 through llvm-as-19)"
echo
echo "irscope cold: \`java -Xmx512m -cp irscope.jar bench/BitcodeThroughput.java F.bc 0 1\` as a whole process (JVM start and the"
echo "source launcher's compile included); warm: the median of 9 in-process reads after 10 untimed ones. The ratios are llvm-dis-19's wall over irscope's."
echo
echo "| file | bc MiB | irscope cold s | irscope warm s | llvm-dis-19 s | llvm-dis-22 s | llvm-bcanalyzer-19 s | llvm-dis-19 / cold | llvm-dis-19 / warm |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
bcdir=$(mktemp -d)
for rel in $FILES; do
  bc=$bcdir/$(basename "$rel" .ll).bc
  llvm-as-19 "$DIR/$rel" -o "$bc" 2>/dev/null || { echo "bench: llvm-as-19 refused $rel" >&2; continue; }
  bytes=$(stat -c %s "$bc")
  timeit "$RUNS" java -Xmx512m -cp "$JAR" "$ROOT/bench/BitcodeThroughput.java" "$bc" 0 1; cold_s=$T_WALL
  warm=$(java -Xmx512m -cp "$JAR" "$ROOT/bench/BitcodeThroughput.java" "$bc" 10 9)
  warm_s=$(after_read 1 "$warm")
  timeit "$LLVM_RUNS" llvm-dis-19 "$bc" -o /dev/null; d19=$T_WALL
  timeit "$LLVM_RUNS" llvm-dis-22 "$bc" -o /dev/null; d22=$T_WALL
  timeit "$LLVM_RUNS" llvm-bcanalyzer-19 "$bc"; an=$T_WALL
  echo "| $rel | $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}') | $cold_s | $warm_s | $d19 | $d22 | $an | $(ratio "$d19" "$cold_s")x | $(ratio "$d19" "$warm_s")x |"
done
rm -rf "$bcdir"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
