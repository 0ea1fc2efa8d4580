package com.flextime.optimizer.season;

/**
 * A Big 12 rule that needs several teams' games at once, so it is judged on the whole season rather than on one
 * team's (which Monday game is the Big Monday game, whether travel partners visit a pair of schools together).
 * Like a {@link SeasonRule} it is switched on per sport in {@code season_rules_<season>.csv}, hard or soft. The
 * search re-judges these rules after every move, so they must be fast (a pass over the meetings).
 */
interface SeasonWideRule {

    String id();

    String name();

    /** How far the season is from the rule: violations (hard) or penalty units (soft); 0 when kept. */
    double measure(SeasonGames games, SeasonContext context);

    /** A season-wide rule as a sport uses it: hard, or soft with a weight per unit. */
    record Use(SeasonWideRule rule, boolean hard, double weight) {
    }
}
