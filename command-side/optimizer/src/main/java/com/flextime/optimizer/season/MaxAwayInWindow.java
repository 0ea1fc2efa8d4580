package com.flextime.optimizer.season;

/**
 * {@code max-away-in-window N:K}: in any N consecutive meetings at most K are on the road (football: no 4 of 5 on the
 * road, {@code 5:3}); the measure sums the excess over every window.
 */
final class MaxAwayInWindow implements SeasonRule {

    private final int window;
    private final int max;

    MaxAwayInWindow(String param) {
        int[] p = SeasonRule.pair(param, "max-away-in-window");
        this.window = p[0];
        this.max = p[1];
    }

    @Override
    public String id() {
        return "max-away-in-window";
    }

    @Override
    public String name() {
        return "At most " + max + " road meetings in any " + window + " in a row";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int excess = 0;
        int away = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.home[i]) {
                away++;
            }
            if (i >= window && !s.home[i - window]) {
                away--;
            }
            if (i >= window - 1 && away > max) {
                excess += away - max;
            }
        }
        return excess;
    }
}
