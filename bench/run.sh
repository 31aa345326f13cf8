#!/usr/bin/env bash
# Benchmark of the nightly load, end to end: generates N enrollment applications as K gzip CSV drops (with
# employment, awards and budget drops in proportion: one survey record per 4 applications, one award per 50), then
# times `./etl run` on them with a 512 MB heap. Reports rows/s per step, wall time, peak heap (from the GC log)
# and peak resident memory. Usage: bench/run.sh [N=1000000] [K=4]
set -euo pipefail

n="${1:-1000000}"
drops="${2:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/$n"
rm -rf "$out"
mkdir -p "$out"

"$root/etl" demo --inbox "$out/inbox" --applications "$n" --drops "$drops" >/dev/null
echo "generated $n applications in $drops drops: $(du -sh "$out/inbox" | cut -f1)"

export ETL_JAVA_OPTS="-Xmx512m -XX:+UseParallelGC -Xlog:gc:file=$out/gc.log"
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/time.txt" "$root/etl" run --inbox "$out/inbox" --data-dir "$out/data" --quiet \
  > "$out/report.json"
end=$(date +%s.%N)

python3 - "$out" "$n" "$start" "$end" <<'PY'
import json, re, sys
out, n, start, end = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
report = json.load(open(f"{out}/report.json"))
wall = end - start
rows = report["rows"]["read"]
print(f"status {report['status']}; {n:,} applications; rows read {rows:,} (all feeds), "
      f"loaded {report['rows']['loaded']:,}, rejected {report['rows']['rejected']:,}")
print(f"{'step':24} {'seconds':>8} {'records':>12} {'records/s':>12}")
for step in report["steps"]:
    print(f"{step['name']:24} {step['seconds']:8.2f} {step['records']:12,} {step['records_per_second']:12,}")
print(f"{'job (all rows)':24} {report['seconds']:8.2f} {rows:12,} {rows / report['seconds']:12,.0f}")
print(f"{'./etl run, wall clock':24} {wall:8.2f} {rows:12,} {rows / wall:12,.0f}")
peak = 0
for line in open(f"{out}/gc.log"):
    m = re.search(r"(\d+)M->\d+M\(\d+M\)", line)
    if m:
        peak = max(peak, int(m.group(1)))
print(f"peak heap before a GC: {peak} MB (limit 512 MB)")
for line in open(f"{out}/time.txt"):
    if "Maximum resident set size" in line:
        print(f"peak resident memory: {int(line.split(':')[1]) // 1024} MB (heap + DuckDB + JVM)")
PY
