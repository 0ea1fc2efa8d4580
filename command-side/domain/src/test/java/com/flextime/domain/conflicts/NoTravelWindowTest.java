package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.DATA;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoTravelWindowTest {

    private final NoTravelWindow rule = new NoTravelWindow(BIG12, DATA);

    @Test
    void byuCannotFlyToOrlandoBetweenASaturdayHomeGameAndAMondayRoadGame() {
        ScheduledGame saturday = game("mbb-1", "MBB", "KU", "BYU", "2026-01-10", "16:00");
        ScheduledGame monday = game("mbb-2", "MBB", "BYU", "UCF", "2026-01-12", "20:30");

        assertThat(new TravelTime(BIG12, DATA).conflictsOf("BYU", List.of(saturday, monday)))
                .as("the trip itself fits in the time").isEmpty();
        assertThat(rule.conflictsOf("BYU", List.of(saturday, monday))).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.HARD);
            assertThat(c.teams()).containsExactly("BYU");
            assertThat(c.reason()).contains("BYU does not travel SAT 18:00 to MON 06:00");
        });
    }

    @Test
    void aFreeWeekendLetsByuTravelOnFriday() {
        ScheduledGame wednesday = game("mbb-1", "MBB", "KU", "BYU", "2026-01-07", "20:30");
        ScheduledGame monday = game("mbb-2", "MBB", "BYU", "UCF", "2026-01-12", "20:30");

        assertThat(rule.conflictsOf("BYU", List.of(wednesday, monday))).isEmpty();
    }

    @Test
    void otherTeamsHaveNoWindow() {
        ScheduledGame saturday = game("mbb-1", "MBB", "UTAH", "KU", "2026-01-10", "16:00");
        ScheduledGame monday = game("mbb-2", "MBB", "KU", "UCF", "2026-01-12", "20:30");

        assertThat(rule.conflictsOf("KU", List.of(saturday, monday))).isEmpty();
    }
}
