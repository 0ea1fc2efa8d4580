package com.flextime.domain.metrics;

import com.flextime.domain.metrics.SeasonScoring.SoftScore;
import java.util.List;

/**
 * A season's figures per team and in total. Miles are rounded to a tenth; the soft score is null (with
 * {@code softScoreNote} saying why) when the optimizer's scorer does not apply to the season.
 */
public record ScheduleMetrics(String scheduleId, long version, Counting counting, List<TeamMetrics> teams,
                              Totals totals, SoftScore softScore, String softScoreNote) {

    /** The trip gap and series length the figures were counted with (see {@link SeasonScoring.Counting}). */
    public record Counting(int tripGapDays, int seriesLength) {
    }

    /** Days without a game between a team's consecutive games: back-to-back games have 0. Null below two games. */
    public record RestDays(Integer min, Double average) {
    }

    /**
     * One team: games at home and away, breaks (two home or two road meetings in a row), its longest run of road
     * games, travel miles, home dates on a Friday, Saturday or Sunday, and rest days.
     */
    public record TeamMetrics(String team, int games, int home, int away, int breaks, int longestRoadTrip,
                              double travelMiles, int weekendHomeDates, RestDays restDays) {
    }

    /** The whole season: sums, except the longest road trip and the fewest rest days, which are the worst team's. */
    public record Totals(int games, int breaks, double travelMiles, int weekendHomeDates, int longestRoadTrip,
                         Integer minRestDays) {
    }
}
