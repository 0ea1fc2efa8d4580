package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A mutable compact double round robin: for every team and slot, the opponent and whether it plays at home.
 * Every move here keeps it a valid double round robin (and a mirrored one stays mirrored), so the search only
 * has to care about the instance's own constraints.
 */
final class RoundRobinState {

    final int n;
    final int slots;
    final int half;
    final boolean mirrored;
    final int[][] opp;
    final boolean[][] home;
    /**
     * The cells the current move wrote, with their values before it, so a rejected move is undone in place
     * and the changed teams and slots are known without comparing states: copying and diffing the whole
     * timetable cost more than scoring the move.
     */
    private int[] journalCell;
    private int[] journalOpp;
    private boolean[] journalHome;
    private int journalSize;
    /** Scratch for the partial swaps, reused so a move allocates nothing. */
    private final int[] queue;
    private final boolean[] moving;
    private final int[] chain;
    private final boolean[] inChain;

    private RoundRobinState(int n, boolean mirrored) {
        this.n = n;
        this.slots = 2 * (n - 1);
        this.half = n - 1;
        this.mirrored = mirrored;
        this.opp = new int[n][slots];
        this.home = new boolean[n][slots];
        int capacity = 4 * n * slots;
        this.journalCell = new int[capacity];
        this.journalOpp = new int[capacity];
        this.journalHome = new boolean[capacity];
        this.queue = new int[n];
        this.moving = new boolean[n];
        this.chain = new int[slots];
        this.inChain = new boolean[slots];
    }

    /** Writes one cell, remembering what it held. */
    private void put(int team, int slot, int opponent, boolean atHome) {
        if (journalSize == journalCell.length) {
            // moves made without commit (tests): keep growing rather than lose the way back
            journalCell = java.util.Arrays.copyOf(journalCell, 2 * journalSize);
            journalOpp = java.util.Arrays.copyOf(journalOpp, 2 * journalSize);
            journalHome = java.util.Arrays.copyOf(journalHome, 2 * journalSize);
        }
        journalCell[journalSize] = team * slots + slot;
        journalOpp[journalSize] = opp[team][slot];
        journalHome[journalSize] = home[team][slot];
        journalSize++;
        opp[team][slot] = opponent;
        home[team][slot] = atHome;
    }

    /** Keeps the moves made since the last commit or undo. */
    void commit() {
        journalSize = 0;
    }

    /** Takes back every move made since the last commit. */
    void undo() {
        for (int i = journalSize - 1; i >= 0; i--) {
            int team = journalCell[i] / slots;
            int slot = journalCell[i] % slots;
            opp[team][slot] = journalOpp[i];
            home[team][slot] = journalHome[i];
        }
        journalSize = 0;
    }

    /**
     * Marks the cells the moves since the last commit changed. A cell written once and holding its old value
     * (a team's two games against one opponent trading places) is skipped; one written several times is marked.
     */
    void changes(ChangeSet into) {
        into.clear();
        for (int i = 0; i < journalSize; i++) {
            int team = journalCell[i] / slots;
            int slot = journalCell[i] % slots;
            if (opp[team][slot] != journalOpp[i] || home[team][slot] != journalHome[i]) {
                into.mark(team, slot);
            }
        }
    }

    /** Makes this state a copy of {@code other} (same size), reusing its arrays. */
    void copyFrom(RoundRobinState other) {
        for (int t = 0; t < n; t++) {
            System.arraycopy(other.opp[t], 0, opp[t], 0, slots);
            System.arraycopy(other.home[t], 0, home[t], 0, slots);
        }
        journalSize = 0;
    }

    RoundRobinState copy() {
        RoundRobinState c = new RoundRobinState(n, mirrored);
        for (int t = 0; t < n; t++) {
            System.arraycopy(opp[t], 0, c.opp[t], 0, slots);
            System.arraycopy(home[t], 0, c.home[t], 0, slots);
        }
        return c;
    }

    /** The circle method, with teams and rounds shuffled: a mirrored schedule with few breaks to start from. */
    static RoundRobinState initial(int n, boolean mirrored, Random random) {
        RoundRobinState s = new RoundRobinState(n, mirrored);
        int[] label = shuffled(n, random);
        int[] roundOrder = shuffled(n - 1, random);
        for (int r = 0; r < n - 1; r++) {
            int slot = roundOrder[r];
            s.set(label[n - 1], label[r], slot, r % 2 == 0);
            for (int k = 1; k < n / 2; k++) {
                int a = (r + k) % (n - 1);
                int b = (r - k + n - 1) % (n - 1);
                s.set(label[a], label[b], slot, k % 2 == 1);
            }
        }
        for (int slot = 0; slot < n - 1; slot++) {
            for (int t = 0; t < n; t++) {
                s.opp[t][slot + n - 1] = s.opp[t][slot];
                s.home[t][slot + n - 1] = !s.home[t][slot];
            }
        }
        return s;
    }

    /**
     * The circle method with the teams in tour order: {@code order}'s last team is the pole, the others sit on
     * the circle in the tour's order, and round c pairs the circle's places i and j with i + j = c (mod n-1), the
     * place with 2i = c meeting the pole. From one round to the next a team's opponent is the next place on the
     * circle, so three games in a row away are a trip to three neighbours on the map. Mirrored; every team hosts
     * its first-half games by {@code hostsFirst}, the sides the caller anneals.
     */
    static RoundRobinState alongTour(int n, boolean mirrored, int[] order, Random random) {
        RoundRobinState s = new RoundRobinState(n, mirrored);
        int m = n - 1;
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < m; i++) {
                int j = Math.floorMod(c - i, m);
                if (j == i) {
                    s.set(order[i], order[m], c, random.nextBoolean());
                } else if (i < j) {
                    s.set(order[i], order[j], c, random.nextBoolean());
                }
            }
        }
        for (int slot = 0; slot < m; slot++) {
            for (int t = 0; t < n; t++) {
                s.opp[t][slot + m] = s.opp[t][slot];
                s.home[t][slot + m] = !s.home[t][slot];
            }
        }
        return s;
    }

    /** The state of an existing timetable (a valid compact double round robin, or the call fails). */
    static RoundRobinState of(int n, boolean mirrored, List<Match> matches) {
        RoundRobinState s = new RoundRobinState(n, mirrored);
        for (int[] row : s.opp) {
            java.util.Arrays.fill(row, -1);
        }
        for (Match m : matches) {
            s.set(m.home(), m.away(), m.slot(), true);
        }
        if (!s.valid()) {
            throw new IllegalArgumentException("the start timetable is not a compact double round robin");
        }
        return s;
    }

    private static int[] shuffled(int size, Random random) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }

    private void set(int a, int b, int slot, boolean aHome) {
        opp[a][slot] = b;
        opp[b][slot] = a;
        home[a][slot] = aHome;
        home[b][slot] = !aHome;
    }

    int slotOf(int hosting, int visiting) {
        for (int s = 0; s < slots; s++) {
            if (opp[hosting][s] == visiting && home[hosting][s]) {
                return s;
            }
        }
        return -1;
    }

    /** Both games of a and b change sides. */
    void swapHomes(int a, int b) {
        for (int s = 0; s < slots; s++) {
            if (opp[a][s] == b) {
                put(a, s, b, !home[a][s]);
                put(b, s, a, !home[b][s]);
            }
        }
    }

    /** Two slots trade all their games (in a mirrored schedule, their mirror slots too). */
    void swapRounds(int k, int l) {
        swapColumns(k, l);
        if (mirrored) {
            swapColumns(k + half, l + half);
        }
    }

    private void swapColumns(int k, int l) {
        for (int t = 0; t < n; t++) {
            swapCells(t, k, l);
        }
    }

    private void swapCells(int team, int k, int l) {
        int o = opp[team][k];
        boolean h = home[team][k];
        put(team, k, opp[team][l], home[team][l]);
        put(team, l, o, h);
    }

    /** Teams a and b trade their whole schedules, except the games against each other. */
    void swapTeams(int a, int b) {
        for (int s = 0; s < slots; s++) {
            if (opp[a][s] != b) {
                tradeOpponents(a, b, s);
            }
        }
    }

    /** In slot s, a takes b's opponent and side and b takes a's; the opponents see the trade. */
    private void tradeOpponents(int a, int b, int s) {
        int oa = opp[a][s];
        int ob = opp[b][s];
        boolean ha = home[a][s];
        boolean hb = home[b][s];
        put(a, s, ob, hb);
        put(b, s, oa, ha);
        put(ob, s, a, home[ob][s]);
        put(oa, s, b, home[oa][s]);
    }

    /**
     * Partial swap of rounds (TTSA): team t's games in slots k and l trade places, then the smallest set of other
     * teams' games follows so every team still plays once per slot. Not for mirrored schedules.
     */
    void partialSwapRounds(int t, int k, int l) {
        int size = 0;
        queue[size++] = t;
        moving[t] = true;
        for (int i = 0; i < size; i++) {
            int team = queue[i];
            int first = opp[team][k];
            int second = opp[team][l];
            if (!moving[first]) {
                moving[first] = true;
                queue[size++] = first;
            }
            if (!moving[second]) {
                moving[second] = true;
                queue[size++] = second;
            }
        }
        for (int i = 0; i < size; i++) {
            swapCells(queue[i], k, l);
            moving[queue[i]] = false;
        }
    }

    /**
     * Partial swap of teams (TTSA): in slot s, teams a and b trade opponents, and the repair chain through other
     * slots keeps every pair meeting exactly once each way. Not for mirrored schedules.
     */
    void partialSwapTeams(int a, int b, int s) {
        if (opp[a][s] == b) {
            return;
        }
        int length = repairChain(a, b, s, 0, slots, true);
        for (int i = 0; i < length; i++) {
            tradeOpponents(a, b, chain[i]);
            inChain[chain[i]] = false;
        }
    }

    /**
     * The slots a and b trade opponents in, from slot s on, into {@link #chain} (marked in {@link #inChain}): after
     * each trade a meets b's opponent a second time among slots {@code from..to-1} (with the same side, when
     * {@code sameSide}), and the slot where it did joins the chain. Returns the chain's length.
     */
    private int repairChain(int a, int b, int s, int from, int to, boolean sameSide) {
        int length = 0;
        chain[length++] = s;
        inChain[s] = true;
        int current = s;
        while (true) {
            int target = opp[b][current];
            boolean targetHome = home[b][current];
            int next = -1;
            for (int x = from; x < to; x++) {
                if (!inChain[x] && opp[a][x] == target && (!sameSide || home[a][x] == targetHome)) {
                    next = x;
                    break;
                }
            }
            if (next == -1) {
                return length;
            }
            chain[length++] = next;
            inChain[next] = true;
            current = next;
        }
    }

    /**
     * Partial swap of teams within one half of a phased schedule (after Rosati et al.'s PartialSwapTeamsPhased):
     * in slot s, teams a and b trade opponents, and the repair chain follows opponents only, through the slots of
     * s's half, where each team meets every other once, so it always closes there. Every pair whose game moved
     * then takes the side opposite to its game in the other half, so each pair still meets once each way.
     */
    void partialSwapTeamsInHalf(int a, int b, int s) {
        if (opp[a][s] == b) {
            return;
        }
        int from = s < half ? 0 : half;
        int length = repairChain(a, b, s, from, from + half, false);
        for (int i = 0; i < length; i++) {
            tradeOpponents(a, b, chain[i]);
        }
        for (int i = 0; i < length; i++) {
            sideOppositeToOtherHalf(a, chain[i]);
            sideOppositeToOtherHalf(b, chain[i]);
            inChain[chain[i]] = false;
        }
    }

    /** Team t's game in slot x takes the side opposite to t's game against the same opponent in the other half. */
    private void sideOppositeToOtherHalf(int t, int x) {
        int o = opp[t][x];
        int other = x < half ? half : 0;
        for (int y = other; y < other + half; y++) {
            if (opp[t][y] == o) {
                if (home[t][x] == home[t][y]) {
                    put(t, x, o, !home[t][y]);
                    put(o, x, t, home[t][y]);
                }
                return;
            }
        }
    }

    List<Match> matches() {
        List<Match> result = new ArrayList<>(n * slots / 2);
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < slots; s++) {
                if (home[t][s]) {
                    result.add(new Match(t, opp[t][s], s));
                }
            }
        }
        return result;
    }

    /** A view of this state for scoring; valid until the state changes (the search scores fresh copies). */
    Timetable timetable() {
        return Timetable.ofValidArrays(opp, home);
    }

    /** Whether each pair meets once in each half (the phased format). */
    boolean phased() {
        // each team's opponents met so far, as a bit set (the search asks after every partial swap of teams)
        long[] met = new long[(n + 63) / 64];
        for (int t = 0; t < n; t++) {
            java.util.Arrays.fill(met, 0);
            for (int s = 0; s < half; s++) {
                int o = opp[t][s];
                long bit = 1L << o; // Java shifts by o mod 64: the bit within word o / 64
                if ((met[o >>> 6] & bit) != 0) {
                    return false;
                }
                met[o >>> 6] |= bit;
            }
        }
        return true;
    }

    /** Whether the state is a compact double round robin (used by tests and as a guard on moves). */
    boolean valid() {
        int[][] hosted = new int[n][n];
        for (int t = 0; t < n; t++) {
            for (int s = 0; s < slots; s++) {
                int o = opp[t][s];
                if (o < 0 || o == t || opp[o][s] != t || home[o][s] == home[t][s]) {
                    return false;
                }
                if (home[t][s]) {
                    hosted[t][o]++;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && hosted[a][b] != 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
