package kr.aiacademy.etl.warehouse.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which queries' results are kept, on a real DuckDB file with views and macros of its own. */
class ResultCacheTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void aWarehouse() throws Exception {
        file = dir.resolve("warehouse.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("create table cohort as select range as id, 'c' || range as label from range(10)");
            statement.execute("create view recent as select * from cohort where id > 5");
            statement.execute("create view ages as select id, current_date - date '2020-01-01' as days from cohort");
            statement.execute("create view ages_of_recent as select a.* from ages a join recent using (id)");
            statement.execute("create view \"Odd Name\" as select id, random() as r from cohort");
            statement.execute("create macro doubled(x) as x * 2");
            statement.execute("create macro stamped(x) as x || now()::varchar");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from cohort order by id",
        "select label, doubled(id) from recent where id = ?",
        "select nullif(label, 'c1'), if(id > 2, 'big', 'small') from cohort",
        "select count(*) from cohort"})
    void aQueryThatCannotAnswerOtherwiseOnTheFileIsKept(String sql) throws Exception {
        assertThat(key(new ResultCache(1 << 20), sql)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select random()",
        "select id, now() from cohort",
        "select current_date",
        "select * from cohort where id = nextval('s')",
        "select gen_random_uuid()",
        "select * from ages",
        "select * from ages_of_recent",
        "select * from \"Odd Name\"",
        "select * from \"odd name\"",
        "select stamped(label) from cohort",
        "select today()",
        "select * from range(3)",
        "select * from cohort using sample 3",
        "select * from cohort tablesample 50%",
        "select * from duckdb_settings()",
        "select current_setting('threads')"})
    void aQueryWhoseAnswerCouldChangeIsNotKept(String sql) throws Exception {
        assertThat(key(new ResultCache(1 << 20), sql)).isNull();
    }

    @Test
    void nothingIsKeptWithoutCapacity() throws Exception {
        assertThat(key(new ResultCache(0), "select * from cohort")).isNull();
    }

    @Test
    void theSameQueryWithOtherValuesIsAnotherResult() throws Exception {
        ResultCache cache = new ResultCache(1 << 20);
        try (PublishedWarehouse warehouse = new PublishedWarehouse(file, 0);
                PublishedWarehouse.Lease lease = warehouse.lease()) {
            String sql = "select label from cohort where id = ?";
            cache.put(cache.key(sql, List.of(1), lease), new byte[] {1});
            assertThat(cache.get(cache.key(sql, List.of(1), lease))).containsExactly(1);
            assertThat(cache.get(cache.key(sql, List.of(2), lease))).isNull();
        }
    }

    @Test
    void aLargeResultIsNotKeptAndTheLeastRecentlyUsedGoPastTheCapacity() {
        ResultCache cache = new ResultCache(1600);
        ResultCache.Key a = new ResultCache.Key("a", List.of());
        ResultCache.Key b = new ResultCache.Key("b", List.of());
        ResultCache.Key c = new ResultCache.Key("c", List.of());
        cache.put(a, new byte[101]);
        assertThat(cache.get(a)).as("larger than a sixteenth of the capacity").isNull();
        for (int i = 0; i < 15; i++) {
            cache.put(new ResultCache.Key("filler" + i, List.of()), new byte[100]);
        }
        cache.put(a, new byte[100]);
        cache.put(b, new byte[100]); // 1700 bytes: the oldest goes
        assertThat(cache.get(new ResultCache.Key("filler0", List.of()))).isNull();
        assertThat(cache.get(a)).hasSize(100);
        cache.put(c, new byte[100]); // the least recently used goes: filler1, not a (just read)
        assertThat(cache.get(new ResultCache.Key("filler1", List.of()))).isNull();
        assertThat(cache.get(a)).hasSize(100);
        assertThat(cache.get(new ResultCache.Key("filler2", List.of()))).hasSize(100);
        assertThat(cache.get(c)).hasSize(100);
    }

    @Test
    void quotedNamesAreWordsAsWholeAndInParts() {
        assertThat(ResultCache.words("select \"Odd \"\"Name\"\"\" from t")).contains("odd \"name\"", "odd", "name",
                "select", "t");
    }

    private ResultCache.Key key(ResultCache cache, String sql) throws Exception {
        try (PublishedWarehouse warehouse = new PublishedWarehouse(file, 0);
                PublishedWarehouse.Lease lease = warehouse.lease()) {
            return cache.key(sql, List.of(), lease);
        }
    }
}
