package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.CA3TeamWindowCapacity;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.timetable.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Beam search for a travelling tournament's timetable, game by game, after Frohner, Neumann and Raidl's beam search
 * for the TTP (decisions D92): the rounds are filled in order, each by giving the lowest team not yet placed in the
 * round an opponent and a side (no game twice, no repeater, no streak beyond the cap, and what a team has left must
 * still fit between its streaks); a partial timetable is judged by the travel so far plus, for every team, the least
 * travel that can still take it to every venue it has yet to visit and home again in trips within the cap
 * ({@link VisitBound}). Only the best {@code width} partial timetables of each step go on; a small noise in the
 * judgement makes every beam of a chain, and every chain, search a different one.
 */
final class TravelBeam {

    /**
     * From this many teams. Below it annealing alone reaches or nears the best known within a minute (NL8 its
     * optimum), and one minute of beams left NL8 0.14 % above it; at 10 teams beams were even on NL10 (1.83 %
     * against annealing's 1.89 %) and better on CIRC10 (1.65 % against 6.61 %) (docs/optimizer.md).
     */
    static final int FROM_TEAMS = 10;
    /** The first beam's width; each next one is {@link #WIDENING} times wider while time allows. */
    static final int FIRST_WIDTH = 1_000;
    static final int WIDENING = 3;
    /** The width when the budget is a number of moves, so that a seeded run is repeatable. */
    static final int FIXED_WIDTH = 10_000;
    /**
     * Beams widen while the next one is expected to take at most this share of the beams' time, then repeat at
     * that width, each with its own noise. One beam's result is a draw: on NL12 thirty beams of 27,000 ended
     * between 112,857 and 117,000, and NL16's beams of 81,000 between 271,011 and 282,828; wider beams were better
     * on CIRC14 and CIRC16 (27,000 against 3,000–9,000 in 60 s), and more of them on NL16 in ten minutes (thirty
     * of 81,000 against a hundred of 27,000) (docs/optimizer.md).
     */
    static final int REPEATS = 8;
    /** The noise added to a partial timetable's judgement, as a share of the mean distance between two venues. */
    static final double NOISE_SHARE = 0.1;

    private final int n;
    private final int[][] distance;
    private final int maxStreak;
    private final VisitBound bound;
    private final double noise;

    /** A complete timetable the beam found, and its travel. */
    record Result(List<Match> matches, long travel) {
    }

    /**
     * The beam for a plain (not mirrored, not phased) travelling tournament of at most {@link VisitBound#MAX_TEAMS}
     * teams whose hard rules cap home and away streaks for every team (the TTP's "at most three in a row"), or
     * null when the problem is not of that shape.
     */
    static TravelBeam of(Problem problem, List<TimetableConstraint> constraints) {
        int n = problem.teams();
        if (problem.mirrored() || problem.phased() || problem.start() != null || n > VisitBound.MAX_TEAMS) {
            return null;
        }
        TravelDistance travel = null;
        int homeCap = Integer.MAX_VALUE;
        int awayCap = Integer.MAX_VALUE;
        for (TimetableConstraint c : constraints) {
            if (c instanceof TravelDistance t && t.teams() == n) {
                travel = t;
            } else if (c instanceof CA3TeamWindowCapacity cap && cap.hard() && cap.teams1().size() == n
                    && cap.teams2().size() == n && cap.max() == cap.window() - 1) {
                if (cap.mode() == Mode.H) {
                    homeCap = Math.min(homeCap, cap.max());
                } else if (cap.mode() == Mode.A) {
                    awayCap = Math.min(awayCap, cap.max());
                }
            }
        }
        if (travel == null || homeCap != awayCap || awayCap > VisitBound.MAX_STREAK) {
            return null;
        }
        int[][] d = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = travel.distance(i, j);
            }
        }
        return new TravelBeam(d, awayCap);
    }

    TravelBeam(int[][] distance, int maxStreak) {
        this.n = distance.length;
        this.distance = distance;
        this.maxStreak = maxStreak;
        this.bound = new VisitBound(distance, maxStreak);
        long sum = 0;
        for (int[] row : distance) {
            for (int d : row) {
                sum += d;
            }
        }
        // at least half a unit, so that ties between integer distances are broken at random
        this.noise = Math.max(0.5, NOISE_SHARE * sum / (n * (n - 1.0)));
    }

    /** The lower bound of a whole timetable's travel (every team's own least travel, others ignored). */
    long lowerBound() {
        long sum = 0;
        for (int t = 0; t < n; t++) {
            sum += bound.fromHome(t, bound.all(t));
        }
        return sum;
    }

    /** One partial timetable: every team's place, what it has left, its streak and last opponent. */
    private static final class Node {
        final int[] at;
        final int[] awayLeft;
        final int[] homeLeft;
        /** +k: k home games in a row so far, -k: k away games. */
        final byte[] streak;
        final byte[] last;
        final byte[] now;
        long travel;
        long estimate;
        Game games;

        Node(int n) {
            at = new int[n];
            awayLeft = new int[n];
            homeLeft = new int[n];
            streak = new byte[n];
            last = new byte[n];
            now = new byte[n];
        }

        Node copy() {
            Node c = new Node(at.length);
            System.arraycopy(at, 0, c.at, 0, at.length);
            System.arraycopy(awayLeft, 0, c.awayLeft, 0, at.length);
            System.arraycopy(homeLeft, 0, c.homeLeft, 0, at.length);
            System.arraycopy(streak, 0, c.streak, 0, at.length);
            System.arraycopy(last, 0, c.last, 0, at.length);
            System.arraycopy(now, 0, c.now, 0, at.length);
            c.travel = travel;
            c.estimate = estimate;
            c.games = games;
            return c;
        }
    }

    /** The games placed so far, newest first, shared between partial timetables. */
    private record Game(int home, int away, int slot, Game before) {
    }

    /** The candidate extensions of one step, in parallel arrays: a parent, a game, and its judgement. */
    private static final class Children {
        int size;
        int[] parent = new int[1024];
        int[] home = new int[1024];
        int[] away = new int[1024];
        long[] estimate = new long[1024];
        double[] key = new double[1024];
        int[] order = new int[1024];

        void clear() {
            size = 0;
        }

        void add(int p, int h, int a, long est, double k) {
            if (size == parent.length) {
                int cap = size * 2;
                parent = Arrays.copyOf(parent, cap);
                home = Arrays.copyOf(home, cap);
                away = Arrays.copyOf(away, cap);
                estimate = Arrays.copyOf(estimate, cap);
                key = Arrays.copyOf(key, cap);
                order = new int[cap];
            }
            parent[size] = p;
            home[size] = h;
            away[size] = a;
            estimate[size] = est;
            key[size] = k;
            size++;
        }

        /** Puts the indices of the {@code width} lowest keys first in {@link #order}; returns how many. */
        int selectBest(int width) {
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            int keep = Math.min(width, size);
            if (keep < size) {
                select(0, size - 1, keep);
            }
            return keep;
        }

        /** Quickselect: the {@code k} lowest keys end up in order[0..k). */
        private void select(int lo, int hi, int k) {
            while (lo < hi) {
                double pivot = key[order[(lo + hi) >>> 1]];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (key[order[i]] < pivot) {
                        i++;
                    }
                    while (key[order[j]] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        int tmp = order[i];
                        order[i] = order[j];
                        order[j] = tmp;
                        i++;
                        j--;
                    }
                }
                if (k - 1 <= j) {
                    hi = j;
                } else if (k - 1 >= i) {
                    lo = i;
                } else {
                    return;
                }
            }
        }
    }

    /**
     * The best timetable the beam completes, or null when every partial timetable ran into a dead end. Ties and
     * near-ties are broken by a small noise drawn from {@code random}, so two chains search different beams.
     */
    Result search(int width, Random random, BooleanSupplier stopped) {
        Node root = new Node(n);
        for (int t = 0; t < n; t++) {
            root.at[t] = t;
            root.awayLeft[t] = bound.all(t);
            root.homeLeft[t] = bound.all(t);
            root.last[t] = -1;
            root.now[t] = -1;
        }
        root.estimate = lowerBound();
        List<Node> beam = List.of(root);
        int rounds = 2 * (n - 1);
        int perRound = n / 2;
        Children children = new Children();
        for (int step = 0; step < rounds * perRound; step++) {
            int slot = step / perRound;
            boolean lastOfRound = step % perRound == perRound - 1;
            children.clear();
            for (int p = 0; p < beam.size(); p++) {
                expand(beam.get(p), p, children, random);
            }
            if (children.size == 0 || stopped.getAsBoolean()) {
                return null;
            }
            int keep = children.selectBest(width);
            List<Node> next = new ArrayList<>(keep);
            for (int i = 0; i < keep; i++) {
                int c = children.order[i];
                next.add(apply(beam.get(children.parent[c]), children.home[c], children.away[c],
                        children.estimate[c], slot, lastOfRound));
            }
            beam = next;
        }
        Node best = beam.get(0);
        for (Node node : beam) {
            if (node.travel + home(node) < best.travel + home(best)) {
                best = node;
            }
        }
        List<Match> matches = new ArrayList<>();
        for (Game g = best.games; g != null; g = g.before) {
            matches.add(new Match(g.home, g.away, g.slot));
        }
        return new Result(matches, best.travel + home(best));
    }

    /**
     * Beams for {@code budgetNanos}: from {@link #FIRST_WIDTH}, {@link #WIDENING} times wider each while the next
     * is expected to take at most a {@link #REPEATS}th of the budget, then again and again at that width until the
     * next would not end in time; the best timetable of them, or null if none ended. Each new best is handed to
     * {@code better} as it comes, so progress is reported during the beams.
     */
    Result widening(long budgetNanos, Random random, BooleanSupplier stopped, Consumer<Result> better) {
        long start = System.nanoTime();
        Result best = null;
        int width = FIRST_WIDTH;
        while (true) {
            long before = System.nanoTime();
            Result result = search(width, random, stopped);
            long took = System.nanoTime() - before;
            if (result != null && (best == null || result.travel() < best.travel())) {
                best = result;
                better.accept(result);
            }
            long elapsed = System.nanoTime() - start;
            if (stopped.getAsBoolean() || elapsed + took > budgetNanos) {
                return best;
            }
            // wider while the next beam (about WIDENING times as long) fits a share of the budget
            if (took * WIDENING <= budgetNanos / REPEATS && elapsed + took * WIDENING <= budgetNanos) {
                width *= WIDENING;
            }
        }
    }

    private long home(Node node) {
        long sum = 0;
        for (int t = 0; t < n; t++) {
            sum += distance[node.at[t]][t];
        }
        return sum;
    }

    private void expand(Node node, int p, Children into, Random random) {
        int a = -1;
        for (int t = 0; t < n; t++) {
            if (node.now[t] < 0) {
                a = t;
                break;
            }
        }
        for (int b = a + 1; b < n; b++) {
            if (node.now[b] >= 0 || node.last[a] == b) {
                continue;
            }
            tryGame(node, p, a, b, into, random);
            tryGame(node, p, b, a, into, random);
        }
    }

    private void tryGame(Node node, int p, int home, int away, Children into, Random random) {
        if ((node.homeLeft[home] & bound.bit(home, away)) == 0) {
            return;
        }
        int hs = node.streak[home] > 0 ? node.streak[home] + 1 : 1;
        int as = node.streak[away] < 0 ? -node.streak[away] + 1 : 1;
        if (hs > maxStreak || as > maxStreak) {
            return;
        }
        int homeAway = Integer.bitCount(node.awayLeft[home]);
        int homeHome = Integer.bitCount(node.homeLeft[home]) - 1;
        int awayAway = Integer.bitCount(node.awayLeft[away]) - 1;
        int awayHome = Integer.bitCount(node.homeLeft[away]);
        // what is left must fit in streaks: home's away games between its remaining home stands, and so on
        if (homeAway > maxStreak * (homeHome + 1) || homeHome > (maxStreak - hs) + maxStreak * homeAway
                || awayHome > maxStreak * (awayAway + 1) || awayAway > (maxStreak - as) + maxStreak * awayHome) {
            return;
        }
        long travel = node.travel + distance[node.at[home]][home] + distance[node.at[away]][home];
        int awayLeft = node.awayLeft[away] & ~bound.bit(away, home);
        long estimate = node.estimate
                - rest(home, node.at[home], node.awayLeft[home], node.streak[home])
                - rest(away, node.at[away], node.awayLeft[away], node.streak[away])
                + bound.from(home, home, node.awayLeft[home], 0)
                + bound.from(away, home, awayLeft, as);
        double key = travel + estimate + random.nextDouble() * noise;
        into.add(p, home, away, estimate, key);
    }

    /** The least travel still ahead of {@code team}, standing at {@code at} with the given streak. */
    private long rest(int team, int at, int awayLeft, int streak) {
        return bound.from(team, at, awayLeft, streak < 0 ? -streak : 0);
    }

    private Node apply(Node parent, int home, int away, long estimate, int slot, boolean lastOfRound) {
        Node c = parent.copy();
        c.travel += distance[c.at[home]][home] + distance[c.at[away]][home];
        c.estimate = estimate;
        c.at[home] = home;
        c.at[away] = home;
        c.homeLeft[home] &= ~bound.bit(home, away);
        c.awayLeft[away] &= ~bound.bit(away, home);
        c.streak[home] = (byte) (c.streak[home] > 0 ? c.streak[home] + 1 : 1);
        c.streak[away] = (byte) (c.streak[away] < 0 ? c.streak[away] - 1 : -1);
        c.now[home] = (byte) away;
        c.now[away] = (byte) home;
        c.games = new Game(home, away, slot, c.games);
        if (lastOfRound) {
            System.arraycopy(c.now, 0, c.last, 0, n);
            Arrays.fill(c.now, (byte) -1);
        }
        return c;
    }
}
