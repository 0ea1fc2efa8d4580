package com.flextime.optimizer.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.CA1TeamHomeAwayCapacity;
import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Home/away patterns first: at most one break per team from CP-SAT, then annealing; other problems annealing's. */
class FewestBreaksThenAnnealingTest {

    private static SolverSettings settings(Duration limit, long moves) {
        return new SolverSettings(limit, moves, 1, 2, null);
    }

    /** Each team's breaks: two home or two away games in a row. */
    private static int[] breaksPerTeam(Problem problem, List<Match> matches) {
        Timetable t = new Timetable(problem.teams(), problem.slots(), matches);
        int[] breaks = new int[problem.teams()];
        for (int team = 0; team < problem.teams(); team++) {
            for (int s = 1; s < problem.slots(); s++) {
                if (t.isHome(team, s) == t.isHome(team, s - 1)) {
                    breaks[team]++;
                }
            }
        }
        return breaks;
    }

    /** Eight teams, plain: 2 hosts 3 in slot 0, team 0 at most 2 home games in slots 0-4, softly few breaks. */
    private static Problem eightTeams() {
        Set<Integer> all = Instances.set(0, 8);
        List<TimetableConstraint> constraints = List.of(
                new RoundRobinStructure(RoundRobinStructure.Kind.PLAIN),
                new GA1FixedGames("GA1#1", true, 1, List.<int[]>of(new int[] {2, 3}), Set.of(0), 1, 1),
                new CA1TeamHomeAwayCapacity("CA1#1", true, 1, Set.of(0), Instances.set(0, 5), Mode.H, 0, 2),
                new BR2TotalBreaks("BR2#1", false, 1, all, Instances.set(0, 14), 0));
        return new Problem("eight teams", 8, constraints, RoundRobinStructure.Kind.PLAIN, null);
    }

    @Test
    void cpSatMeetsTheHardRulesWithAtMostOneBreakPerTeam() {
        Problem problem = eightTeams();
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.fewestBreaks(0)).run(problem,
                settings(Duration.ofSeconds(10), Long.MAX_VALUE), ProgressListener.NONE);

        assertThat(run.result().score().feasible()).as(run.statistics()).isTrue();
        assertThat(run.statistics()).contains("with the fewest breaks per team + 0");
        int[] breaks = breaksPerTeam(problem, run.result().matches());
        assertThat(Arrays.stream(breaks).max().orElseThrow()).isLessThanOrEqualTo(1);
        // n − 2 breaks in all, the fewest a double round robin can have
        assertThat(Arrays.stream(breaks).sum()).isEqualTo(problem.teams() - 2);
    }

    @Test
    void startsItc2021Early14FromATimetableWithTheFewestBreaks() {
        // Early 14: 20 teams, plain, a soft limit of 18 breaks (10 per break over it); annealing alone ends a
        // minute hundreds of breaks over it (docs/optimizer.md, "Home/away patterns first"). CP-SAT gets 90 s (its
        // first timetable takes 9-25 s here, the rest goes to the soft rules); annealing then a small move
        // budget, so the test does not wait for the time limit.
        Problem problem = Problem.of(Instances.itc(14));
        assertThat(FewestBreaksThenAnnealing.applies(problem)).isTrue();
        FewestBreaksThenAnnealing solver = new FewestBreaksThenAnnealing(0.45, 0.1);
        SolveResult result = solver.solve(problem, settings(Duration.ofSeconds(200), 200_000),
                ProgressListener.NONE);

        // CP-SAT's timetable: every hard rule met, each team at most one break (n − 2 = 18 in all, so the
        // soft limit is met), and annealing's result no worse than it
        Matcher cpsat = Pattern.compile("fewest breaks \\+ 0: (OPTIMAL|FEASIBLE), feasible, objective (\\d+)")
                .matcher(solver.lastRun());
        assertThat(cpsat.find()).as(solver.lastRun()).isTrue();
        assertThat(solver.lastRun()).contains("annealing from CP-SAT's timetable");
        Score score = result.score();
        assertThat(score.feasible()).as(solver.lastRun()).isTrue();
        assertThat(score.objective()).isLessThanOrEqualTo(Long.parseLong(cpsat.group(2)));
    }

    @Test
    void allowsOneBreakMorePerTeamWhenTheFewestAreImpossible() {
        // six teams, where team 1 must be at home in slots 0 and 1 and team 0 hosts at most 2 of slots 0-4: no
        // timetable gives every team a single break, one break more each is possible
        Problem problem = Instances.sixTeams();
        assertThat(FewestBreaksThenAnnealing.applies(problem)).isTrue();
        FewestBreaksThenAnnealing solver = new FewestBreaksThenAnnealing();
        SolveResult result = solver.solve(problem, settings(Duration.ofSeconds(30), 100_000),
                ProgressListener.NONE);

        assertThat(solver.lastRun()).contains("fewest breaks + 0: INFEASIBLE").contains("fewest breaks + 1: ");
        assertThat(result.score().feasible()).as(solver.lastRun()).isTrue();
    }

    @Test
    void keepsOneBreakMorePerTeamForTheRestOfCpSatsHalfOnceItHasATimetable() {
        // Early 9: the fewest breaks are proved impossible within a second, and one break more per team gives a
        // first timetable within seconds; that stage must then go on improving past its first-timetable deadline
        // (a quarter of 60 s here) to the end of CP-SAT's half (30 s), where it is still not proved optimal
        Problem problem = Problem.of(Instances.itc(9));
        FewestBreaksThenAnnealing solver = new FewestBreaksThenAnnealing(0.5, 0.25);
        solver.solve(problem, settings(Duration.ofSeconds(60), 50_000), ProgressListener.NONE);

        Matcher stage = Pattern.compile("fewest breaks \\+ 1: (\\w+), feasible, objective \\d+ at (\\d+\\.\\d) s")
                .matcher(solver.lastRun());
        assertThat(stage.find()).as(solver.lastRun()).isTrue();
        assertThat(stage.group(1)).isEqualTo("FEASIBLE");
        assertThat(Double.parseDouble(stage.group(2))).as(solver.lastRun()).isGreaterThan(25.0);
    }

    @Test
    void givesUpOneBreakMorePerTeamWhenItsFirstTimetableIsSlowToCome() {
        // Early 15: the fewest breaks are proved impossible within a second, and CP-SAT finds no timetable with
        // one break more per team within seconds; that stage must end at its first-timetable deadline (2 % of
        // 60 s here), not hold the rest of CP-SAT's half of the time
        Problem problem = Problem.of(Instances.itc(15));
        FewestBreaksThenAnnealing solver = new FewestBreaksThenAnnealing(0.5, 0.02);
        solver.solve(problem, settings(Duration.ofSeconds(60), 50_000), ProgressListener.NONE);

        Matcher stage = Pattern.compile("fewest breaks \\+ 1: (\\w+) at (\\d+\\.\\d) s").matcher(solver.lastRun());
        assertThat(stage.find()).as(solver.lastRun()).isTrue();
        assertThat(stage.group(1)).isEqualTo("UNKNOWN");
        assertThat(Double.parseDouble(stage.group(2))).as(solver.lastRun()).isLessThan(15.0);
        assertThat(solver.lastRun()).contains("annealing from its own construction");
    }

    @Test
    void givesEachTeamThePatternsWithTheFewestBreaksItsOwnRulesAllow() {
        Problem problem = Instances.sixTeams();
        BreakPatterns patterns = new BreakPatterns(problem);

        // team 1 must be at home in slots 0 and 1 (at most 0 away games there), and host half its games: two
        // breaks are the fewest
        List<long[]> team1 = patterns.forTeam(1, 0);
        assertThat(team1).isNotEmpty().allSatisfy(p -> {
            assertThat(p[0]).isOne();
            assertThat(p[1]).isOne();
            assertThat(BreakPatterns.breaks(p)).isEqualTo(2);
        });
        // team 5 has no rule of its own: at most one break (only two teams can alternate throughout, so one
        // break must be allowed), the two alternating patterns among them
        assertThat(patterns.forTeam(5, 0)).allSatisfy(p -> assertThat(BreakPatterns.breaks(p)).isLessThanOrEqualTo(1))
                .anySatisfy(p -> assertThat(BreakPatterns.breaks(p)).isZero());
        assertThat(patterns.forTeam(5, 1)).anySatisfy(p -> assertThat(BreakPatterns.breaks(p)).isEqualTo(2));
        assertThat(patterns.forTeam(5, 1)).allSatisfy(p -> assertThat(Arrays.stream(p).sum()).isEqualTo(5));
    }

    @Test
    void leavesAPhasedInstanceToAnnealing() {
        Problem problem = Problem.of(Instances.itc(3));
        assertThat(FewestBreaksThenAnnealing.applies(problem)).isFalse();
        FewestBreaksThenAnnealing solver = new FewestBreaksThenAnnealing();
        solver.solve(problem, settings(Duration.ofSeconds(2), Long.MAX_VALUE), ProgressListener.NONE);

        assertThat(solver.lastRun()).startsWith("annealing alone");
    }

    @Test
    void refusesToLimitBreaksPerTeamInAMirroredModel() {
        Problem mirrored = Problem.of(Instances.shipped("ttp", "CIRC8_Mirrored"));
        CpSatSolver.loadNativeLibrary();
        TimetableModel model = new TimetableModel(mirrored, false);

        assertThatThrownBy(() -> model.limitBreaksPerTeam(mirrored, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mirrored");
    }
}
