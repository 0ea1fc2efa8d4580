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

    /**
     * The search's quick form: the same worst excess per pair, without explanations. Each team's home games so
     * far at the checked slots, minus the slot's mean count, stay within a band [low, high]; two teams whose bands
     * cannot be more than {@code max} apart owe nothing, so only pairs with a far team are compared slot by slot
     * (on a balanced timetable most pairs are skipped; comparing them all was a third of ITC2021 Early 1's search).
     */
    @Override
    public long deviation(Timetable t) {
        int[] checked = checkedSlots(t.slots());
        int[] ids = fastTeams.ids;
        int n = ids.length;
        int k = checked.length;
        if (n < 2 || k == 0) {
            return 0;
        }
        int[] soFar = new int[n * k];
        int[] mean = new int[k];
        for (int i = 0; i < n; i++) {
            int team = ids[i];
            int count = 0;
            int c = 0;
            for (int slot = 0; c < k; slot++) {
                count += t.isHome(team, slot) ? 1 : 0;
                if (slot == checked[c]) {
                    soFar[i * k + c] = count;
                    mean[c] += count;
                    c++;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            mean[c] /= n;
        }
        int[] low = new int[n];
        int[] high = new int[n];
        for (int i = 0; i < n; i++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int c = 0; c < k; c++) {
                int off = soFar[i * k + c] - mean[c];
                lo = Math.min(lo, off);
                hi = Math.max(hi, off);
            }
            low[i] = lo;
            high[i] = hi;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (high[i] - low[j] <= max && high[j] - low[i] <= max) {
                    continue; // |a - b| = |(a - mean) - (b - mean)| <= max at every slot
                }
                int hi = Integer.MIN_VALUE;
                int lo = Integer.MAX_VALUE;
                for (int c = 0, a = i * k, b = j * k; c < k; c++) {
                    int d = soFar[a + c] - soFar[b + c];
                    hi = Math.max(hi, d);
                    lo = Math.min(lo, d);
                }
                int worst = Math.max(hi, -lo) - max;
                if (worst > 0) {
                    total += worst;
                }
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
