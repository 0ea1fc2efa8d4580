package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SE1: two teams' mutual games are at least {@code min} (and at most {@code max}) slots apart, counting the
 * slots strictly between them. With min 1 it is the "no repeaters" rule.
 */
public final class SE1Separation extends RobinxConstraint {

    private final List<Integer> teams;
    private final int min;
    private final Integer max;
    private final IdSet fastTeams;

    public SE1Separation(String id, boolean hard, int weight, Set<Integer> teams, int min, Integer max) {
        super(id, hard, weight);
        this.teams = list(teams);
        this.min = min;
        this.max = max;
        this.fastTeams = new IdSet(teams);
    }

    @Override
    public String name() {
        return "At least " + min + " slots between two games of the same teams"
                + (max == null ? "" : ", at most " + max);
    }

    @Override
    public int[] watchedTeams() {
        return fastTeams.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams);
    }

    @Override
    public boolean touchedByWatchedOnly() {
        return true;
    }

    @Override
    public int[] parts() {
        return fastTeams.ids;
    }

    /** The pairs (team, b) with b > team, read from team's own games only (its row shows both meetings). */
    @Override
    public long part(Timetable t, int team) {
        int[] first = new int[t.teams()];
        java.util.Arrays.fill(first, -1);
        long total = 0;
        for (int slot = 0; slot < t.slots(); slot++) {
            int b = t.opponent(team, slot);
            if (b <= team || !fastTeams.has(b)) {
                continue;
            }
            if (first[b] < 0) {
                first[b] = slot;
            } else {
                int between = slot - first[b] - 1;
                total += Math.max(0, min - between) + (max == null ? 0 : Math.max(0, between - max));
                first[b] = slot;
            }
        }
        return total;
    }

    /**
     * Without a maximum that can bind, the deviation is local: term p charges the game in slot p (against a
     * higher-numbered team) for the nearest earlier meeting of the same pair, if it is within {@code min} slots.
     */
    @Override
    public int reach(int slots) {
        // a maximum of slots - 2 or more can never be exceeded (TTP instances say max = slots)
        return max == null || max >= slots - 2 ? min + 1 : 0;
    }

    /** A run of terms in one loop (the search asks for runs; a term at a time is a call per term). */
    @Override
    public void terms(Timetable t, int team, int from, int to, long[] into) {
        for (int p = from; p <= to; p++) {
            into[p - from] = term(t, team, p);
        }
    }

    @Override
    public long term(Timetable t, int team, int position) {
        int b = t.opponent(team, position);
        if (b <= team || !fastTeams.has(b)) {
            return 0;
        }
        for (int d = 1; d <= min && position - d >= 0; d++) {
            if (t.opponent(team, position - d) == b) {
                return min - (d - 1);
            }
        }
        return 0;
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int a = teams.get(i);
                int b = teams.get(j);
                if (t.timesPlayed(a, b) > 1 || t.timesPlayed(b, a) > 1) {
                    total += slowDeviation(t, a, b);
                    continue;
                }
                int s1 = t.slotOf(a, b);
                int s2 = t.slotOf(b, a);
                if (s1 != Timetable.NONE && s2 != Timetable.NONE) {
                    int between = Math.abs(s2 - s1) - 1;
                    total += Math.max(0, min - between) + (max == null ? 0 : Math.max(0, between - max));
                }
            }
        }
        return total;
    }

    private long slowDeviation(Timetable t, int a, int b) {
        long total = 0;
        List<Integer> meetings = t.meetings(a, b);
        for (int k = 1; k < meetings.size(); k++) {
            int between = meetings.get(k) - meetings.get(k - 1) - 1;
            total += Math.max(0, min - between) + (max == null ? 0 : Math.max(0, between - max));
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int a = teams.get(i);
                int b = teams.get(j);
                List<Integer> meetings = t.meetings(a, b);
                for (int k = 1; k < meetings.size(); k++) {
                    int between = meetings.get(k) - meetings.get(k - 1) - 1;
                    int deviation = Math.max(0, min - between) + (max == null ? 0 : Math.max(0, between - max));
                    if (deviation > 0) {
                        result.add(violation(deviation, List.of(a, b), List.of(meetings.get(k - 1), meetings.get(k)),
                                List.of(), "teams " + a + " and " + b + " meet in slots " + meetings.get(k - 1)
                                        + " and " + meetings.get(k) + ", " + between + " slots apart (at least "
                                        + min + ")"));
                    }
                }
            }
        }
        return result;
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public List<Integer> teams() {
        return teams;
    }

    public int min() {
        return min;
    }

    public Integer max() {
        return max;
    }
}
