package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;

/**
 * The phased format's own rule, for the search: each pair meets once in each half. The search's states are always
 * compact double round robins, so of {@link RoundRobinStructure}'s checks only this one can fail there; stated
 * alone it is a sum of per-team parts (the pairs a team meets twice in one half, counted at the lower-numbered
 * team of the pair, so each pair once), which the search re-evaluates for the changed teams only. Only for
 * timetables in which every team plays in every slot: the scorer keeps {@link RoundRobinStructure}.
 */
public final class OnceInEachHalf extends RobinxConstraint {

    private final int[] parts;

    public OnceInEachHalf(int teams) {
        super("FORMAT", true, 1);
        if (teams > 64) {
            throw new IllegalArgumentException("at most 64 teams (a team's opponents are a bit set)");
        }
        this.parts = new int[teams];
        for (int t = 0; t < teams; t++) {
            parts[t] = t;
        }
    }

    @Override
    public String name() {
        return "Compact double round robin, phased (each pair meets once per half)";
    }

    @Override
    public int[] parts() {
        return parts;
    }

    /** The opponents above {@code team} that it meets twice in one half (zero or two times in the first). */
    @Override
    public long part(Timetable t, int team) {
        long once = 0;
        long twice = 0;
        int half = t.slots() / 2;
        for (int s = 0; s < half; s++) {
            long bit = 1L << t.opponent(team, s);
            twice |= once & bit;
            once |= bit;
        }
        long all = t.teams() == 64 ? -1L : (1L << t.teams()) - 1;
        long above = all & ~((2L << team) - 1);
        return Long.bitCount((twice | ~once) & above);
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        for (int team = 0; team < t.teams(); team++) {
            total += part(t, team);
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        int half = t.slots() / 2;
        for (int a = 0; a < t.teams(); a++) {
            int[] firstMeeting = new int[t.teams()];
            java.util.Arrays.fill(firstMeeting, Timetable.NONE);
            for (int s = 0; s < t.slots(); s++) {
                int b = t.opponent(a, s);
                if (b <= a) {
                    continue;
                }
                int first = firstMeeting[b];
                if (first == Timetable.NONE) {
                    firstMeeting[b] = s;
                } else if ((first < half) == (s < half)) {
                    result.add(violation(1, List.of(a, b), List.of(first, s), List.of(),
                            "teams " + a + " and " + b + " meet twice in the same half (slots " + first + " and "
                                    + s + ")"));
                }
            }
        }
        return result;
    }
}
