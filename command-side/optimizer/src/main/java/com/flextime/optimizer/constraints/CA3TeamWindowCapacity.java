package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CA3: each team of teams1 plays at most {@code max} (home/away) games against teams2 in every window of
 * {@code intp} consecutive slots. With teams2 = everyone this caps home stands and road trips (TTP: at most
 * three in a row).
 */
public final class CA3TeamWindowCapacity extends RobinxConstraint {

    private final Set<Integer> teams1;
    private final Set<Integer> teams2;
    private final Mode mode;
    private final int window;
    private final int min;
    private final int max;
    private final IdSet fastTeams1;
    private final IdSet fastTeams2;
    /** The mode as two flags, read per slot in the search's inner loop (instead of a switch on the enum). */
    private final boolean homeOnly;
    private final boolean awayOnly;

    public CA3TeamWindowCapacity(String id, boolean hard, int weight, Set<Integer> teams1, Set<Integer> teams2,
                                 Mode mode, int window, int min, int max) {
        super(id, hard, weight);
        this.teams1 = Set.copyOf(teams1);
        this.teams2 = Set.copyOf(teams2);
        this.mode = mode;
        this.window = window;
        this.min = min;
        this.max = max;
        this.fastTeams1 = new IdSet(teams1);
        this.fastTeams2 = new IdSet(teams2);
        this.homeOnly = mode == Mode.H;
        this.awayOnly = mode == Mode.A;
    }

    @Override
    public String name() {
        return "Team plays at most " + max + " " + mode.words() + " against " + set(teams2) + " in any "
                + window + " consecutive slots";
    }

    @Override
    public int[] watchedTeams() {
        return fastTeams1.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams1);
    }

    @Override
    public boolean touchedByWatchedOnly() {
        return true;
    }

    @Override
    public int[] parts() {
        return fastTeams1.ids;
    }

    /** One team's excess summed over every window, counted with a sliding window. */
    @Override
    public long part(Timetable t, int team) {
        long total = 0;
        int count = 0;
        for (int slot = 0; slot < t.slots(); slot++) {
            if (counts(t, team, slot)) {
                count++;
            }
            if (slot >= window && counts(t, team, slot - window)) {
                count--;
            }
            if (slot >= window - 1) {
                total += excess(count, min, max);
            }
        }
        return total;
    }

    /** Term p is the excess of the window ending in slot p (none before the first full window). */
    @Override
    public int reach(int slots) {
        return window;
    }

    @Override
    public long term(Timetable t, int team, int position) {
        if (position < window - 1) {
            return 0;
        }
        int count = 0;
        for (int slot = position - window + 1; slot <= position; slot++) {
            if (counts(t, team, slot)) {
                count++;
            }
        }
        return excess(count, min, max);
    }

    /** A run of windows counted with one sliding window. */
    @Override
    public void terms(Timetable t, int team, int from, int to, long[] into) {
        int first = Math.max(from, window - 1);
        for (int p = from; p < first && p <= to; p++) {
            into[p - from] = 0;
        }
        if (first > to) {
            return;
        }
        int count = 0;
        for (int slot = first - window + 1; slot <= first; slot++) {
            if (counts(t, team, slot)) {
                count++;
            }
        }
        into[first - from] = excess(count, min, max);
        for (int p = first + 1; p <= to; p++) {
            if (counts(t, team, p)) {
                count++;
            }
            if (counts(t, team, p - window)) {
                count--;
            }
            into[p - from] = excess(count, min, max);
        }
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        for (int team : fastTeams1.ids) {
            total += part(t, team);
        }
        return total;
    }

    private boolean counts(Timetable t, int team, int slot) {
        if (!fastTeams2.has(t.opponent(team, slot))) {
            return false;
        }
        return homeOnly ? t.isHome(team, slot) : !awayOnly || t.isAway(team, slot);
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        for (int team : teams1) {
            for (int first = 0; first + window <= t.slots(); first++) {
                List<Integer> counted = new ArrayList<>();
                for (int slot = first; slot < first + window; slot++) {
                    int opponent = t.opponent(team, slot);
                    if (opponent != Timetable.NONE && teams2.contains(opponent) && mode.counts(t, team, slot)) {
                        counted.add(slot);
                    }
                }
                int deviation = excess(counted.size(), min, max);
                if (deviation > 0) {
                    result.add(violation(deviation, List.of(team), counted, gamesOf(t, team, counted),
                            "team " + team + " plays "
                            + bound(counted.size(), min, max) + " " + mode.words() + " in slots " + first + "-"
                            + (first + window - 1)));
                }
            }
        }
        return result;
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public Set<Integer> teams1() {
        return teams1;
    }

    public Set<Integer> teams2() {
        return teams2;
    }

    public Mode mode() {
        return mode;
    }

    public int window() {
        return window;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
