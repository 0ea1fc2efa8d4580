package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.timetable.Timetable;
import java.util.List;

/**
 * The current state's deviation per constraint (and per team, for constraints that are sums of per-team parts),
 * so a candidate re-evaluates only what its move touched: constraints whose teams and slots it changed
 * ({@link TimetableConstraint#touchedBy}), and of those, only the parts of changed teams. Equal to a full
 * {@code Scorer.quickScore} by construction; {@code IncrementalScoreTest} checks it on random walks.
 */
final class IncrementalScore {

    private final List<TimetableConstraint> constraints;
    private final long[] current;
    private final long[] candidate;
    private final int[][] parts;
    private final long[][] currentParts;
    private final long[][] candidateParts;
    private final boolean[] touched;

    IncrementalScore(List<TimetableConstraint> constraints) {
        this.constraints = constraints;
        int size = constraints.size();
        this.current = new long[size];
        this.candidate = new long[size];
        this.parts = new int[size][];
        this.currentParts = new long[size][];
        this.candidateParts = new long[size][];
        this.touched = new boolean[size];
        for (int i = 0; i < size; i++) {
            parts[i] = constraints.get(i).parts();
            if (parts[i] != null) {
                currentParts[i] = new long[parts[i].length];
                candidateParts[i] = new long[parts[i].length];
            }
        }
    }

    Score reset(Timetable timetable) {
        for (int i = 0; i < current.length; i++) {
            TimetableConstraint c = constraints.get(i);
            if (parts[i] == null) {
                current[i] = c.deviation(timetable);
                continue;
            }
            long sum = 0;
            for (int j = 0; j < parts[i].length; j++) {
                currentParts[i][j] = c.part(timetable, parts[i][j]);
                sum += currentParts[i][j];
            }
            current[i] = sum;
        }
        return total(current);
    }

    /** Scores a candidate that differs from the current state only in the changed teams and slots. */
    Score candidate(Timetable timetable, ChangeSet change) {
        for (int i = 0; i < candidate.length; i++) {
            TimetableConstraint c = constraints.get(i);
            touched[i] = c.touchedBy(change);
            if (!touched[i]) {
                candidate[i] = current[i];
            } else if (parts[i] == null) {
                candidate[i] = c.deviation(timetable);
            } else {
                long sum = current[i];
                for (int j = 0; j < parts[i].length; j++) {
                    int team = parts[i][j];
                    long part = change.team(team) ? c.part(timetable, team) : currentParts[i][j];
                    candidateParts[i][j] = part;
                    sum += part - currentParts[i][j];
                }
                candidate[i] = sum;
            }
        }
        return total(candidate);
    }

    /** The last candidate became the current state. */
    void accept() {
        System.arraycopy(candidate, 0, current, 0, current.length);
        for (int i = 0; i < current.length; i++) {
            if (touched[i] && parts[i] != null) {
                System.arraycopy(candidateParts[i], 0, currentParts[i], 0, parts[i].length);
            }
        }
    }

    private Score total(long[] deviations) {
        long infeasibility = 0;
        long objective = 0;
        for (int i = 0; i < deviations.length; i++) {
            TimetableConstraint c = constraints.get(i);
            if (c.hard()) {
                infeasibility += deviations[i] * c.weight();
            } else {
                objective += deviations[i] * c.weight();
            }
        }
        return new Score(infeasibility, objective, List.of());
    }

    /** The cells where two states differ. */
    static ChangeSet diff(RoundRobinState before, RoundRobinState after) {
        ChangeSet change = new ChangeSet(before.n, before.slots);
        for (int t = 0; t < before.n; t++) {
            for (int s = 0; s < before.slots; s++) {
                if (before.opp[t][s] != after.opp[t][s] || before.home[t][s] != after.home[t][s]) {
                    change.mark(t, s);
                }
            }
        }
        return change;
    }
}
