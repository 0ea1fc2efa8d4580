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
     * Whether a change to these teams and slots can alter this constraint's deviation. Must never answer false
     * when it can (the search would keep a stale deviation); answering true is always safe.
     */
    default boolean touchedBy(ChangeSet change) {
        return true;
    }

    /**
     * The teams whose own games (their rows of the timetable) can alter this constraint's deviation; null when
     * any team's can. The search re-evaluates a constraint only when a move changed one of these teams.
     */
    default int[] watchedTeams() {
        return null;
    }

    /**
     * The slots whose change can alter this constraint's deviation; null when any slot's can. Like
     * {@link #watchedTeams}, an index for the search: a move that changed few slots (swap rounds) asks only the
     * constraints watching those slots. {@link #touchedBy} must be false for a change outside them.
     */
    default int[] watchedSlots() {
        return null;
    }

    /**
     * True when {@link #touchedBy} is exactly "a watched team changed in some slot, and some watched slot
     * changed" (null meaning any): the search then answers it from bit masks without calling it.
     */
    default boolean touchedByWatchedOnly() {
        return false;
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

    /**
     * When each part is a sum of local terms, one per position 0..{@link #positions}-1, each depending only on the
     * team's games in the slots {@code position - reach + 1 .. position}: that reach; 0 when it is not. A move
     * then re-evaluates only the terms within reach of the slots it changed. Terms are asked only of timetables in
     * which every team plays in every slot (the search's states); there they sum to {@link #part}.
     */
    default int reach(int slots) {
        return 0;
    }

    /** How many local terms make up one part (see {@link #reach(int)}): usually one per slot. */
    default int positions(int slots) {
        return slots;
    }

    /**
     * A part from the sum of its local terms: the sum itself, unless the part caps a count (CA1, CA2 and BR1
     * count games or breaks slot by slot and charge only the excess over their bounds).
     */
    default long partOf(long termSum) {
        return termSum;
    }

    /**
     * The positions whose terms can be non-zero, ascending, when they are a subset of the slots (CA1, CA2 and BR1
     * often count a few slots only); null when any can. A move then looks only at these.
     */
    default int[] termSlots() {
        return null;
    }

    /** One local term of {@code team}'s part (see {@link #reach(int)}). */
    default long term(Timetable timetable, int team, int position) {
        throw new UnsupportedOperationException(id() + " has no local terms");
    }

    /**
     * The terms of positions {@code from..to} (inclusive) into {@code into[0..to-from]}; constraints whose terms
     * overlap (sliding windows) override it to compute a run of terms in one pass.
     */
    default void terms(Timetable timetable, int team, int from, int to, long[] into) {
        for (int p = from; p <= to; p++) {
            into[p - from] = term(timetable, team, p);
        }
    }

    /**
     * The total deviation (before weighting), without building explanations: what the search calls. Must equal
     * the sum of {@link Violation#deviation()} over {@link #violations}.
     */
    default long deviation(Timetable timetable) {
        return violations(timetable).stream().mapToLong(Violation::deviation).sum();
    }
}
