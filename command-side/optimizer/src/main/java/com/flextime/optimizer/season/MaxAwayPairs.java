package com.flextime.optimizer.season;

/**
 * {@code max-away-pairs N}: at most N times two road meetings back to back (football: no school has two sets of
 * back-to-back road games, N = 1).
 */
final class MaxAwayPairs implements SeasonRule {

    private final int max;

    MaxAwayPairs(String param) {
        this.max = SeasonRule.number(param, "max-away-pairs");
    }

    @Override
    public String id() {
        return "max-away-pairs";
    }

    @Override
    public String name() {
        return "At most " + max + " sets of back-to-back road meetings";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int pairs = 0;
        for (int i = 1; i < s.size; i++) {
            if (!s.home[i] && !s.home[i - 1]) {
                pairs++;
            }
        }
        return Math.max(0, pairs - max);
    }
}
