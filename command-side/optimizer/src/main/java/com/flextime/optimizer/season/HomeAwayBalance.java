package com.flextime.optimizer.season;

/** Built in, hard: a team's home and away meetings differ by at most the format's number (0: exactly half). */
final class HomeAwayBalance implements SeasonRule {

    private final int maxDiff;

    HomeAwayBalance(int maxDiff) {
        this.maxDiff = maxDiff;
    }

    @Override
    public String id() {
        return "home-away-balance";
    }

    @Override
    public String name() {
        return maxDiff == 0 ? "As many home as away meetings" : "Home and away meetings differ by at most " + maxDiff;
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int home = s.homeCount();
        int diff = Math.abs(home - (s.size - home));
        return Math.max(0, diff - maxDiff);
    }
}
