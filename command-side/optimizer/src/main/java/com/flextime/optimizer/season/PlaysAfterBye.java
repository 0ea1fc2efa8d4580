package com.flextime.optimizer.season;

import java.util.Arrays;

/**
 * Counts, per team, its "plays after bye" (PAB): meetings against an opponent coming off a bye (football: an open
 * week), that is an opponent without a meeting in the round before while the team itself played in it. A meeting
 * in the first round follows no bye. Shared by {@link OpenWeekAdvantage} and {@link PlaysAfterByeBalance}.
 */
final class PlaysAfterBye {

    /** Per chain: which rounds each team plays in, and its PAB count. */
    static final class Counts {
        final boolean[][] plays;
        final int[] pab;

        Counts(int teams, int rounds) {
            plays = new boolean[teams][Math.max(1, rounds)];
            pab = new int[teams];
        }
    }

    private static final Object KEY = new Object();

    private PlaysAfterBye() {
    }

    /** The season's PAB counts, in the chain's scratch space (valid until the next call). */
    static Counts count(SeasonGames games, SeasonContext c) {
        Counts s = games.scratch(KEY, () -> new Counts(c.n, c.roundCount));
        for (boolean[] row : s.plays) {
            Arrays.fill(row, false);
        }
        Arrays.fill(s.pab, 0);
        for (int g = 0; g < games.size; g++) {
            int r = games.round[g];
            if (r >= 0 && r < c.roundCount) {
                s.plays[games.host[g]][r] = true;
                s.plays[games.visitor[g]][r] = true;
            }
        }
        for (int g = 0; g < games.size; g++) {
            int r = games.round[g];
            if (r < 1 || r >= c.roundCount) {
                continue;
            }
            int h = games.host[g];
            int v = games.visitor[g];
            boolean hostRested = !s.plays[h][r - 1];
            boolean visitorRested = !s.plays[v][r - 1];
            if (visitorRested && !hostRested) {
                s.pab[h]++;
            } else if (hostRested && !visitorRested) {
                s.pab[v]++;
            }
        }
        return s;
    }
}
