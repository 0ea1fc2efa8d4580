package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CampusBlackoutDayTest {

    private final CampusBlackoutDay rule = new CampusBlackoutDay(BIG12);

    @Test
    void aGameOnCampusDuringGeneralConferenceIsAHardConflict() {
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2025-10-04", "14:00");

        assertThat(rule.conflictsOf(volleyball, List.of())).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.HARD);
            assertThat(c.venue()).isEqualTo("marriott-center");
            assertThat(c.reason()).contains("BYU", "LDS General Conference");
        });
    }

    @Test
    void theVenuesCampusCountsNotTheHomeTeams() {
        // KU "hosts" at Arizona State's arena while it is closed for graduation
        ScheduledGame neutral = game("mbb-1", "MBB", "KSU", "KU", "2025-12-13", "16:00", "desert-financial-arena");

        assertThat(rule.conflictsOf(neutral, List.of())).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("ASU", "Arena closed for graduation"));
    }

    @Test
    void otherDaysAreFree() {
        assertThat(rule.conflictsOf(game("vb-1", "VB", "UTAH", "BYU", "2025-10-03", "19:00"), List.of()))
                .isEmpty();
    }
}
