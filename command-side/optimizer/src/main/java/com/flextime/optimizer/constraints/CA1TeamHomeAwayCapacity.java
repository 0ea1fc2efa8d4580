package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CA1: each team plays at most {@code max} home (or away) games in the given slots ("place constraint"). */
public final class CA1TeamHomeAwayCapacity extends RobinxConstraint {

    private final Set<Integer> teams;
    private final Set<Integer> slots;
    private final Mode mode;
    private final int min;
    private final int max;
    private final IdSet fastTeams;
    private final IdSet fastSlots;

    public CA1TeamHomeAwayCapacity(String id, boolean hard, int weight, Set<Integer> teams, Set<Integer> slots,
                                   Mode mode, int min, int max) {
        super(id, hard, weight);
        this.teams = Set.copyOf(teams);
        this.slots = Set.copyOf(slots);
        this.mode = mode;
        this.min = min;
        this.max = max;
        this.fastTeams = new IdSet(teams);
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        return "Team plays at most " + max + " " + mode.words() + " in slots " + set(slots);
    }

    @Override
    public int[] watchedTeams() {
        return fastTeams.ids;
    }

    @Override
    public int[] watchedSlots() {
        return fastSlots.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams) && change.anySlotOf(fastSlots);
    }

    @Override
    public boolean touchedByWatchedOnly() {
        return true;
    }

    @Override
    public int[] parts() {
        return fastTeams.ids;
    }

    @Override
    public long part(Timetable t, int team) {
        int count = 0;
        for (int slot : fastSlots.ids) {
            if (mode.counts(t, team, slot)) {
                count++;
            }
        }
        return excess(count, min, max);
    }

    /** Counted slot by slot: term p is 1 when slot p counts, and the part is the count's excess. */
    @Override
    public int reach(int slots) {
        return 1;
    }

    @Override
    public long term(Timetable t, int team, int position) {
        return fastSlots.has(position) && mode.counts(t, team, position) ? 1 : 0;
    }

    @Override
    public int[] termSlots() {
        return fastSlots.ids;
    }

    @Override
    public long partOf(long termSum) {
        return excess((int) termSum, min, max);
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        for (int team : fastTeams.ids) {
            total += part(t, team);
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        for (int team : teams) {
            List<Integer> counted = new ArrayList<>();
            for (int slot : slots) {
                if (mode.counts(t, team, slot)) {
                    counted.add(slot);
                }
            }
            int deviation = excess(counted.size(), min, max);
            if (deviation > 0) {
                result.add(violation(deviation, List.of(team), counted, gamesOf(t, team, counted),
                        "team " + team + " plays "
                        + bound(counted.size(), min, max) + " " + mode.words() + " in slots " + set(slots)));
            }
        }
        return result;
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public Set<Integer> teams() {
        return teams;
    }

    public Set<Integer> slots() {
        return slots;
    }

    public Mode mode() {
        return mode;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
