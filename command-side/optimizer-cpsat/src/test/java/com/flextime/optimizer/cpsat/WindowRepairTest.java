package com.flextime.optimizer.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CP-SAT's window repair: it lowers the hard deviation, round by round, and never hands back worse. */
class WindowRepairTest {

    @BeforeAll
    static void loadNative() {
        CpSatSolver.loadNativeLibrary();
    }

    @Test
    void repairsABestKnownTimetableWithTwoRoundsSwapped() {
        // Early 3's best-known timetable with slots 2 and 9 trading their games: a valid phased double round
        // robin that breaks hard rules; the window repair must find its way back to none
        Problem problem = Problem.of(Instances.itc(3));
        List<Match> knocked = new ArrayList<>();
        for (Match m : Instances.bestKnown(3).matches()) {
            int slot = m.slot() == 2 ? 9 : m.slot() == 9 ? 2 : m.slot();
            knocked.add(new Match(m.home(), m.away(), slot));
        }
        Score before = Scorer.score(problem.constraints(), new Timetable(16, 30, knocked));
        assertThat(before.infeasibility()).as("the swap breaks hard rules").isPositive();
        List<Score> improvements = new ArrayList<>();

        WindowRepair.Result result = new WindowRepair(problem, 2, 1).repair(knocked,
                System.nanoTime() + 60_000_000_000L, new AtomicBoolean(), 100, improvements::add);

        assertThat(result.score().feasible()).as("left: " + result.score().violations()).isTrue();
        // the result is scored exactly, and every reported step was strictly lower than the one before
        assertThat(Scorer.score(problem.constraints(), new Timetable(16, 30, result.matches())))
                .isEqualTo(result.score());
        assertThat(improvements).isNotEmpty().extracting(Score::infeasibility)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(result.improvements()).isEqualTo(improvements.size());
    }

    @Test
    void aFeasibleTimetableIsReturnedAsItIsWithoutARound() {
        Problem problem = Problem.of(Instances.itc(3));
        List<Match> best = Instances.bestKnown(3).matches();

        WindowRepair.Result result = new WindowRepair(problem, 1, 1).repair(best,
                System.nanoTime() + 10_000_000_000L, new AtomicBoolean(), 10, score -> { });

        assertThat(result.rounds()).isZero();
        assertThat(result.matches()).isEqualTo(best);
    }
}
