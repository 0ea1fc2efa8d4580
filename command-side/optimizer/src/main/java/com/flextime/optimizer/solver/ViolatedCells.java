package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.util.Arrays;
import java.util.List;

/**
 * The cells (a team and a slot) of the current state's hard violations, read from their explanations: for each
 * game a violation names, the slot it is played in, for both its teams; for a violation naming teams and slots
 * but no games, those teams in those slots (in any slot, {@link #ANY}, when that would be more than
 * {@link #CELLS_PER_VIOLATION} cells); for one naming only teams, those teams in any slot. A violation naming
 * more than {@link #GAMES_PER_VIOLATION} games gives that many of them, a different few each refresh.
 * A focused move starts from such a cell, so it moves, flips or trades the very game that breaks the rule
 * instead of a random game of one of its teams (most of whose games are innocent).
 */
final class ViolatedCells {

    static final int ANY = -1;
    /** A violation naming teams and slots but no games adds its cells when they are at most this many. */
    static final int CELLS_PER_VIOLATION = 64;

    /** A violation naming more games gives this many of them (every k-th, from a rotating start). */
    static final int GAMES_PER_VIOLATION = 4;

    private final int cellsPerViolation;
    private int refreshes;

    private int[] team = new int[256];
    private int[] slot = new int[256];
    private int count;

    ViolatedCells() {
        this(CELLS_PER_VIOLATION);
    }

    ViolatedCells(int cellsPerViolation) {
        this.cellsPerViolation = cellsPerViolation;
    }

    int count() {
        return count;
    }

    int team(int i) {
        return team[i];
    }

    /** The cell's slot, or {@link #ANY}. */
    int slot(int i) {
        return slot[i];
    }

    void clear() {
        count = 0;
    }

    void refresh(List<TimetableConstraint> violated, Timetable t) {
        count = 0;
        refreshes++;
        for (TimetableConstraint c : violated) {
            for (Violation v : c.violations(t)) {
                // sorted, as the cells below: explanations list what they name in the order of the constraint's
                // sets, which differs from one JVM to the next, and the search must not (same seed, same run)
                List<String> games = v.games().stream().sorted().toList();
                if (!games.isEmpty()) {
                    // at most a few games per violation, a different few each refresh, so a violation's share of
                    // the focus does not grow with how much it names (BR2 names every break's games)
                    int stride = (games.size() + GAMES_PER_VIOLATION - 1) / GAMES_PER_VIOLATION;
                    for (int g = refreshes % stride; g < games.size(); g += stride) {
                        addGame(t, games.get(g));
                    }
                } else if (!v.slots().isEmpty() && v.teams().size() * v.slots().size() <= cellsPerViolation) {
                    for (int tm : v.teams()) {
                        for (int s : v.slots()) {
                            add(tm, s);
                        }
                    }
                } else {
                    for (int tm : v.teams()) {
                        add(tm, ANY);
                    }
                }
            }
        }
        sort(t.slots());
    }

    /** The cells in one order (team, then slot), whatever the order the violations came in. */
    private void sort(int slots) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (long) team[i] * (slots + 1) + (slot[i] + 1);
        }
        Arrays.sort(keys);
        for (int i = 0; i < count; i++) {
            team[i] = (int) (keys[i] / (slots + 1));
            slot[i] = (int) (keys[i] % (slots + 1)) - 1;
        }
    }

    /** A game "home-away", in the slot in which home hosts away (once, in a double round robin). */
    private void addGame(Timetable t, String game) {
        int dash = game.indexOf('-');
        int home = Integer.parseInt(game, 0, dash, 10);
        int away = Integer.parseInt(game, dash + 1, game.length(), 10);
        int slot = t.slotOf(home, away);
        int at = slot == Timetable.NONE ? ANY : slot;
        add(home, at);
        add(away, at);
    }

    private void add(int tm, int s) {
        if (count == team.length) {
            team = Arrays.copyOf(team, 2 * count);
            slot = Arrays.copyOf(slot, 2 * count);
        }
        team[count] = tm;
        slot[count] = s;
        count++;
    }
}
