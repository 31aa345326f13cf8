#!/usr/bin/env bash
# Fixed cost of a load: `./etl run` on an empty inbox (JVM start, Spring, the job's steps with nothing to land,
# the KPI extract of the unchanged warehouse), R times (default 10), wall clock and CPU (user + system of the whole
# process tree, the steadier figure on a shared machine). With a second checkout OTHER (e.g. a worktree of an older
# commit), the runs alternate between the two, each on its own data directory, so that both see the same load of
# the machine. Reports median, min and max of each. Target: median wall under 2 s on a 2-core machine.
# Usage: bench/start.sh [R=10] [OTHER]
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
roots=("$root")
if [ -n "${2:-}" ]; then
  roots+=("$(cd "$2" && pwd)")
fi
out="$root/bench/out/start"
mkdir -p "$out/inbox/enrollment"
for r in "${roots[@]}"; do
  # builds, extracts and trains the launcher's archive if needed; the first run also makes the (empty) warehouse
  data="$out/data-$(basename "$r")"
  "$r/etl" run --inbox "$out/inbox" --data-dir "$data" --quiet >/dev/null
done

python3 - "$out" "$runs" "${roots[@]}" <<'PY'
import os, resource, statistics, subprocess, sys, time
out, runs, roots = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
figures = {r: ([], []) for r in roots}
for _ in range(runs):
    for r in roots:
        data = f"{out}/data-{os.path.basename(r)}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([f"{r}/etl", "run", "--inbox", f"{out}/inbox", "--data-dir", data, "--quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        figures[r][0].append(wall)
        figures[r][1].append(cpu)
def line(values):
    return f"median {statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"
for r in roots:
    wall, cpu = figures[r]
    print(f"{r}: ./etl run, empty inbox, {runs} runs: wall {line(wall)}; CPU {line(cpu)}")
print(f"load average now {os.getloadavg()[0]:.1f} (target: median wall under 2 s)")
PY
