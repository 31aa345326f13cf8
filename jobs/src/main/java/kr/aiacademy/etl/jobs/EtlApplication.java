package kr.aiacademy.etl.jobs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The batch application. Started by the command line ({@link kr.aiacademy.etl.jobs.cli.EtlCommand}). */
@SpringBootApplication
@EnableConfigurationProperties(EtlProperties.class)
public class EtlApplication {
}
