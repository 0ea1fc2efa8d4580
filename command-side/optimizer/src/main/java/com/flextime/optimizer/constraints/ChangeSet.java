package com.flextime.optimizer.constraints;

/**
 * Which teams and slots a move changed, and per team which of its slots. A constraint whose teams and slots it
 * does not touch keeps its deviation, so the search re-evaluates only the few constraints a move can affect.
 * Reused from move to move ({@link #clear} forgets only what was marked): the search makes millions of moves.
 */
public final class ChangeSet {

    private final boolean[] teams;
    private final boolean[] slots;
    private final boolean[][] cells;
    private final int[] teamList;
    private final int[] slotList;
    private final int[][] teamSlots;
    private final int[] teamSlotCount;
    /** Whether a team's changed slots are in ascending order (sorted on first request after a change). */
    private final boolean[] sorted;
    /** Per team, its changed slots as bits when every slot is below 64: read in ascending order without a sort. */
    private final long[] teamSlotBits;
    private int teamCount;
    private int slotCount;
    /** Changed teams and slots below 64 as bits, and whether any changed id is 64 or above. */
    private long teamBits;
    private long slotBits;
    private boolean large;

    public ChangeSet(int teamCount, int slotCount) {
        this.teams = new boolean[teamCount];
        this.slots = new boolean[slotCount];
        this.cells = new boolean[teamCount][slotCount];
        this.teamList = new int[teamCount];
        this.slotList = new int[slotCount];
        this.teamSlots = new int[teamCount][slotCount];
        this.teamSlotCount = new int[teamCount];
        this.sorted = new boolean[teamCount];
        this.teamSlotBits = slotCount <= 64 ? new long[teamCount] : null;
    }

    public void mark(int team, int slot) {
        if (cells[team][slot]) {
            return;
        }
        cells[team][slot] = true;
        teamSlots[team][teamSlotCount[team]++] = slot;
        sorted[team] = false;
        if (teamSlotBits != null) {
            teamSlotBits[team] |= 1L << slot;
        }
        if (!teams[team]) {
            teams[team] = true;
            teamList[teamCount++] = team;
            teamBits |= team < 64 ? 1L << team : 0;
        }
        if (!slots[slot]) {
            slots[slot] = true;
            slotList[slotCount++] = slot;
            slotBits |= slot < 64 ? 1L << slot : 0;
        }
        large |= team >= 63 || slot >= 63;
    }

    /** Forgets every mark, in time proportional to what was marked. */
    public void clear() {
        for (int i = 0; i < teamCount; i++) {
            int team = teamList[i];
            teams[team] = false;
            for (int j = 0; j < teamSlotCount[team]; j++) {
                cells[team][teamSlots[team][j]] = false;
            }
            teamSlotCount[team] = 0;
            if (teamSlotBits != null) {
                teamSlotBits[team] = 0;
            }
        }
        for (int i = 0; i < slotCount; i++) {
            slots[slotList[i]] = false;
        }
        teamCount = 0;
        slotCount = 0;
        teamBits = 0;
        slotBits = 0;
        large = false;
    }

    public boolean isEmpty() {
        return teamCount == 0;
    }

    public boolean team(int team) {
        return team >= 0 && team < teams.length && teams[team];
    }

    public boolean slot(int slot) {
        return slot >= 0 && slot < slots.length && slots[slot];
    }

    /** How many teams changed; {@link #changedTeam} lists them in the order they were marked. */
    public int changedTeams() {
        return teamCount;
    }

    public int changedTeam(int i) {
        return teamList[i];
    }

    /** How many slots changed (for any team); {@link #changedSlotAt} lists them in the order they were marked. */
    public int changedSlotCount() {
        return slotCount;
    }

    public int changedSlotAt(int i) {
        return slotList[i];
    }

    /** The changed teams as bits, when {@link #fitsMasks}. */
    public long teamBits() {
        return teamBits;
    }

    /** The changed slots as bits, when {@link #fitsMasks}. */
    public long slotBits() {
        return slotBits;
    }

    /** Whether every changed team and slot is below 64, so {@link #teamBits} and {@link #slotBits} hold them all. */
    public boolean fitsMasks() {
        return !large;
    }

    /** How many of this team's slots changed; {@link #changedSlot} lists them in the order they were marked. */
    public int changedSlots(int team) {
        return teamSlotCount[team];
    }

    public int changedSlot(int team, int i) {
        return teamSlots[team][i];
    }

    public boolean changed(int team, int slot) {
        return slot >= 0 && slot < slots.length && cells[team][slot];
    }

    /** The team's changed slots in ascending order, in the first {@link #changedSlots} cells of the array. */
    public int[] sortedSlots(int team) {
        int[] row = teamSlots[team];
        if (!sorted[team]) {
            if (teamSlotBits != null) {
                int i = 0;
                for (long bits = teamSlotBits[team]; bits != 0; bits &= bits - 1) {
                    row[i++] = Long.numberOfTrailingZeros(bits);
                }
            } else {
                java.util.Arrays.sort(row, 0, teamSlotCount[team]);
            }
            sorted[team] = true;
        }
        return row;
    }

    boolean anyTeamOf(IdSet set) {
        if (set.small && !large) {
            return (set.mask & teamBits) != 0;
        }
        for (int i = 0; i < teamCount; i++) {
            if (set.has(teamList[i])) {
                return true;
            }
        }
        return false;
    }

    boolean anySlotOf(IdSet set) {
        if (set.small && !large) {
            return (set.mask & slotBits) != 0;
        }
        for (int i = 0; i < slotCount; i++) {
            if (set.has(slotList[i])) {
                return true;
            }
        }
        return false;
    }

    /** A break in slot s depends on slots s-1 and s. */
    boolean anySlotOrPreviousOf(IdSet set) {
        if (set.small && !large) {
            return (set.mask & (slotBits | slotBits << 1)) != 0;
        }
        for (int i = 0; i < slotCount; i++) {
            if (set.has(slotList[i]) || set.has(slotList[i] + 1)) {
                return true;
            }
        }
        return false;
    }
}
