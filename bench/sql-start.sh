#!/usr/bin/env bash
# Start-up of the SQL prompt: wall time of `./etl sql "select 1"` (JVM start, opening the published warehouse, one
# one-row query, exit), run R times (default 15) on the bundled demo's warehouse. Reports median, min and max.
# Target: median under 1.5 s on a 2-core machine. Usage: bench/sql-start.sh [R=15]
set -euo pipefail

runs="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/bench/out/sql-start"
if [ ! -f "$data/warehouse/warehouse.duckdb" ]; then
  "$root/etl" run --data-dir "$data" --quiet >/dev/null
fi
"$root/etl" sql --data-dir "$data" "select 1" >/dev/null   # builds and trains the launcher's archive if needed

python3 - "$root/etl" "$data" "$runs" <<'PY'
import statistics, subprocess, sys, time
etl, data, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run([etl, "sql", "--data-dir", data, "select 1 as one"], check=True, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"./etl sql \"select 1\": median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
      f"max {max(times):.2f} s over {runs} runs (target: median under 1.5 s)")
PY
