package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CA4: teams1 together play at most {@code max} (home/away) games against teams2 in the given slots, counted
 * over all those slots (GLOBAL) or in each of them (EVERY) — e.g. two clubs sharing a stadium.
 */
public final class CA4GroupCapacity extends RobinxConstraint {

    private final Set<Integer> teams1;
    private final Set<Integer> teams2;
    private final Set<Integer> slots;
    private final Mode mode;
    private final boolean everySlot;
    private final int min;
    private final int max;
    private final IdSet fastTeams1;
    private final IdSet fastTeams2;
    private final IdSet fastSlots;

    public CA4GroupCapacity(String id, boolean hard, int weight, Set<Integer> teams1, Set<Integer> teams2,
                            Set<Integer> slots, Mode mode, boolean everySlot, int min, int max) {
        super(id, hard, weight);
        this.teams1 = Set.copyOf(teams1);
        this.teams2 = Set.copyOf(teams2);
        this.slots = Set.copyOf(slots);
        this.mode = mode;
        this.everySlot = everySlot;
        this.min = min;
        this.max = max;
        this.fastTeams1 = new IdSet(teams1);
        this.fastTeams2 = new IdSet(teams2);
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        return "Teams " + set(teams1) + " together play at most " + max + " " + mode.words() + " against "
                + set(teams2) + (everySlot ? " in each of slots " : " in slots ") + set(slots);
    }

    /** A game counts once, if its home team is in teams1 and away in teams2 (H), the reverse (A), or either. */
    private boolean counts(Match m) {
        boolean homeSide = teams1.contains(m.home()) && teams2.contains(m.away());
        boolean awaySide = teams1.contains(m.away()) && teams2.contains(m.home());
        return switch (mode) {
            case H -> homeSide;
            case A -> awaySide;
            case HA -> homeSide || awaySide;
        };
    }

    @Override
    public int[] watchedTeams() {
        return IdSet.union(fastTeams1, fastTeams2);
    }

    @Override
    public int[] watchedSlots() {
        return fastSlots.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        return (change.anyTeamOf(fastTeams1) || change.anyTeamOf(fastTeams2)) && change.anySlotOf(fastSlots);
    }

    @Override
    public boolean touchedByWatchedOnly() {
        return true;
    }

    @Override
    public long deviation(Timetable t) {
        if (!everySlot) {
            int count = 0;
            for (int slot : fastSlots.ids) {
                count += countIn(t, slot);
            }
            return excess(count, min, max);
        }
        long total = 0;
        for (int slot : fastSlots.ids) {
            total += excess(countIn(t, slot), min, max);
        }
        return total;
    }

    /** Games in one slot that count, found from the teams1 side; a game reachable from both sides counts once. */
    private int countIn(Timetable t, int slot) {
        int count = 0;
        for (int team : fastTeams1.ids) {
            int opponent = t.opponent(team, slot);
            if (!fastTeams2.has(opponent)) {
                continue;
            }
            boolean home = t.isHome(team, slot);
            if (mode == Mode.H ? home : mode == Mode.A ? !home
                    : !(fastTeams1.has(opponent) && fastTeams2.has(team) && opponent < team)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        if (everySlot) {
            for (int slot : slots) {
                check(t, Set.of(slot), result);
            }
        } else {
            check(t, slots, result);
        }
        return result;
    }

    private void check(Timetable t, Set<Integer> inSlots, List<Violation> result) {
        List<String> games = new ArrayList<>();
        List<Integer> teams = new ArrayList<>();
        for (Match m : t.matches()) {
            if (inSlots.contains(m.slot()) && counts(m)) {
                games.add(game(m.home(), m.away()));
                teams.add(m.home());
                teams.add(m.away());
            }
        }
        int deviation = excess(games.size(), min, max);
        if (deviation > 0) {
            result.add(violation(deviation, teams.stream().distinct().sorted().toList(), list(inSlots), games,
                    "teams " + set(teams1) + " play " + bound(games.size(), min, max) + " " + mode.words()
                            + " against " + set(teams2) + " in slots " + set(inSlots)));
        }
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

    public boolean everySlot() {
        return everySlot;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
