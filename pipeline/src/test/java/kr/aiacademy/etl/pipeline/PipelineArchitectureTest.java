package kr.aiacademy.etl.pipeline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's packages form no cycle, the library stays free of Spring Boot, Batch core and Quartz, and the demo
 * generator stays apart from the load.
 */
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

    @Test
    void nothingInTheLoadDependsOnTheDemoGenerator() {
        noClasses().that().resideOutsideOfPackage("kr.aiacademy.etl.pipeline.demo..")
                .should().dependOnClassesThat().resideInAPackage("kr.aiacademy.etl.pipeline.demo..")
                .because("demo writes the demo inbox and benchmark drops; the load must not need it")
                .check(PIPELINE);
    }

    @Test
    void theDemoGeneratorUsesOnlyDropNamesAndDatesOfThePipeline() {
        noClasses().that().resideInAPackage("kr.aiacademy.etl.pipeline.demo..")
                .should().dependOnClassesThat(resideInAPackage("kr.aiacademy.etl.pipeline..")
                        .and(not(resideInAnyPackage("kr.aiacademy.etl.pipeline.demo..",
                                "kr.aiacademy.etl.pipeline.inbox..", "kr.aiacademy.etl.pipeline.normalize.."))))
                .because("demo writes drops as a sender would: it needs the drop naming and the date formats only")
                .check(PIPELINE);
    }
}
