package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.List;

/** A rule a round-robin timetable is scored against: hard (feasibility) or soft (objective), with a weight. */
public interface TimetableConstraint {

    /** Unique within its instance, e.g. {@code CA3#2} (type and position in the file). */
    String id();

    /** The rule in plain words, with its parameters. */
    String name();

    boolean hard();

    int weight();

    /** Every deviation with its explanation; empty when the timetable satisfies the constraint. */
    List<Violation> violations(Timetable timetable);

    /**
     * The total deviation (before weighting), without building explanations: what the search calls. Must equal
     * the sum of {@link Violation#deviation()} over {@link #violations}.
     */
    /**
     * Whether a change to these teams and slots can alter this constraint's deviation. Must never answer false
     * when it can (the search would keep a stale deviation); answering true is always safe.
     */
    default boolean touchedBy(ChangeSet change) {
        return true;
    }

    /**
     * When the deviation is a sum of per-team parts, each depending only on that team's own games, the teams
     * whose parts make it up; null otherwise. The search then re-evaluates only the parts of changed teams.
     */
    default int[] parts() {
        return null;
    }

    /** The part of the deviation owed to {@code team} (see {@link #parts()}). */
    default long part(Timetable timetable, int team) {
        throw new UnsupportedOperationException(id() + " is not a sum of per-team parts");
    }

    default long deviation(Timetable timetable) {
        return violations(timetable).stream().mapToLong(Violation::deviation).sum();
    }
}
