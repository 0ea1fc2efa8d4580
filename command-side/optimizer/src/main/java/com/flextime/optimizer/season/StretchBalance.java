package com.flextime.optimizer.season;

/**
 * {@code opening-balance N:K} / {@code closing-balance N:K}: the first (last) N meetings include at least K at home and
 * K on the road (basketball: first four and last four at least two home and two away, {@code 4:2}).
 */
final class StretchBalance implements SeasonRule {

    private final boolean opening;
    private final int count;
    private final int min;

    StretchBalance(boolean opening, String param) {
        this.opening = opening;
        int[] p = SeasonRule.pair(param, id());
        this.count = p[0];
        this.min = p[1];
    }

    @Override
    public String id() {
        return opening ? "opening-balance" : "closing-balance";
    }

    @Override
    public String name() {
        return (opening ? "First " : "Last ") + count + " meetings: at least " + min + " home and " + min + " away";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int k = Math.min(count, s.size);
        int from = opening ? 0 : s.size - k;
        int home = 0;
        for (int i = from; i < from + k; i++) {
            if (s.home[i]) {
                home++;
            }
        }
        return Math.max(0, min - home) + Math.max(0, min - (k - home));
    }
}
