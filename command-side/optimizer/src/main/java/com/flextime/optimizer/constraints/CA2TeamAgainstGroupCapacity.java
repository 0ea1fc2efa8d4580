package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CA2: each team of teams1 plays at most {@code max} (home/away) games against teams2 in the given slots. */
public final class CA2TeamAgainstGroupCapacity extends RobinxConstraint {

    private final Set<Integer> teams1;
    private final Set<Integer> teams2;
    private final Set<Integer> slots;
    private final Mode mode;
    private final int min;
    private final int max;
    private final IdSet fastTeams1;
    private final IdSet fastTeams2;
    private final IdSet fastSlots;

    public CA2TeamAgainstGroupCapacity(String id, boolean hard, int weight, Set<Integer> teams1,
                                       Set<Integer> teams2, Set<Integer> slots, Mode mode, int min, int max) {
        super(id, hard, weight);
        this.teams1 = Set.copyOf(teams1);
        this.teams2 = Set.copyOf(teams2);
        this.slots = Set.copyOf(slots);
        this.mode = mode;
        this.min = min;
        this.max = max;
        this.fastTeams1 = new IdSet(teams1);
        this.fastTeams2 = new IdSet(teams2);
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        return "Team plays at most " + max + " " + mode.words() + " against " + set(teams2) + " in slots "
                + set(slots);
    }

    @Override
    public int[] watchedTeams() {
        return fastTeams1.ids;
    }

    @Override
    public int[] watchedSlots() {
        return fastSlots.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams1) && change.anySlotOf(fastSlots);
    }

    @Override
    public boolean touchedByWatchedOnly() {
        return true;
    }

    @Override
    public int[] parts() {
        return fastTeams1.ids;
    }

    @Override
    public long part(Timetable t, int team) {
        int count = 0;
        for (int slot : fastSlots.ids) {
            if (fastTeams2.has(t.opponent(team, slot)) && mode.counts(t, team, slot)) {
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
        return fastSlots.has(position) && fastTeams2.has(t.opponent(team, position))
                && mode.counts(t, team, position) ? 1 : 0;
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
        for (int team : fastTeams1.ids) {
            total += part(t, team);
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        for (int team : teams1) {
            List<Integer> counted = new ArrayList<>();
            List<String> games = new ArrayList<>();
            for (int slot : slots) {
                int opponent = t.opponent(team, slot);
                if (opponent != Timetable.NONE && teams2.contains(opponent) && mode.counts(t, team, slot)) {
                    counted.add(slot);
                    games.add(gameOf(t, team, slot));
                }
            }
            int deviation = excess(counted.size(), min, max);
            if (deviation > 0) {
                result.add(violation(deviation, List.of(team), counted, games, "team " + team + " plays "
                        + bound(counted.size(), min, max) + " " + mode.words() + " against " + set(teams2)
                        + " in slots " + set(slots)));
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
