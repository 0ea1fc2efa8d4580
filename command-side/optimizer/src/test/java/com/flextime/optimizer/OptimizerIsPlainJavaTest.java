package com.flextime.optimizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The optimizer runs anywhere Java runs: the sagas, the command line and the benchmarks share it as is. */
class OptimizerIsPlainJavaTest {

    @Test
    void theOptimizerDependsOnNothingButJavaAndTheDomain() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.flextime.optimizer..", "com.flextime.domain..", "com.flextime.events..",
                        "java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.flextime.optimizer"));
    }
}
