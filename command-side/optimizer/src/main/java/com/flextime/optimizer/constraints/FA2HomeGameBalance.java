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
    public boolean touchedBy(ChangeSet change) {
        return change.anyTeamOf(fastTeams);
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
}
