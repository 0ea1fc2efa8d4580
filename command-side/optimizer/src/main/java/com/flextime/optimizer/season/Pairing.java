package com.flextime.optimizer.season;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who meets whom, and a first round for every meeting. Each team meets {@code opponentsOnce} opponents once and
 * {@code opponentsTwice} twice (home and away), with the required pairs (rivals, pods, divisions) among them; among
 * the pairings that do, the search prefers short distances (single plays "geographically optimised").
 *
 * <p>Two constructions, chosen by the data, not by the sport:
 * <ul>
 *   <li><b>Rounds of the circle method</b> when every team meets every other, or when every team must play in
 *       every round (as many meetings as rounds; team count even): the meetings are whole rounds ("1-factors") of a
 *       round robin, so the first timetable already has each team at most once per round. The search chooses which
 *       team sits where on the circle and which rounds are played once, twice or not at all.</li>
 *   <li><b>A degree-constrained graph</b> otherwise (a season with byes, where some opponents are missed):
 *       required pairs first, then a seeded greedy fill, then 2-switches that shorten distances; the first rounds
 *       are assigned greedily and the season search repairs the rest. Not bound to circle rounds, it finds shorter
 *       pairings.</li>
 * </ul>
 */
final class Pairing {

    /** The meetings: teams a and b, the other leg of a twice-meeting (or -1), first round, whether a hosts. */
    record Result(int[] a, int[] b, int[] partner, int[] round, boolean[] homeIsA, String method) {

        int size() {
            return a.length;
        }
    }

    private static final double REQUIRED = 1_000_000;

    private final SeasonContext c;
    private final SplittableRandom rng;
    private final int n;
    private final int once;
    private final int twice;
    private final boolean[][] required;
    private final boolean[][] requiredTwice;

    Pairing(SeasonContext c, SplittableRandom rng) {
        this.c = c;
        this.rng = rng;
        this.n = c.n;
        this.once = c.format.opponentsOnce();
        this.twice = c.format.opponentsTwice();
        this.required = new boolean[n][n];
        this.requiredTwice = new boolean[n][n];
        for (List<String> pair : c.format.requiredPairs()) {
            mark(required, pair);
        }
        for (List<String> pair : c.format.twicePairs()) {
            mark(requiredTwice, pair);
            mark(required, pair);
        }
        if (once + twice > n - 1) {
            throw new IllegalArgumentException(c.format.sport() + ": " + (once + twice)
                    + " opponents per team but only " + (n - 1) + " exist");
        }
        if ((n * once) % 2 != 0 || (n * twice) % 2 != 0) {
            throw new IllegalArgumentException(c.format.sport() + ": " + n + " teams cannot each meet " + once
                    + " opponents once and " + twice + " twice");
        }
    }

    private void mark(boolean[][] matrix, List<String> pair) {
        Integer a = c.index.get(pair.get(0));
        Integer b = c.index.get(pair.get(1));
        if (a == null || b == null) {
            throw new IllegalArgumentException(c.format.sport() + ": pair " + pair
                    + " names a team that does not play");
        }
        matrix[a][b] = true;
        matrix[b][a] = true;
    }

    Result build() {
        boolean allPlay = once + twice == n - 1;
        // every team needs every round: only whole round-robin rounds will fit
        boolean everyRound = once + 2 * twice >= c.roundCount * c.format.maxPerRound();
        if ((n % 2 == 0 || allPlay) && (allPlay || everyRound)) {
            Result result = fromCircle(allPlay);
            if (result != null) {
                return result;
            }
        }
        return fromGraph();
    }

    // ---- circle method -------------------------------------------------------------------------------------------

    private Result fromCircle(boolean allPlay) {
        int m = n % 2 == 0 ? n : n + 1;
        int factors = m - 1;
        int[][][] pairs = new int[factors][m / 2][];
        for (int f = 0; f < factors; f++) {
            pairs[f][0] = new int[] {m - 1, f};
            for (int k = 1; k < m / 2; k++) {
                pairs[f][k] = new int[] {(f + k) % (m - 1), (f - k + m - 1) % (m - 1)};
            }
        }
        // role: 0 = not played, 1 = once, 2 = twice (only when the team count is even)
        int[] role = new int[factors];
        boolean twiceByFactor = n % 2 == 0;
        if (!twiceByFactor && !allPlay) {
            return null;
        }
        if (twiceByFactor) {
            for (int f = 0; f < factors; f++) {
                role[f] = f < twice ? 2 : f < twice + once ? 1 : 0;
            }
        } else {
            Arrays.fill(role, 1);
        }
        int[] seat = new int[m];
        for (int i = 0; i < m; i++) {
            seat[i] = i;
        }
        shuffle(seat);
        if (twiceByFactor) {
            shuffle(role);
        }
        double cost = circleCost(pairs, role, seat, twiceByFactor);
        // everybody meets everybody once: every seating costs the same
        int iterations = allPlay && twice == 0 ? 0 : 40_000;
        double temperature = averageDistance() * 0.5;
        for (int it = 0; it < iterations && cost > 0; it++) {
            double t = temperature * StrictMath.pow(0.001, (double) it / iterations);
            boolean swapSeats = !twiceByFactor || rng.nextInt(3) > 0;
            int x;
            int y;
            if (swapSeats) {
                x = rng.nextInt(m);
                y = rng.nextInt(m);
                if (x == y) {
                    continue;
                }
                swap(seat, x, y);
            } else {
                x = rng.nextInt(factors);
                y = rng.nextInt(factors);
                if (role[x] == role[y]) {
                    continue;
                }
                swap(role, x, y);
            }
            double next = circleCost(pairs, role, seat, twiceByFactor);
            if (next <= cost || rng.nextDouble() < StrictMath.exp((cost - next) / t)) {
                cost = next;
            } else if (swapSeats) {
                swap(seat, x, y);
            } else {
                swap(role, x, y);
            }
        }
        if (circleCost(pairs, role, seat, twiceByFactor) >= REQUIRED) {
            return null;
        }
        // meetings by factor-round: first legs of twice-factors, once-factors, second legs
        List<int[]> order = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (int f = 0; f < factors; f++) {
                if ((pass == 0 || pass == 2) && role[f] == 2 || pass == 1 && role[f] == 1) {
                    order.add(new int[] {f, pass});
                }
            }
        }
        List<int[]> meetings = new ArrayList<>();
        int slots = c.roundCount * c.format.maxPerRound();
        int[] firstLegOfFactor = new int[factors * (m / 2)];
        Arrays.fill(firstLegOfFactor, -1);
        for (int i = 0; i < order.size(); i++) {
            int f = order.get(i)[0];
            int pass = order.get(i)[1];
            // spread the factor-rounds evenly; the gaps are byes, or room for second legs placed later
            int slot = (int) ((long) i * slots / Math.max(order.size(), 1));
            int round = Math.min(c.roundCount - 1, slot / c.format.maxPerRound());
            for (int k = 0; k < m / 2; k++) {
                int a = seat[pairs[f][k][0]];
                int b = seat[pairs[f][k][1]];
                if (a >= n || b >= n) {
                    continue;
                }
                int partner = -1;
                if (pass == 2) {
                    partner = firstLegOfFactor[f * (m / 2) + k];
                    meetings.get(partner)[2] = meetings.size();
                } else if (pass == 0) {
                    firstLegOfFactor[f * (m / 2) + k] = meetings.size();
                }
                meetings.add(new int[] {a, b, partner, round});
            }
        }
        if (!twiceByFactor && twice > 0) {
            int[][] mult = new int[n][n];
            for (int[] meeting : meetings) {
                int level = requiredTwice[meeting[0]][meeting[1]] ? 2 : 1;
                mult[meeting[0]][meeting[1]] = level;
                mult[meeting[1]][meeting[0]] = level;
            }
            if (!fill(mult, 2, twice, 1)) {
                return null;
            }
            improve(mult, 1);
            int firstCount = meetings.size();
            for (int i = 0; i < firstCount; i++) {
                int[] meeting = meetings.get(i);
                if (mult[meeting[0]][meeting[1]] == 2) {
                    meeting[2] = meetings.size();
                    meetings.add(new int[] {meeting[1], meeting[0], i, -1});
                }
            }
        }
        return finish(meetings, "circle method (" + (n % 2 == 0 ? n : n + 1) + " seats, " + order.size()
                + " rounds played" + (!twiceByFactor && twice > 0 ? " + second legs placed greedily" : "") + ")");
    }

    private double circleCost(int[][][] pairs, int[] role, int[] seat, boolean twiceByFactor) {
        double cost = 0;
        int missing = 0;
        for (int f = 0; f < pairs.length; f++) {
            for (int[] p : pairs[f]) {
                int a = seat[p[0]];
                int b = seat[p[1]];
                if (a >= n || b >= n) {
                    continue;
                }
                if (role[f] > 0) {
                    cost += c.miles[a][b] * role[f];
                }
                if (required[a][b] && role[f] == 0) {
                    missing++;
                }
                if (twiceByFactor && requiredTwice[a][b] && role[f] != 2) {
                    missing++;
                }
            }
        }
        return cost + REQUIRED * missing;
    }

    // ---- degree-constrained graph --------------------------------------------------------------------------------

    private Result fromGraph() {
        int[][] mult = null;
        for (int attempt = 0; attempt < 500 && mult == null; attempt++) {
            int[][] candidate = new int[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (requiredTwice[a][b]) {
                        candidate[a][b] = 2;
                    } else if (required[a][b]) {
                        candidate[a][b] = 1;
                    }
                }
            }
            if (fill(candidate, 2, twice, 0) && fill(candidate, 1, once, 0)) {
                mult = candidate;
            }
        }
        if (mult == null) {
            throw new IllegalStateException(c.format.sport() + ": could not pair " + n + " teams with " + once
                    + " opponents once and " + twice + " twice around the required pairs");
        }
        improve(mult, 0);
        List<int[]> meetings = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (mult[a][b] >= 1) {
                    meetings.add(new int[] {a, b, -1, -1});
                }
                if (mult[a][b] == 2) {
                    meetings.get(meetings.size() - 1)[2] = meetings.size();
                    meetings.add(new int[] {b, a, meetings.size() - 1, -1});
                }
            }
        }
        return finish(meetings, "degree-constrained graph, rounds assigned greedily");
    }

    /**
     * Raises pairs from multiplicity {@code from} to {@code level} until every team has {@code target} pairs at that
     * level, greedily with a seeded random choice among the nearest candidates. False when it gets stuck.
     */
    private boolean fill(int[][] mult, int level, int target, int from) {
        int[] degree = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (mult[a][b] == level) {
                    degree[a]++;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (degree[a] > target) {
                return false;
            }
        }
        while (true) {
            int team = -1;
            int worst = 0;
            for (int a = 0; a < n; a++) {
                int deficit = target - degree[a];
                if (deficit > worst || deficit == worst && deficit > 0 && rng.nextBoolean()) {
                    worst = deficit;
                    team = a;
                }
            }
            if (team < 0) {
                return true;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int b = 0; b < n; b++) {
                if (b != team && mult[team][b] == from && degree[b] < target) {
                    candidates.add(b);
                }
            }
            if (candidates.isEmpty()) {
                return false;
            }
            final int t = team;
            candidates.sort((x, y) -> Double.compare(c.miles[t][x] - (target - degree[x]) * 50.0,
                    c.miles[t][y] - (target - degree[y]) * 50.0));
            int pick = candidates.get(rng.nextInt(Math.min(3, candidates.size())));
            mult[team][pick] = level;
            mult[pick][team] = level;
            degree[team]++;
            degree[pick]++;
        }
    }

    /**
     * 2-switches (ab, xy → ax, by) between pairs of the same multiplicity above {@code base} that shorten the total
     * distance; ax and by must be at {@code base} and take the level, ab and xy drop to {@code base}.
     */
    private void improve(int[][] mult, int base) {
        for (int it = 0; it < 20_000; it++) {
            int a = rng.nextInt(n);
            int b = rng.nextInt(n);
            int x = rng.nextInt(n);
            int y = rng.nextInt(n);
            if (a == b || x == y || a == x || a == y || b == x || b == y) {
                continue;
            }
            int level = mult[a][b];
            if (level <= base || mult[x][y] != level || required[a][b] || required[x][y]
                    || requiredTwice[a][b] || requiredTwice[x][y] || mult[a][x] != base || mult[b][y] != base) {
                continue;
            }
            double before = c.miles[a][b] + c.miles[x][y];
            double after = c.miles[a][x] + c.miles[b][y];
            if (after < before) {
                mult[a][b] = mult[b][a] = base;
                mult[x][y] = mult[y][x] = base;
                mult[a][x] = mult[x][a] = level;
                mult[b][y] = mult[y][b] = level;
            }
        }
    }

    // ---- first rounds and homes ----------------------------------------------------------------------------------

    private Result finish(List<int[]> meetings, String method) {
        int size = meetings.size();
        int[] a = new int[size];
        int[] b = new int[size];
        int[] partner = new int[size];
        int[] round = new int[size];
        boolean[] homeIsA = new boolean[size];
        int cap = c.format.maxPerRound();
        int[][] load = new int[n][c.roundCount];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int[] meeting = meetings.get(i);
            a[i] = meeting[0];
            b[i] = meeting[1];
            partner[i] = meeting[2];
            round[i] = meeting[3];
            if (round[i] >= 0) {
                load[a[i]][round[i]]++;
                load[b[i]][round[i]]++;
            } else {
                open.add(i);
            }
        }
        // unplaced meetings: the round where both teams have room, far from the other leg, least loaded
        for (int k = open.size() - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int tmp = open.get(k);
            open.set(k, open.get(j));
            open.set(j, tmp);
        }
        open.sort((x, y) -> Boolean.compare(partner[x] >= 0 && round[partner[x]] < 0,
                partner[y] >= 0 && round[partner[y]] < 0));
        for (int i : open) {
            double best = Double.MAX_VALUE;
            int bestRound = 0;
            for (int r = 0; r < c.roundCount; r++) {
                if (c.starts[r].length == 0) {
                    continue;
                }
                double score = (load[a[i]][r] >= cap ? 100 : 0) + (load[b[i]][r] >= cap ? 100 : 0)
                        + load[a[i]][r] + load[b[i]][r] + rng.nextDouble();
                if (partner[i] >= 0 && round[partner[i]] >= 0) {
                    score += 20.0 / (1 + Math.abs(r - round[partner[i]]));
                }
                if (score < best) {
                    best = score;
                    bestRound = r;
                }
            }
            round[i] = bestRound;
            load[a[i]][bestRound]++;
            load[b[i]][bestRound]++;
        }
        // homes: the second leg of a twice-meeting is the first leg reversed; singles go to the team with fewer homes
        int[] homes = new int[n];
        Integer[] orderOfSingles = new Integer[size];
        for (int i = 0; i < size; i++) {
            orderOfSingles[i] = i;
        }
        for (int k = size - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            Integer tmp = orderOfSingles[k];
            orderOfSingles[k] = orderOfSingles[j];
            orderOfSingles[j] = tmp;
        }
        boolean[] done = new boolean[size];
        for (int i : orderOfSingles) {
            if (done[i]) {
                continue;
            }
            boolean aHosts = homes[a[i]] < homes[b[i]] || homes[a[i]] == homes[b[i]] && rng.nextBoolean();
            homeIsA[i] = aHosts;
            done[i] = true;
            homes[aHosts ? a[i] : b[i]]++;
            if (partner[i] >= 0) {
                int p = partner[i];
                homeIsA[p] = (a[p] == a[i]) != aHosts;
                done[p] = true;
                homes[aHosts ? b[i] : a[i]]++;
            }
        }
        return new Result(a, b, partner, round, homeIsA, method);
    }

    private double averageDistance() {
        double sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                sum += c.miles[a][b];
            }
        }
        return n < 2 ? 1 : sum / (n * (n - 1.0));
    }

    private void shuffle(int[] values) {
        for (int k = values.length - 1; k > 0; k--) {
            swap(values, k, rng.nextInt(k + 1));
        }
    }

    private static void swap(int[] values, int i, int j) {
        int tmp = values[i];
        values[i] = values[j];
        values[j] = tmp;
    }
}
