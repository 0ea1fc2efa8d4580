package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * FA2: after each of the given slots, no two of the teams differ by more than {@code intp} in home games
 * played so far. Each pair deviates by its largest excess over those slots.
 */
public final class FA2HomeGameBalance extends RobinxConstraint {

    private final List<Integer> teams;
    private final Set<Integer> slots;
    private final int max;
    private final IdSet fastTeams;
    /** The slots as a sorted array, built on first use (benign race: every thread builds the same array). */
    private volatile int[] checked;

    public FA2HomeGameBalance(String id, boolean hard, int weight, Set<Integer> teams, Set<Integer> slots,
                              int max) {
        super(id, hard, weight);
        this.teams = list(teams);
        this.slots = Set.copyOf(slots);
        this.max = max;
        this.fastTeams = new IdSet(teams);
    }

    @Override
    public String name() {
        return "No two teams differ by more than " + max + " home games at any point";
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

    /** The search's quick form: the same worst excess per pair, without explanations. */
    @Override
    public long deviation(Timetable t) {
        int[] checked = checkedSlots(t.slots());
        int[][] homeSoFar = new int[t.teams()][];
        for (int team : fastTeams.ids) {
            homeSoFar[team] = new int[t.slots()];
            int count = 0;
            for (int slot = 0; slot < t.slots(); slot++) {
                count += t.isHome(team, slot) ? 1 : 0;
                homeSoFar[team][slot] = count;
            }
        }
        long total = 0;
        int[] ids = fastTeams.ids;
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                int[] a = homeSoFar[ids[i]];
                int[] b = homeSoFar[ids[j]];
                int worst = 0;
                for (int slot : checked) {
                    worst = Math.max(worst, Math.abs(a[slot] - b[slot]) - max);
                }
                total += worst;
            }
        }
        return total;
    }

    private int[] checkedSlots(int slotCount) {
        int[] sorted = checked;
        if (sorted == null) {
            sorted = slots.stream().mapToInt(Integer::intValue).filter(s -> s >= 0 && s < slotCount).sorted()
                    .toArray();
            checked = sorted;
        }
        return sorted;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        int[][] homeSoFar = new int[t.teams()][t.slots()];
        for (int team : teams) {
            int count = 0;
            for (int slot = 0; slot < t.slots(); slot++) {
                count += t.isHome(team, slot) ? 1 : 0;
                homeSoFar[team][slot] = count;
            }
        }
        List<Violation> result = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                int a = teams.get(i);
                int b = teams.get(j);
                int worst = 0;
                int worstSlot = -1;
                for (int slot : slots) {
                    int excess = Math.abs(homeSoFar[a][slot] - homeSoFar[b][slot]) - max;
                    if (excess > worst || (excess == worst && excess > 0 && slot < worstSlot)) {
                        worst = excess;
                        worstSlot = slot;
                    }
                }
                if (worst > 0) {
                    result.add(violation(worst, List.of(a, b), List.of(worstSlot), List.of(), "teams " + a
                            + " and " + b + " differ by " + (worst + max) + " home games after slot " + worstSlot
                            + " (at most " + max + ")"));
                }
            }
        }
        return result;
    }

    // read-only parameters, for solvers that model the rule themselves (the CP-SAT adapter)

    public List<Integer> teams() {
        return teams;
    }

    public Set<Integer> slots() {
        return slots;
    }

    public int max() {
        return max;
    }
}
