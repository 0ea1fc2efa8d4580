package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** GA1: at least {@code min} and at most {@code max} of the listed games take place in the given slots. */
public final class GA1FixedGames extends RobinxConstraint {

    private final List<int[]> meetings;
    private final Set<Integer> slots;
    private final int min;
    private final int max;
    private final IdSet fastSlots;

    public GA1FixedGames(String id, boolean hard, int weight, List<int[]> meetings, Set<Integer> slots, int min,
                         int max) {
        super(id, hard, weight);
        this.meetings = List.copyOf(meetings);
        this.slots = Set.copyOf(slots);
        this.min = min;
        this.max = max;
        this.fastSlots = new IdSet(slots);
    }

    @Override
    public String name() {
        return (max == 0 ? "Games not played" : min == meetings.size() ? "Games fixed" : "Between " + min + " and "
                + max + " of the listed games played") + " in slots " + set(slots);
    }

    @Override
    public int[] watchedTeams() {
        return IdSet.teamsOf(meetings);
    }

    @Override
    public int[] watchedSlots() {
        return fastSlots.ids;
    }

    @Override
    public boolean touchedBy(ChangeSet change) {
        if (!change.anySlotOf(fastSlots)) {
            return false;
        }
        for (int[] meeting : meetings) {
            if (change.team(meeting[0]) || change.team(meeting[1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long deviation(Timetable t) {
        int count = 0;
        for (int[] meeting : meetings) {
            int slot = t.slotOf(meeting[0], meeting[1]);
            if (fastSlots.has(slot)) {
                count++;
            }
        }
        return excess(count, min, max);
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<int[]> inSlots = new ArrayList<>();
        List<int[]> elsewhere = new ArrayList<>();
        for (int[] meeting : meetings) {
            int slot = t.slotOf(meeting[0], meeting[1]);
            (slot != Timetable.NONE && slots.contains(slot) ? inSlots : elsewhere).add(meeting);
        }
        int deviation = excess(inSlots.size(), min, max);
        if (deviation == 0) {
            return List.of();
        }
        // too many: the games played in the slots are at fault; too few: the listed games played elsewhere, and
        // the slots they belong in (what a scheduler, or the window repair, has to look at)
        boolean tooMany = inSlots.size() > max;
        List<int[]> blamed = tooMany ? inSlots : elsewhere;
        List<Integer> blamedSlots = new ArrayList<>();
        for (int[] meeting : blamed) {
            int slot = t.slotOf(meeting[0], meeting[1]);
            if (slot != Timetable.NONE) {
                blamedSlots.add(slot);
            }
        }
        if (!tooMany) {
            blamedSlots.addAll(slots);
        }
        List<Integer> teams = blamed.stream().flatMap(m -> Stream.of(m[0], m[1])).distinct()
                .sorted().toList();
        return List.of(violation(deviation, teams, blamedSlots.stream().distinct().sorted().toList(),
                blamed.stream().map(m -> game(m[0], m[1])).toList(),
                bound(inSlots.size(), min, max) + " of the games " + describe() + " are played in slots "
                        + set(slots)));
    }

    private String describe() {
        List<String> games = meetings.stream().map(m -> game(m[0], m[1])).toList();
        return String.join(", ", games);
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public Set<Integer> slots() {
        return slots;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The listed games as {home, away} pairs (copies). */
    public List<int[]> meetings() {
        return meetings.stream().map(int[]::clone).toList();
    }
}
