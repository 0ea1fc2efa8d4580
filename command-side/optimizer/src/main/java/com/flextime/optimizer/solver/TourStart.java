package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.score.Score;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The start of a travelling tournament (decisions D90): the circle method with the teams in the order of a short
 * tour of their venues ({@link RoundRobinState#alongTour}), so that a team's games in consecutive rounds are
 * against neighbours on the map, then its sides annealed with the opponents kept (home swaps only), so that
 * road trips of up to three games visit those neighbours in a row; the best of {@link #POLES} such circles (D91).
 * On 40 teams one circle is 12 % (CIRC40) to 17 % (LINE40) above the best known after about a second; ten
 * minutes of annealing from the circle method with teams and rounds shuffled ended 29–38 % above.
 */
final class TourStart {

    /** Home swaps per pair of teams in the sides' annealing: about 0.4 s a circle on 40 teams (one thread). */
    static final int SIDES_MOVES_PER_PAIR = 500;
    /**
     * Circles tried, each with its own pole (decisions D91): which team is off the circle changes the trips of
     * every team, and on LINE40 the eight starts of one chain ranged from 17,280 to 18,780. Measured with fixed
     * budgets (10 M moves, one thread, seeds 1 and 2; docs/optimizer.md): one circle CIRC40 13,160 and 13,240,
     * LINE40 17,912 and 17,332; eight, 13,110 and 13,034, 16,866 and 17,252; one circle with four times the sides'
     * moves was better on seed 1 and worse on seed 2. About three seconds on 40 teams (one thread).
     */
    static final int POLES = 8;
    /** The sides' annealing cools a thousandfold from its half-acceptance temperature. */
    static final double SIDES_FALL = 0.001;

    private TourStart() {
    }

    /**
     * From this many teams. Measured with fixed budgets (10 M moves, one thread, seeds 1 and 2; docs/optimizer.md):
     * CIRC16 1,074 and 1,080 → 1,044 and 1,030, NL16 295,711 and 300,666 → 298,808 and 300,344 (even), but NL12
     * 121,068 and 121,701 → 125,430 and 124,717: where the search reaches far below the start within its budget,
     * the start's colder cycles cost more than its structure gives. Since D92 a plain tournament of up to 16 teams
     * starts from beam searches instead ({@link TravelBeam}), so this start serves mirrored ones from 16 teams and
     * the rest from 18.
     */
    static final int FROM_TEAMS = 16;

    /**
     * The travel objective of a problem whose start this builds (a travelling tournament of at least
     * {@link #FROM_TEAMS} teams), or null.
     */
    static TravelDistance travelOf(Problem problem, List<TimetableConstraint> constraints) {
        if (problem.teams() < FROM_TEAMS) {
            return null;
        }
        for (TimetableConstraint c : constraints) {
            if (c instanceof TravelDistance travel && travel.teams() == problem.teams()) {
                return travel;
            }
        }
        return null;
    }

    /** What {@link #build} returns: the start and its score (the incremental score is left reset at it). */
    record Start(RoundRobinState state, Score score) {
    }

    /**
     * The best of {@link #POLES} circles along the short tour, each with a different pole drawn from
     * {@code random} and its sides annealed.
     */
    static Start build(Problem problem, TravelDistance travel, IncrementalScore incremental, Cost cost,
                       Random random, BooleanSupplier stopped) {
        int n = problem.teams();
        int[] tour = tour(travel, n);
        int[] poles = random.ints(0, n).distinct().limit(Math.min(POLES, n)).toArray();
        Start best = null;
        for (int pole : poles) {
            RoundRobinState circle = RoundRobinState.alongTour(n, problem.mirrored(), withPole(tour, pole), random);
            Score score = annealSides(circle, incremental, incremental.reset(circle.timetable()), cost, random,
                    stopped);
            if (best == null || score.compareTo(best.score()) < 0) {
                best = new Start(circle, score);
            }
            if (stopped.getAsBoolean()) {
                break;
            }
        }
        return new Start(best.state(), incremental.reset(best.state().timetable()));
    }

    /** The circle along the short tour with this pole (tests). */
    static RoundRobinState circle(Problem problem, TravelDistance travel, int pole, Random random) {
        int n = problem.teams();
        return RoundRobinState.alongTour(n, problem.mirrored(), withPole(tour(travel, n), pole), random);
    }

    private static int[] tour(TravelDistance travel, int n) {
        int[][] distance = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                distance[a][b] = travel.distance(a, b);
            }
        }
        return ShortTour.of(distance);
    }

    /** The tour turned so that {@code pole} comes last: the others keep the tour's order round the circle. */
    private static int[] withPole(int[] tour, int pole) {
        int n = tour.length;
        int at = 0;
        while (tour[at] != pole) {
            at++;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = tour[(at + 1 + i) % n];
        }
        return order;
    }

    /** How a candidate is priced: the objective plus the hard deviation at the caller's weight. */
    interface Cost {
        double of(Score score);
    }

    /**
     * Anneals the sides of {@code state} in place (home swaps keep every opponent, and a mirrored timetable
     * mirrored) and leaves it at the best state found; returns that state's score.
     */
    static Score annealSides(RoundRobinState state, IncrementalScore incremental, Score from, Cost cost,
                             Random random, BooleanSupplier stopped) {
        int n = state.n;
        ChangeSet change = new ChangeSet(n, state.slots);
        HalfAcceptance half = new HalfAcceptance();
        for (int i = 0; i < 50; i++) {
            swapHomesAtRandom(state, random);
            state.changes(change);
            Score moved = incremental.candidate(state.timetable(), change);
            state.undo();
            half.sample(cost.of(moved) - cost.of(from), moved.objective() - from.objective());
        }
        double hot = half.temperature();
        long budget = (long) SIDES_MOVES_PER_PAIR * n * (n - 1) / 2;
        Score current = from;
        Score best = from;
        RoundRobinState bestState = state.copy();
        for (long i = 0; i < budget && !stopped.getAsBoolean(); i++) {
            swapHomesAtRandom(state, random);
            state.changes(change);
            Score candidate = incremental.candidate(state.timetable(), change);
            double delta = cost.of(candidate) - cost.of(current);
            double temperature = hot * Math.pow(SIDES_FALL, i / (double) budget);
            if (delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
                state.undo();
                continue;
            }
            incremental.accept();
            state.commit();
            current = candidate;
            if (current.compareTo(best) < 0) {
                best = current;
                bestState.copyFrom(state);
            }
        }
        state.copyFrom(bestState);
        return incremental.reset(state.timetable());
    }

    private static void swapHomesAtRandom(RoundRobinState state, Random random) {
        int a = random.nextInt(state.n);
        int b = (a + 1 + random.nextInt(state.n - 1)) % state.n;
        state.swapHomes(a, b);
    }
}
