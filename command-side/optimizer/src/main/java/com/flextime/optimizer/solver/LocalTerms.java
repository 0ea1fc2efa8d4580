package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.timetable.Timetable;

/**
 * One constraint's local terms per part and position, and the terms a candidate re-evaluated (kept until the
 * candidate is accepted or the next one begins). A team's changed slots are sorted and their reaches merged
 * into runs, so overlapping reaches count a term once and a sliding window is counted in one pass.
 */
final class LocalTerms {
    private final int positions;
    private final int reach;
    private final long[] value;
    /** Per part, the sum of its terms (a part is {@code partOf} that sum), and a candidate's new sums. */
    private final long[] sum;
    private final long[] candidateSum;
    private final int[] touchedParts;
    private int changedPartCount;
    private final int[] pending;
    private final long[] pendingValue;
    private int pendingCount;
    private final long[] run;
    private final int[] termSlots;

    LocalTerms(int parts, int positions, int reach, int[] termSlots) {
        this.termSlots = termSlots;
        this.positions = positions;
        this.reach = reach;
        this.value = new long[parts * positions];
        this.sum = new long[parts];
        this.candidateSum = new long[parts];
        this.touchedParts = new int[parts];
        this.pending = new int[parts * positions];
        this.pendingValue = new long[parts * positions];
        this.run = new long[positions];
    }

    long reset(TimetableConstraint c, Timetable t, int team, int part) {
        c.terms(t, team, 0, positions - 1, run);
        System.arraycopy(run, 0, value, part * positions, positions);
        long total = 0;
        for (int p = 0; p < positions; p++) {
            total += run[p];
        }
        sum[part] = total;
        return c.partOf(total);
    }

    void begin() {
        pendingCount = 0;
        changedPartCount = 0;
    }

    /** This team's new part: the terms within reach of its changed slots re-evaluated, each once. */
    long part(TimetableConstraint c, Timetable t, int team, int part, ChangeSet change) {
        int count = change.changedSlots(team);
        if (termSlots != null && termSlots.length < count) {
            return partFromTermSlots(c, t, team, part, change);
        }
        int[] sorted = change.sortedSlots(team);
        long delta = 0;
        int base = part * positions;
        int s = 0;
        while (s < count) {
            int from = sorted[s];
            int to = Math.min(positions - 1, from + reach - 1);
            s++;
            while (s < count && sorted[s] <= to + 1) {
                to = Math.min(positions - 1, sorted[s] + reach - 1);
                s++;
            }
            c.terms(t, team, from, to, run);
            for (int p = from; p <= to; p++) {
                long fresh = run[p - from];
                delta += fresh - value[base + p];
                pending[pendingCount] = base + p;
                pendingValue[pendingCount++] = fresh;
            }
        }
        candidateSum[part] = sum[part] + delta;
        touchedParts[changedPartCount++] = part;
        return c.partOf(candidateSum[part]);
    }

    /** Only the positions that can hold a term, each re-evaluated when a slot within its reach changed. */
    private long partFromTermSlots(TimetableConstraint c, Timetable t, int team, int part, ChangeSet change) {
        long delta = 0;
        int base = part * positions;
        for (int p : termSlots) {
            boolean reached = false;
            for (int q = p - reach + 1; q <= p && !reached; q++) {
                reached = change.changed(team, q);
            }
            if (reached && p < positions) {
                long fresh = c.term(t, team, p);
                delta += fresh - value[base + p];
                pending[pendingCount] = base + p;
                pendingValue[pendingCount++] = fresh;
            }
        }
        candidateSum[part] = sum[part] + delta;
        touchedParts[changedPartCount++] = part;
        return c.partOf(candidateSum[part]);
    }

    void accept() {
        for (int i = 0; i < pendingCount; i++) {
            value[pending[i]] = pendingValue[i];
        }
        for (int i = 0; i < changedPartCount; i++) {
            sum[touchedParts[i]] = candidateSum[touchedParts[i]];
        }
        pendingCount = 0;
        changedPartCount = 0;
    }
}
