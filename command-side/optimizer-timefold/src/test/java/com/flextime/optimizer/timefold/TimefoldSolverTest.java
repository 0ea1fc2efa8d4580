package com.flextime.optimizer.timefold;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Timetable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimefoldSolverTest {

    @Test
    void findsAFeasibleTimetableForNL6WithinSeconds() throws Exception {
        // a move budget, not a time limit, so the trajectory (and the test) does not depend on the machine's load
        Problem problem = Problem.of(Benchmark.load("NL6"));
        SolveResult result = new TimefoldSolver().solve(problem,
                new SolverSettings(Duration.ofSeconds(20), 400_000, 1, 1, null), ProgressListener.NONE);

        assertThat(result.matches()).hasSize(30);
        var exact = Scorer.score(problem.constraints(), new Timetable(6, 10, result.matches()));
        assertThat(exact.feasible()).as(exact.violations().toString()).isTrue();
        assertThat(result.score()).isEqualTo(exact);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theStopFlagStopsTheSearch() throws Exception {
        Problem problem = Problem.of(Benchmark.load("NL8"));
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch constructed = new CountDownLatch(1);
        CompletableFuture<SolveResult> running = CompletableFuture.supplyAsync(() -> new TimefoldSolver().solve(
                problem, new SolverSettings(Duration.ofMinutes(5), Long.MAX_VALUE, 1, 1, stop),
                (best, elapsed) -> constructed.countDown()));
        assertThat(constructed.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        stop.set(true);

        SolveResult result = running.get(10, TimeUnit.SECONDS);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
        assertThat(result.matches()).hasSize(56);
    }
}
