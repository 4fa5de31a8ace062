#!/usr/bin/env bash
# The benchmark of issue 8, in one command from a fresh clone:
#
#   bench/run.sh [EVENTS]        # EVENTS port-seizure events, default 10000000 (about 740 MB of CSV)
#
# It builds the program (./sdg16, first use) and the DuckDB yardstick (Maven profile 'bench'),
# generates a synthetic inbox, then measures, one after the other on the same files:
#   1. ./sdg16 run --master local[2]      the whole batch (all stages, JVM and Spark start included)
#   2. ./sdg16 run --master local[1]      the same on one core
#   3. DuckDB (JDBC, 2 threads)           the port-seizure work of the batch: typed read, the row
#                                         rules of contract §1.3, duplicates, Parquet by year, totals
#   4. ./sdg16 run on data-samples/       SAMPLE_RUNS times (default 3), median
# and prints wall time, CPU time (user + sys) and peak RSS of each, and the ratios, side by side,
# With BENCH_BASELINE=REV (a commit, tag or branch) it also builds REV's tree (git archive into
# BENCH_DIR) and runs it on the same inbox right after each local[2] and sample run of this tree,
# so that a change is measured before and after in one session (each tree with its own launcher
# defaults; SDG16_JAVA_OPTS applies to both).
# and for the sdg16 runs their CPU time by kind of thread (bench/threads.py, with python3): Spark
# tasks, JIT compilers, GC, the driver, the report's charts.
#
# Environment: BENCH_DIR (default bench/target/work-PID, inside the program's allowed roots, which
# --output must be; deleted at the end unless KEEP=1),
# BENCH_REPEAT (1): rounds of the big runs (1-3 above), alternating, reported by their median,
# SAMPLE_RUNS (3), BENCH_TIMEOUT (seconds per run, default 3600), DUCKDB_MEMORY (8GB; at 3GB its in-memory tables of 10M rows run out),
# SKIP_LOCAL1=1 to leave out the local[1] run, SKIP_ONE_CORE=1 to leave out local[1] pinned to one
# core with taskset (local[1] is one Spark task thread; the JVM's compiler and GC threads still use
# the other cores, so only the pinned run is the batch on one core), SDG16_JAVA_OPTS as for ./sdg16 (the
# launcher's defaults unless set). Needs GNU time (/usr/bin/time; Debian: apt-get
# install time) and Java 17 and Maven, like the program.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EVENTS="${1:-10000000}"
WORK="${BENCH_DIR:-$ROOT/bench/target/work-$$}"
SAMPLE_RUNS="${SAMPLE_RUNS:-3}"
TIMEOUT="${BENCH_TIMEOUT:-3600}"
REPEAT="${BENCH_REPEAT:-1}"
DUCKDB_MEMORY="${DUCKDB_MEMORY:-8GB}"
GNU_TIME=/usr/bin/time

if [[ ! "$REPEAT" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench: BENCH_REPEAT is a number of rounds (1, 2, …), not '$REPEAT'" >&2
  exit 2
fi
if [[ ! "$EVENTS" =~ ^[0-9]+$ ]]; then
  echo "usage: bench/run.sh [EVENTS]   (default 10000000)" >&2
  exit 2
fi
if ! "$GNU_TIME" -v true >/dev/null 2>&1; then
  echo "bench: GNU time is needed at $GNU_TIME (Debian: apt-get install time)" >&2
  exit 2
fi
mkdir -p "$WORK"
cleanup() {
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "bench: kept $WORK" >&2; fi
}
trap cleanup EXIT

say() { echo "bench: $*" >&2; }

# ---------------------------------------------------------------- build
say "building the program and the DuckDB yardstick..."
"$ROOT/sdg16" --version >/dev/null || exit 1
if ! (cd "$ROOT" && mvn -B -q -Dstyle.color=never -Pbench -pl bench -am package -DskipTests) >"$WORK/bench-build.log" 2>&1; then
  tail -30 "$WORK/bench-build.log" >&2
  say "the bench module did not build"
  exit 1
fi

BASE="${BENCH_BASELINE:-}"
BASE_ROOT="$WORK/baseline"
if [[ -n "$BASE" ]]; then
  say "building the baseline $BASE..."
  mkdir -p "$BASE_ROOT"
  git -C "$ROOT" archive "$BASE" | tar -x -C "$BASE_ROOT" || { say "no baseline tree at '$BASE'"; exit 2; }
  "$BASE_ROOT/sdg16" --version >/dev/null || exit 1
fi

# ---------------------------------------------------------------- machine
{
  echo "date:   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc:  $(nproc)"
  echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min, before the runs)"
  free -h | sed 's/^/        /'
  java -version 2>&1 | head -1 | sed 's/^/java:   /'
  echo "jvm:    SDG16_JAVA_OPTS=${SDG16_JAVA_OPTS:-(launcher default: -Xmx3g, C1 only)}"
  lscpu | grep -E '^(Model name|Architecture|CPU\(s\)|Thread|Core|Socket|L3)' | sed 's/^/        /'
} > "$WORK/machine.txt"

# ---------------------------------------------------------------- measure
# measure NAME CMD…: runs CMD under GNU time; keeps wall seconds, peak RSS (MB) and exit code
declare -A WALL CPU RSS RC
measure() {
  local name="$1"; shift
  say "$name: $*"
  timeout --kill-after=30 "$TIMEOUT" "$GNU_TIME" -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  local pid=$! mon=
  if command -v python3 >/dev/null; then # CPU seconds by kind of thread (bench/threads.py)
    python3 "$ROOT/bench/threads.py" "$pid" "$WORK/$name.threads" & mon=$!
  fi
  wait "$pid"
  local rc=$?
  [[ -n "$mon" ]] && wait "$mon"
  RC[$name]=$rc
  WALL[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$WORK/$name.time" 2>/dev/null)
  RSS[$name]=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/$name.time" 2>/dev/null)
  CPU[$name]=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$WORK/$name.time" 2>/dev/null)
  grep -h '^sdg16 \|^duckdb ' "$WORK/$name.err" "$WORK/$name.out" | sed "s/^/  [$name] /" >&2
  if [[ $rc -ne 0 ]]; then
    say "$name exited $rc; last lines:"
    tail -5 "$WORK/$name.err" | sed "s/^/  [$name] /" >&2
  fi
}

# the first 'run' after a build writes the launcher's class-data archive (AppCDS): not measured
say "warm-up: one sample run (writes the class-data archive after a build)..."
measure warmup "$ROOT/sdg16" run --output "$WORK/out-warmup"
[[ -n "$BASE" ]] && measure basewarmup "$BASE_ROOT/sdg16" run --output "$WORK/out-basewarmup"

DATA="$WORK/data"
say "generating $EVENTS port-seizure events into $DATA..."
measure generate "$ROOT/sdg16" generate --out "$DATA" --ccp-events "$EVENTS"
[[ ${RC[generate]} -eq 0 ]] || exit 1
CSV_MB=$(du -sm "$DATA/inbox/ccp" | cut -f1)

# the big runs, REPEAT rounds, alternating, each to a fresh output folder
for r in $(seq 1 "$REPEAT"); do
  measure "local2.$r" "$ROOT/sdg16" run --config "$DATA/pipeline.yaml" --master 'local[2]' --output "$WORK/out-local2.$r"
  if [[ -n "$BASE" ]]; then
    measure "base2.$r" "$BASE_ROOT/sdg16" run --config "$DATA/pipeline.yaml" --master 'local[2]' --output "$WORK/out-base2.$r"
    rm -rf "$WORK/out-base2.$r"
  fi
  if [[ "${SKIP_LOCAL1:-0}" != 1 ]]; then
    measure "local1.$r" "$ROOT/sdg16" run --config "$DATA/pipeline.yaml" --master 'local[1]' --output "$WORK/out-local1.$r"
  fi
  if [[ "${SKIP_ONE_CORE:-0}" != 1 ]] && command -v taskset >/dev/null; then
    measure "onecore.$r" taskset -c 0 "$ROOT/sdg16" run --config "$DATA/pipeline.yaml" --master 'local[1]' \
      --output "$WORK/out-onecore.$r"
  fi
  measure "duckdb.$r" java -Xmx512m -cp "$ROOT/bench/target/sdg16-bench.jar:$ROOT/bench/target/lib/*" \
    org.sdg16.bench.DuckDbBatch "$DATA/inbox/ccp" "$WORK/out-duckdb.$r" 2 "$DUCKDB_MEMORY"
  # keep the first round's outputs (accepted rows are counted there), not the others' gigabytes
  [[ $r -gt 1 ]] && rm -rf "$WORK/out-local2.$r" "$WORK/out-local1.$r" "$WORK/out-onecore.$r" "$WORK/out-duckdb.$r"
done
median() { # the median of the numbers on stdin, one a line (the mean of the middle two for an even count)
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# NAME from its rounds NAME.1 … : median wall and CPU time, highest peak RSS, the first failure;
# its stage lines and thread table are those of round 1
declare -A ROUNDS
combine() {
  local name="$1" r walls=() cpus=() rss=() rc=0
  [[ -n "${RC[$name.1]:-}" ]] || return 0
  for r in $(seq 1 "$REPEAT"); do
    walls+=("${WALL[$name.$r]}"); cpus+=("${CPU[$name.$r]}"); rss+=("${RSS[$name.$r]}")
    [[ $rc -eq 0 ]] && rc=${RC[$name.$r]}
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | median)
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | median)
  RSS[$name]=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  RC[$name]=$rc
  ROUNDS[$name]="${walls[*]}"
  for ext in out err threads; do
    [[ -f "$WORK/$name.1.$ext" ]] && cp "$WORK/$name.1.$ext" "$WORK/$name.$ext"
  done
}
for n in local2 base2 local1 onecore duckdb; do combine "$n"; done
for i in $(seq 1 "$SAMPLE_RUNS"); do
  measure "sample$i" "$ROOT/sdg16" run --output "$WORK/out-sample$i"
  [[ -n "$BASE" ]] && measure "basesample$i" "$BASE_ROOT/sdg16" run --output "$WORK/out-basesample$i"
done

# ---------------------------------------------------------------- report
ratio() { # a / b, or n/a
  if [[ -n "${1:-}" && -n "${2:-}" && "${2:-0}" != "0.0" ]]; then awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; else echo n/a; fi
}
status() { [[ "${RC[$1]:-x}" == 0 ]] && echo ok || echo "FAILED (exit ${RC[$1]:-?})"; }

SAMPLE_WALLS=(); SAMPLE_RSS=()
for i in $(seq 1 "$SAMPLE_RUNS"); do SAMPLE_WALLS+=("${WALL[sample$i]}"); SAMPLE_RSS+=("${RSS[sample$i]}"); done
MEDIAN_WALL=$(printf '%s\n' "${SAMPLE_WALLS[@]}" | median)
MAX_SAMPLE_RSS=$(printf '%s\n' "${SAMPLE_RSS[@]}" | sort -n | tail -1)

accepted_sdg16() { # accepted ccp rows from a run manifest (needs python3), else n/a
  local m; m=$(ls -t "$1"/runs/*.json 2>/dev/null | head -1)
  [[ -n "$m" ]] && command -v python3 >/dev/null || { echo n/a; return; }
  python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))
print(sum(f["rows_accepted"] for f in m["files"] if f["dataset"] == "ccp"))' "$m" 2>/dev/null || echo n/a
}
accepted_duckdb() { sed -n 's/^duckdb revisions: *\([0-9,]*\) accepted.*/\1/p' "$WORK/duckdb.out" | tr -d ,; }

{
  echo
  echo "== sdg16 benchmark: $EVENTS port-seizure events ($CSV_MB MB of CCP CSV) =="
  cat "$WORK/machine.txt"
  echo
  printf '%-34s %10s %10s %12s  %s\n' "run" "wall s" "CPU s" "peak RSS MB" "status"
  printf '%-34s %10s %10s %12s  %s\n' "generate" "${WALL[generate]}" "${CPU[generate]}" "${RSS[generate]}" "$(status generate)"
  printf '%-34s %10s %10s %12s  %s\n' "sdg16 run, local[2]" "${WALL[local2]}" "${CPU[local2]}" "${RSS[local2]}" "$(status local2)"
  if [[ -n "$BASE" ]]; then
    printf '%-34s %10s %10s %12s  %s\n' "baseline $BASE, local[2]" "${WALL[base2]}" "${CPU[base2]}" "${RSS[base2]}" "$(status base2)"
  fi
  if [[ -n "${RC[local1]:-}" ]]; then
    printf '%-34s %10s %10s %12s  %s\n' "sdg16 run, local[1]" "${WALL[local1]}" "${CPU[local1]}" "${RSS[local1]}" "$(status local1)"
  fi
  if [[ -n "${RC[onecore]:-}" ]]; then
    printf '%-34s %10s %10s %12s  %s\n' "sdg16 run, local[1] on one core" "${WALL[onecore]}" "${CPU[onecore]}" "${RSS[onecore]}" "$(status onecore)"
  fi
  printf '%-34s %10s %10s %12s  %s\n' "DuckDB, same CCP work, 2 threads" "${WALL[duckdb]}" "${CPU[duckdb]}" "${RSS[duckdb]}" "$(status duckdb)"
  for i in $(seq 1 "$SAMPLE_RUNS"); do
    printf '%-34s %10s %10s %12s  %s\n' "sample batch, run $i" "${WALL[sample$i]}" "${CPU[sample$i]}" "${RSS[sample$i]}" "$(status sample$i)"
    if [[ -n "$BASE" ]]; then
      printf '%-34s %10s %10s %12s  %s\n' "baseline sample batch, run $i" "${WALL[basesample$i]}" "${CPU[basesample$i]}" "${RSS[basesample$i]}" "$(status basesample$i)"
    fi
  done
  echo
  echo "accepted port seizures: sdg16 $(accepted_sdg16 "$WORK/out-local2.1"), DuckDB $(accepted_duckdb)"
  if [[ "$REPEAT" -gt 1 ]]; then
    echo "$REPEAT rounds, alternating; the table gives the median wall and CPU time, the highest RSS; each round's wall s:"
    for n in local2 base2 local1 onecore duckdb; do [[ -n "${ROUNDS[$n]:-}" ]] && printf '  %-10s %s\n' "$n" "${ROUNDS[$n]}"; done
  fi
  echo
  echo "ratios (targets of issue 8):"
  printf '  %-44s %8s   (target <= 3, aim 2)\n' "sdg16 local[2] / DuckDB, wall" "$( [[ ${RC[local2]} == 0 ]] && ratio "${WALL[local2]}" "${WALL[duckdb]}" || echo n/a)"
  if [[ -n "${RC[local1]:-}" ]]; then
    printf '  %-44s %8s   (target >= 1.6)\n' "local[1] / local[2], wall" "$( [[ ${RC[local1]} == 0 && ${RC[local2]} == 0 ]] && ratio "${WALL[local1]}" "${WALL[local2]}" || echo n/a)"
  fi
  if [[ -n "${RC[onecore]:-}" ]]; then
    printf '  %-44s %8s\n' "local[1] on one core / local[2], wall" "$( [[ ${RC[onecore]} == 0 && ${RC[local2]} == 0 ]] && ratio "${WALL[onecore]}" "${WALL[local2]}" || echo n/a)"
  fi
  printf '  %-44s %8s s (target <= 20 s)\n' "sample batch, median wall of $SAMPLE_RUNS" "$MEDIAN_WALL"
  printf '  %-44s %8s MB (target <= 3072 MB)\n' "sample batch, highest peak RSS" "$MAX_SAMPLE_RSS"
  if [[ -n "$BASE" ]]; then
    BASE_MEDIAN=$(for i in $(seq 1 "$SAMPLE_RUNS"); do echo "${WALL[basesample$i]}"; done | median)
    printf '  %-44s %8s   (below 1: this tree is faster)\n' "local[2], this tree / baseline $BASE, wall" "$(ratio "${WALL[local2]}" "${WALL[base2]}")"
    printf '  %-44s %8s   (median %s s / %s s)\n' "sample, this tree / baseline, wall" "$(ratio "$MEDIAN_WALL" "$BASE_MEDIAN")" "$MEDIAN_WALL" "$BASE_MEDIAN"
  fi
  printf '  %-44s %8s MB\n' "sdg16 local[2], peak RSS" "${RSS[local2]}"
  if [[ -f "$WORK/local2.threads" ]]; then
    echo
    echo "CPU s by kind of thread (bench/threads.py$([[ "$REPEAT" -gt 1 ]] && echo ", round 1"); what local[n] bounds is the spark tasks):"
    RUNS=(); for n in local2 local1 onecore; do [[ -f "$WORK/$n.threads" ]] && RUNS+=("$n"); done
    printf '  %-16s' "thread"; printf ' %10s' "${RUNS[@]}"; echo
    while read -r k; do
      printf '  %-16s' "$k"
      for n in "${RUNS[@]}"; do printf ' %10s' "$(awk -v k="$k" '{ v = $NF; $NF = ""; sub(/ $/, "") } $0 == k { print v }' "$WORK/$n.threads")"; done
      echo
    done < <(awk '{ $NF = ""; sub(/ $/, ""); print }' "$WORK/local2.threads")
  fi
} | tee "$WORK/summary.txt"

# the sdg16 stage lines, for profiles
{
  echo
  echo "stage times (progress lines on stderr):"
  for n in local2 local1 onecore sample1; do
    [[ -f "$WORK/$n.err" ]] && grep -h '^sdg16 [a-z]*:' "$WORK/$n.err" | sed "s/^/  [$n] /"
    [[ -f "$WORK/$n.err" && "${RC[$n]:-0}" != 0 ]] \
      && grep -m1 -ho 'java.lang.OutOfMemoryError.*\|sdg16: failed.*' "$WORK/$n.err" | sed "s/^/  [$n] failed: /"
  done
  [[ -f "$WORK/duckdb.out" ]] && sed 's/^/  [duckdb] /' "$WORK/duckdb.out"
} | tee -a "$WORK/summary.txt"

[[ "${RC[local2]}" == 0 && "${RC[duckdb]}" == 0 ]]
