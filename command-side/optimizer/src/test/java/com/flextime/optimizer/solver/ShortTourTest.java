package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortTourTest {

    /** Venues on a ring, 1 apart, distances along the ring: the shortest round trip goes once around. */
    private static int[][] ring(int n) {
        int[][] d = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int along = Math.abs(a - b);
                d[a][b] = Math.min(along, n - along);
            }
        }
        return d;
    }

    @Test
    void visitsEveryTeamOnce() {
        int[] tour = ShortTour.of(ring(12));
        assertThat(Arrays.stream(tour).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void goesOnceAroundARingWhateverTheTeamsAreCalled() {
        int n = 20;
        int[][] ring = ring(n);
        // the same ring with the teams numbered at random: nearest neighbour from a bad start still closes it
        int[] label = new Random(7).ints(0, Integer.MAX_VALUE).limit(n).toArray();
        Integer[] byLabel = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLabel[i] = i;
        }
        Arrays.sort(byLabel, (x, y) -> Integer.compare(label[x], label[y]));
        int[][] shuffled = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                shuffled[a][b] = ring[byLabel[a]][byLabel[b]];
            }
        }
        assertThat(ShortTour.length(shuffled, ShortTour.of(shuffled))).isEqualTo(n);
    }

    @Test
    void shortensACrossingTour() {
        // four corners of a square: the tour around it (4 sides of 10) beats any tour along a diagonal (14)
        int[][] square = {{0, 10, 14, 10}, {10, 0, 10, 14}, {14, 10, 0, 10}, {10, 14, 10, 0}};
        assertThat(ShortTour.length(square, ShortTour.of(square))).isEqualTo(40);
    }
}
