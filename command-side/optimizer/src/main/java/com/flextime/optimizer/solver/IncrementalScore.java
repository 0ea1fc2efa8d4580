package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The current state's deviation per constraint (per team, for constraints that are sums of per-team parts, and
 * per slot, for parts that are sums of local terms), so a candidate re-evaluates only what its move touched:
 * constraints whose teams and slots it changed ({@link TimetableConstraint#touchedBy}); of those, only the parts
 * of changed teams; and of local parts, only the terms within reach of the changed slots. Equal to a full
 * {@code Scorer.quickScore} by construction; {@code IncrementalScoreTest} checks it on random walks.
 */
final class IncrementalScore {

    private final List<TimetableConstraint> constraints;
    private final long[] current;
    private final long[] candidate;
    private final int[][] parts;
    /** partIndex[i][team]: where team's part of constraint i is kept, -1 when it has none. */
    private final int[][] partIndex;
    private final long[][] currentParts;
    private final long[][] candidateParts;
    /** For constraints with local terms ({@link TimetableConstraint#reach} > 0), null for the others. */
    private final LocalTerms[] terms;
    private final boolean[] hard;
    private final long[] weight;
    /** watchers[team]: the constraints a change of that team's games can alter; unwatched: those any change can. */
    private final int[][] watchers;
    private final int[] unwatched;
    /** slotWatchers[slot]: the constraints a change in that slot can alter; anySlot: those any slot's can. */
    private final int[][] slotWatchers;
    private final int[] anySlot;
    /**
     * For constraints touched exactly when a watched team and a watched slot changed, their teams and slots as
     * bits (all bits when any may), so most are answered without a call; {@code masked[i]} false for the others.
     */
    private final boolean[] masked;
    private final long[] teamMask;
    private final long[] slotMask;
    /** The constraints the last candidate re-evaluated, and a stamp so each is looked at once per candidate. */
    private final int[] touchedList;
    private int touchedCount;
    private final int[] seen;
    private int generation;
    private long currentInfeasibility;
    private long currentObjective;
    private long candidateInfeasibility;
    private long candidateObjective;
    private ChangeSet lastChange;
    /** Hard constraints' search multipliers (constraint weighting), 1 until {@link #boostViolated}. */
    private final double[] boost;
    private double currentWeighted;
    private double candidateWeighted;

    IncrementalScore(List<TimetableConstraint> constraints, int teams, int slots) {
        this.constraints = constraints;
        int size = constraints.size();
        this.current = new long[size];
        this.candidate = new long[size];
        this.parts = new int[size][];
        this.partIndex = new int[size][];
        this.currentParts = new long[size][];
        this.candidateParts = new long[size][];
        this.terms = new LocalTerms[size];
        this.touchedList = new int[size];
        this.seen = new int[size];
        this.hard = new boolean[size];
        this.weight = new long[size];
        this.boost = new double[size];
        Arrays.fill(boost, 1.0);
        for (int i = 0; i < size; i++) {
            TimetableConstraint c = constraints.get(i);
            hard[i] = c.hard();
            weight[i] = c.weight();
            parts[i] = c.parts();
            if (parts[i] == null) {
                continue;
            }
            currentParts[i] = new long[parts[i].length];
            candidateParts[i] = new long[parts[i].length];
            partIndex[i] = new int[teams];
            Arrays.fill(partIndex[i], -1);
            for (int j = 0; j < parts[i].length; j++) {
                partIndex[i][parts[i][j]] = j;
            }
            if (c.reach(slots) > 0) {
                terms[i] = new LocalTerms(parts[i].length, c.positions(slots), c.reach(slots), c.termSlots());
            }
        }
        // index [0..count) lists the constraints watching that team (slot); index [count] those watching any
        int[][] byTeam = watchIndex(constraints, teams, TimetableConstraint::watchedTeams);
        this.watchers = Arrays.copyOf(byTeam, teams);
        this.unwatched = byTeam[teams];
        int[][] bySlot = watchIndex(constraints, slots, TimetableConstraint::watchedSlots);
        this.slotWatchers = Arrays.copyOf(bySlot, slots);
        this.anySlot = bySlot[slots];
        this.masked = new boolean[size];
        this.teamMask = new long[size];
        this.slotMask = new long[size];
        for (int i = 0; i < size; i++) {
            TimetableConstraint c = constraints.get(i);
            masked[i] = c.touchedByWatchedOnly() && teams <= 64 && slots <= 64;
            teamMask[i] = bits(c.watchedTeams());
            slotMask[i] = bits(c.watchedSlots());
        }
    }

    private static int[][] watchIndex(List<TimetableConstraint> constraints, int count,
                                      java.util.function.Function<TimetableConstraint, int[]> watched) {
        List<List<Integer>> index = new ArrayList<>();
        for (int k = 0; k <= count; k++) {
            index.add(new ArrayList<>());
        }
        for (int i = 0; i < constraints.size(); i++) {
            int[] ids = watched.apply(constraints.get(i));
            if (ids == null) {
                index.get(count).add(i);
            } else {
                for (int id : ids) {
                    index.get(id).add(i);
                }
            }
        }
        return index.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static long bits(int[] ids) {
        if (ids == null) {
            return -1L;
        }
        long bits = 0;
        for (int id : ids) {
            bits |= 1L << id;
        }
        return bits;
    }

    Score reset(Timetable timetable) {
        currentInfeasibility = 0;
        currentObjective = 0;
        currentWeighted = 0;
        for (int i = 0; i < current.length; i++) {
            TimetableConstraint c = constraints.get(i);
            if (parts[i] == null) {
                current[i] = c.deviation(timetable);
            } else {
                long sum = 0;
                for (int j = 0; j < parts[i].length; j++) {
                    currentParts[i][j] = terms[i] == null ? c.part(timetable, parts[i][j])
                            : terms[i].reset(c, timetable, parts[i][j], j);
                    sum += currentParts[i][j];
                }
                current[i] = sum;
            }
            if (hard[i]) {
                currentInfeasibility += current[i] * weight[i];
                currentWeighted += current[i] * weight[i] * boost[i];
            } else {
                currentObjective += current[i] * weight[i];
            }
        }
        return new Score(currentInfeasibility, currentObjective, List.of());
    }

    /**
     * Scores a candidate that differs from the current state only in the changed teams and slots: only the
     * constraints watching a changed team are asked whether the change touches them.
     */
    Score candidate(Timetable timetable, ChangeSet change) {
        touchedCount = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            generation = 1;
        }
        candidateInfeasibility = currentInfeasibility;
        candidateObjective = currentObjective;
        candidateWeighted = currentWeighted;
        // look up the constraints by whichever changed fewer, slots (swap rounds) or teams (swap homes)
        boolean bySlot = change.changedSlotCount() < change.changedTeams();
        int lists = bySlot ? change.changedSlotCount() : change.changedTeams();
        for (int k = -1; k < lists; k++) {
            int[] watching = bySlot ? (k < 0 ? anySlot : slotWatchers[change.changedSlotAt(k)])
                    : (k < 0 ? unwatched : watchers[change.changedTeam(k)]);
            for (int i : watching) {
                if (seen[i] != generation) {
                    seen[i] = generation;
                    evaluate(i, timetable, change);
                }
            }
        }
        lastChange = change;
        return new Score(candidateInfeasibility, candidateObjective, List.of());
    }

    /** Re-evaluates constraint i for the candidate, if the change touches it. */
    private void evaluate(int i, Timetable timetable, ChangeSet change) {
        TimetableConstraint c = constraints.get(i);
        boolean touched = masked[i] && change.fitsMasks()
                ? (teamMask[i] & change.teamBits()) != 0 && (slotMask[i] & change.slotBits()) != 0
                : c.touchedBy(change);
        if (!touched) {
            return;
        }
        touchedList[touchedCount++] = i;
        candidate[i] = parts[i] == null ? c.deviation(timetable) : changedParts(i, c, timetable, change);
        long difference = (candidate[i] - current[i]) * weight[i];
        if (hard[i]) {
            candidateInfeasibility += difference;
            candidateWeighted += difference * boost[i];
        } else {
            candidateObjective += difference;
        }
    }

    /** A part-wise constraint: the old sum, with the parts of changed teams re-evaluated. */
    private long changedParts(int i, TimetableConstraint c, Timetable timetable, ChangeSet change) {
        long sum = current[i];
        long[] kept = currentParts[i];
        long[] fresh = candidateParts[i];
        int[] index = partIndex[i];
        LocalTerms local = terms[i];
        if (local != null) {
            local.begin();
        }
        // the constraint's teams or the changed teams, whichever are fewer
        boolean byParts = parts[i].length < change.changedTeams();
        int count = byParts ? parts[i].length : change.changedTeams();
        for (int k = 0; k < count; k++) {
            int team = byParts ? parts[i][k] : change.changedTeam(k);
            int j = byParts ? (change.team(team) ? k : -1) : index[team];
            if (j < 0) {
                continue;
            }
            fresh[j] = local == null ? c.part(timetable, team) : local.part(c, timetable, team, j, change);
            sum += fresh[j] - kept[j];
        }
        return sum;
    }

    /** The hard constraints the current state violates. */
    List<TimetableConstraint> violatedHard() {
        List<TimetableConstraint> violated = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            if (hard[i] && current[i] > 0) {
                violated.add(constraints.get(i));
            }
        }
        return violated;
    }

    /** The last candidate became the current state (call before its change set is cleared). */
    void accept() {
        for (int t = 0; t < touchedCount; t++) {
            int i = touchedList[t];
            current[i] = candidate[i];
            if (parts[i] == null) {
                continue;
            }
            boolean byParts = parts[i].length < lastChange.changedTeams();
            int count = byParts ? parts[i].length : lastChange.changedTeams();
            for (int k = 0; k < count; k++) {
                int j = byParts ? (lastChange.team(parts[i][k]) ? k : -1) : partIndex[i][lastChange.changedTeam(k)];
                if (j >= 0) {
                    currentParts[i][j] = candidateParts[i][j];
                }
            }
            if (terms[i] != null) {
                terms[i].accept();
            }
        }
        currentInfeasibility = candidateInfeasibility;
        currentObjective = candidateObjective;
        currentWeighted = candidateWeighted;
    }

    /** The current state's hard deviation, each constraint's multiplied by its boost. */
    double currentWeighted() {
        return currentWeighted;
    }

    /** The last candidate's hard deviation, each constraint's multiplied by its boost. */
    double candidateWeighted() {
        return candidateWeighted;
    }

    /**
     * Constraint weighting: every boost first keeps only {@code keep} of its excess over 1, then every hard
     * constraint the current state violates gains {@code by}, so a constraint that stays violated grows dear and
     * one met for long returns to its own weight.
     */
    void boostViolated(double by, double keep) {
        currentWeighted = 0;
        for (int i = 0; i < current.length; i++) {
            if (!hard[i]) {
                continue;
            }
            boost[i] = 1 + (boost[i] - 1) * keep + (current[i] > 0 ? by : 0);
            currentWeighted += current[i] * weight[i] * boost[i];
        }
    }
}
