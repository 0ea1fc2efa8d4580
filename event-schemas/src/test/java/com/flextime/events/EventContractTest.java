package com.flextime.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The event jar is the contract downstream systems compile against: plain Java, every event versioned. */
class EventContractTest {

    @Test
    void eventsDependOnNothingButJava() {
        var events = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.flextime.events");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("com.flextime.events..", "java..")
                .check(events);
    }

    @Test
    void everyEventIsARecordWithASchemaVersion() {
        assertThat(ScheduleEvent.class.getPermittedSubclasses()).hasSize(10);
        assertThat(OptimizationEvent.class.getPermittedSubclasses()).hasSize(7);
        assertThat(ProposalEvent.class.getPermittedSubclasses()).hasSize(3);
        assertThat(ConflictEvent.class.getPermittedSubclasses()).hasSize(2);
        Arrays.stream(new Class<?>[] {ScheduleEvent.class, OptimizationEvent.class, ProposalEvent.class,
                        ConflictEvent.class})
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .forEach(type -> {
                    assertThat(type.isRecord()).as(type.getSimpleName() + " is a record").isTrue();
                    assertThat(type.getAnnotation(SchemaVersion.class))
                            .as(type.getSimpleName() + " has a schema version").isNotNull();
                });
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        var start = java.time.LocalDate.of(2026, 3, 7);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SeasonWindow(start, start.minusDays(1)))
                .withMessageContaining("before its start");
    }
}
