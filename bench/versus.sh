#!/usr/bin/env bash
# `./etl run` against the DuckDB-native reference (../shared/bench/duckdb-native), whole processes in alternating
# pairs on the same inbox (not a test): generates N applications in K drops once (kept in bench/out/versus-N), then
# P times: the project into a fresh data dir, the reference into a fresh data dir (the order alternates per pair),
# each under /usr/bin/time with -Xmx512m. Prints wall seconds, CPU seconds and peak resident memory of every run,
# and the median ratios. Usage: bench/versus.sh [N=1000000] [P=3] [K=4]
set -euo pipefail

n="${1:-1000000}"
pairs="${2:-3}"
drops="${3:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reference="${REFERENCE:-$root/../shared/bench/duckdb-native}"
out="$root/bench/out/versus-$n"
mkdir -p "$out"
[ -d "$out/inbox" ] || "$root/etl" demo --inbox "$out/inbox" --applications "$n" --drops "$drops" >/dev/null
export ETL_PII_KEY="versus-benchmark-key-$n"
export BASELINE_CLASSES="$out/reference-classes"
"$reference/run.sh" --compile
"$root/etl" --version >/dev/null 2>&1 || true   # builds the launcher's copy first, outside the timings

measure() { # name data-dir command...: one line "name wall cpu rss_mb"
  local name=$1 data=$2
  shift 2
  rm -rf "$data"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/$name.out" 2>"$out/$name.err" \
    || { echo "$name failed: see $out/$name.err" >&2; exit 1; }
  read -r wall user sys rss < "$out/time.txt"
  echo "$name $wall $(echo "$user + $sys" | bc) $((rss / 1024))"
}

project() { ETL_JAVA_OPTS="-Xmx512m" measure project "$out/data-project" "$root/etl" run --inbox "$out/inbox" \
  --data-dir "$out/data-project" --quiet; }
baseline() { measure reference "$out/data-reference" "$reference/run.sh" "$out/inbox" "$out/data-reference"; }

: > "$out/runs.txt"
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) -eq 1 ]; then project; baseline; else baseline; project; fi
done | tee "$out/runs.txt"

python3 - "$out/runs.txt" "$n" <<'PY'
import statistics, sys
runs = {"project": [], "reference": []}
for line in open(sys.argv[1]):
    name, wall, cpu, rss = line.split()
    runs[name].append((float(wall), float(cpu), int(rss)))
pairs = list(zip(runs["project"], runs["reference"]))
print(f"{int(sys.argv[2]):,} applications, {len(pairs)} alternating pairs")
print(f"wall ratio (project / reference), median: {statistics.median(p[0] / r[0] for p, r in pairs):.2f}")
print(f"CPU ratio, median: {statistics.median(p[1] / r[1] for p, r in pairs):.2f}")
for name, values in runs.items():
    print(f"{name:9} wall median {statistics.median(v[0] for v in values):7.2f} s, CPU {statistics.median(v[1] for v in values):7.2f} s, "
          f"peak RSS max {max(v[2] for v in values):,} MB")
PY
