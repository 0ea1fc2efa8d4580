package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictPoliciesTest {

    private final ConflictPolicies policies = ConflictPolicies.big12();

    @Test
    void theCatalogueNamesEveryRuleOnce() {
        assertThat(policies.catalogue()).extracting(ConflictRule::id).containsExactly("shared-venue",
                "same-day-home", "exam-away", "campus-blackout", "no-play-day", "travel-time", "no-travel-window");
    }

    @Test
    void aGameIsNeverInConflictWithItself() {
        ScheduledGame basketball = game("mbb-1", "MBB", "UTAH", "BYU", "2026-01-13", "19:00");
        ScheduledGame volleyball = game("vb-1", "VB", "UTAH", "BYU", "2026-01-13", "20:00");

        assertThat(policies.ofGame(basketball, List.of(basketball, volleyball)))
                .extracting(Conflict::ruleId).containsExactly("shared-venue");
    }

    @Test
    void anItineraryIsJudgedInDateOrderWhateverOrderItComesIn() {
        ScheduledGame atUcf = game("vb-1", "VB", "KU", "UCF", "2025-10-03", "19:00");
        ScheduledGame atByu = game("vb-2", "VB", "KU", "BYU", "2025-10-04", "14:00");
        ScheduledGame otherTeams = game("vb-3", "VB", "TCU", "BAY", "2025-10-04", "14:00");

        assertThat(policies.ofItinerary("KU", List.of(atByu, otherTeams, atUcf)))
                .extracting(Conflict::ruleId).containsExactly("travel-time");
    }
}
