package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.constraints.BR1TeamBreaks;
import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.CA1TeamHomeAwayCapacity;
import com.flextime.optimizer.constraints.CA2TeamAgainstGroupCapacity;
import com.flextime.optimizer.constraints.CA3TeamWindowCapacity;
import com.flextime.optimizer.constraints.CA4GroupCapacity;
import com.flextime.optimizer.constraints.FA2HomeGameBalance;
import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.SE1Separation;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.timetable.Match;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A compact double round robin and the RobinX constraints of a {@link Problem} as a CP-SAT model.
 *
 * <p>{@code x[h][a][s]} is true when h hosts a in slot s. Each ordered pair meets once, each team plays once per
 * slot; phased: each pair meets once per half; mirrored: the second half is the first with sides swapped (the
 * variables of slot s + half are those of slot s, reversed, so the model has half as many). {@code home[t][s]}
 * is t's home flag. Hard constraints become linear constraints; soft ones, when asked for, a deviation variable
 * per deviation the {@link com.flextime.optimizer.score.Scorer} counts, times its weight, in the objective — so
 * the model's objective equals the scorer's (travel aside, which is not modelled).
 */
final class TimetableModel {

    final CpModel model = new CpModel();
    final int teams;
    final int slots;
    private final int half;
    private final boolean mirrored;
    /** x[h][a][s]; null when h == a. In a mirrored model x[h][a][s + half] is x[a][h][s]. */
    final BoolVar[][][] x;
    final BoolVar[][] home;
    private BoolVar[][] homeBreak;
    private BoolVar[][] awayBreak;
    private IntVar[][] homeSoFar;
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    private long objectiveTerms;
    /** Constraints the model does not express (travel); the scorer still judges them. */
    final List<String> notModelled = new ArrayList<>();
    /**
     * The auxiliary variables in creation order, each with how its value follows from the game variables (and
     * the auxiliary variables before it): a timetable then hints every variable, not only the games.
     */
    private final List<IntVar> auxiliary = new ArrayList<>();
    private final List<ToLongFunction<long[]>> auxiliaryValue = new ArrayList<>();
    /** How many constraints are in the model as hard constraints and as objective terms. */
    int hardCount;
    int softCount;

    TimetableModel(Problem problem, boolean softObjective) {
        this.teams = problem.teams();
        this.slots = problem.slots();
        this.half = slots / 2;
        this.mirrored = problem.mirrored();
        this.x = new BoolVar[teams][teams][slots];
        this.home = new BoolVar[teams][slots];
        structure(problem.format());
        redundant();
        for (TimetableConstraint c : problem.constraints()) {
            if (c.hard() || softObjective) {
                add(c);
            }
        }
        if (objectiveTerms > 0) {
            model.minimize(objective);
        }
    }

    boolean hasObjective() {
        return objectiveTerms > 0;
    }

    // ---------------------------------------------------------------- structure

    private void structure(RoundRobinStructure.Kind format) {
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h == a) {
                    continue;
                }
                for (int s = 0; s < (mirrored ? half : slots); s++) {
                    x[h][a][s] = model.newBoolVar("x_" + h + "_" + a + "_" + s);
                }
            }
        }
        if (mirrored) {
            for (int h = 0; h < teams; h++) {
                for (int a = 0; a < teams; a++) {
                    if (h != a) {
                        for (int s = 0; s < half; s++) {
                            x[a][h][s + half] = x[h][a][s];
                        }
                    }
                }
            }
        }
        // each ordered pair exactly once (mirrored: each unordered pair once in the first half does it)
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h == a || (mirrored && h > a)) {
                    continue;
                }
                LinearExprBuilder once = LinearExpr.newBuilder();
                for (int s = 0; s < (mirrored ? half : slots); s++) {
                    once.add(x[h][a][s]);
                    if (mirrored) {
                        once.add(x[a][h][s]);
                    }
                }
                model.addEquality(once, 1);
            }
        }
        // each team exactly one game per slot (mirrored: the first half suffices)
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < (mirrored ? half : slots); s++) {
                LinearExprBuilder one = LinearExpr.newBuilder();
                for (int o = 0; o < teams; o++) {
                    if (o != t) {
                        one.add(x[t][o][s]).add(x[o][t][s]);
                    }
                }
                model.addEquality(one, 1);
            }
        }
        if (format == RoundRobinStructure.Kind.PHASED) {
            for (int a = 0; a < teams; a++) {
                for (int b = a + 1; b < teams; b++) {
                    LinearExprBuilder firstHalf = LinearExpr.newBuilder();
                    for (int s = 0; s < half; s++) {
                        firstHalf.add(x[a][b][s]).add(x[b][a][s]);
                    }
                    model.addEquality(firstHalf, 1);
                }
            }
        }
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s < slots; s++) {
                if (mirrored && s >= half) {
                    continue; // home in a mirror slot is away in the first half: see addHome
                }
                home[t][s] = model.newBoolVar("home_" + t + "_" + s);
                LinearExprBuilder hosts = LinearExpr.newBuilder();
                for (int o = 0; o < teams; o++) {
                    if (o != t) {
                        hosts.add(x[t][o][s]);
                    }
                }
                model.addEquality(home[t][s], hosts);
                define(home[t][s], value(hosts));
            }
        }
    }

    /**
     * Implied by the structure, stated for the propagation and the LP: half the teams are at home in every slot,
     * and every team hosts n − 1 games.
     */
    private void redundant() {
        for (int s = 0; s < (mirrored ? half : slots); s++) {
            LinearExprBuilder atHome = LinearExpr.newBuilder();
            for (int t = 0; t < teams; t++) {
                atHome.add(home[t][s]);
            }
            model.addEquality(atHome, teams / 2);
        }
        if (!mirrored) {
            for (int t = 0; t < teams; t++) {
                LinearExprBuilder hosts = LinearExpr.newBuilder();
                for (int s = 0; s < slots; s++) {
                    hosts.add(home[t][s]);
                }
                model.addEquality(hosts, teams - 1);
            }
        }
    }

    /**
     * Every team's home/away pattern is one of {@link BreakPatterns#forTeam}'s: the fewest breaks its own hard
     * rules allow (at least one), plus {@code extra} (a table constraint per team). With one break a team, a
     * plain double round robin has n − 2 breaks in all, the fewest there are: two teams alternate throughout, the
     * others break once, in pairs. Not for a mirrored model, whose second half is fixed by the first.
     */
    void limitBreaksPerTeam(Problem problem, int extra) {
        if (mirrored) {
            throw new IllegalArgumentException("breaks per team are not limited in a mirrored model");
        }
        BreakPatterns few = new BreakPatterns(problem);
        for (int t = 0; t < teams; t++) {
            List<long[]> patterns = few.forTeam(t, extra);
            if (patterns.isEmpty()) {
                continue; // no pattern with few breaks meets the team's own rules: the team stays free
            }
            var table = model.addAllowedAssignments(home[t]);
            for (long[] pattern : patterns) {
                table.addTuple(pattern);
            }
        }
    }

    /** t's home flag in s as an expression (mirrored second half: 1 − home in the first half). */
    private LinearArgument homeExpr(int t, int s) {
        if (home[t][s] != null) {
            return home[t][s];
        }
        return LinearExpr.newBuilder().add(1).addTerm(home[t][s - half], -1);
    }

    private void addHome(Sum sum, int t, int s, boolean away) {
        boolean flip = home[t][s] == null;
        BoolVar var = flip ? home[t][s - half] : home[t][s];
        if (away != flip) {
            sum.addNot(var);
        } else {
            sum.add(var);
        }
    }

    // ---------------------------------------------------------------- constraints

    private void add(TimetableConstraint c) {
        if (c instanceof RoundRobinStructure) {
            return; // the structure is the model itself
        }
        if (c.hard()) {
            hardCount++;
        } else {
            softCount++;
        }
        if (c instanceof CA1TeamHomeAwayCapacity ca1) {
            for (int t : ca1.teams()) {
                Sum count = new Sum();
                for (int s : ca1.slots()) {
                    games(count, t, s, ca1.mode(), null);
                }
                bound(c, count, ca1.min(), ca1.max());
            }
        } else if (c instanceof CA2TeamAgainstGroupCapacity ca2) {
            for (int t : ca2.teams1()) {
                Sum count = new Sum();
                for (int s : ca2.slots()) {
                    games(count, t, s, ca2.mode(), ca2.teams2());
                }
                bound(c, count, ca2.min(), ca2.max());
            }
        } else if (c instanceof CA3TeamWindowCapacity ca3) {
            for (int t : ca3.teams1()) {
                for (int first = 0; first + ca3.window() <= slots; first++) {
                    Sum count = new Sum();
                    for (int s = first; s < first + ca3.window(); s++) {
                        games(count, t, s, ca3.mode(), ca3.teams2());
                    }
                    bound(c, count, ca3.min(), ca3.max());
                }
            }
        } else if (c instanceof CA4GroupCapacity ca4) {
            ca4(ca4);
        } else if (c instanceof GA1FixedGames ga1) {
            Sum count = new Sum();
            for (int[] game : ga1.meetings()) {
                for (int s : ga1.slots()) {
                    count.add(x[game[0]][game[1]][s]);
                }
            }
            bound(c, count, ga1.min(), ga1.max());
        } else if (c instanceof BR1TeamBreaks br1) {
            for (int t : br1.teams()) {
                Sum breaks = new Sum();
                for (int s : br1.slots()) {
                    breaks(breaks, t, s, br1.mode());
                }
                bound(c, breaks, 0, br1.max());
            }
        } else if (c instanceof BR2TotalBreaks br2) {
            Sum breaks = new Sum();
            for (int t : br2.teams()) {
                for (int s : br2.slots()) {
                    breaks(breaks, t, s, Mode.HA);
                }
            }
            bound(c, breaks, 0, br2.max());
        } else if (c instanceof FA2HomeGameBalance fa2) {
            fa2(fa2);
        } else if (c instanceof SE1Separation se1) {
            se1(se1);
        } else {
            if (c.hard()) {
                throw new IllegalArgumentException("the CP-SAT model has no encoding for the hard constraint "
                        + c.id() + " (" + c.getClass().getSimpleName() + ")");
            }
            softCount--;
            notModelled.add(c.id());
        }
    }

    /** t's games in slot s that count under mode, against the given opponents (null: anyone). */
    private void games(Sum sum, int t, int s, Mode mode, Set<Integer> opponents) {
        if (opponents == null || coversAllBut(opponents, t)) {
            switch (mode) {
                case H -> addHome(sum, t, s, false);
                case A -> addHome(sum, t, s, true);
                case HA -> sum.add(1);
            }
            return;
        }
        for (int o : opponents) {
            if (o == t || o < 0 || o >= teams) {
                continue;
            }
            if (mode != Mode.A) {
                sum.add(x[t][o][s]);
            }
            if (mode != Mode.H) {
                sum.add(x[o][t][s]);
            }
        }
    }

    private boolean coversAllBut(Set<Integer> group, int t) {
        for (int o = 0; o < teams; o++) {
            if (o != t && !group.contains(o)) {
                return false;
            }
        }
        return true;
    }

    private void ca4(CA4GroupCapacity ca4) {
        Set<Integer> t1 = ca4.teams1();
        Set<Integer> t2 = ca4.teams2();
        Predicate<int[]> counts = g -> {
            boolean homeSide = t1.contains(g[0]) && t2.contains(g[1]);
            boolean awaySide = t1.contains(g[1]) && t2.contains(g[0]);
            return switch (ca4.mode()) {
                case H -> homeSide;
                case A -> awaySide;
                case HA -> homeSide || awaySide;
            };
        };
        List<int[]> games = new ArrayList<>();
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h != a && counts.test(new int[] {h, a})) {
                    games.add(new int[] {h, a});
                }
            }
        }
        if (ca4.everySlot()) {
            for (int s : ca4.slots()) {
                Sum count = new Sum();
                for (int[] g : games) {
                    count.add(x[g[0]][g[1]][s]);
                }
                bound(ca4, count, ca4.min(), ca4.max());
            }
        } else {
            Sum count = new Sum();
            for (int s : ca4.slots()) {
                for (int[] g : games) {
                    count.add(x[g[0]][g[1]][s]);
                }
            }
            bound(ca4, count, ca4.min(), ca4.max());
        }
    }

    /** A break of t in slot s (its second slot): home-home (H), away-away (A), or either (HA). */
    private void breaks(Sum sum, int t, int s, Mode mode) {
        if (s <= 0 || s >= slots) {
            return;
        }
        if (homeBreak == null) {
            homeBreak = new BoolVar[teams][slots];
            awayBreak = new BoolVar[teams][slots];
        }
        if (mode != Mode.A) {
            if (homeBreak[t][s] == null) {
                homeBreak[t][s] = model.newBoolVar("hb_" + t + "_" + s);
                both(homeBreak[t][s], t, s, false);
            }
            sum.add(homeBreak[t][s]);
        }
        if (mode != Mode.H) {
            if (awayBreak[t][s] == null) {
                awayBreak[t][s] = model.newBoolVar("ab_" + t + "_" + s);
                both(awayBreak[t][s], t, s, true);
            }
            sum.add(awayBreak[t][s]);
        }
    }

    /** b ⇔ t is at home (away: away) in both s−1 and s. */
    private void both(BoolVar b, int t, int s, boolean away) {
        Sum previous = new Sum();
        addHome(previous, t, s - 1, away);
        Sum current = new Sum();
        addHome(current, t, s, away);
        model.addLessOrEqual(LinearExpr.newBuilder().add(b).addTerm(previous.expr(), -1), 0);
        model.addLessOrEqual(LinearExpr.newBuilder().add(b).addTerm(current.expr(), -1), 0);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(b).addTerm(previous.expr(), -1)
                .addTerm(current.expr(), -1), -1);
        ToLongFunction<long[]> before = value(previous.expr());
        ToLongFunction<long[]> now = value(current.expr());
        define(b, v -> before.applyAsLong(v) == 1 && now.applyAsLong(v) == 1 ? 1 : 0);
    }

    private IntVar homeSoFar(int t, int s) {
        if (homeSoFar == null) {
            homeSoFar = new IntVar[teams][slots];
        }
        if (homeSoFar[t][s] == null) {
            homeSoFar[t][s] = model.newIntVar(0, s + 1, "hsf_" + t + "_" + s);
            LinearExprBuilder sum = LinearExpr.newBuilder().add(homeExpr(t, s));
            if (s > 0) {
                sum.add(homeSoFar(t, s - 1));
            }
            model.addEquality(homeSoFar[t][s], sum);
            define(homeSoFar[t][s], value(sum));
        }
        return homeSoFar[t][s];
    }

    private void fa2(FA2HomeGameBalance fa2) {
        List<Integer> group = fa2.teams();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                int a = group.get(i);
                int b = group.get(j);
                IntVar deviation = fa2.hard() ? null : model.newIntVar(0, slots, "fa2_" + a + "_" + b);
                List<ToLongFunction<long[]>> differences = new ArrayList<>();
                for (int s : fa2.slots()) {
                    LinearExpr difference = LinearExpr.newBuilder().add(homeSoFar(a, s))
                            .addTerm(homeSoFar(b, s), -1).build();
                    differences.add(value(difference));
                    if (fa2.hard()) {
                        model.addLinearConstraint(difference, -fa2.max(), fa2.max());
                    } else {
                        // deviation ≥ |difference| − max, over every slot: the pair's largest excess
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).addTerm(difference, -1),
                                -fa2.max());
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).add(difference),
                                -fa2.max());
                    }
                }
                if (deviation != null) {
                    penalise(deviation, fa2.weight());
                    int max = fa2.max();
                    define(deviation, v -> differences.stream()
                            .mapToLong(d -> Math.max(0, Math.abs(d.applyAsLong(v)) - max)).max().orElse(0));
                }
            }
        }
    }

    private void se1(SE1Separation se1) {
        List<Integer> group = se1.teams();
        int min = se1.min();
        Integer max = se1.max();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                int a = group.get(i);
                int b = group.get(j);
                if (se1.hard() && max == null) {
                    // at most one of the two meetings in any min + 1 consecutive slots
                    for (int first = 0; first + min + 1 <= slots && min > 0; first++) {
                        Sum meetings = new Sum();
                        for (int s = first; s <= first + min; s++) {
                            meetings.add(x[a][b][s]);
                            meetings.add(x[b][a][s]);
                        }
                        model.addLessOrEqual(meetings.expr(), 1);
                    }
                    continue;
                }
                LinearExprBuilder distance = LinearExpr.newBuilder();
                for (int s = 0; s < slots; s++) {
                    distance.addTerm(x[a][b][s], s).addTerm(x[b][a][s], -s);
                }
                IntVar apart = model.newIntVar(1, slots - 1, "se1_" + a + "_" + b);
                model.addAbsEquality(apart, distance);
                ToLongFunction<long[]> signed = value(distance);
                define(apart, v -> Math.abs(signed.applyAsLong(v)));
                int apartIndex = apart.getIndex();
                // slots strictly between the two meetings: apart − 1
                if (se1.hard()) {
                    model.addGreaterOrEqual(apart, min + 1L);
                    if (max != null) {
                        model.addLessOrEqual(apart, max + 1L);
                    }
                } else {
                    IntVar deviation = model.newIntVar(0, slots, "se1d_" + a + "_" + b);
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).add(apart), min + 1L);
                    if (max != null) {
                        IntVar over = model.newIntVar(0, slots, "se1o_" + a + "_" + b);
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(over).addTerm(apart, -1),
                                -(max + 1L));
                        penalise(over, se1.weight());
                        define(over, v -> Math.max(0, v[apartIndex] - (max + 1L)));
                    }
                    penalise(deviation, se1.weight());
                    define(deviation, v -> Math.max(0, min + 1L - v[apartIndex]));
                }
            }
        }
    }

    /** min ≤ count ≤ max as a hard constraint, or its excess as a weighted deviation. */
    private void bound(TimetableConstraint c, Sum count, int min, int max) {
        if (min <= count.lo && max >= count.hi) {
            return; // cannot be violated
        }
        if (c.hard()) {
            model.addLinearConstraint(count.expr(), min, max);
            return;
        }
        if (max < count.hi) {
            IntVar over = model.newIntVar(0, count.hi - max, c.id() + "_over");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(over).addTerm(count.expr(), -1), -max);
            penalise(over, c.weight());
            ToLongFunction<long[]> counted = value(count.expr());
            define(over, v -> Math.max(0, counted.applyAsLong(v) - max));
        }
        if (min > count.lo) {
            IntVar under = model.newIntVar(0, min - count.lo, c.id() + "_under");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(under).add(count.expr()), min);
            penalise(under, c.weight());
            ToLongFunction<long[]> counted = value(count.expr());
            define(under, v -> Math.max(0, min - counted.applyAsLong(v)));
        }
    }

    private void penalise(IntVar deviation, long weight) {
        if (weight != 0) {
            objective.addTerm(deviation, weight);
            objectiveTerms++;
        }
    }

    // ---------------------------------------------------------------- hints and solutions

    private void define(IntVar var, ToLongFunction<long[]> value) {
        auxiliary.add(var);
        auxiliaryValue.add(value);
    }

    /** An expression's value given every variable's value (by index). */
    private static ToLongFunction<long[]> value(LinearArgument argument) {
        LinearExpr e = argument.build();
        int[] index = new int[e.numElements()];
        long[] coefficient = new long[e.numElements()];
        for (int i = 0; i < index.length; i++) {
            index[i] = e.getVariableIndex(i);
            coefficient[i] = e.getCoefficient(i);
        }
        long offset = e.getOffset();
        return v -> {
            long total = offset;
            for (int i = 0; i < index.length; i++) {
                total += coefficient[i] * v[index[i]];
            }
            return total;
        };
    }

    /**
     * A complete solution hint: these games played, every other game variable false, and every auxiliary
     * variable (home flags, breaks, deviations) at the value that follows. A complete hint that is feasible is
     * CP-SAT's first solution at once.
     */
    void hint(List<Match> start) {
        long[] values = new long[model.getBuilder().getVariablesCount()];
        for (Match m : start) {
            BoolVar var = x[m.home()][m.away()][m.slot()];
            if (var != null) {
                values[var.getIndex()] = 1;
            }
        }
        for (int i = 0; i < auxiliary.size(); i++) {
            values[auxiliary.get(i).getIndex()] = auxiliaryValue.get(i).applyAsLong(values);
        }
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                for (int s = 0; s < (mirrored ? half : slots); s++) {
                    if (h != a) {
                        model.addHint(x[h][a][s], values[x[h][a][s].getIndex()] == 1);
                    }
                }
            }
        }
        for (IntVar var : auxiliary) {
            model.addHint(var, values[var.getIndex()]);
        }
    }

    /** The games of a solution, read through {@code value} (true when the variable is set). */
    List<Match> matches(Predicate<BoolVar> value) {
        List<Match> matches = new ArrayList<>();
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h == a) {
                    continue;
                }
                for (int s = 0; s < slots; s++) {
                    if (value.test(x[h][a][s])) {
                        matches.add(new Match(h, a, s));
                    }
                }
            }
        }
        return matches;
    }

    /** A sum of 0/1 terms and a constant, with its bounds. */
    private static final class Sum {
        private final LinearExprBuilder builder = LinearExpr.newBuilder();
        long lo;
        long hi;

        void add(BoolVar var) {
            builder.add(var);
            hi++;
        }

        /** 1 − var, which is in [0, 1]. */
        void addNot(BoolVar var) {
            builder.add(1).addTerm(var, -1);
            hi++;
        }

        void add(long constant) {
            builder.add(constant);
            lo += constant;
            hi += constant;
        }

        LinearExprBuilder expr() {
            return builder;
        }
    }
}
