package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.metrics.MetricsCalculator;
import com.flextime.domain.metrics.ScheduleMetrics;
import com.flextime.domain.metrics.SeasonScoring;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.SeasonScheduleCreated;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain's metrics and the optimizer's report ({@code generate}, a proposal's score) must tell a scheduler the
 * same thing: on generated seasons, single games (lacrosse, basketball) and three-game series (baseball), each
 * team's breaks, home and road games and miles agree, and the port's soft score is the report's.
 */
class OptimizerSeasonScoringTest {

    private static final ConferenceCatalog BIG12 = ConferenceCatalog.big12();
    private final OptimizerSeasonScoring scoring = new OptimizerSeasonScoring(BIG12);

    @ParameterizedTest
    @ValueSource(strings = {"LAX", "MBB", "BSB"})
    void metricsAgreeWithTheOptimizersReport(String sport) {
        SeasonGenerator.Result result = Generated.season(sport);
        SeasonValidator.Validation report = SeasonValidator.validate(result.context(), result.games());
        SeasonSchedule schedule = Generated.fold(result.format(), result.games());

        ScheduleMetrics metrics = new MetricsCalculator(BIG12, scoring).measure(created(schedule),
                schedule.version(), schedule.games());

        for (SeasonValidator.TeamLine line : report.teams()) {
            ScheduleMetrics.TeamMetrics team = metrics.teams().stream().filter(t -> t.team().equals(line.team()))
                    .findFirst().orElseThrow();
            assertThat(team.breaks()).as(line.team() + " breaks").isEqualTo(line.breaks());
            assertThat(team.home()).as(line.team() + " home").isEqualTo(line.home() * result.format().seriesLength());
            assertThat(team.games()).as(line.team() + " games").isEqualTo(line.games());
            assertThat(team.travelMiles()).as(line.team() + " miles").isCloseTo(line.miles(), within(0.051));
        }
        assertThat(metrics.totals().travelMiles()).isCloseTo(report.travelMiles(), within(0.051));
        assertThat(metrics.softScore().total()).isCloseTo(report.softScore(), within(1e-9));
        assertThat(metrics.softScore().rules()).extracting(SeasonScoring.RuleScore::id)
                .containsExactlyElementsOf(report.soft().keySet());
    }

    @Test
    void countsAsTheSportsFormatSays() {
        assertThat(scoring.counting("BSB", "2025-26")).isEqualTo(new SeasonScoring.Counting(2, 3));
        assertThat(scoring.counting("MBB", "2025-26")).isEqualTo(new SeasonScoring.Counting(3, 1));
        assertThat(scoring.counting("MBB", "2031-32")).isEqualTo(SeasonScoring.Counting.DEFAULT);
        assertThat(scoring.rules("MBB", "2025-26")).extracting(SeasonScoring.SeasonRule::id)
                .contains("travel", "breaks", "partners-travel-together");
    }

    @Test
    void hasNoSoftScoreForASeasonTheFormatCannotBePlayedBy() {
        SeasonSchedule four = Generated.fold(Generated.format("MBB"), List.of());
        SeasonScheduleCreated created = created(four);
        SeasonScheduleCreated fewTeams = new SeasonScheduleCreated(created.scheduleId(), "MBB", "2025-26",
                created.name(), List.of("BYU", "UTAH", "KU", "KSU"), created.calendar(), created.rules());

        assertThat(scoring.softScore(fewTeams, List.of())).isEmpty();
        assertThat(scoring.softScore(new SeasonScheduleCreated(created.scheduleId(), "MBB", "2031-32",
                created.name(), created.teams(), created.calendar(), created.rules()), List.of())).isEmpty();
    }

    private static SeasonScheduleCreated created(SeasonSchedule s) {
        return new SeasonScheduleCreated(s.id(), s.sport(), s.season(), s.name(), s.teams(), s.calendar(), s.rules());
    }
}
