package com.flextime.optimizer.solver;

/**
 * A short round trip through every team's venue: nearest neighbour from each team in turn, each improved by
 * 2-opt until no exchange of two legs shortens it, the shortest kept. It orders the teams for
 * {@link RoundRobinState#alongTour}: neighbours on the tour are neighbours on the map.
 */
final class ShortTour {

    private ShortTour() {
    }

    /** The teams in the order of the shortest tour found (deterministic for a given matrix). */
    static int[] of(int[][] distance) {
        int n = distance.length;
        int[] best = null;
        long bestLength = Long.MAX_VALUE;
        for (int from = 0; from < n; from++) {
            int[] tour = nearestNeighbour(distance, from);
            twoOpt(distance, tour);
            long length = length(distance, tour);
            if (length < bestLength) {
                bestLength = length;
                best = tour;
            }
        }
        return best;
    }

    static long length(int[][] distance, int[] tour) {
        long total = 0;
        for (int i = 0; i < tour.length; i++) {
            total += distance[tour[i]][tour[(i + 1) % tour.length]];
        }
        return total;
    }

    private static int[] nearestNeighbour(int[][] distance, int from) {
        int n = distance.length;
        int[] tour = new int[n];
        boolean[] visited = new boolean[n];
        tour[0] = from;
        visited[from] = true;
        for (int i = 1; i < n; i++) {
            int at = tour[i - 1];
            int next = -1;
            for (int t = 0; t < n; t++) {
                if (!visited[t] && (next < 0 || distance[at][t] < distance[at][next])) {
                    next = t;
                }
            }
            tour[i] = next;
            visited[next] = true;
        }
        return tour;
    }

    /** Reverses the stretch between two legs whenever that shortens the tour (symmetric distances). */
    private static void twoOpt(int[][] distance, int[] tour) {
        int n = tour.length;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 2; j < n; j++) {
                    int a = tour[i];
                    int b = tour[i + 1];
                    int c = tour[j];
                    int d = tour[(j + 1) % n];
                    if (a == d) {
                        continue;
                    }
                    if (distance[a][c] + distance[b][d] < distance[a][b] + distance[c][d]) {
                        for (int lo = i + 1, hi = j; lo < hi; lo++, hi--) {
                            int tmp = tour[lo];
                            tour[lo] = tour[hi];
                            tour[hi] = tmp;
                        }
                        improved = true;
                    }
                }
            }
        }
    }
}
