package com.flextime.optimizer.season;

/**
 * {@code max-consecutive-away N} / {@code max-consecutive-home N}: at most N road (or home) meetings in a row, in
 * date order; the measure is the number of meetings beyond N in each run.
 */
final class MaxConsecutive implements SeasonRule {

    private final boolean away;
    private final int max;

    MaxConsecutive(boolean away, String param) {
        this.away = away;
        this.max = SeasonRule.number(param, id());
    }

    @Override
    public String id() {
        return away ? "max-consecutive-away" : "max-consecutive-home";
    }

    @Override
    public String name() {
        return "At most " + max + (away ? " road" : " home") + " meetings in a row";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int excess = 0;
        int run = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.home[i] != away) {
                run++;
                if (run > max) {
                    excess++;
                }
            } else {
                run = 0;
            }
        }
        return excess;
    }
}
