package com.flextime.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.metrics.ScheduleMetrics.RestDays;
import com.flextime.domain.metrics.ScheduleMetrics.TeamMetrics;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A four-team basketball season worked out by hand (miles: great-circle between campuses, e.g. BYU–Utah 36.19,
 * Utah–K-State 813.75, K-State–BYU 802.64, KU–BYU 876.70, KU–K-State 74.13, Utah–KU 887.88).
 */
class MetricsCalculatorTest {

    private static final ConferenceCatalog BIG12 = ConferenceCatalog.big12();
    private static final SeasonScheduleCreated SEASON = new SeasonSetup(BIG12).open("s", "MBB", "2025-26", null,
            List.of("BYU", "UTAH", "KU", "KSU"), new SeasonWindow(LocalDate.parse("2025-12-30"),
                    LocalDate.parse("2026-03-07")), EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY)), Map.of(),
            null);
    /** Trips of road games up to 3 days apart, single games: basketball as the optimizer counts it. */
    private static final SeasonScoring BASKETBALL = SeasonScoring.NONE;

    /**
     * BYU: at Utah Sat 3 Jan, at K-State Tue 6 Jan (a 2-game road trip, a break), KU at home Sat 10 Jan.
     * KU: K-State Sat 3 Jan and Utah Wed 7 Jan at home (a break), at BYU Sat 10 Jan.
     * K-State: at KU Sat 3 Jan, BYU Tue 6 Jan and Utah Sat 10 Jan at home (a break).
     * Utah: BYU at home Sat 3 Jan, at KU Wed 7 Jan, at K-State Sat 10 Jan (a 2-game road trip, a break).
     */
    static List<Game> handSchedule() {
        return new ArrayList<>(List.of(game("g1", "KU", "KSU", "2026-01-03"), game("g2", "UTAH", "BYU", "2026-01-03"),
                game("g3", "KSU", "BYU", "2026-01-06"), game("g4", "KU", "UTAH", "2026-01-07"),
                game("g5", "BYU", "KU", "2026-01-10"), game("g6", "KSU", "UTAH", "2026-01-10")));
    }

    @Test
    void measuresEachTeamOfTheHandSchedule() {
        ScheduleMetrics metrics = new MetricsCalculator(BIG12, BASKETBALL).measure(SEASON, 7, handSchedule());

        assertThat(metrics.teams()).containsExactly(
                new TeamMetrics("BYU", 3, 1, 2, 1, 2, 1652.6, 1, new RestDays(2, 2.5)),
                new TeamMetrics("UTAH", 3, 1, 2, 1, 2, 1775.8, 1, new RestDays(2, 2.5)),
                new TeamMetrics("KU", 3, 2, 1, 1, 1, 1753.4, 1, new RestDays(2, 2.5)),
                new TeamMetrics("KSU", 3, 2, 1, 1, 1, 148.3, 1, new RestDays(2, 2.5)));
        assertThat(metrics.totals()).isEqualTo(new ScheduleMetrics.Totals(6, 4, 5330.0, 4, 2, 2));
        assertThat(metrics.counting()).isEqualTo(new ScheduleMetrics.Counting(3, 1));
        assertThat(metrics.version()).isEqualTo(7);
        assertThat(metrics.softScore()).isNull();
        assertThat(metrics.softScoreNote()).contains("no 2025-26 MBB format");
    }

    @Test
    void roadGamesFurtherApartThanTheTripGapGoHomeInBetween() {
        List<Game> games = handSchedule();
        games.add(game("g7", "UTAH", "KU", "2026-01-17")); // KU: at BYU Sat 10, at Utah Sat 17: seven days apart

        TeamMetrics ku = team(new MetricsCalculator(BIG12, BASKETBALL).measure(SEASON, 8, games), "KU");

        // KU-BYU-KU, then KU-Utah-KU: 2 x 876.70 + 2 x 887.88
        assertThat(ku.travelMiles()).isEqualTo(3529.2);
        assertThat(ku.longestRoadTrip()).isEqualTo(2); // still two road games in a row
        assertThat(ku.breaks()).isEqualTo(2);
        assertThat(ku.restDays()).isEqualTo(new RestDays(2, 3.67)); // 3, 2, 6 days off
    }

    @Test
    void aLongerTripGapMakesTheSameGamesOneTrip() {
        List<Game> games = handSchedule();
        games.add(game("g7", "UTAH", "KU", "2026-01-17"));
        SeasonScoring weekly = countingWith(new SeasonScoring.Counting(7, 1));

        TeamMetrics ku = team(new MetricsCalculator(BIG12, weekly).measure(SEASON, 8, games), "KU");

        // KU-BYU-Utah-KU: 876.70 + 36.19 + 887.88
        assertThat(ku.travelMiles()).isEqualTo(1800.8);
    }

    @Test
    void aSeriesIsOneMeetingSoItsGamesMakeNoBreak() {
        // a three-game series at KU, Fri to Sun (three weekend home dates), then a road game: no break
        List<Game> games = List.of(game("a", "KU", "KSU", "2026-01-09"), game("b", "KU", "KSU", "2026-01-10"),
                game("c", "KU", "KSU", "2026-01-11"), game("d", "BYU", "KU", "2026-01-14"));
        SeasonScoring series = countingWith(new SeasonScoring.Counting(2, 3));

        ScheduleMetrics metrics = new MetricsCalculator(BIG12, series).measure(SEASON, 4, games);

        assertThat(team(metrics, "KU")).isEqualTo(new TeamMetrics("KU", 4, 3, 1, 0, 1, 1753.4, 3,
                new RestDays(0, 0.67)));
        // counted game by game, the series would be two breaks
        assertThat(team(new MetricsCalculator(BIG12, BASKETBALL).measure(SEASON, 4, games), "KU").breaks())
                .isEqualTo(2);
        assertThat(team(metrics, "KSU").breaks()).isZero();
    }

    @Test
    void aTeamWithoutGamesHasNoRestDaysAndNoMiles() {
        ScheduleMetrics metrics = new MetricsCalculator(BIG12, BASKETBALL).measure(SEASON, 0, List.of());

        assertThat(team(metrics, "BYU")).isEqualTo(new TeamMetrics("BYU", 0, 0, 0, 0, 0, 0.0, 0,
                new RestDays(null, null)));
        assertThat(metrics.totals()).isEqualTo(new ScheduleMetrics.Totals(0, 0, 0.0, 0, 0, null));
    }

    private static TeamMetrics team(ScheduleMetrics metrics, String team) {
        return metrics.teams().stream().filter(t -> t.team().equals(team)).findFirst().orElseThrow();
    }

    private static SeasonScoring countingWith(SeasonScoring.Counting counting) {
        return new SeasonScoring() {
            @Override
            public Counting counting(String sport, String season) {
                return counting;
            }

            @Override
            public List<SeasonRule> rules(String sport, String season) {
                return List.of();
            }

            @Override
            public java.util.Optional<SoftScore> softScore(SeasonScheduleCreated s, java.util.Collection<Game> g) {
                return java.util.Optional.empty();
            }
        };
    }

    private static Game game(String id, String home, String away, String date) {
        return new Game(id, home, away, LocalDate.parse(date), LocalTime.of(19, 0),
                BIG12.homeVenue(home, "MBB").code(), false);
    }
}
