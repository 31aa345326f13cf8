// Clients of the Flight SQL endpoint (./etl serve) against the DuckDB JDBC driver on the same file, in one run:
// for 1, 4 and 16 concurrent clients, the KPI queries and a full scan of fact_application, each client on its own
// connection reading every column of every row. Prints queries/s and p50/p95 latency. Run by bench/serve.sh.
// The direct clients share one DuckDB database (one connection each, duplicated from it), as one application
// would; a client starts no new query once a run has taken BUDGET_SECONDS (each measures at least one).
// Both sides are long-running services for a BI tool, so each client first runs its work untimed for
// WARMUP_SECONDS (the JIT of client and server warmed, as after a dashboard's first minutes), then is measured.
// Usage: java -cp <flight jdbc + duckdb jars> ServeBench.java FLIGHT_URL WAREHOUSE_FILE USER PASSWORD
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;

public class ServeBench {

    static final String[] KPI = {"select * from kpi_cohort order by cohort",
            "select * from kpi_budget order by program_code, fiscal_year"};
    static final String SCAN = "select * from fact_application";
    static final long BUDGET_SECONDS = 90;
    static final long WARMUP_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", args[2]);
        login.setProperty("password", args[3]);
        String flight = args[0];
        String duck = "jdbc:duckdb:" + args[1] + ";access_mode=READ_ONLY";
        System.out.printf("%-8s %-7s %7s %9s %9s %9s %10s%n", "client", "work", "clients", "queries", "q/s",
                "p50 ms", "p95 ms");
        try (DuckDBConnection database = DriverManager.getConnection(duck).unwrap(DuckDBConnection.class)) {
            for (int clients : new int[] {1, 4, 16}) {
                for (String target : new String[] {"flight", "duckdb"}) {
                    Opener open = target.equals("flight") ? () -> DriverManager.getConnection(flight, login)
                            : database::duplicate;
                    run(target, "kpi", clients, open, 200, false);
                    run(target, "scan", clients, open, clients == 16 ? 1 : 2, true);
                }
            }
        }
    }

    interface Opener {
        Connection open() throws Exception;
    }

    static void run(String target, String work, int clients, Opener open, int perClient, boolean scan)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        long deadline = System.nanoTime() + (WARMUP_SECONDS + BUDGET_SECONDS) * 1_000_000_000L;
        long[] measured = new long[1];
        CyclicBarrier warmed = new CyclicBarrier(clients, () -> measured[0] = System.nanoTime());
        for (int c = 0; c < clients; c++) {
            tasks.add(() -> {
                List<Long> latencies = new ArrayList<>();
                try (Connection connection = open.open()) {
                    // warm-up: the connection (a login over the endpoint), then the work itself, untimed
                    long warm = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
                    for (int i = 0; System.nanoTime() < warm; i++) {
                        query(connection, scan ? "select * from fact_application limit 1000" : KPI[i % KPI.length]);
                    }
                    warmed.await();
                    for (int i = 0; i < perClient && (i == 0 || System.nanoTime() < deadline); i++) {
                        long start = System.nanoTime();
                        query(connection, scan ? SCAN : KPI[i % KPI.length]);
                        latencies.add(System.nanoTime() - start);
                    }
                }
                return latencies;
            });
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : pool.invokeAll(tasks)) {
            all.addAll(result.get());
        }
        double seconds = (System.nanoTime() - measured[0]) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("%-8s %-7s %7d %9d %9.1f %9.1f %10.1f%n", target, work, clients, all.size(),
                all.size() / seconds, all.get(all.size() / 2) / 1e6, all.get((int) Math.ceil(all.size() * 0.95) - 1) / 1e6);
    }

    static long query(Connection connection, String sql) throws Exception {
        long cells = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (result.getObject(i) != null) {
                        cells++;
                    }
                }
            }
        }
        return cells;
    }
}
