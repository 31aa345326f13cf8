package kr.aiacademy.etl.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.aiacademy.etl.warehouse.build.BuildInput;
import kr.aiacademy.etl.warehouse.build.DataTest;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateTest {

    @TempDir
    Path dir;

    @Test
    void aBuiltWarehousePassesEveryInvariant() throws Exception {
        Path built = build();

        assertThat(new QualityGate().check(built)).isEqualTo(QualityGate.checks().size()).isGreaterThanOrEqualTo(34);
    }

    @Test
    void aViolatedInvariantFailsTheGateNamingTheCheck() throws Exception {
        Path built = build();
        List<DataTest> checks = new ArrayList<>(QualityGate.checks());
        checks.add(new DataTest("test.always_violated", "select 'test.always_violated', count(*) from dim_region"));

        assertThatThrownBy(() -> new QualityGate(checks, DuckDbResources.DUCKDB_DEFAULTS).check(built))
                .isInstanceOf(QualityGateException.class)
                .hasMessageContaining("test.always_violated: 18 violation(s)")
                .hasMessageContaining("nothing published");
    }

    private Path build() throws Exception {
        Path built = dir.resolve("built.duckdb");
        new WarehouseBuilder().build(new BuildInput(Map.of(), List.of(), List.of()), built);
        return built;
    }
}
