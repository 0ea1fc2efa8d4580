package com.flextime.command.conflicts;

import com.flextime.command.conflicts.ConflictCommands.RecordConflict;
import com.flextime.command.conflicts.ConflictCommands.ResolveConflict;
import com.flextime.events.ConflictDetected;
import com.flextime.events.ConflictGame;
import com.flextime.events.ConflictResolved;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given the register's events, when the saga's command, expect the conflict's events or none. */
class ConflictAggregateTest {

    static final String ID = "c-1";
    static final LocalDate TUESDAY = LocalDate.of(2026, 1, 13);
    static final ConflictDetected DETECTED = new ConflictDetected(ID, "shared-venue",
            "Two sports never use one venue at overlapping times, changeover included", "HARD",
            "Marriott Center holds both", TUESDAY, "marriott-center", List.of("BYU", "UTAH"),
            List.of(new ConflictGame("mbb", "g1", "MBB", "BYU", "UTAH", TUESDAY, LocalTime.of(19, 0),
                            "marriott-center"),
                    new ConflictGame("vb", "g2", "VB", "BYU", "UTAH", TUESDAY, LocalTime.of(20, 0),
                            "marriott-center")));
    static final ConflictResolved RESOLVED = new ConflictResolved(ID, "UTAH at BYU (VB) moved");

    private FixtureConfiguration<ConflictAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConflictAggregate.class);
    }

    @Test
    void aNewConflictIsDetected() {
        fixture.givenNoPriorActivity()
                .when(new RecordConflict(ID, DETECTED))
                .expectEvents(DETECTED)
                .expectResultMessagePayload(true);
    }

    @Test
    void recordingAnOpenConflictAgainRecordsNothing() {
        fixture.given(DETECTED)
                .when(new RecordConflict(ID, DETECTED))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void anOpenConflictIsResolved() {
        fixture.given(DETECTED)
                .when(new ResolveConflict(ID, RESOLVED.reason()))
                .expectEvents(RESOLVED)
                .expectResultMessagePayload(true);
    }

    @Test
    void resolvingAResolvedConflictRecordsNothing() {
        fixture.given(DETECTED, RESOLVED)
                .when(new ResolveConflict(ID, "again"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aResolvedConflictThatComesBackIsDetectedAgain() {
        fixture.given(DETECTED, RESOLVED)
                .when(new RecordConflict(ID, DETECTED))
                .expectEvents(DETECTED);
    }

    @Test
    void aConflictSentToAnotherIdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordConflict("c-2", DETECTED))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
