package com.flextime.optimizer.season;

/**
 * {@code opening-home N} / {@code closing-home N}: at least one home meeting among the first (last) N (football: one
 * of the first two and one of the last two at home; basketball: do not open or close with two road games).
 */
final class StretchHome implements SeasonRule {

    private final boolean opening;
    private final int count;

    StretchHome(boolean opening, String param) {
        this.opening = opening;
        this.count = SeasonRule.number(param, id());
    }

    @Override
    public String id() {
        return opening ? "opening-home" : "closing-home";
    }

    @Override
    public String name() {
        return "A home meeting among the " + (opening ? "first " : "last ") + count;
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int k = Math.min(count, s.size);
        int from = opening ? 0 : s.size - k;
        for (int i = from; i < from + k; i++) {
            if (s.home[i]) {
                return 0;
            }
        }
        return k == 0 ? 0 : 1;
    }
}
