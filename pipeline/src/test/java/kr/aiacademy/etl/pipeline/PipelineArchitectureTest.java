package kr.aiacademy.etl.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's packages form no cycle, and the library stays free of Spring Boot, Batch core and Quartz. */
class PipelineArchitectureTest {

    private static final JavaClasses PIPELINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.aiacademy.etl.pipeline");

    @Test
    void noTwoPackagesOfThePipelineDependOnEachOther() {
        slices().matching("kr.aiacademy.etl.pipeline.(*)..").should().beFreeOfCycles().check(PIPELINE);
    }

    @Test
    void thePipelineImportsNoSpringBootBatchCoreOrQuartz() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.boot..", "org.springframework.batch.core..", "org.quartz..")
                .because("pipeline is a plain library: only Spring Batch's item interfaces (infrastructure)")
                .check(PIPELINE);
    }
}
