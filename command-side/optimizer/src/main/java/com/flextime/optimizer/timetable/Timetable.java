package com.flextime.optimizer.timetable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A time-constrained round-robin timetable: which team meets which, where and in which slot. Built from any
 * list of matches, also a broken one (a team twice in a slot, a missing game), so the scorer can explain what
 * is wrong instead of refusing to look. The per-team arrays hold the team's first game in a slot.
 */
public final class Timetable {

    public static final int NONE = -1;

    private final int teams;
    private final int slots;
    private final int[][] opponent;
    private final boolean[][] home;
    private List<Match> matches;
    private int[][] gamesInSlot;
    /** slotOf[home][away]: the slot of the game home v away, NONE if absent; duplicates keep the first. */
    private int[][] slotOf;
    private int[][] timesPlayed;

    public Timetable(int teams, int slots, List<Match> matches) {
        this.teams = teams;
        this.slots = slots;
        this.matches = List.copyOf(matches);
        this.opponent = new int[teams][slots];
        this.home = new boolean[teams][slots];
        this.gamesInSlot = new int[teams][slots];
        this.slotOf = new int[teams][teams];
        this.timesPlayed = new int[teams][teams];
        for (int[] row : opponent) {
            java.util.Arrays.fill(row, NONE);
        }
        for (int[] row : slotOf) {
            java.util.Arrays.fill(row, NONE);
        }
        for (Match m : this.matches) {
            if (m.home() < 0 || m.home() >= teams || m.away() < 0 || m.away() >= teams || m.slot() < 0
                    || m.slot() >= slots) {
                throw new IllegalArgumentException("match " + m + " names a team or slot outside the instance");
            }
            place(m.home(), m.away(), m.slot(), true);
            place(m.away(), m.home(), m.slot(), false);
            timesPlayed[m.home()][m.away()]++;
            if (slotOf[m.home()][m.away()] == NONE) {
                slotOf[m.home()][m.away()] = m.slot();
            }
        }
    }

    /**
     * A view of a valid compact double round robin held as opponent and home-flag arrays (the solver's state),
     * without copying them: the game list and the look-up tables are built only if a constraint asks. The
     * arrays must not change while the view is in use.
     */
    public static Timetable ofValidArrays(int[][] opponent, boolean[][] home) {
        return new Timetable(opponent, home);
    }

    private Timetable(int[][] opponent, boolean[][] home) {
        this.teams = opponent.length;
        this.slots = opponent[0].length;
        this.opponent = opponent;
        this.home = home;
    }

    private void derive() {
        if (slotOf != null) {
            return;
        }
        gamesInSlot = new int[teams][slots];
        slotOf = new int[teams][teams];
        timesPlayed = new int[teams][teams];
        for (int[] row : slotOf) {
            java.util.Arrays.fill(row, NONE);
        }
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                gamesInSlot[t][s] = opponent[t][s] == NONE ? 0 : 1;
                if (home[t][s] && opponent[t][s] != NONE) {
                    int away = opponent[t][s];
                    timesPlayed[t][away]++;
                    if (slotOf[t][away] == NONE) {
                        slotOf[t][away] = s;
                    }
                }
            }
        }
    }

    private void place(int team, int other, int slot, boolean atHome) {
        if (gamesInSlot[team][slot]++ == 0) {
            opponent[team][slot] = other;
            home[team][slot] = atHome;
        }
    }

    public int teams() {
        return teams;
    }

    public int slots() {
        return slots;
    }

    public List<Match> matches() {
        if (matches == null) {
            List<Match> games = new ArrayList<>(teams * slots / 2);
            for (int t = 0; t < teams; t++) {
                for (int s = 0; s < slots; s++) {
                    if (home[t][s] && opponent[t][s] != NONE) {
                        games.add(new Match(t, opponent[t][s], s));
                    }
                }
            }
            matches = java.util.Collections.unmodifiableList(games);
        }
        return matches;
    }

    /** The opponent of {@code team} in {@code slot}, or NONE when it does not play. */
    public int opponent(int team, int slot) {
        return opponent[team][slot];
    }

    public boolean plays(int team, int slot) {
        return opponent[team][slot] != NONE;
    }

    public boolean isHome(int team, int slot) {
        return plays(team, slot) && home[team][slot];
    }

    public boolean isAway(int team, int slot) {
        return plays(team, slot) && !home[team][slot];
    }

    public int gamesInSlot(int team, int slot) {
        derive();
        return gamesInSlot[team][slot];
    }

    /** The slot in which {@code home} hosts {@code away} (the first, if more than one), or NONE. */
    public int slotOf(int home, int away) {
        if (slotOf == null) {
            // a view of the solver's state, fresh for every candidate move: one look along the host's row is
            // cheaper than building the look-up tables for one question (the first slot, as the tables keep)
            for (int s = 0; s < slots; s++) {
                if (opponent[home][s] == away && this.home[home][s]) {
                    return s;
                }
            }
            return NONE;
        }
        return slotOf[home][away];
    }

    public int timesPlayed(int home, int away) {
        derive();
        return timesPlayed[home][away];
    }

    /** The slots in which the two teams meet, in order. */
    public List<Integer> meetings(int a, int b) {
        List<Integer> result = new ArrayList<>();
        for (Match m : matches()) {
            if ((m.home() == a && m.away() == b) || (m.home() == b && m.away() == a)) {
                result.add(m.slot());
            }
        }
        Collections.sort(result);
        return result;
    }
}
