package com.flextime.optimizer.constraints;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;

/**
 * The format every instance here shares: a compact double round robin. Each team plays exactly once in every
 * slot, and hosts every other team exactly once. Optionally phased (each pair meets once in each half) or
 * mirrored (the second half repeats the first with home and away swapped).
 */
public final class RoundRobinStructure extends RobinxConstraint {

    public enum Kind { PLAIN, PHASED, MIRRORED }

    private final Kind kind;

    public RoundRobinStructure(Kind kind) {
        super("FORMAT", true, 1);
        this.kind = kind;
    }

    @Override
    public String name() {
        return switch (kind) {
            case PLAIN -> "Compact double round robin";
            case PHASED -> "Compact double round robin, phased (each pair meets once per half)";
            case MIRRORED -> "Compact double round robin, mirrored (second half = first half with sides swapped)";
        };
    }

    @Override
    public long deviation(Timetable t) {
        long total = 0;
        int n = t.teams();
        for (int team = 0; team < n; team++) {
            for (int slot = 0; slot < t.slots(); slot++) {
                total += Math.abs(t.gamesInSlot(team, slot) - 1);
            }
        }
        int half = t.slots() / 2;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                total += Math.abs(t.timesPlayed(a, b) - (a == b ? 0 : 1));
                if (b > a && kind != Kind.PLAIN) {
                    int first = t.slotOf(a, b);
                    int second = t.slotOf(b, a);
                    if (first != Timetable.NONE && second != Timetable.NONE) {
                        boolean bad = kind == Kind.PHASED ? (first < half) == (second < half)
                                : Math.abs(first - second) != half;
                        total += bad ? 1 : 0;
                    }
                }
            }
        }
        return total;
    }

    @Override
    public List<Violation> violations(Timetable t) {
        List<Violation> result = new ArrayList<>();
        int n = t.teams();
        for (int team = 0; team < n; team++) {
            for (int slot = 0; slot < t.slots(); slot++) {
                int games = t.gamesInSlot(team, slot);
                if (games != 1) {
                    result.add(violation(Math.abs(games - 1), List.of(team), List.of(slot), List.of(),
                            "team " + team + " plays " + games + " games in slot " + slot + " (exactly 1)"));
                }
            }
        }
        for (int home = 0; home < n; home++) {
            for (int away = 0; away < n; away++) {
                int played = t.timesPlayed(home, away);
                int wanted = home == away ? 0 : 1;
                if (played != wanted) {
                    result.add(violation(Math.abs(played - wanted), List.of(home, away), List.of(),
                            List.of(game(home, away)), "team " + home + " hosts team " + away + " " + played
                                    + " times (exactly " + wanted + ")"));
                }
            }
        }
        int half = t.slots() / 2;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int first = t.slotOf(a, b);
                int second = t.slotOf(b, a);
                if (first == Timetable.NONE || second == Timetable.NONE) {
                    continue;
                }
                if (kind == Kind.PHASED && (first < half) == (second < half)) {
                    result.add(violation(1, List.of(a, b), List.of(first, second), List.of(),
                            "teams " + a + " and " + b + " meet twice in the same half (slots " + first + " and "
                                    + second + ")"));
                }
                if (kind == Kind.MIRRORED && Math.abs(first - second) != half) {
                    result.add(violation(1, List.of(a, b), List.of(first, second), List.of(),
                            "teams " + a + " and " + b + " meet in slots " + first + " and " + second
                                    + ", not " + half + " slots apart as a mirrored schedule requires"));
                }
            }
        }
        return result;
    }
}
