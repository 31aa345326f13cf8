package kr.aiacademy.etl.warehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The warehouse's packages form no cycle, and the library stays free of Spring Boot, Spring Batch and Quartz. */
class WarehouseArchitectureTest {

    private static final JavaClasses WAREHOUSE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.aiacademy.etl.warehouse");

    @Test
    void noTwoPackagesOfTheWarehouseDependOnEachOther() {
        slices().matching("kr.aiacademy.etl.warehouse.(*)..").should().beFreeOfCycles().check(WAREHOUSE);
    }

    @Test
    void theWarehouseImportsNoSpringBootBatchOrQuartz() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.boot..", "org.springframework.batch..", "org.quartz..")
                .because("warehouse is a plain library")
                .check(WAREHOUSE);
    }
}
