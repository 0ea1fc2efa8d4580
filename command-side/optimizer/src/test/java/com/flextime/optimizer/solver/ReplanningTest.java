package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Match;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Locked games stay put; a published timetable is re-planned by moving as few games as it takes. */
class ReplanningTest {

    private RobinxInstance nl6;
    private List<Match> published;

    @BeforeEach
    void load() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/ttp/instances/NL6.xml")) {
            nl6 = RobinxReader.readInstance(in);
        }
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/ttp/best_solutions/NL6_sol_23916.xml")) {
            published = RobinxReader.readSolution(in).matches();
        }
    }

    @Test
    void lockedGamesStayInTheirSlots() {
        List<Match> locked = List.of(published.get(0), published.get(7), published.get(19));
        SolveResult result = solve(Problem.of(nl6).pinning(locked), 100_000);
        assertThat(result.score().feasible()).isTrue();
        assertThat(result.matches()).containsAll(locked);
    }

    @Test
    void aPublishedTimetableThatStillWorksIsLeftAlone() {
        SolveResult result = solve(Problem.of(nl6).startingFrom(published).keepingPublished(published, 10_000),
                50_000);
        assertThat(moved(result)).isEmpty();
        assertThat(result.matches()).containsExactlyInAnyOrderElementsOf(published);
        assertThat(result.score().objective()).isEqualTo(23_916);
    }

    @Test
    void whenOneGameMustMoveOnlyAFewOthersMoveWithIt() {
        Match forbidden = published.get(3);
        Problem problem = Problem.of(nl6).startingFrom(published).keepingPublished(published, 10_000);
        List<com.flextime.optimizer.constraints.TimetableConstraint> constraints =
                new ArrayList<>(problem.constraints());
        constraints.add(new GA1FixedGames("VENUE-CLOSED", true, 1,
                List.of(new int[] {forbidden.home(), forbidden.away()}), Set.of(forbidden.slot()), 0, 0));
        SolveResult result = solve(new Problem(problem.name(), problem.teams(), constraints, problem.format(),
                problem.start()), 200_000);

        assertThat(result.score().feasible()).isTrue();
        assertThat(result.matches()).doesNotContain(forbidden);
        List<Violation> moved = moved(result);
        assertThat(moved).as("games moved").hasSizeBetween(1, published.size() / 2);
        assertThat(moved).allSatisfy(v -> assertThat(v.penalty()).isEqualTo(10_000));
    }

    private static List<Violation> moved(SolveResult result) {
        return result.score().violations().stream().filter(v -> v.constraint().startsWith("MOVED#")).toList();
    }

    private static SolveResult solve(Problem problem, long iterations) {
        return new AnnealingSolver().solve(problem,
                new SolverSettings(Duration.ofHours(1), iterations, 9, 2, null), ProgressListener.NONE);
    }
}
