package kr.aiacademy.etl.jobs;

import kr.aiacademy.etl.pipeline.datadir.DataDir;
import kr.aiacademy.etl.warehouse.quality.QualityGate;
import kr.aiacademy.etl.warehouse.query.DuckDbResources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the warehouse library. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

    /** The memory and threads of the run's DuckDB instances (etl.duckdb.*); builds spill under the data dir. */
    @Bean
    DuckDbResources duckDbResources(EtlProperties properties, DataDir dataDir) {
        EtlProperties.Duckdb duckdb = properties.duckdb();
        return new DuckDbResources(duckdb.memoryLimit().toBytes(), duckdb.threads(), dataDir.spill());
    }

    @Bean
    QualityGate qualityGate(DuckDbResources resources) {
        return new QualityGate(resources);
    }
}
