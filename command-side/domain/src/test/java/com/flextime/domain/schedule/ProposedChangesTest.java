package com.flextime.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.events.GameScheduled;
import com.flextime.events.ScheduleProposed;
import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The difference a scheduler reads before adopting a proposal, and the game events adopting it records. */
class ProposedChangesTest {

    static final LocalDate SAT = LocalDate.of(2026, 3, 28);
    static final LocalDate SUN = LocalDate.of(2026, 3, 29);
    static final LocalTime ONE_PM = LocalTime.of(13, 0);

    static SeasonSchedule lacrosse(GameScheduled... games) {
        SeasonSchedule schedule = SeasonSchedule.created(new SeasonSetup(ConferenceCatalog.big12()).open("lax", "LAX",
                "2025-26", null, List.of("ASU", "CIN", "COLO", "FLA"),
                new SeasonWindow(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 26)),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null, null));
        for (GameScheduled game : games) {
            schedule.apply(game);
        }
        return schedule;
    }

    static GameScheduled game(String id, String home, String away, LocalDate date) {
        return new GameScheduled("lax", id, home, away, date, ONE_PM, home.toLowerCase() + "-field");
    }

    static ScheduleProposed.Game proposed(String id, String home, String away, LocalDate date) {
        return new ScheduleProposed.Game(id, home, away, date, ONE_PM, home.toLowerCase() + "-field");
    }

    @Test
    void anEmptySeasonGetsEveryGameAdded() {
        ProposedChanges changes = ProposedChanges.between(lacrosse(),
                List.of(proposed("g1", "ASU", "CIN", SAT), proposed("g2", "COLO", "FLA", SAT)));
        assertThat(changes.diff().added()).containsExactly("g1", "g2");
        assertThat(changes.diff().gamesMoved()).isZero();
        assertThat(changes.events()).hasSize(2).allMatch(GameScheduled.class::isInstance);
    }

    @Test
    void namesWhatMovesWhatSwapsWhatGoesAndWhatStays() {
        SeasonSchedule season = lacrosse(game("g1", "ASU", "CIN", SAT), game("g2", "COLO", "FLA", SAT),
                game("g3", "ASU", "COLO", SUN), game("g4", "CIN", "FLA", SUN));
        ProposedChanges changes = ProposedChanges.between(season, List.of(proposed("g1", "ASU", "CIN", SUN),
                proposed("g2", "FLA", "COLO", SAT), proposed("g4", "CIN", "FLA", SUN)));
        ScheduleProposed.Diff diff = changes.diff();
        assertThat(diff.removed()).containsExactly("g3");
        assertThat(diff.swapped()).containsExactly("g2");
        assertThat(diff.moved()).extracting(ScheduleProposed.Moved::gameId).containsExactly("g1");
        assertThat(diff.moved().get(0).fromDate()).isEqualTo(SAT);
        assertThat(diff.moved().get(0).toDate()).isEqualTo(SUN);
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.added()).isEmpty();
        // applied in order, the events turn the season into the proposal
        SeasonSchedule after = season.preview(changes.events());
        assertThat(after.game("g1").orElseThrow().date()).isEqualTo(SUN);
        assertThat(after.game("g2").orElseThrow().home()).isEqualTo("FLA");
        assertThat(after.game("g3")).isEmpty();
        assertThat(season.games()).hasSize(4); // the preview leaves the season alone
    }

    @Test
    void refusesAGameWhoseTeamsChanged() {
        SeasonSchedule season = lacrosse(game("g1", "ASU", "CIN", SAT));
        assertThatIllegalArgumentException().isThrownBy(() -> ProposedChanges.between(season,
                List.of(proposed("g1", "ASU", "FLA", SAT)))).withMessageContaining("changes its teams");
    }
}
