package com.flextime.optimizer.season;

import java.util.SplittableRandom;

/**
 * The neighbourhood of {@link SeasonSearch}: random moves on a {@link SeasonState}, each recorded in a
 * {@link PendingMove} so it can be judged and undone. Moves: a meeting to another round (usually one where both teams
 * have room), another day in its round, swap its host (both legs of a twice-meeting together), reverse the hosts
 * around a directed cycle of single meetings, swap the rounds of two meetings of one team, a Kempe chain between two
 * rounds, and swap two whole rounds. A meeting moved into a round takes the day its teams can best play
 * ({@link SeasonState#bestStart}).
 */
final class SeasonMoves {

    private final SeasonState s;
    private final PendingMove move;
    /** The search's one random stream (also used by the state's day choice and the acceptance test). */
    private final SplittableRandom rng;
    private final int[] usableRounds;
    /** Every team plays in every round: only moves that keep that (Kempe chains, round swaps) change rounds. */
    private final boolean tight;
    // scratch for the Kempe chain and the host cycle's breadth-first search; stamps spare clearing the marks
    private final int[] chain;
    private final int[] chainSeen;
    private int chainStamp;
    private final int[] cycleParent;
    private final int[] cycleQueue;
    private final int[] cycleSeen;
    private int cycleStamp;

    SeasonMoves(SeasonState s, PendingMove move, SplittableRandom rng) {
        this.s = s;
        this.move = move;
        this.rng = rng;
        this.usableRounds = s.usableRounds;
        SeasonContext c = s.c;
        boolean everyRound = true;
        for (int t = 0; t < c.n; t++) {
            everyRound &= s.teamUnits[t].length >= usableRounds.length * c.format.maxPerRound();
        }
        this.tight = everyRound;
        this.chain = new int[s.size];
        this.chainSeen = new int[s.size];
        this.cycleParent = new int[c.n];
        this.cycleQueue = new int[c.n];
        this.cycleSeen = new int[c.n];
    }

    /**
     * Begins a pending move and makes one random move; false when it would change nothing. While hard rules are
     * broken ({@code repairing}), most moves pick a meeting of a team that breaks one.
     */
    boolean propose(boolean repairing) {
        if (!proposeAny(repairing)) {
            return false;
        }
        for (int i = 0; i < move.changedCount(); i++) {
            if (s.locked[move.changed(i)]) {
                move.revert(); // a move that would shift a locked meeting is not made
                return false;
            }
        }
        return true;
    }

    private boolean proposeAny(boolean repairing) {
        move.begin();
        int kind = rng.nextInt(100);
        int u = pickUnit(repairing);
        if (tight) {
            // keep every round full: no meeting changes round on its own
            if (kind < 25) {
                return changeDay(u);
            } else if (kind < 38) {
                return flip(u);
            } else if (kind < 60) {
                return flipCycle(u);
            } else if (kind < 95) {
                return kempe(u);
            }
            return swapWholeRounds();
        }
        if (kind < 22) {
            return moveToRound(u);
        } else if (kind < 40) {
            return changeDay(u);
        } else if (kind < 48) {
            return flip(u);
        } else if (kind < 62) {
            return flipCycle(u);
        } else if (kind < 72) {
            return swapRoundsOfTeam(rng.nextBoolean() ? s.ua[u] : s.ub[u]);
        } else if (kind < 97) {
            return kempe(u);
        } else {
            return swapWholeRounds();
        }
    }

    /** A random meeting; while hard rules are broken, usually one of a team that breaks one. */
    private int pickUnit(boolean repairing) {
        if (repairing && rng.nextInt(4) > 0) {
            for (int tries = 0; tries < 8; tries++) {
                int t = rng.nextInt(s.c.n);
                if (s.teamHard[t] > 0 && s.teamUnits[t].length > 0) {
                    return s.teamUnits[t][rng.nextInt(s.teamUnits[t].length)];
                }
            }
        }
        return rng.nextInt(s.size);
    }

    /** Puts meeting u into round r on the best day there. */
    private void place(int u, int r) {
        move.save(u);
        s.round[u] = r;
        s.setStart(u, -1);
        s.setStart(u, s.bestStart(u, r));
    }

    private boolean moveToRound(int u) {
        int r = usableRounds[rng.nextInt(usableRounds.length)];
        if (rng.nextInt(4) > 0) {
            // usually a round where both teams still have room
            int offset = rng.nextInt(usableRounds.length);
            for (int k = 0; k < usableRounds.length; k++) {
                int candidate = usableRounds[(k + offset) % usableRounds.length];
                if (candidate != s.round[u] && load(s.ua[u], candidate) < s.c.format.maxPerRound()
                        && load(s.ub[u], candidate) < s.c.format.maxPerRound()) {
                    r = candidate;
                    break;
                }
            }
        }
        if (r == s.round[u]) {
            return false;
        }
        place(u, r);
        return true;
    }

    /** How many meetings team t has in round r. */
    private int load(int t, int r) {
        int count = 0;
        for (int v : s.teamUnits[t]) {
            if (s.round[v] == r) {
                count++;
            }
        }
        return count;
    }

    private boolean changeDay(int u) {
        int[] options = s.c.starts[s.round[u]];
        if (options.length < 2) {
            return false;
        }
        int day = options[rng.nextInt(options.length)];
        if (day == s.start[u]) {
            return false;
        }
        move.save(u);
        s.setStart(u, day);
        return true;
    }

    /** Swaps meeting u's host; a twice-meeting's other leg swaps too, so the pair stays home-and-away. */
    private boolean flip(int u) {
        move.save(u);
        s.homeIsA[u] = !s.homeIsA[u];
        if (s.partner[u] >= 0) {
            int p = s.partner[u];
            move.save(p);
            s.homeIsA[p] = !s.homeIsA[p];
            refit(p);
        }
        refit(u);
        return true;
    }

    /**
     * Reverses the hosts around a directed cycle of single meetings (h hosts v, v hosts w, ..., x hosts h): every
     * team on it keeps its number of home meetings, so an exact home/away balance survives. The cycle closes the
     * meeting u by the shortest path (breadth first, neighbours in random order, at most 5 meetings) from its
     * visitor back to its host.
     */
    private boolean flipCycle(int u) {
        int[] ua = s.ua;
        int[] ub = s.ub;
        boolean[] homeIsA = s.homeIsA;
        if (s.partner[u] >= 0) {
            return flip(u);
        }
        int host = homeIsA[u] ? ua[u] : ub[u];
        int visitor = homeIsA[u] ? ub[u] : ua[u];
        cycleStamp++;
        int head = 0;
        int tail = 0;
        cycleQueue[tail++] = visitor;
        cycleSeen[visitor] = cycleStamp;
        cycleParent[visitor] = -1;
        int depth = 0;
        int levelEnd = tail;
        boolean found = false;
        while (head < tail && !found && depth < 4) {
            int x = cycleQueue[head++];
            int[] units = s.teamUnits[x];
            int offset = rng.nextInt(units.length);
            for (int k = 0; k < units.length && !found; k++) {
                int w = units[(k + offset) % units.length];
                if (w == u || s.partner[w] >= 0 || (homeIsA[w] ? ua[w] : ub[w]) != x) {
                    continue;
                }
                int y = homeIsA[w] ? ub[w] : ua[w];
                if (cycleSeen[y] == cycleStamp) {
                    continue;
                }
                cycleSeen[y] = cycleStamp;
                cycleParent[y] = w;
                if (y == host) {
                    found = true;
                } else {
                    cycleQueue[tail++] = y;
                }
            }
            if (head == levelEnd) {
                depth++;
                levelEnd = tail;
            }
        }
        if (!found) {
            return false;
        }
        move.save(u);
        homeIsA[u] = !homeIsA[u];
        for (int y = host; y != visitor; ) {
            int w = cycleParent[y];
            move.save(w);
            int x = homeIsA[w] ? ua[w] : ub[w];
            homeIsA[w] = !homeIsA[w];
            y = x;
        }
        for (int i = 0; i < move.changedCount(); i++) {
            refit(move.changed(i));
        }
        return true;
    }

    /** After a host change, a meeting whose day the new host cannot use takes a better day in the same round. */
    private void refit(int u) {
        int host = s.homeIsA[u] ? s.ua[u] : s.ub[u];
        int visitor = s.homeIsA[u] ? s.ub[u] : s.ua[u];
        if (s.c.unavailable(host, visitor, s.start[u]) > 0) {
            s.setStart(u, -1);
            s.setStart(u, s.bestStart(u, s.round[u]));
        }
    }

    private boolean swapRoundsOfTeam(int t) {
        int[] units = s.teamUnits[t];
        if (units.length < 2) {
            return false;
        }
        int u = units[rng.nextInt(units.length)];
        int v = units[rng.nextInt(units.length)];
        if (u == v || s.round[u] == s.round[v]) {
            return false;
        }
        int ru = s.round[u];
        int rv = s.round[v];
        move.save(u);
        move.save(v);
        s.round[u] = rv;
        s.round[v] = ru;
        s.setStart(u, -1);
        s.setStart(v, -1);
        s.setStart(u, s.bestStart(u, rv));
        s.setStart(v, s.bestStart(v, ru));
        return true;
    }

    /**
     * Swaps meeting u's round r1 with r2 along the chain of meetings in those rounds that share a team: a team at most
     * once per round stays so.
     */
    private boolean kempe(int u) {
        int r1 = s.round[u];
        int r2 = usableRounds[rng.nextInt(usableRounds.length)];
        if (r1 == r2) {
            return false;
        }
        int length = 0;
        int head = 0;
        chainStamp++;
        chain[length++] = u;
        chainSeen[u] = chainStamp;
        while (head < length) {
            int v = chain[head++];
            for (int side = 0; side < 2; side++) {
                for (int w : s.teamUnits[side == 0 ? s.ua[v] : s.ub[v]]) {
                    if (chainSeen[w] != chainStamp && (s.round[w] == r1 || s.round[w] == r2)) {
                        chainSeen[w] = chainStamp;
                        chain[length++] = w;
                    }
                }
            }
        }
        // all chain meetings leave their days first: no new day counts a clash with a chain meeting's old day
        for (int i = 0; i < length; i++) {
            int v = chain[i];
            move.save(v);
            s.round[v] = s.round[v] == r1 ? r2 : r1;
            s.setStart(v, -1);
        }
        for (int i = 0; i < length; i++) {
            int v = chain[i];
            s.setStart(v, s.bestStart(v, s.round[v]));
        }
        return true;
    }

    private boolean swapWholeRounds() {
        int r1 = usableRounds[rng.nextInt(usableRounds.length)];
        int r2 = usableRounds[rng.nextInt(usableRounds.length)];
        if (r1 == r2) {
            return false;
        }
        for (int u = 0; u < s.size; u++) {
            if (s.round[u] == r1 || s.round[u] == r2) {
                move.save(u);
                s.round[u] = s.round[u] == r1 ? r2 : r1;
                s.setStart(u, -1);
            }
        }
        for (int i = 0; i < move.changedCount(); i++) {
            int u = move.changed(i);
            s.setStart(u, s.bestStart(u, s.round[u]));
        }
        return move.changedCount() > 0;
    }
}
