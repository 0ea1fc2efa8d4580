package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.BR1TeamBreaks;
import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.OnceInEachHalf;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simulated annealing over round-robin neighbourhoods (swap homes, swap rounds, swap teams, and for schedules that
 * need not be mirrored the partial swaps of rounds and teams), after Anagnostopoulos et al.'s TTSA. Construction:
 * the circle method; for a plain travelling tournament of 10 to 16 teams the best of many beam searches
 * ({@link TravelBeam}, D92); for a larger (or mirrored) one of 16 teams or more the circle along a short tour of the
 * venues with its sides annealed ({@link TourStart}, D90). Hard deviation is weighted by an adaptive factor (strategic
 * oscillation), so the search may cross infeasible ground but is pushed back to feasibility; a start with hard
 * violations is first annealed on hard deviation alone, the soft constraints not even evaluated (short cycles,
 * constraints that stay violated weighing more and more), until it is feasible or stalls, and returns to that phase
 * whenever the adaptive weight stalls short of feasibility (decisions D37, D73, D75, D78, D79); a timetable trapped
 * infeasible at the weight's cap is repaired briefly before the search goes back to its best (D83, D93). Each
 * thread runs its own chain from its own seed (seed, seed+1, ...); at the budget's eighths the chains compare bests
 * and those behind go on from the best one's (D86); the best chain wins. Every state is scored exactly by the same
 * {@link Scorer} the benchmarks use.
 */
public final class AnnealingSolver implements Solver {

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        long start = System.nanoTime();
        BestSoFar best = new BestSoFar(progress, start);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<Chain>> chains = new ArrayList<>();
            BestExchange exchange = settings.threads() > 1 ? new BestExchange(settings.threads()) : null;
            // built once (its bound is the costly part) and searched by every chain with its own noise
            TravelBeam beam = problem.teams() >= TravelBeam.FROM_TEAMS
                    ? TravelBeam.of(problem, problem.constraints()) : null;
            for (int i = 0; i < settings.threads(); i++) {
                int index = i;
                chains.add(pool.submit(() -> new Chain(problem, settings, index, best, start, exchange, beam)
                        .run()));
            }
            Chain winner = null;
            for (Future<Chain> future : chains) {
                Chain chain = future.get();
                if (winner == null || chain.bestScore.compareTo(winner.bestScore) < 0) {
                    winner = chain;
                }
            }
            long iterations = 0;
            for (Future<Chain> future : chains) {
                iterations += future.get().iterations;
            }
            // the winner re-scored with every violation explained
            Score explained = Scorer.score(problem.constraints(), winner.best.timetable());
            return new SolveResult(winner.best.matches(), explained, Duration.ofNanos(System.nanoTime() - start),
                    iterations);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("solver interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("solver failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The best score across chains, reported to the listener as it improves. */
    private static final class BestSoFar {
        private final ProgressListener listener;
        private final long start;
        private Score best;

        BestSoFar(ProgressListener listener, long start) {
            this.listener = listener;
            this.start = start;
        }

        synchronized void offer(Score score) {
            if (best == null || score.compareTo(best) < 0) {
                best = score;
                listener.improved(score, Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /**
     * Cycles start at this share of the temperature at which a random move's worsening is accepted half the
     * time, and cool tenfold. Measured with fixed iteration budgets (docs/optimizer.md): the hotter, wider
     * schedule first used (share 1, thousandfold) spent most of each cycle re-randomising the timetable.
     */
    private static final double START_SHARE = 0.03;
    private static final double FALL_PER_CYCLE = 0.1;
    /**
     * Cooling cycles per budget: a cycle lasts this share of the iteration budget, or of the time limit when
     * the budget is unbounded. Measured (docs/optimizer.md): a fixed cycle length that suits a 3 M-move budget
     * quenches a 60-second run twenty times over, while a few long cycles keep descending.
     */
    static final int CYCLES_PER_BUDGET = 3;

    /**
     * Until the first feasible timetable (only when the start has hard violations), the hard weight is fixed at
     * this multiple of the initial adaptive weight, so the objective is little more than a tie-break. Measured
     * (docs/optimizer.md, decisions D37): the adaptive weight grows 5% every 500 moves while infeasible, to
     * 10^35 within a million moves, which made the search a pure descent on hard deviation, stuck in its
     * first local minimum however long it ran. The adaptive weight itself stops at this multiple too (D80):
     * beyond it growth only delays its relaxation, and uncapped it overflows on long runs (∞ × 0 = NaN costs).
     */
    static final double FEASIBILITY_WEIGHT = 100;
    /**
     * Feasibility cycles start at this temperature in units of one hard deviation (a move that adds one is
     * accepted with probability 1/e), cool tenfold, and reheat from the best state.
     */
    static final double FEASIBILITY_START = 1.0;
    static final double FEASIBILITY_FALL = 0.1;
    /**
     * A feasibility cycle lasts this many moves per team-slot: a fixed length, not a share of the budget, so a
     * ten-minute run makes ten times as many cycles (and reheats) as a one-minute run.
     */
    static final int FEASIBILITY_CYCLE_PER_TEAM_SLOT = 100;
    /**
     * Once the phase has stalled ({@link #FEASIBILITY_PATIENCE} cycles without a lower hard deviation), its cycles
     * last this many moves per team-slot for the rest of the run (D88). Short cycles win while the deviation
     * falls, but on the far ITC2021 instances the phase then reheats from one plateau for minutes (Early 4: 16
     * left from 37 s to seven minutes); longer cycles after the first stall left less hard deviation after 6–8 M
     * moves (docs/optimizer.md), and a run feasible before its first stall is not changed at all.
     */
    static final int STALLED_CYCLE_PER_TEAM_SLOT = 400;
    /**
     * After this many feasibility cycles in a row without a lower hard deviation, the phase hands over to the
     * adaptive weight from its best state: near-feasible instances (ITC2021 Early 13, 15) stall at one or two
     * hard deviations in the phase, while the adaptive weight's descent, guided by the objective, finishes them.
     * The adaptive weight gets as many moves without a lower hard deviation before the phase takes over again.
     */
    static final int FEASIBILITY_PATIENCE = 5;


    /**
     * After this many moves per team-slot (decisions D83: a feasibility cycle's worth, until D88 made stalled
     * cycles longer) in which the current state stays infeasible at the adaptive weight's cap without its hard
     * deviation falling, while the best is feasible, the search goes back to the best timetable. On ITC2021
     * instances whose hard rules are tight, the state takes on violations while the weight is low after a
     * reheat, and once the weight has grown to its cap it sits in a local minimum of hard deviation (Early 1: 10
     * violations for a whole cycle) where no move is accepted that would get it out.
     */
    static final int TRAPPED_PER_TEAM_SLOT = 100;

    /**
     * When the trap springs, the trapped timetable is first repaired ({@link TrapRepair}, decisions D93) for at most
     * this many moves per team-slot (halved after each repair that finds no new best), its hard deviation weighing
     * {@link #TRAP_REPAIR_WEIGHT} times the initial adaptive weight; a feasible timetable better than the best
     * becomes the best, and the search goes back to the best either way. Measured with fixed budgets
     * (docs/optimizer.md, 3 M moves on one thread): Early 1's objective, seeds 4-8, 7,203 in all before, 6,033 with
     * it, every seed better; Early 3 (seeds 4-6) +2 % and Early 13 (seeds 5-10) +3.7 %, where repairs seldom find a
     * new best and the runs are other draws of the same spread.
     */
    static final int TRAP_REPAIR_PER_TEAM_SLOT = 100;
    static final double TRAP_REPAIR_WEIGHT = 3;

    /**
     * Constraint weighting in the feasibility phase (decisions D73): every {@code BOOST_EVERY} moves each hard
     * constraint the current state violates weighs {@code BOOST_BY} more in the cost, and every boost first keeps
     * only {@code BOOST_KEEP} of its excess over 1 (so it stays below 1 + 0.5 / 0.05 = 11). A constraint that
     * stays violated grows dear until the search pays elsewhere to meet it: the landscape's local minima, where a
     * few constraints stay violated whatever single move is tried, fill up. Measured with fixed budgets
     * (docs/optimizer.md): hard deviation after 600,000 moves summed over 12 far runs 396 → 271, and Early 1, 13
     * and 15, which the phase left one to three short at 1 M moves, feasible.
     */
    static final double BOOST_BY = 0.5;
    static final double BOOST_KEEP = 0.95;
    static final int BOOST_EVERY = 1024;

    /**
     * Parallel chains compare their bests at the budget's eighths (moves, or time when the budget is unbounded),
     * and a chain behind goes on from the best chain's timetable ({@link BestExchange}, decisions D86). Measured
     * with fixed budgets, two threads (docs/optimizer.md): Early 6 hard deviation left after 4 M moves a chain
     * 6 → 2 (seed 1) and 3 → 2 (seed 3); NL12 after 30 M moves a chain 6.07 % → 4.82 % and 6.07 % → 6.07 %.
     * The price: Early 1's objective, both chains feasible, was worse in both runs measured.
     */
    static final int EXCHANGES = 8;

    /**
     * After a start along a tour ({@link TourStart}, decisions D90) or from beams ({@link TravelBeam}, D92, where
     * a tenth and the whole of it ended 60 s runs alike) the cooling cycles run at this share of the
     * temperatures measured from random moves. Those are set by the moves that break the start's structure
     * (a swap of teams undoes every trip of two teams), and at them the search did not get below CIRC40's or
     * LINE40's start in two and a half minutes; a tenth was best of 0.01–0.3 (one thread, seed 1; docs/optimizer.md).
     */
    static final double TOUR_COOLING = 0.1;

    /**
     * The share of a time limit a travelling tournament of {@link TravelBeam#FROM_TEAMS} to 16 teams spends on
     * beam searches (decisions D92) before annealing goes on from the best of them: annealing seldom got below
     * the beams' best (one thread, 60 s: NL12 and CIRC12 not at all), while more beams often did.
     */
    static final double BEAM_SHARE = 0.8;

    /** One annealing run with its own random stream. */
    private static final class Chain {

        private final Problem problem;
        /**
         * The constraints the search evaluates: all but the double round robin itself, which every move keeps
         * (RoundRobinStateTest) — unless the format is phased, which moves can break. The winner is re-scored
         * against all of them.
         */
        private final List<TimetableConstraint> searched;
        private final SolverSettings settings;
        private final Random random;
        private final BestSoFar shared;
        private final long deadline;
        private RoundRobinState best;
        private Score bestScore;
        /** The score of the state the search stands on (shared by both phases' loops and {@link #step}). */
        private Score currentScore;
        private long iterations;
        private double hardWeight;
        /** Whether the feasibility phase has stalled once: its cycles are longer from then on (D88). */
        private boolean stalledOnce;
        /** Whether a trapped timetable is being repaired (D93): weighted like the feasibility phase, but sighted. */
        private boolean repairing;
        /** How long the next repair of a trapped timetable may run (D93). */
        private final TrapRepair.Budget repairBudget;
        /**
         * The cells of the current state's hard violations (see {@link RoundRobinMoves#FOCUS_SHARE}); none when
         * feasible.
         */
        private final ViolatedCells cells = new ViolatedCells();
        /** The moves, drawn from this chain's random stream and focused on {@link #cells}. */
        private final RoundRobinMoves moves;
        /** Whether the cost weighs hard deviation by the constraints' boosts (the feasibility phase only). */
        private boolean weighting;
        /** The hard constraints alone, for the feasibility phase (null when it scores them all). */
        private final List<TimetableConstraint> hardOnly;
        /**
         * In a blind phase, the last state as good as the best in hard deviation: cycles restart from it, so they
         * restart from wherever the search last stood on the best's plateau, not from the first state to reach it.
         */
        private RoundRobinState plateau;
        private final int index;
        /**
         * The cooling cycles' temperatures (their start and the reheats' ceiling) as a share of those measured
         * from random moves: {@link #TOUR_COOLING} after a start along a tour, 1 otherwise.
         */
        private double cooling = 1.0;
        /** The beam search this chain starts from (decisions D92), or null. */
        private final TravelBeam beam;
        /** Where the chains compare their bests; null for a single chain. */
        private final BestExchange exchange;
        private final long start;
        /** The exchanges made so far. */
        private int exchanged;

        Chain(Problem problem, SolverSettings settings, int index, BestSoFar shared, long start,
              BestExchange exchange, TravelBeam beam) {
            this.problem = problem;
            this.beam = beam;
            this.settings = settings;
            this.index = index;
            this.random = new Random(settings.seed() + index);
            this.shared = shared;
            this.start = start;
            this.exchange = exchange;
            this.deadline = start + settings.timeLimit().toNanos();
            this.searched = problem.constraints().stream()
                    .map(c -> !(c instanceof RoundRobinStructure) ? c
                            : problem.phased() ? new OnceInEachHalf(problem.teams()) : null)
                    .filter(java.util.Objects::nonNull).toList();
            List<TimetableConstraint> hard = searched.stream().filter(TimetableConstraint::hard).toList();
            this.hardOnly = hard.size() < searched.size() ? hard : null;
            this.moves = new RoundRobinMoves(random, cells, problem.phased(), problem.phased() && hard.stream()
                    .noneMatch(c -> c instanceof BR1TeamBreaks || c instanceof BR2TotalBreaks));
            long teamSlots = (long) problem.teams() * problem.slots();
            this.repairBudget = new TrapRepair.Budget(TRAP_REPAIR_PER_TEAM_SLOT * teamSlots, teamSlots);
        }

        Chain run() {
            try {
                return search();
            } finally {
                if (exchange != null) {
                    exchange.leave();
                }
            }
        }

        private Chain search() {
            TravelDistance travel = problem.start() == null && beam == null
                    ? TourStart.travelOf(problem, searched) : null;
            RoundRobinState current = problem.start() != null
                    ? RoundRobinState.of(problem.teams(), problem.mirrored(), problem.start())
                    : RoundRobinState.initial(problem.teams(), problem.mirrored(), random);
            IncrementalScore incremental = new IncrementalScore(searched, problem.teams(), problem.slots());
            currentScore = incremental.reset(current.timetable());
            best = current.copy();
            bestScore = currentScore;
            if (travel != null) {
                // a random side for every game breaks many streak rules: priced as dearly as in the feasibility
                // phase (from the shuffled circle's travel), so the sides' annealing settles them first
                hardWeight = Math.max(1.0, currentScore.objective() / (double) (problem.teams() * 4))
                        * FEASIBILITY_WEIGHT;
                TourStart.Start start = TourStart.build(problem, travel, incremental, this::cost, random,
                        this::stopped);
                current = start.state();
                currentScore = start.score();
                cooling = TOUR_COOLING;
                // the sides' moves are not counted against the move budget: they are the construction's
                best = current.copy();
                bestScore = currentScore;
            }
            if (beam != null) {
                // a seeded run with a move budget is repeatable: one beam of a fixed width
                if (settings.maxIterations() != Long.MAX_VALUE) {
                    TravelBeam.Result built = beam.search(TravelBeam.FIXED_WIDTH, random, this::stopped);
                    if (built != null) {
                        startFromBeam(built, incremental);
                    }
                } else {
                    beam.widening((long) (BEAM_SHARE * settings.timeLimit().toNanos()), random, this::stopped,
                            built -> startFromBeam(built, incremental));
                }
                current = best.copy();
                currentScore = incremental.reset(current.timetable());
            }
            shared.offer(bestScore);
            double initialWeight = Math.max(1.0,
                    currentScore.objective() / (double) Math.max(1, problem.teams() * 4));
            ChangeSet change = new ChangeSet(problem.teams(), problem.slots());
            IncrementalScore phaseScore = hardOnly == null ? incremental
                    : new IncrementalScore(hardOnly, problem.teams(), problem.slots());
            boolean phase = !currentScore.feasible();
            while (!stopped()) {
                if (phase) {
                    current = feasibilityPhase(current, phaseScore, change, initialWeight * FEASIBILITY_WEIGHT);
                    currentScore = incremental.reset(current.timetable());
                    if (stopped()) {
                        return this;
                    }
                }
                current = adaptivePhase(current, incremental, change, initialWeight);
                // the adaptive weight stalled short of feasibility: back to the weighted phase, from the best
                // state and with the boosts it had earned, rather than a frozen descent for the rest of the run
                current = best.copy();
                currentScore = incremental.reset(current.timetable());
                phase = true;
            }
            return this;
        }

        /** A beam's timetable becomes the best (reported at once) and the cycles run colder from it. */
        private void startFromBeam(TravelBeam.Result built, IncrementalScore incremental) {
            RoundRobinState state = RoundRobinState.of(problem.teams(), false, built.matches());
            Score score = incremental.reset(state.timetable());
            if (score.compareTo(bestScore) < 0) {
                best = state;
                bestScore = score;
                shared.offer(score);
                cooling = TOUR_COOLING;
            }
        }

        /**
         * Annealing with the adaptive hard weight (strategic oscillation), in cooling cycles that reheat from the
         * best state, until stopped — or until the best state has stayed infeasible for as many moves as the
         * phase's patience allows it ({@link #FEASIBILITY_PATIENCE}
         * cycles).
         */
        private RoundRobinState adaptivePhase(RoundRobinState current, IncrementalScore incremental,
                                              ChangeSet change, double initialWeight) {
            hardWeight = initialWeight;
            double halfAcceptance = cooling * startTemperature(current, currentScore);
            double startTemperature = START_SHARE * halfAcceptance;
            boolean improved = false;
            double temperature = startTemperature;
            CycleClock clock = new CycleClock(settings, deadline, iterations);
            long stallLimit = (long) FEASIBILITY_PATIENCE * feasibilityCycle();
            long lastHardGain = iterations;
            long hardBest = bestScore.infeasibility();
            Trap trap = new Trap((long) TRAPPED_PER_TEAM_SLOT * problem.teams() * problem.slots(), iterations);
            while (!stopped()) {
                if (step(current, incremental, change, temperature)) {
                    improved = true;
                }
                iterations++;
                if (iterations % 500 == 0) {
                    // strategic oscillation: infeasible states grow dearer, feasible ones let the weight relax;
                    // no dearer than the feasibility phase's fixed weight (D80)
                    hardWeight = currentScore.feasible() ? Math.max(1.0, hardWeight / 1.02)
                            : Math.min(hardWeight * 1.05, initialWeight * FEASIBILITY_WEIGHT);
                    if (trap.stuck(currentScore, bestScore, hardWeight >= initialWeight * FEASIBILITY_WEIGHT,
                            iterations)) {
                        // infeasible at the dearest weight and no nearer feasible: a short repair, which may find
                        // a new best (D93), then back to the best timetable
                        repairTrapped(current, incremental, change, initialWeight * TRAP_REPAIR_WEIGHT);
                        current = best.copy();
                        currentScore = incremental.reset(current.timetable());
                        hardWeight = initialWeight;
                    }
                }
                if ((iterations & 0xff) != 0) {
                    continue;
                }
                if (exchangeIfDue(current, incremental)) {
                    improved = true;
                }
                if (bestScore.infeasibility() < hardBest) {
                    hardBest = bestScore.infeasibility();
                    lastHardGain = iterations;
                }
                if (hardBest > 0 && iterations - lastHardGain >= stallLimit) {
                    return current;
                }
                refreshFocus(incremental, current);
                double progressInCycle = clock.progress(iterations);
                temperature = startTemperature * Math.pow(FALL_PER_CYCLE, Math.min(1.0, progressInCycle));
                if (progressInCycle >= 1.0) {
                    clock.nextCycle(iterations);
                    // reheat from the best state; a cycle that found nothing better makes the next one start
                    // hotter (up to the half-acceptance temperature), so a stuck search escapes its basin
                    current = best.copy();
                    currentScore = incremental.reset(current.timetable());
                    startTemperature = improved ? startTemperature * 0.9
                            : Math.min(halfAcceptance, startTemperature * 2);
                    improved = false;
                    temperature = startTemperature;
                }
            }
            return current;
        }

        /**
         * A short repair of a trapped timetable ({@link TrapRepair}, D93): the objective and the boosted hard
         * deviation at {@code weight}, until feasible; {@link #step} keeps a new best as it comes.
         */
        private void repairTrapped(RoundRobinState current, IncrementalScore incremental, ChangeSet change,
                                   double weight) {
            long budget = repairBudget.next();
            if (budget == 0) {
                return;
            }
            Score before = bestScore;
            hardWeight = weight;
            weighting = true;
            repairing = true;
            currentScore = incremental.reset(current.timetable());
            TrapRepair repair = new TrapRepair(budget, weight, BOOST_EVERY);
            // the chain counts the repair's moves as it goes, so its budget and its stop hold within the repair
            repair.run(iterations, temperature -> {
                step(current, incremental, change, temperature);
                iterations++;
            }, () -> stopped() || currentScore.feasible(), () -> incremental.boostViolated(BOOST_BY, BOOST_KEEP),
                    () -> refreshFocus(incremental, current));
            weighting = false;
            repairing = false;
            cells.clear();
            repairBudget.settle(bestScore.compareTo(before) < 0);
        }

        /** The length of one feasibility cycle, in moves: longer once the phase has stalled (D88). */
        private long feasibilityCycle() {
            return (long) (stalledOnce ? STALLED_CYCLE_PER_TEAM_SLOT : FEASIBILITY_CYCLE_PER_TEAM_SLOT)
                    * problem.teams() * problem.slots();
        }

        /**
         * Until the first feasible timetable: annealing on hard deviation, each constraint's weighed by its
         * boost ({@link #BOOST_BY}), in cycles of a fixed number of moves that each cool tenfold from one hard
         * deviation's worth and reheat from the last state as good as the best. Only the hard constraints are
         * evaluated ({@code incremental} scores them alone when the instance has soft ones): on ITC2021's far
         * instances the soft ones are eight in ten of the constraints and most of a move's cost, and an objective
         * the phase would weigh at a hundredth of one hard deviation steered almost nothing (decisions D78). A new
         * best is then scored in full, so what is reported stays exact. Returns the state the optimisation goes
         * on from: the first feasible one, the best one after
         * {@code FEASIBILITY_PATIENCE} cycles without progress, or where the search stood when it was stopped.
         */
        private RoundRobinState feasibilityPhase(RoundRobinState current, IncrementalScore incremental,
                                                 ChangeSet change, double weight) {
            hardWeight = weight;
            weighting = true;
            currentScore = blind() ? incremental.reset(current.timetable()) : bestScore;
            if (blind()) {
                plateau = best.copy();
            }
            long cycle = feasibilityCycle();
            double hot = FEASIBILITY_START * weight;
            double temperature = hot;
            long cycleStart = iterations;
            long cycleBest = bestScore.infeasibility();
            int idleCycles = 0;
            while (!stopped() && !bestScore.feasible()) {
                step(current, incremental, change, temperature);
                iterations++;
                if (iterations % BOOST_EVERY == 0) {
                    incremental.boostViolated(BOOST_BY, BOOST_KEEP);
                }
                if ((iterations & 0xff) != 0) {
                    continue;
                }
                exchangeIfDue(current, incremental);
                refreshFocus(incremental, current);
                double progress = (iterations - cycleStart) / (double) cycle;
                temperature = hot * Math.pow(FEASIBILITY_FALL, Math.min(1.0, progress));
                if (progress >= 1.0) {
                    idleCycles = bestScore.infeasibility() < cycleBest ? 0 : idleCycles + 1;
                    cycleBest = bestScore.infeasibility();
                    if (idleCycles >= FEASIBILITY_PATIENCE) {
                        stalledOnce = true;
                        weighting = false;
                        return best.copy();
                    }
                    cycleStart = iterations;
                    current = blind() ? plateau.copy() : best.copy();
                    currentScore = incremental.reset(current.timetable());
                    temperature = hot;
                }
            }
            weighting = false;
            return bestScore.feasible() ? best.copy() : current;
        }

        /**
         * One move at {@code temperature}, made in place and undone when refused (no copy of the timetable per
         * move); true when it gave a new best state.
         */
        private boolean step(RoundRobinState current, IncrementalScore incremental, ChangeSet change,
                             double temperature) {
            moves.make(current);
            current.changes(change);
            if (change.isEmpty()) {
                current.undo();
                return false;
            }
            Score candidateScore = incremental.candidate(current.timetable(), change);
            double delta = weighting
                    ? candidateScore.objective() - currentScore.objective()
                    + hardWeight * (incremental.candidateWeighted() - incremental.currentWeighted())
                    : cost(candidateScore) - cost(currentScore);
            if (delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
                current.undo();
                return false;
            }
            incremental.accept();
            current.commit();
            currentScore = candidateScore;
            if (blind() && currentScore.infeasibility() <= bestScore.infeasibility()) {
                plateau.copyFrom(current);
            }
            if (blind() ? currentScore.infeasibility() >= bestScore.infeasibility()
                    : currentScore.compareTo(bestScore) >= 0) {
                return false;
            }
            best = current.copy();
            // without the objective in the search, a new best is scored in full
            bestScore = blind() ? score(current) : currentScore;
            shared.offer(bestScore);
            return true;
        }

        /**
         * At the budget's next exchange point, compares bests with the other chains and, when another's is
         * better, makes it this chain's best and current state; true when it did.
         */
        private boolean exchangeIfDue(RoundRobinState current, IncrementalScore incremental) {
            if (exchange == null || exchanged >= EXCHANGES - 1) {
                return false;
            }
            double share = (exchanged + 1) / (double) EXCHANGES;
            boolean due = settings.maxIterations() != Long.MAX_VALUE
                    ? iterations >= share * settings.maxIterations()
                    : System.nanoTime() - start >= share * settings.timeLimit().toNanos();
            if (!due) {
                return false;
            }
            exchanged++;
            BestExchange.Entry winner = exchange.exchange(index, best, bestScore);
            if (winner.score().compareTo(bestScore) >= 0) {
                return false;
            }
            current.copyFrom(winner.state());
            best = winner.state().copy();
            bestScore = winner.score();
            currentScore = incremental.reset(current.timetable());
            if (blind()) {
                plateau.copyFrom(current);
            }
            return true;
        }

        private void refreshFocus(IncrementalScore incremental, RoundRobinState current) {
            if (currentScore.feasible()) {
                cells.clear();
            } else {
                cells.refresh(incremental.violatedHard(), current.timetable());
            }
        }

        /** Whether the current score leaves the objective out (the feasibility phase on {@link #hardOnly}). */
        private boolean blind() {
            return weighting && hardOnly != null && !repairing;
        }

        private boolean stopped() {
            return iterations >= settings.maxIterations() || settings.stop().get() || System.nanoTime() > deadline
                    || (bestScore.feasible() && bestScore.objective() == 0);
        }

        private double cost(Score score) {
            return score.objective() + hardWeight * score.infeasibility();
        }

        private Score score(RoundRobinState state) {
            return Scorer.quickScore(searched, state.timetable());
        }

        /** A temperature at which a typical worsening move is accepted about half the time ({@link HalfAcceptance}). */
        private double startTemperature(RoundRobinState from, Score fromScore) {
            HalfAcceptance half = new HalfAcceptance();
            for (int i = 0; i < 50; i++) {
                moves.make(from);
                Score moved = score(from);
                half.sample(cost(moved) - cost(fromScore), moved.objective() - fromScore.objective());
                from.undo();
            }
            return half.temperature();
        }
    }
}
