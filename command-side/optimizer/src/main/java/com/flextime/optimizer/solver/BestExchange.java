package com.flextime.optimizer.solver;

import com.flextime.optimizer.score.Score;
import java.util.concurrent.Phaser;

/**
 * Where parallel annealing chains compare their bests at fixed points of the budget, and a chain behind takes
 * the best chain's timetable. Without it the chains are independent draws: on ITC2021 Early 6 one seed's chain
 * sat at 25–36 hard violations for minutes while the other's was at 3–8, and the run's second core spent the
 * whole run in the poor basin (docs/optimizer.md, "Chains that share their best").
 *
 * <p>Each exchange has two barriers, after every chain has published and after every chain has read, so with a
 * move budget a run stays reproducible from its seed: what a chain reads does not depend on which thread is
 * faster. A chain that ends deregisters, and the others stop waiting for it; its last published best stays
 * readable.
 */
final class BestExchange {

    /** One chain's published best: an immutable snapshot. */
    record Entry(RoundRobinState state, Score score) {
    }

    private final Phaser phaser;
    private final Entry[] published;

    BestExchange(int chains) {
        this.phaser = new Phaser(chains);
        this.published = new Entry[chains];
    }

    /**
     * Publishes {@code chain}'s best, waits for the other chains, and returns the best entry of all (the chain's
     * own among equals).
     */
    Entry exchange(int chain, RoundRobinState best, Score score) {
        synchronized (published) {
            published[chain] = new Entry(best.copy(), score);
        }
        phaser.arriveAndAwaitAdvance();
        Entry winner;
        synchronized (published) {
            winner = published[chain];
            for (Entry entry : published) {
                if (entry != null && entry.score().compareTo(winner.score()) < 0) {
                    winner = entry;
                }
            }
        }
        // nobody publishes again until every chain has read this exchange
        phaser.arriveAndAwaitAdvance();
        return winner;
    }

    /** The chain has ended: nobody waits for it any more. */
    void leave() {
        phaser.arriveAndDeregister();
    }
}
