package com.flextime.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The season model, the hard rules and the reference data are plain Java, so the optimizer and any other
 * caller can use them without Spring or Axon. This keeps it so.
 */
class DomainIsPlainJavaTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.flextime.domain");

    @Test
    void theDomainDependsOnNothingButJavaAndTheEventContract() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.flextime.domain..", "com.flextime.events..", "java..")
                .check(DOMAIN);
    }
}
