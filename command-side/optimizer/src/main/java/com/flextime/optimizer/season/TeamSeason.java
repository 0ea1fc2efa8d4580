package com.flextime.optimizer.season;

/**
 * One team's season as the rules judge it: its meetings (a single game, or a series of consecutive games) in date
 * order. Days are counted from the first day of the season window. A reusable, mutable view: the search fills it
 * for a team, the rules read it.
 */
public final class TeamSeason {

    int team;
    int size;
    /** First and last day of each meeting (equal for a single game). */
    final int[] first;
    final int[] last;
    final int[] opp;
    final int[] round;
    final boolean[] home;
    /** Scratch space for rules: one slot per round, per opponent. */
    final int[] perRound;
    final int[] perOpponent;

    TeamSeason(int capacity, int rounds, int teams) {
        first = new int[capacity];
        last = new int[capacity];
        opp = new int[capacity];
        round = new int[capacity];
        home = new boolean[capacity];
        perRound = new int[Math.max(1, rounds)];
        perOpponent = new int[Math.max(1, teams)];
    }

    void clear(int team) {
        this.team = team;
        size = 0;
    }

    void add(int firstDay, int lastDay, int opponent, int roundIndex, boolean atHome) {
        first[size] = firstDay;
        last[size] = lastDay;
        opp[size] = opponent;
        round[size] = roundIndex;
        home[size] = atHome;
        size++;
    }

    /** Insertion sort by first day (then opponent, so the order never depends on how the meetings were added). */
    void sort() {
        for (int i = 1; i < size; i++) {
            int f = first[i];
            int l = last[i];
            int o = opp[i];
            int r = round[i];
            boolean h = home[i];
            int j = i - 1;
            while (j >= 0 && (first[j] > f || (first[j] == f && opp[j] > o))) {
                first[j + 1] = first[j];
                last[j + 1] = last[j];
                opp[j + 1] = opp[j];
                round[j + 1] = round[j];
                home[j + 1] = home[j];
                j--;
            }
            first[j + 1] = f;
            last[j + 1] = l;
            opp[j + 1] = o;
            round[j + 1] = r;
            home[j + 1] = h;
        }
    }

    public int team() {
        return team;
    }

    public int size() {
        return size;
    }

    public int homeCount() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            if (home[i]) {
                h++;
            }
        }
        return h;
    }

    /** H and A per meeting, in date order, e.g. {@code HAAHH}. */
    public String pattern() {
        StringBuilder s = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            s.append(home[i] ? 'H' : 'A');
        }
        return s.toString();
    }
}
