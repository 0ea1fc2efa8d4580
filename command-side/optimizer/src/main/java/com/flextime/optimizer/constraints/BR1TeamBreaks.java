package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * BR1: each team has at most {@code intp} breaks (two home games, or two away games, in a row) in the given
 * slots. A break belongs to the second slot of the pair.
 */
public final class BR1TeamBreaks extends RobinxConstraint {

    private final Set<Integer> teams;
    private final Set<Integer> slots;
    private final Mode mode;
    private final int max;
    private final IdSet fastTeams;
    private final IdSet fastSlots;

    public BR1TeamBreaks(String id, boolean hard, int weight, Set<Integer> teams, Set<Integer> slots, Mode mode,
                         int max) {
        super(id, hard, weight);
        this.teams = Set.copyOf(teams);
        this.slots = Set.copyOf(slots);
        this.mode = mode;
        this.max = max;
        this.fastTeams = new IdSet(teams);
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        String kind = switch (mode) {
            case H -> "home breaks";
            case A -> "away breaks";
            case HA -> "breaks";
        };
        return "Team has at most " + max + " " + kind + " in slots " + set(slots);
    }

    static boolean isBreak(Timetable t, int team, int slot, Mode mode) {
        if (slot == 0 || !t.plays(team, slot) || !t.plays(team, slot - 1)) {
            return false;
        }
        boolean home = t.isHome(team, slot);
        if (home != t.isHome(team, slot - 1)) {
            return false;
        }
        return mode == Mode.HA || (mode == Mode.H) == home;
    }

    @Override
    public int[] watchedTeams() {
        return fastTeams.ids;
    }

    @Override
    public int[] watchedSlots() {
        return IdSet.withPrevious(fastSlots);
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams) && change.anySlotOrPreviousOf(fastSlots);
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
        int breaks = 0;
        for (int slot : fastSlots.ids) {
            if (isBreak(t, team, slot, mode)) {
                breaks++;
            }
        }
        return Math.max(0, breaks - max);
    }

    /** Counted slot by slot: term p is 1 when slot p holds a break, and the part is the excess over the maximum. */
    @Override
    public int reach(int slots) {
        return 2;
    }

    @Override
    public long term(Timetable t, int team, int position) {
        return fastSlots.has(position) && isBreak(t, team, position, mode) ? 1 : 0;
    }

    @Override
    public int[] termSlots() {
        return fastSlots.ids;
    }

    @Override
    public long partOf(long termSum) {
        return Math.max(0, termSum - max);
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
            List<Integer> breaks = new ArrayList<>();
            for (int slot : slots) {
                if (isBreak(t, team, slot, mode)) {
                    breaks.add(slot);
                }
            }
            int deviation = Math.max(0, breaks.size() - max);
            if (deviation > 0) {
                List<Integer> sorted = breaks.stream().sorted().toList();
                // a break is two games in a row on the same side: name both
                List<Integer> spanned = sorted.stream().flatMap(s -> Stream.of(s - 1, s)).filter(s -> s >= 0)
                        .distinct().toList();
                result.add(violation(deviation, List.of(team), sorted, gamesOf(t, team, spanned),
                        "team " + team + " has " + breaks.size() + " breaks (at most " + max + ") in slots "
                                + set(slots)));
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

    public int max() {
        return max;
    }
}
