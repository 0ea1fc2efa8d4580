package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.timetable.Timetable;
import java.util.List;

/**
 * The current state's deviation per constraint, so a candidate re-evaluates only the constraints its move
 * touched (see {@link TimetableConstraint#touchedBy}). Equal to a full {@code Scorer.quickScore} by
 * construction; {@code IncrementalScoreTest} checks it on random walks.
 */
final class IncrementalScore {

    private final List<TimetableConstraint> constraints;
    private final long[] current;
    private final long[] candidate;

    IncrementalScore(List<TimetableConstraint> constraints) {
        this.constraints = constraints;
        this.current = new long[constraints.size()];
        this.candidate = new long[constraints.size()];
    }

    Score reset(Timetable timetable) {
        for (int i = 0; i < current.length; i++) {
            current[i] = constraints.get(i).deviation(timetable);
        }
        return total(current);
    }

    /** Scores a candidate that differs from the current state only in the changed teams and slots. */
    Score candidate(Timetable timetable, ChangeSet change) {
        for (int i = 0; i < candidate.length; i++) {
            TimetableConstraint c = constraints.get(i);
            candidate[i] = c.touchedBy(change) ? c.deviation(timetable) : current[i];
        }
        return total(candidate);
    }

    /** The last candidate became the current state. */
    void accept() {
        System.arraycopy(candidate, 0, current, 0, current.length);
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
