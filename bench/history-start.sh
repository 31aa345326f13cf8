#!/usr/bin/env bash
# Start-up of the history listing: wall time of `./etl history` (JVM start, reading the job repository and the drop
# ledger of the H2 metadata, printing 20 runs, exit), run R times (default 15) on a data directory with 20 runs (the
# bundled demo, then 19 runs of an empty inbox; made once under bench/out/history-start). Reports median, min and max.
# The CPU time (user + system) of each run is reported too: on a shared machine it varies less than the wall time.
# Target: median under 1.5 s for 20 runs on a 2-core machine. Usage: bench/history-start.sh [R=15]
set -euo pipefail

runs="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/history-start"
data="$out/data"
if [ ! -f "$out/made" ]; then
  rm -rf "$out"
  mkdir -p "$out/empty-inbox/enrollment"
  "$root/etl" run --data-dir "$data" --quiet >/dev/null
  for _ in $(seq 19); do
    "$root/etl" run --data-dir "$data" --inbox "$out/empty-inbox" --quiet >/dev/null
  done
  touch "$out/made"
fi
"$root/etl" history --data-dir "$data" >/dev/null   # builds and trains the launcher's archive if needed
shown="$("$root/etl" history --data-dir "$data" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')"

python3 - "$root/etl" "$data" "$runs" "$shown" <<'PY'
import os, resource, statistics, subprocess, sys, time
etl, data, runs, shown = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
times, cpu = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([etl, "history", "--data-dir", data], check=True, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
load = os.getloadavg()[0]
print(f"./etl history ({shown} runs): median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
      f"max {max(times):.2f} s over {runs} runs (target: median under 1.5 s); CPU median "
      f"{statistics.median(cpu):.2f} s; load average {load:.1f}")
PY
