package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedVenueTest {

    private final SharedVenue rule = new SharedVenue(BIG12);
    private final ScheduledGame basketball = game("mbb-1", "MBB", "UTAH", "BYU", "2026-01-13", "19:00");

    @Test
    void basketballAndVolleyballInOneArenaWithinTheArenaHoldClash() {
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2026-01-13", "20:00");

        List<Conflict> conflicts = rule.conflictsOf(basketball, List.of(volleyball));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("shared-venue");
            assertThat(c.severity()).isEqualTo(Severity.HARD);
            assertThat(c.venue()).isEqualTo("marriott-center");
            assertThat(c.games()).extracting(ScheduledGame::id).containsExactly("mbb-1", "vb-1");
            assertThat(c.reason()).contains("Marriott Center", "60 minutes apart", "at least 210 minutes");
        });
    }

    @Test
    void gamesFarEnoughApartForTheChangeoverShareTheArena() {
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2026-01-13", "12:00");

        assertThat(rule.conflictsOf(basketball, List.of(volleyball))).isEmpty();
    }

    @Test
    void aGymnasticsMeetHoldsTheArenaIntoTheNextDay() {
        ScheduledGame meet = game("gym-1", "GYM", "UTAH", "BYU", "2026-01-12", "19:00");
        ScheduledGame nextDay = game("mbb-2", "MBB", "UTAH", "BYU", "2026-01-13", "16:00");

        assertThat(rule.conflictsOf(nextDay, List.of(meet))).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("1350 minutes"));
    }

    @Test
    void twoDraftsOfOneSportAreAlternativesNotAClash() {
        ScheduledGame otherDraft = game("mbb-9", "MBB", "KU", "BYU", "2026-01-13", "19:00");

        assertThat(rule.conflictsOf(basketball, List.of(otherDraft))).isEmpty();
    }

    @Test
    void theSameClashFoundFromEitherGameHasOneId() {
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2026-01-13", "20:00");

        assertThat(rule.conflictsOf(volleyball, List.of(basketball)).get(0).id())
                .isEqualTo(rule.conflictsOf(basketball, List.of(volleyball)).get(0).id());
    }
}
