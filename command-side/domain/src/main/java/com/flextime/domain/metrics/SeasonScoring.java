package com.flextime.domain.metrics;

import com.flextime.domain.schedule.Game;
import com.flextime.events.SeasonScheduleCreated;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A port to the optimizer's view of a season: how it counts meetings and trips for a sport, which season rules it
 * applies, and its soft score of a set of games. The optimizer implements it (the domain cannot see the optimizer);
 * {@link #NONE} stands in when no optimizer is wired, so the metrics still answer.
 */
public interface SeasonScoring {

    /**
     * How the optimizer reads a team's games: road games at most {@code tripGap} days apart are one trip (no leg
     * home between them); games against one opponent on consecutive days at one venue, up to {@code seriesLength},
     * are one meeting (a series), and breaks are counted between meetings.
     */
    record Counting(int tripGap, int seriesLength) {

        /** The optimizer's defaults when a sport has no format: trips of games up to 3 days apart, single games. */
        public static final Counting DEFAULT = new Counting(3, 1);
    }

    /** One season rule of the sport's format: hard, or soft with its weight per unit. */
    record SeasonRule(String id, String name, boolean hard, double weight) {
    }

    /** One soft rule's weighted share of the score. */
    record RuleScore(String id, String name, double score) {
    }

    /** The optimizer's soft score (lower is better): the sum of the rules' shares. */
    record SoftScore(double total, List<RuleScore> rules) {
    }

    Counting counting(String sport, String season);

    /** The sport's season rules in that season's format; empty when the optimizer has no format for them. */
    List<SeasonRule> rules(String sport, String season);

    /**
     * The soft score the optimizer would give these games, or empty when its scorer does not apply: no format for
     * the sport and season, or fewer teams than the format needs.
     */
    Optional<SoftScore> softScore(SeasonScheduleCreated season, Collection<Game> games);

    SeasonScoring NONE = new SeasonScoring() {
        @Override
        public Counting counting(String sport, String season) {
            return Counting.DEFAULT;
        }

        @Override
        public List<SeasonRule> rules(String sport, String season) {
            return List.of();
        }

        @Override
        public Optional<SoftScore> softScore(SeasonScheduleCreated season, Collection<Game> games) {
            return Optional.empty();
        }
    };
}
