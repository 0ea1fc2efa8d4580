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
    private final List<Match> matches;
    private final int[][] opponent;
    private final boolean[][] home;
    private final int[][] gamesInSlot;
    /** slotOf[home][away]: the slot of the game home v away, NONE if absent; duplicates keep the first. */
    private final int[][] slotOf;
    private final int[][] timesPlayed;

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
        return gamesInSlot[team][slot];
    }

    /** The slot in which {@code home} hosts {@code away}, or NONE. */
    public int slotOf(int home, int away) {
        return slotOf[home][away];
    }

    public int timesPlayed(int home, int away) {
        return timesPlayed[home][away];
    }

    /** The slots in which the two teams meet, in order. */
    public List<Integer> meetings(int a, int b) {
        List<Integer> result = new ArrayList<>();
        for (Match m : matches) {
            if ((m.home() == a && m.away() == b) || (m.home() == b && m.away() == a)) {
                result.add(m.slot());
            }
        }
        Collections.sort(result);
        return result;
    }
}
