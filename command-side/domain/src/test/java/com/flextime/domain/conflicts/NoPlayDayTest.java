package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoPlayDayTest {

    private final NoPlayDay rule = new NoPlayDay(BIG12);

    @Test
    void byuOnASundayIsAHardConflict() {
        ScheduledGame sunday = game("soc-1", "SOC", "BYU", "UTAH", "2025-09-21", "13:00");

        assertThat(rule.conflictsOf(sunday, List.of())).singleElement().satisfies(c -> {
            assertThat(c.teams()).containsExactly("BYU");
            assertThat(c.reason()).contains("BYU never plays on a Sunday");
        });
    }

    @Test
    void otherSchoolsPlaySundays() {
        assertThat(rule.conflictsOf(game("soc-1", "SOC", "KU", "UTAH", "2025-09-21", "13:00"), List.of()))
                .isEmpty();
    }
}
