package com.flextime.optimizer.season;

/** Built in, hard: a team plays at most one game per day (the command side's {@code team-one-game-per-day}). */
final class OneGamePerDay implements SeasonRule {

    @Override
    public String id() {
        return "team-one-game-per-day";
    }

    @Override
    public String name() {
        return "A team plays at most one game per day";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int clashes = 0;
        for (int i = 1; i < s.size; i++) {
            for (int j = i - 1; j >= 0 && s.last[j] >= s.first[i] - c.seriesLength; j--) {
                if (s.last[j] >= s.first[i]) {
                    clashes++;
                }
            }
        }
        return clashes;
    }
}
