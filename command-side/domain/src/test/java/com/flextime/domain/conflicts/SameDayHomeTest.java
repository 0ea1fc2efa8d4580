package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.DATA;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameDayHomeTest {

    private final SameDayHome rule = new SameDayHome(BIG12, DATA);
    private final ScheduledGame womens = game("wbb-1", "WBB", "KU", "BYU", "2026-01-10", "12:00");

    @Test
    void aSchoolHostingMensAndWomensBasketballOnOneDayIsASoftConflict() {
        ScheduledGame mens = game("mbb-1", "MBB", "UTAH", "BYU", "2026-01-10", "20:30");

        assertThat(rule.conflictsOf(womens, List.of(mens))).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.SOFT);
            assertThat(c.teams()).containsExactly("BYU", "KU", "UTAH");
            assertThat(c.reason()).contains("BYU hosts", "Women's Basketball", "Men's Basketball");
        });
        assertThat(rule.conflictsOf(mens, List.of(womens))).hasSize(1);
    }

    @Test
    void theMensTeamOnTheRoadThatDayIsNoConflict() {
        ScheduledGame mensAway = game("mbb-1", "MBB", "BYU", "UTAH", "2026-01-10", "20:30");

        assertThat(rule.conflictsOf(womens, List.of(mensAway))).isEmpty();
    }

    @Test
    void onlyThePairsTheSeasonRulesNameCount() {
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2026-01-10", "20:30");
        ScheduledGame mensTennis = game("mtn-1", "MTN", "UTAH", "BYU", "2026-03-14", "12:00");
        ScheduledGame womensTennis = game("wtn-1", "WTN", "ASU", "BYU", "2026-03-14", "17:00");

        assertThat(rule.conflictsOf(womens, List.of(volleyball))).isEmpty();
        assertThat(rule.conflictsOf(womensTennis, List.of(mensTennis))).hasSize(1);
    }
}
