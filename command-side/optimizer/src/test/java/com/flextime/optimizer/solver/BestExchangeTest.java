package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.score.Score;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two chains meeting at an exchange point: the one behind goes on from the better timetable (D86). */
class BestExchangeTest {

    private static final Score FEASIBLE = new Score(0, 900, List.of());
    private static final Score TWO_HARD_LEFT = new Score(2, 400, List.of());

    @Test
    void bothChainsGoOnFromTheBetterBest() throws Exception {
        RoundRobinState behind = timetable(1);
        RoundRobinState ahead = timetable(2);

        List<BestExchange.Entry> read = meet(behind, TWO_HARD_LEFT, ahead, FEASIBLE);

        // a feasible timetable is better than any infeasible one, whatever the objectives
        assertThat(read).allSatisfy(entry -> {
            assertThat(entry.score()).isEqualTo(FEASIBLE);
            assertThat(entry.state().matches()).isEqualTo(ahead.matches());
        });
    }

    @Test
    void aChainThatHasEndedIsNotWaitedForAndItsLastBestStillCounts() throws Exception {
        BestExchange exchange = new BestExchange(2);
        RoundRobinState ended = timetable(1);
        RoundRobinState running = timetable(2);

        CompletableFuture<Void> earlier = CompletableFuture.runAsync(() -> {
            exchange.exchange(0, ended, FEASIBLE);
            exchange.leave();
        });
        exchange.exchange(1, running, TWO_HARD_LEFT);
        earlier.get(30, TimeUnit.SECONDS);
        // the other chain has left: this exchange returns at once, with the best it last published
        BestExchange.Entry alone = CompletableFuture.supplyAsync(() -> exchange.exchange(1, running, TWO_HARD_LEFT))
                .get(30, TimeUnit.SECONDS);
        assertThat(alone.score()).isEqualTo(FEASIBLE);
    }

    @Test
    void aChainKeepsItsOwnBestWhenNoOtherIsBetter() throws Exception {
        RoundRobinState mine = timetable(1);
        RoundRobinState theirs = timetable(2);

        List<BestExchange.Entry> read = meet(mine, FEASIBLE, theirs, FEASIBLE);

        assertThat(read.get(0).state().matches()).isEqualTo(mine.matches());
        assertThat(read.get(1).state().matches()).isEqualTo(theirs.matches());
    }

    /** Chains 0 and 1 at one exchange, each on its own thread; what each read. */
    private static List<BestExchange.Entry> meet(RoundRobinState first, Score firstScore, RoundRobinState second,
                                                 Score secondScore) throws Exception {
        BestExchange exchange = new BestExchange(2);
        CompletableFuture<BestExchange.Entry> zero =
                CompletableFuture.supplyAsync(() -> exchange.exchange(0, first, firstScore));
        BestExchange.Entry one = exchange.exchange(1, second, secondScore);
        return List.of(zero.get(30, TimeUnit.SECONDS), one);
    }

    private static RoundRobinState timetable(long seed) {
        return RoundRobinState.initial(6, false, new Random(seed));
    }
}
