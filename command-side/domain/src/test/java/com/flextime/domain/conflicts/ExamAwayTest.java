package com.flextime.domain.conflicts;

import static com.flextime.domain.conflicts.Games.BIG12;
import static com.flextime.domain.conflicts.Games.DATA;
import static com.flextime.domain.conflicts.Games.game;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExamAwayTest {

    private final ExamAway rule = new ExamAway(BIG12, DATA);

    @Test
    void aRoadGameOnTheTeamsFinalExamDayIsASoftConflict() {
        ScheduledGame road = game("wbb-1", "WBB", "KU", "BYU", "2025-12-08", "17:00");

        assertThat(rule.conflictsOf(road, List.of())).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.SOFT);
            assertThat(c.teams()).containsExactly("KU");
            assertThat(c.reason()).contains("final-exam day at Kansas");
        });
    }

    @Test
    void hostingOnAnExamDayIsWhatSchoolsAskFor() {
        ScheduledGame home = game("wbb-1", "WBB", "BYU", "KU", "2025-12-08", "17:00");

        assertThat(rule.conflictsOf(home, List.of())).isEmpty();
    }

    @Test
    void sportsWithoutAnExamRuleAreNotJudged() {
        ScheduledGame mens = game("mbb-1", "MBB", "KU", "BYU", "2025-12-08", "20:30");

        assertThat(rule.conflictsOf(mens, List.of())).isEmpty();
    }
}
