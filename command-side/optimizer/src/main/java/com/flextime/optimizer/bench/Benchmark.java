package com.flextime.optimizer.bench;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.robinx.RobinxWriter;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * {@code bench <instance.xml|name> --time 60s [--seed N] [--threads N] [--iterations N] [--out solution.xml]
 * [--progress] [--runs N]} solves one RobinX instance and prints its score against the best known
 * ({@code --progress}: each new best score first, with the seconds it took, so a run shows whether it is still
 * improving or stuck; {@code --runs N}: N runs from consecutive seeds, then their medians and spread, and
 * {@code --out} gets the best run's timetable);
 * {@code bench --suite ttp-nl|ttp-circ|ttp-sup|ttp-con|ttp-line|ttp-incr|itc2021-early|itc2021-test
 * --time 60s [--table file.md]} runs a set and writes a markdown table.
 * {@code --solver NAME} picks one of the solvers the caller offers (this module alone knows only
 * {@code annealing}; the command line adds the CP-SAT adapters, which live in their own module).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** The solver bench uses when the caller offers no others. */
    public static final String ANNEALING = "annealing";

    /**
     * A solver that can say, after a solve, how it went (phases, proofs, first solution); bench prints it. The
     * solvers bench is offered are made fresh for each instance, so a per-instance note is safe.
     */
    public interface Explains {
        String lastRun();
    }

    /**
     * One solved instance, as printed and as a table row. {@code firstFeasibleSeconds}: when the solver first
     * reported a timetable without hard violations (null if never); {@code iterations}: moves for annealing,
     * timetables found for CP-SAT.
     */
    public record Row(String instance, String solver, boolean feasible, long infeasibility, long objective,
                      Long bestKnown, Double gapPct, double seconds, Double firstFeasibleSeconds, long iterations) {

        /** The row as it was before solvers had names: annealing, no first-feasible time. */
        public Row(String instance, boolean feasible, long infeasibility, long objective, Long bestKnown,
                   Double gapPct, double seconds, long iterations) {
            this(instance, ANNEALING, feasible, infeasibility, objective, bestKnown, gapPct, seconds, null,
                    iterations);
        }
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    /** Bench with the optimizer's own solver only ({@code --solver annealing}). */
    public static int run(String[] args, PrintStream out) throws IOException {
        return run(args, out, Map.of(ANNEALING, AnnealingSolver::new), ANNEALING);
    }

    /**
     * Bench with the solvers the caller offers, by name (a fresh one per instance), {@code defaultSolver} when
     * {@code --solver} is not given.
     */
    public static int run(String[] args, PrintStream out, Map<String, Supplier<Solver>> solvers,
                          String defaultSolver) throws IOException {
        Map<String, Supplier<Solver>> offered = new LinkedHashMap<>(solvers);
        String solverName = defaultSolver;
        Duration time = Duration.ofSeconds(60);
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        long iterations = Long.MAX_VALUE;
        String outFile = null;
        String suite = null;
        String table = null;
        String instance = null;
        boolean progress = false;
        int runs = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            try {
                switch (args[i]) {
                    case "--time" -> { time = duration(value); i++; }
                    case "--seed" -> { seed = Long.parseLong(value); i++; }
                    case "--threads" -> { threads = Integer.parseInt(value); i++; }
                    case "--iterations" -> { iterations = Long.parseLong(value); i++; }
                    case "--out" -> { outFile = value; i++; }
                    case "--suite" -> { suite = value; i++; }
                    case "--table" -> { table = value; i++; }
                    case "--solver" -> { solverName = value; i++; }
                    case "--progress" -> progress = true;
                    case "--runs" -> {
                        runs = Integer.parseInt(value);
                        if (runs < 1) {
                            throw new IllegalArgumentException("at least one run");
                        }
                        i++;
                    }
                    case "--help", "-h" -> {
                        out.println(usage(offered));
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("-")) {
                            out.println("unknown option '" + args[i] + "'\n" + usage(offered));
                            return 2;
                        }
                        instance = args[i];
                    }
                }
            } catch (RuntimeException e) {
                // a missing or malformed value (--seed one, --time soon): name the option, not a stack trace
                out.println("invalid value for " + args[i] + ": '" + value + "'\n" + usage(offered));
                return 2;
            }
        }
        if (!offered.containsKey(solverName)) {
            out.println("unknown solver '" + solverName + "' (" + String.join(", ", offered.keySet()) + ")");
            return 2;
        }
        Supplier<Solver> solver = offered.get(solverName);
        SolverSettings settings = new SolverSettings(time, iterations, seed, threads, null);
        if (suite != null && runs > 1) {
            out.println("--runs applies to one instance, not to a suite\n" + usage(offered));
            return 2;
        }
        if (suite != null) {
            List<String> names;
            try {
                names = suite(suite);
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage() + "\n" + usage(offered));
                return 2;
            }
            List<Row> rows = new ArrayList<>();
            for (String name : names) {
                Solver fresh = solver.get();
                Row row = solve(name, fresh, solverName, settings, null);
                print(row, fresh, out);
                rows.add(row);
            }
            String markdown = table(rows, suite, solverName, time, seed, threads);
            out.println(markdown);
            if (table != null) {
                Files.writeString(Path.of(table), markdown);
            }
            return 0;
        }
        if (instance == null) {
            out.println(usage(offered));
            return 2;
        }
        if (runs > 1) {
            repeat(instance, runs, solver, solverName, settings, outFile, progress ? out : null, out);
            return 0;
        }
        Solver fresh = solver.get();
        print(solve(instance, fresh, solverName, settings, outFile, progress ? out : null), fresh, out);
        return 0;
    }

    /** {@code runs} solves from consecutive seeds, each printed, then summed up; the best goes to outFile. */
    private static void repeat(String instance, int runs, Supplier<Solver> solver, String solverName,
                               SolverSettings settings, String outFile, PrintStream progress, PrintStream out)
            throws IOException {
        List<Row> rows = new ArrayList<>();
        Path best = null;
        Row bestRow = null;
        try {
            for (int k = 0; k < runs; k++) {
                SolverSettings run = new SolverSettings(settings.timeLimit(), settings.maxIterations(),
                        settings.seed() + k, settings.threads(), null);
                Path file = outFile == null ? null : Files.createTempFile("bench-run", ".xml");
                Solver fresh = solver.get();
                Row row;
                try {
                    row = solve(instance, fresh, solverName, run, file == null ? null : file.toString(), progress);
                } catch (IOException | RuntimeException e) {
                    if (file != null) {
                        Files.deleteIfExists(file);
                    }
                    throw e;
                }
                out.println("seed           " + run.seed());
                print(row, fresh, out);
                rows.add(row);
                boolean better = bestRow == null || row.infeasibility() < bestRow.infeasibility()
                        || (row.infeasibility() == bestRow.infeasibility() && row.objective() < bestRow.objective());
                if (better) {
                    if (best != null) {
                        Files.deleteIfExists(best);
                    }
                    best = file;
                    bestRow = row;
                } else if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
            if (best != null) {
                Files.move(best, Path.of(outFile), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                best = null;
            }
        } finally {
            if (best != null) {
                Files.deleteIfExists(best);
            }
        }
        new RepeatedRuns(settings.seed(), rows).print(out);
    }

    private static String usage(Map<String, Supplier<Solver>> offered) {
        String solverOption = " [--solver " + String.join("|", offered.keySet()) + "]";
        return "usage: bench <instance.xml|name> --time 60s [--seed N] [--threads N] [--iterations N]"
                + " [--out solution.xml] [--progress] [--runs N]" + solverOption
                + " | bench --suite " + String.join("|", SUITES.keySet()) + " --time 60s [--table f.md]"
                + solverOption;
    }

    /** One instance with the annealing solver. */
    public static Row solve(String instanceRef, SolverSettings settings, String outFile) throws IOException {
        return solve(instanceRef, new AnnealingSolver(), ANNEALING, settings, outFile);
    }

    /** One instance with the given solver; the row notes when the first feasible timetable was reported. */
    public static Row solve(String instanceRef, Solver solver, String solverName, SolverSettings settings,
                            String outFile) throws IOException {
        return solve(instanceRef, solver, solverName, settings, outFile, null);
    }

    /** The same, printing each new best score to {@code progress} (when not null) as the solver reports it. */
    public static Row solve(String instanceRef, Solver solver, String solverName, SolverSettings settings,
                            String outFile, PrintStream progress) throws IOException {
        RobinxInstance instance = load(instanceRef);
        Double[] firstFeasible = {null};
        SolveResult result = solver.solve(Problem.of(instance), settings, (score, elapsed) -> {
            synchronized (firstFeasible) {
                if (score.feasible() && firstFeasible[0] == null) {
                    firstFeasible[0] = elapsed.toNanos() / 1e9;
                }
                if (progress != null) {
                    progress.printf(Locale.ROOT, "progress %9.2f s  infeasibility %d  objective %d%n",
                            elapsed.toNanos() / 1e9, score.infeasibility(), score.objective());
                }
            }
        });
        if (outFile != null) {
            Files.writeString(Path.of(outFile), RobinxWriter.solution(instance.name(), instance.name() + "_flextime",
                    result.matches(), result.score()));
        }
        // ITC2021 files call themselves "Early 1"; the reference tables use the file name
        OptionalLong best = BestKnown.of(instance.name()).isPresent() ? BestKnown.of(instance.name())
                : BestKnown.of(baseName(instanceRef));
        Double gap = best.isPresent() && best.getAsLong() > 0 && result.score().feasible()
                ? 100.0 * (result.score().objective() - best.getAsLong()) / best.getAsLong() : null;
        Double first;
        synchronized (firstFeasible) {
            first = firstFeasible[0] == null && result.score().feasible()
                    ? Double.valueOf(result.elapsed().toNanos() / 1e9) : firstFeasible[0];
        }
        return new Row(baseName(instanceRef), solverName, result.score().feasible(), result.score().infeasibility(),
                result.score().objective(), best.isPresent() ? best.getAsLong() : null, gap,
                result.elapsed().toMillis() / 1000.0, first, result.iterations());
    }

    /** A file path, or the name of a shipped instance (NL8, ITC2021_Early_3). */
    public static RobinxInstance load(String ref) throws IOException {
        Path path = Path.of(ref);
        if (Files.exists(path)) {
            return RobinxReader.readInstance(path);
        }
        String name = ref.endsWith(".xml") ? ref : ref + ".xml";
        for (String folder : List.of("/benchmarks/ttp/instances/", "/benchmarks/itc2021/instances/")) {
            try (InputStream in = Benchmark.class.getResourceAsStream(folder + name)) {
                if (in != null) {
                    return RobinxReader.readInstance(in);
                }
            }
        }
        throw new IOException("no instance file or shipped instance named " + ref);
    }

    private static String baseName(String ref) {
        String file = Path.of(ref).getFileName().toString();
        return file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
    }

    /** The named sets of instances {@code --suite} runs, in the order the usage lists them. */
    static final Map<String, List<String>> SUITES = suites();

    private static Map<String, List<String>> suites() {
        Map<String, List<String>> suites = new LinkedHashMap<>();
        suites.put("ttp-nl", teams("NL", 16));
        suites.put("ttp-circ", teams("CIRC", 16));
        // the other classes of 4 to 16 teams: the targets were measured on NL and CIRC, these check them on
        // distances the search was not tuned to (SUP: real cities; CON: all equal; LINE, INCR: on a line)
        suites.put("ttp-sup", teams("SUP", 14));
        suites.put("ttp-con", teams("CON", 16));
        suites.put("ttp-line", teams("LINE", 16));
        suites.put("ttp-incr", teams("INCR", 16));
        suites.put("itc2021-early", IntStream.rangeClosed(1, 15).mapToObj(i -> "ITC2021_Early_" + i).toList());
        // the competition's own test instances: no best known is published, so a run shows feasibility
        suites.put("itc2021-test", IntStream.rangeClosed(1, 8).mapToObj(i -> "ITC2021_Test" + i).toList());
        return java.util.Collections.unmodifiableMap(suites);
    }

    static List<String> suite(String name) {
        List<String> names = SUITES.get(name);
        if (names == null) {
            throw new IllegalArgumentException("unknown suite " + name + " (" + String.join(", ", SUITES.keySet())
                    + ")");
        }
        return names;
    }

    private static List<String> teams(String family, int upTo) {
        return IntStream.iterate(4, n -> n <= upTo, n -> n + 2).mapToObj(n -> family + n).toList();
    }

    static void print(Row row, PrintStream out) {
        print(row, null, out);
    }

    static void print(Row row, Solver solver, PrintStream out) {
        out.printf(Locale.ROOT, "instance       %s%nsolver         %s%nfeasible       %s%ninfeasibility  %d%n"
                        + "objective      %d%nbest_known     %s%ngap_pct        %s%nfirst_feasible %s%n"
                        + "seconds        %.1f%niterations     %d%n",
                row.instance(), row.solver(), row.feasible(), row.infeasibility(), row.objective(),
                row.bestKnown() == null ? "-" : row.bestKnown(),
                row.gapPct() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.gapPct()),
                row.firstFeasibleSeconds() == null ? "-"
                        : String.format(Locale.ROOT, "%.1f s", row.firstFeasibleSeconds()),
                row.seconds(), row.iterations());
        if (solver instanceof Explains explains && !explains.lastRun().isBlank()) {
            out.println("run            " + explains.lastRun());
        }
        out.println();
    }

    static String table(List<Row> rows, String suite, Duration time, long seed, int threads) {
        return table(rows, suite, rows.isEmpty() ? ANNEALING : rows.get(0).solver(), time, seed, threads);
    }

    static String table(List<Row> rows, String suite, String solver, Duration time, long seed, int threads) {
        StringBuilder md = new StringBuilder("| instance | solver | feasible | infeasibility | objective | best known |"
                + " gap % | first feasible s | seconds | iterations |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %.1f | %d |%n",
                    r.instance(), r.solver(), r.feasible() ? "yes" : "no", r.infeasibility(), r.objective(),
                    r.bestKnown() == null ? "-" : r.bestKnown(),
                    r.gapPct() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.gapPct()),
                    r.firstFeasibleSeconds() == null ? "-"
                            : String.format(Locale.ROOT, "%.1f", r.firstFeasibleSeconds()),
                    r.seconds(), r.iterations()));
        }
        long feasible = rows.stream().filter(Row::feasible).count();
        md.append(String.format(Locale.ROOT, "%nsuite %s, --solver %s, --time %ds, --seed %d, %d threads: %d of %d"
                + " feasible%n", suite, solver, time.toSeconds(), seed, threads, feasible, rows.size()));
        return md.toString();
    }

    /** "60s", "500ms", "10m" or plain seconds. */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }
}
