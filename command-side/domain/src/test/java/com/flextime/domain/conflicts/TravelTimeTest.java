package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.DATA;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TravelTimeTest {

    private final TravelTime rule = new TravelTime(BIG12, DATA);

    @Test
    void orlandoOnFridayNightThenProvoOnSaturdayCannotBeMade() {
        ScheduledGame atUcf = game("vb-1", "VB", "KU", "UCF", "2025-10-03", "19:00");
        ScheduledGame atByu = game("vb-2", "VB", "KU", "BYU", "2025-10-04", "14:00");

        assertThat(rule.conflictsOf("KU", List.of(atUcf, atByu))).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.HARD);
            assertThat(c.teams()).containsExactly("KU");
            assertThat(c.itinerary()).isEqualTo("vb-2025-26/KU");
            assertThat(c.reason()).contains("KU cannot make the", "UCF", "BYU");
        });
    }

    @Test
    void daysBetweenGamesLeaveTimeForTheTrip() {
        ScheduledGame atUcf = game("vb-1", "VB", "KU", "UCF", "2025-10-01", "19:00");
        ScheduledGame atByu = game("vb-2", "VB", "KU", "BYU", "2025-10-04", "14:00");

        assertThat(rule.conflictsOf("KU", List.of(atUcf, atByu))).isEmpty();
    }

    @Test
    void goingHomeNeedsOnlyTheHomeLead() {
        ScheduledGame atKsu = game("vb-1", "VB", "KU", "KSU", "2025-10-03", "19:00");
        ScheduledGame home = game("vb-2", "VB", "TCU", "KU", "2025-10-04", "14:00");

        assertThat(rule.conflictsOf("KU", List.of(atKsu, home))).isEmpty();
    }

    @Test
    void aSeriesAtOnePlaceNeedsNoTravel() {
        ScheduledGame first = game("bsb-1", "BSB", "KU", "BYU", "2026-03-13", "18:30");
        ScheduledGame second = game("bsb-2", "BSB", "KU", "BYU", "2026-03-14", "14:00");

        assertThat(rule.conflictsOf("KU", List.of(first, second))).isEmpty();
    }
}
