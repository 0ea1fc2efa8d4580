package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** BR2: the teams together have at most {@code intp} breaks in the given slots. */
public final class BR2TotalBreaks extends RobinxConstraint {

    private final Set<Integer> teams;
    private final Set<Integer> slots;
    private final int max;
    private final IdSet fastTeams;
    private final IdSet fastSlots;

    public BR2TotalBreaks(String id, boolean hard, int weight, Set<Integer> teams, Set<Integer> slots, int max) {
        super(id, hard, weight);
        this.teams = Set.copyOf(teams);
        this.slots = Set.copyOf(slots);
        this.max = max;
        this.fastTeams = new IdSet(teams);
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        return "Teams " + set(teams) + " have at most " + max + " breaks in total";
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
    public long deviation(Timetable t) {
        int breaks = 0;
        for (int team : fastTeams.ids) {
            for (int slot : fastSlots.ids) {
                if (BR1TeamBreaks.isBreak(t, team, slot, Mode.HA)) {
                    breaks++;
                }
            }
        }
        return Math.max(0, breaks - max);
    }

    /** One violation naming the teams with breaks, the slots of the breaks and both games of each break. */
    @Override
    public List<Violation> violations(Timetable t) {
        List<Integer> teamsWithBreaks = new ArrayList<>();
        Set<Integer> breakSlots = new TreeSet<>();
        Set<String> games = new LinkedHashSet<>();
        int breaks = 0;
        for (int team : list(teams)) {
            int own = 0;
            for (int slot : list(slots)) {
                if (BR1TeamBreaks.isBreak(t, team, slot, Mode.HA)) {
                    own++;
                    breakSlots.add(slot);
                    games.add(gameOf(t, team, slot - 1));
                    games.add(gameOf(t, team, slot));
                }
            }
            breaks += own;
            if (own > 0) {
                teamsWithBreaks.add(team);
            }
        }
        int deviation = Math.max(0, breaks - max);
        if (deviation == 0) {
            return List.of();
        }
        return List.of(violation(deviation, teamsWithBreaks, List.copyOf(breakSlots), List.copyOf(games),
                "the teams have " + breaks + " breaks in total (at most " + max + ")"));
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public Set<Integer> teams() {
        return teams;
    }

    public Set<Integer> slots() {
        return slots;
    }

    public int max() {
        return max;
    }
}
