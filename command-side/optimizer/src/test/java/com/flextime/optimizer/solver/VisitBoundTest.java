package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The least travel of one team to every venue it has left in trips within the cap, against brute force. */
class VisitBoundTest {

    @Test
    void fromHomeIsTheShortestWayToVisitEveryVenueInTripsOfAtMostThree() {
        Random random = new Random(11);
        for (int trial = 0; trial < 5; trial++) {
            int[][] d = randomDistances(6, random);
            VisitBound bound = new VisitBound(d, 3);
            for (int team = 0; team < 6; team++) {
                assertThat(bound.fromHome(team, bound.all(team))).isEqualTo(bruteForce(d, team, 3));
            }
        }
    }

    @Test
    void aTripCapOfOneMeansHomeBetweenEveryVisit() {
        int[][] d = randomDistances(6, new Random(5));
        VisitBound bound = new VisitBound(d, 1);
        for (int team = 0; team < 6; team++) {
            long there = 0;
            for (int v = 0; v < 6; v++) {
                there += v == team ? 0 : d[team][v] + d[v][team];
            }
            assertThat(bound.fromHome(team, bound.all(team))).isEqualTo(there);
        }
    }

    @Test
    void standingAwayTheTripSoFarCountsAgainstTheCap() {
        // on a line 0-1-2-3, team 0 at venue 1 two games into a trip with 2 and 3 left must go home first
        int[][] d = new int[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                d[i][j] = Math.abs(i - j);
            }
        }
        VisitBound bound = new VisitBound(d, 3);
        int left = bound.bit(0, 2) | bound.bit(0, 3);
        assertThat(bound.from(0, 1, left, 1)).isEqualTo(1 + 1 + 3);
        assertThat(bound.from(0, 1, left, 2)).isEqualTo(1 + 3 + 3);
        assertThat(bound.from(0, 1, 0, 3)).isEqualTo(1);
    }

    /** Every order of the other venues, cut into trips of at most {@code cap} in the best way. */
    private static long bruteForce(int[][] d, int team, int cap) {
        int n = d.length;
        int[] others = new int[n - 1];
        for (int i = 0, k = 0; i < n; i++) {
            if (i != team) {
                others[k++] = i;
            }
        }
        return permute(d, team, cap, others, 0);
    }

    private static long permute(int[][] d, int team, int cap, int[] order, int from) {
        if (from == order.length) {
            // best[i]: least travel for the first i venues of the order, home at the end
            long[] best = new long[order.length + 1];
            for (int i = 1; i <= order.length; i++) {
                best[i] = Long.MAX_VALUE;
                for (int len = 1; len <= cap && len <= i; len++) {
                    int first = i - len;
                    long trip = d[team][order[first]] + d[order[i - 1]][team];
                    for (int k = first; k < i - 1; k++) {
                        trip += d[order[k]][order[k + 1]];
                    }
                    best[i] = Math.min(best[i], best[first] + trip);
                }
            }
            return best[order.length];
        }
        long best = Long.MAX_VALUE;
        for (int i = from; i < order.length; i++) {
            swap(order, from, i);
            best = Math.min(best, permute(d, team, cap, order, from + 1));
            swap(order, from, i);
        }
        return best;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static int[][] randomDistances(int n, Random random) {
        int[][] x = new int[n][2];
        for (int[] p : x) {
            p[0] = random.nextInt(100);
            p[1] = random.nextInt(100);
        }
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = (int) Math.round(Math.hypot(x[i][0] - x[j][0], x[i][1] - x[j][1]));
            }
        }
        return d;
    }
}
