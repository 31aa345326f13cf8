#!/usr/bin/env bash
# Benchmark of ./etl serve (not a test): loads a warehouse of N generated applications (once; kept in
# bench/out/serve-N), starts the endpoint on it (TLS, self-signed) and runs bench/ServeBench.java: 1, 4 and 16
# concurrent clients running the KPI queries and a full scan of fact_application over Apache Arrow's Flight SQL
# JDBC driver, against the same queries over the DuckDB JDBC driver on the file, in the same run.
# Usage: bench/serve.sh [N=1000000] [K=4]
set -euo pipefail

n="${1:-1000000}"
drops="${2:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/serve-$n"
port=31338
mkdir -p "$out"

if [ ! -f "$out/data/warehouse/warehouse.duckdb" ]; then
  "$root/etl" demo --inbox "$out/inbox" --applications "$n" --drops "$drops" >/dev/null
  "$root/etl" run --inbox "$out/inbox" --data-dir "$out/data" --quiet >/dev/null
fi
echo "warehouse of $n applications: $(du -h "$out/data/warehouse/warehouse.duckdb" | cut -f1)"

# the clients' class path: the Flight SQL JDBC driver and DuckDB's, from the build's repository
(cd "$root" && ./mvnw -q -B dependency:build-classpath -pl jobs -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt" >/dev/null)
classpath="$(tr ':' '\n' < "$out/classpath.txt" | grep -E 'flight-sql-jdbc-driver|duckdb_jdbc' | paste -sd:)"

export ETL_SERVE_USER=bench ETL_SERVE_PASSWORD="bench-$RANDOM$RANDOM"
"$root/etl" serve --data-dir "$out/data" --port "$port" --max-queries 32 > "$out/serve.out" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "^serving " "$out/serve.out" && break
  sleep 0.5
done
grep "SHA-256" "$out/serve.out" || { cat "$out/serve.out"; exit 1; }

java -Xmx2g --add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED -cp "$classpath" \
  "$root/bench/ServeBench.java" \
  "jdbc:arrow-flight-sql://127.0.0.1:$port?useEncryption=true&disableCertificateVerification=true" \
  "$out/data/warehouse/warehouse.duckdb" "$ETL_SERVE_USER" "$ETL_SERVE_PASSWORD" 2>/dev/null
