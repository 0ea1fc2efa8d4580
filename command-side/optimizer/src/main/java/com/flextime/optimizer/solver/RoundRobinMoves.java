package com.flextime.optimizer.solver;

import java.util.Random;

/**
 * The annealing's neighbourhoods on a round-robin state (swap homes, swap rounds, swap teams, and for timetables
 * that need not be mirrored the partial swaps of rounds and teams, after Anagnostopoulos et al.'s TTSA): which
 * kind is drawn how often, and where a move starts while the state has hard violations.
 */
final class RoundRobinMoves {

    /**
     * While the state has hard violations, this share of the moves starts from a cell (team and slot) of a game
     * their explanations name (refreshed every 256 moves, {@link ViolatedCells}), so the search repairs where
     * the timetable is wrong instead of everywhere alike. Measured with fixed budgets (docs/optimizer.md,
     * decisions D77): drawing only the team of a violation was better on every TTP run tried and mixed on
     * ITC2021; drawing the cell, 16 of 25 runs on ITC2021's far instances end with less hard deviation (12 % less
     * in all), and NL16 2 % shorter. Cells go stale between refreshes: the move is then merely untargeted.
     */
    static final double FOCUS_SHARE = 0.5;

    /**
     * How often each kind of move is drawn, in the order of {@link #make}'s switch: swap homes, swap rounds,
     * swap teams, partial swap rounds, partial swap teams (a mirrored timetable draws among the first three). Until
     * D87 all alike; on NL12 swap homes is the cheapest move (about 1 µs against 3–8 µs) and makes most new bests,
     * while swap rounds is accepted about once in 600 tries. Measured with fixed budgets, one thread (decisions
     * D87, docs/performance.md "The mix of moves"): mean NL12 120,832 → 119,528, CIRC12 460.0 → 456.8, ITC2021
     * Early 1 objective 1,447 → 1,337; 28 of 39 runs better than the same seed's uniform run, every gain within
     * one seed's spread.
     */
    static final int[] MOVE_WEIGHTS = {6, 1, 2, 4, 4};

    private final Random random;
    /** The cells of the current state's hard violations (see {@link #FOCUS_SHARE}); none when feasible. */
    private final ViolatedCells cells;
    /** A phased timetable only exchanges slots within one half. */
    private final boolean phased;
    /**
     * Whether the partial swap of teams stays within a half and sets the sides itself (decisions D84): on a
     * phased instance whose break rules are soft or absent. TTSA's swap follows sides as well as opponents, so
     * on a phased timetable its repair chain leaves the half and the move is almost always undone; the variant
     * always closes within the half, but the sides it sets make breaks, which hard break rules refuse.
     */
    private final boolean swapsTeamsWithinHalf;

    RoundRobinMoves(Random random, ViolatedCells cells, boolean phased, boolean swapsTeamsWithinHalf) {
        this.random = random;
        this.cells = cells;
        this.phased = phased;
        this.swapsTeamsWithinHalf = swapsTeamsWithinHalf;
    }

    /** A kind of move among the first {@code kinds}, drawn by {@link #MOVE_WEIGHTS}. */
    private int kind(int kinds) {
        int total = 0;
        for (int i = 0; i < kinds; i++) {
            total += MOVE_WEIGHTS[i];
        }
        int draw = random.nextInt(total);
        int kind = 0;
        while (draw >= MOVE_WEIGHTS[kind]) {
            draw -= MOVE_WEIGHTS[kind];
            kind++;
        }
        return kind;
    }

    /** Draws a move and makes it on {@code s} in place (undone by the caller when refused). */
    void make(RoundRobinState s) {
        int n = s.n;
        int a;
        int cellSlot = ViolatedCells.ANY;
        if (cells.count() > 0 && random.nextDouble() < FOCUS_SHARE) {
            // a move from a cell of a hard violation: its team, and its slot for the slot-bound moves
            int c = random.nextInt(cells.count());
            a = cells.team(c);
            cellSlot = cells.slot(c);
        } else {
            a = random.nextInt(n);
        }
        int b = random.nextInt(n - 1);
        b = b >= a ? b + 1 : b;
        int kinds = s.mirrored ? 3 : 5;
        int range = s.mirrored || phased ? s.half : s.slots;
        int offset;
        int k;
        if (cellSlot == ViolatedCells.ANY) {
            offset = phased && random.nextBoolean() ? s.half : 0;
            k = offset + random.nextInt(range);
        } else {
            // the cell's own slot (in a mirrored timetable, its round of the first half)
            k = s.mirrored ? cellSlot % s.half : cellSlot;
            offset = phased && k >= s.half ? s.half : 0;
        }
        int l = random.nextInt(range - 1);
        l = offset + (l >= k - offset ? l + 1 : l);
        int slotOfMove = cellSlot == ViolatedCells.ANY ? random.nextInt(s.slots) : cellSlot;
        // from a cell, the home swap flips the cell's own game
        int flipWith = cellSlot == ViolatedCells.ANY ? b : s.opp[a][cellSlot];
        switch (kind(kinds)) {
            case 0 -> s.swapHomes(a, flipWith);
            case 1 -> s.swapRounds(k, l);
            case 2 -> s.swapTeams(a, b);
            case 3 -> s.partialSwapRounds(a, k, l);
            default -> {
                if (swapsTeamsWithinHalf) {
                    s.partialSwapTeamsInHalf(a, b, slotOfMove);
                    return;
                }
                s.partialSwapTeams(a, b, slotOfMove);
                if (phased && !s.phased()) {
                    s.undo();
                }
            }
        }
    }
}
