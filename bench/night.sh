#!/usr/bin/env bash
# The night after a full load (not a test): generates N applications in K drops once (bench/out/versus-N, as
# bench/versus.sh does) and a night's drops of 1,000 applications once (bench/out/night-1000, dated after them);
# loads the N in full into a fresh data dir, then R times: a copy of that data dir takes the night's drops
# (`./etl run`, -Xmx512m). Prints the wall seconds, CPU seconds and peak resident memory of the full load and of
# every night, and the median night / full load ratio. Usage: bench/night.sh [N=1000000] [R=3] [K=4]
set -euo pipefail

n="${1:-1000000}"
repeats="${2:-3}"
drops="${3:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/versus-$n"
night="$root/bench/out/night-1000/inbox"
mkdir -p "$out"
[ -d "$out/inbox" ] || "$root/etl" demo --inbox "$out/inbox" --applications "$n" --drops "$drops" >/dev/null
if [ ! -d "$night" ]; then
  "$root/etl" demo --inbox "$night.tmp" --applications 1000 --drops 1 >/dev/null
  for file in "$night".tmp/*/*; do   # the night's drop names: a later date than the history's
    feed="$(basename "$(dirname "$file")")"
    mkdir -p "$night/$feed"
    name="$(basename "$file")"
    mv "$file" "$night/$feed/${name/20240101/20240301}"
  done
  rm -rf "$night.tmp"
fi
export ETL_PII_KEY="versus-benchmark-key-$n" ETL_JAVA_OPTS="-Xmx512m"

measure() { # name data-dir inbox: one line "name wall cpu rss_mb note"
  local name=$1 data=$2 inbox=$3
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$root/etl" run --inbox "$inbox" --data-dir "$data" --quiet \
    --etl.landing.settle-time=0s >"$out/$name.out" 2>"$out/$name.err" \
    || { echo "$name failed: see $out/$name.err" >&2; exit 1; }
  read -r wall user sys rss < "$out/time.txt"
  echo "$name $wall $(echo "$user + $sys" | bc) $((rss / 1024))"
}

rm -rf "$out/data-full"
measure full "$out/data-full" "$out/inbox" | tee "$out/night-runs.txt"
for i in $(seq 1 "$repeats"); do
  rm -rf "$out/data-night"
  cp -a "$out/data-full" "$out/data-night"
  sync   # the copy on disk, as last night's published file would be
  measure night "$out/data-night" "$night"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  ', r['note']); \
[print('   ', s['name'], s['seconds']) for s in r['steps'] if s['seconds'] >= 0.05]" "$out/night.out"
done | tee -a "$out/night-runs.txt"
du -sh "$out/data-full/warehouse/warehouse.duckdb"

python3 - "$out/night-runs.txt" "$n" <<'PY'
import statistics, sys
runs = {"full": [], "night": []}
for line in open(sys.argv[1]):
    parts = line.split()
    if parts and parts[0] in runs:
        runs[parts[0]].append((float(parts[1]), float(parts[2]), int(parts[3])))
full, nights = runs["full"][0], runs["night"]
night = statistics.median(w for w, _, _ in nights)
print(f"{int(sys.argv[2]):,} applications: full load {full[0]:.2f} s wall ({full[2]:,} MB peak RSS), "
      f"night of 1,000 applications median {night:.2f} s of {len(nights)} "
      f"({max(r for _, _, r in nights):,} MB peak RSS): {night / full[0]:.2f} of the full load")
PY
