package com.flextime.optimizer.constraints;

/**
 * Which teams and slots a move changed. A constraint whose teams and slots it does not touch keeps its
 * deviation, so the search re-evaluates only the few constraints a move can affect.
 */
public final class ChangeSet {

    private final boolean[] teams;
    private final boolean[] slots;
    private boolean anyTeam;

    public ChangeSet(int teamCount, int slotCount) {
        this.teams = new boolean[teamCount];
        this.slots = new boolean[slotCount];
    }

    public void mark(int team, int slot) {
        teams[team] = true;
        slots[slot] = true;
        anyTeam = true;
    }

    public boolean isEmpty() {
        return !anyTeam;
    }

    public boolean team(int team) {
        return team >= 0 && team < teams.length && teams[team];
    }

    public boolean slot(int slot) {
        return slot >= 0 && slot < slots.length && slots[slot];
    }

    boolean anyTeamOf(IdSet set) {
        for (int team : set.ids) {
            if (team(team)) {
                return true;
            }
        }
        return false;
    }

    boolean anySlotOf(IdSet set) {
        for (int slot : set.ids) {
            if (slot(slot)) {
                return true;
            }
        }
        return false;
    }

    /** A break in slot s depends on slots s-1 and s. */
    boolean anySlotOrPreviousOf(IdSet set) {
        for (int slot : set.ids) {
            if (slot(slot) || slot(slot - 1)) {
                return true;
            }
        }
        return false;
    }
}
