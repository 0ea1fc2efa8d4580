package com.flextime.optimizer.solver;

/**
 * For every team, the least travel that takes it from where it stands to every venue of a set and home again in
 * road trips of at most {@code maxStreak} games, by dynamic programming over the subsets of its opponents (the
 * "independent lower bound" of the travelling tournament: the other teams and the home stands are ignored, so
 * it never overestimates). Memory grows as 2^(n-1) per team: {@link #MAX_TEAMS} at most.
 */
final class VisitBound {

    static final int MAX_TEAMS = 16;
    /** The longest road trip it is built for (memory grows with it). */
    static final int MAX_STREAK = 4;

    private final int n;
    private final int m;
    private final int[][] distance;
    /** fromHome[t][S]: at home, S left to visit. */
    private final int[][] fromHome;
    /** away[t][(S * (n-1) + at) * m + k - 1]: at opponent index {@code at}, k games into the trip, S left. */
    private final int[][] away;

    VisitBound(int[][] distance, int maxStreak) {
        this.n = distance.length;
        if (n > MAX_TEAMS) {
            throw new IllegalArgumentException("the visit bound is built for at most " + MAX_TEAMS + " teams");
        }
        this.m = maxStreak;
        this.distance = distance;
        this.fromHome = new int[n][];
        this.away = new int[n][];
        for (int t = 0; t < n; t++) {
            build(t);
        }
    }

    int bit(int team, int other) {
        return 1 << (other < team ? other : other - 1);
    }

    int all(int team) {
        return (1 << (n - 1)) - 1;
    }

    long fromHome(int team, int left) {
        return fromHome[team][left];
    }

    /** Standing at {@code at} (the team's home, or an opponent's venue {@code k} games into a trip). */
    long from(int team, int at, int left, int k) {
        if (at == team) {
            return fromHome[team][left];
        }
        int idx = at < team ? at : at - 1;
        return away[team][(left * (n - 1) + idx) * m + Math.max(1, k) - 1];
    }

    private void build(int t) {
        int others = n - 1;
        int[] venue = new int[others];
        for (int i = 0; i < others; i++) {
            venue[i] = i < t ? i : i + 1;
        }
        int subsets = 1 << others;
        int[] home = new int[subsets];
        int[] trip = new int[subsets * others * m];
        for (int s = 0; s < subsets; s++) {
            if (s == 0) {
                home[s] = 0;
            } else {
                int best = Integer.MAX_VALUE;
                for (int u = 0; u < others; u++) {
                    if ((s & (1 << u)) != 0) {
                        int rest = s & ~(1 << u);
                        best = Math.min(best, distance[t][venue[u]] + trip[(rest * others + u) * m]);
                    }
                }
                home[s] = best;
            }
            for (int v = 0; v < others; v++) {
                if ((s & (1 << v)) != 0) {
                    continue;
                }
                int back = distance[venue[v]][t] + home[s];
                for (int k = m; k >= 1; k--) {
                    int best = back;
                    if (k < m) {
                        for (int u = 0; u < others; u++) {
                            if ((s & (1 << u)) != 0) {
                                int rest = s & ~(1 << u);
                                best = Math.min(best, distance[venue[v]][venue[u]] + trip[(rest * others + u) * m + k]);
                            }
                        }
                    }
                    trip[(s * others + v) * m + k - 1] = best;
                }
            }
        }
        fromHome[t] = home;
        away[t] = trip;
    }
}
