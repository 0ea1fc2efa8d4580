package com.flextime.optimizer.season;

/**
 * Built in, hard: a team plays at most the format's number of meetings per round (one per week or window; two per
 * tennis weekend), and every meeting lies inside a round.
 */
final class GamesPerRound implements SeasonRule {

    private final int max;

    GamesPerRound(int max) {
        this.max = max;
    }

    @Override
    public String id() {
        return "games-per-round";
    }

    @Override
    public String name() {
        return "A team plays at most " + max + " meeting" + (max == 1 ? "" : "s") + " per round, all inside the rounds";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] count = s.perRound;
        java.util.Arrays.fill(count, 0, c.roundCount, 0);
        int excess = 0;
        for (int i = 0; i < s.size; i++) {
            int r = s.round[i];
            if (r < 0 || r >= c.roundCount) {
                excess++;
            } else if (++count[r] > max) {
                excess++;
            }
        }
        return excess;
    }
}
