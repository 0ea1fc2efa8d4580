package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.constraints.BR1TeamBreaks;
import com.flextime.optimizer.constraints.CA1TeamHomeAwayCapacity;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.solver.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The home/away patterns a team may be given when breaks are to be few: balanced (n − 1 home games), meeting the
 * team's own hard rules on its sides (CA1: home or away games in given slots; BR1: breaks in given slots), with
 * the fewest breaks such a pattern can have — at least one, since only two teams of a round robin can alternate
 * throughout — plus {@code extra}. Rules between teams are CP-SAT's to meet; these only narrow each team's choice.
 */
final class BreakPatterns {

    /** More breaks than this per team is no longer "few": such a team is left free. */
    static final int MOST = 3;

    private final Problem problem;
    /** Every balanced pattern with at most {@link #MOST} breaks (about 15,000 for 38 slots). */
    private final List<long[]> few = new ArrayList<>();

    BreakPatterns(Problem problem) {
        this.problem = problem;
        balanced(new long[problem.slots()], 0, 0, 0, MOST, few);
    }

    /**
     * Home (1) / away (0) flags per slot, one array per pattern; empty when no balanced pattern with at most
     * {@link #MOST} breaks meets the team's own rules.
     */
    List<long[]> forTeam(int team, int extra) {
        List<TimetableConstraint> own = problem.constraints().stream().filter(TimetableConstraint::hard)
                .filter(c -> c instanceof CA1TeamHomeAwayCapacity ca1 && ca1.teams().contains(team)
                        || c instanceof BR1TeamBreaks br1 && br1.teams().contains(team))
                .toList();
        List<long[]> allowed = new ArrayList<>(few);
        allowed.removeIf(pattern -> !meets(own, pattern));
        int fewest = allowed.stream().mapToInt(BreakPatterns::breaks).min().orElse(MOST);
        int cap = Math.min(MOST, Math.max(1, fewest) + extra);
        allowed.removeIf(pattern -> breaks(pattern) > cap);
        return allowed;
    }

    static int breaks(long[] pattern) {
        int breaks = 0;
        for (int s = 1; s < pattern.length; s++) {
            if (pattern[s] == pattern[s - 1]) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean meets(List<TimetableConstraint> own, long[] pattern) {
        for (TimetableConstraint c : own) {
            if (c instanceof CA1TeamHomeAwayCapacity ca1) {
                int count = 0;
                for (int s : ca1.slots()) {
                    count += counts(ca1.mode(), pattern[s] == 1) ? 1 : 0;
                }
                if (count < ca1.min() || count > ca1.max()) {
                    return false;
                }
            } else if (c instanceof BR1TeamBreaks br1) {
                int count = 0;
                for (int s : br1.slots()) {
                    count += s > 0 && pattern[s] == pattern[s - 1] && counts(br1.mode(), pattern[s] == 1) ? 1 : 0;
                }
                if (count > br1.max()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean counts(Mode mode, boolean home) {
        return mode == Mode.HA || (mode == Mode.H) == home;
    }

    /** Every pattern over the slots with half of them at home and at most {@code most} breaks. */
    private static void balanced(long[] pattern, int slot, int homes, int breaks, int most, List<long[]> into) {
        int slots = pattern.length;
        if (homes > slots / 2 || slot - homes > slots / 2) {
            return;
        }
        if (slot == slots) {
            into.add(pattern.clone());
            return;
        }
        for (int side = 0; side <= 1; side++) {
            int b = breaks + (slot > 0 && pattern[slot - 1] == side ? 1 : 0);
            if (b <= most) {
                pattern[slot] = side;
                balanced(pattern, slot + 1, homes + side, b, most, into);
            }
        }
    }
}
