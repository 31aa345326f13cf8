package kr.aiacademy.etl.jobs;

import kr.aiacademy.etl.warehouse.quality.QualityGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the warehouse library. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

    @Bean
    QualityGate qualityGate() {
        return new QualityGate();
    }
}
