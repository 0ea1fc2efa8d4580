package com.flextime.optimizer.season;

/**
 * The move being tried on a {@link SeasonState}: the meetings it changed, with their old round, day and host, and the
 * teams it touched, with their old cost. Judging re-judges only those teams (plus the season-wide rules); the move is
 * then committed or reverted without copying the season.
 *
 * <p>Use: {@link #begin()}, {@link #save(int)} each meeting before changing it, {@link #judge()}, then
 * {@link #commit()} or {@link #revert()}.
 */
final class PendingMove {

    private final SeasonState s;
    private final int[] changed;
    private final int[] oldRound;
    private final int[] oldStart;
    private final boolean[] oldHome;
    private int changedCount;
    private final int[] touched;
    private final int[] touchedHard;
    private final double[] touchedSoft;
    private int touchedCount;
    /** A meeting or team is recorded once per move: its stamp equals the move's. */
    private final int[] touchStamp;
    private final int[] changeStamp;
    private int stamp;
    /** The judged change of the hard count and the soft score. */
    int deltaHard;
    double deltaSoft;

    PendingMove(SeasonState s) {
        this.s = s;
        int teams = s.c.n;
        this.changed = new int[s.size];
        this.oldRound = new int[s.size];
        this.oldStart = new int[s.size];
        this.oldHome = new boolean[s.size];
        this.touched = new int[teams];
        this.touchedHard = new int[teams];
        this.touchedSoft = new double[teams];
        this.touchStamp = new int[teams];
        this.changeStamp = new int[s.size];
    }

    void begin() {
        stamp++;
        changedCount = 0;
        touchedCount = 0;
    }

    /** How many meetings the move has changed so far. */
    int changedCount() {
        return changedCount;
    }

    /** The i-th meeting the move changed. */
    int changed(int i) {
        return changed[i];
    }

    private void touch(int t) {
        if (touchStamp[t] != stamp) {
            touchStamp[t] = stamp;
            touched[touchedCount] = t;
            touchedHard[touchedCount] = s.teamHard[t];
            touchedSoft[touchedCount] = s.teamSoft[t];
            touchedCount++;
        }
    }

    /** Records a meeting's old values before it changes (once per move). */
    void save(int u) {
        if (changeStamp[u] != stamp) {
            changeStamp[u] = stamp;
            changed[changedCount] = u;
            oldRound[changedCount] = s.round[u];
            oldStart[changedCount] = s.start[u];
            oldHome[changedCount] = s.homeIsA[u];
            changedCount++;
            touch(s.ua[u]);
            touch(s.ub[u]);
        }
    }

    /** Re-judges the touched teams and the season-wide rules; sets {@link #deltaHard} and {@link #deltaSoft}. */
    void judge() {
        deltaHard = 0;
        deltaSoft = 0;
        for (int i = 0; i < touchedCount; i++) {
            int t = touched[i];
            s.evaluate(t);
            deltaHard += s.teamHard[t] - touchedHard[i];
            deltaSoft += s.teamSoft[t] - touchedSoft[i];
        }
        if (!s.wideRules.isEmpty()) {
            s.judgeWide();
            deltaHard += s.games.judgedHard - s.wideHard;
            deltaSoft += s.games.judgedSoft - s.wideSoft;
        }
    }

    /** Keeps the judged move: the season's cost takes the deltas. */
    void commit() {
        s.hard += deltaHard;
        s.soft += deltaSoft;
        if (!s.wideRules.isEmpty()) {
            s.wideHard = s.games.judgedHard;
            s.wideSoft = s.games.judgedSoft;
        }
    }

    /** Undoes the move: old rounds, days and hosts, and the touched teams' old costs. */
    void revert() {
        for (int i = 0; i < changedCount; i++) {
            int u = changed[i];
            s.round[u] = oldRound[i];
            s.setStart(u, oldStart[i]);
            s.homeIsA[u] = oldHome[i];
        }
        for (int i = 0; i < touchedCount; i++) {
            s.teamHard[touched[i]] = touchedHard[i];
            s.teamSoft[touched[i]] = touchedSoft[i];
        }
    }
}
