package com.flextime.optimizer.bench;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.robinx.RobinxWriter;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * {@code bench <instance.xml|name> --time 60s [--seed N] [--threads N] [--iterations N] [--out solution.xml]}
 * solves one RobinX instance and prints its score against the best known; {@code bench --suite
 * ttp-nl|ttp-circ|itc2021-early --time 60s [--table file.md]} runs a set and writes a markdown table.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** One solved instance, as printed and as a table row. */
    public record Row(String instance, boolean feasible, long infeasibility, long objective, Long bestKnown,
                      Double gapPct, double seconds, long iterations) {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        Duration time = Duration.ofSeconds(60);
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        long iterations = Long.MAX_VALUE;
        String outFile = null;
        String suite = null;
        String table = null;
        String instance = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--time" -> { time = duration(value); i++; }
                case "--seed" -> { seed = Long.parseLong(value); i++; }
                case "--threads" -> { threads = Integer.parseInt(value); i++; }
                case "--iterations" -> { iterations = Long.parseLong(value); i++; }
                case "--out" -> { outFile = value; i++; }
                case "--suite" -> { suite = value; i++; }
                case "--table" -> { table = value; i++; }
                default -> instance = args[i];
            }
        }
        SolverSettings settings = new SolverSettings(time, iterations, seed, threads, null);
        if (suite != null) {
            List<Row> rows = new ArrayList<>();
            for (String name : suite(suite)) {
                Row row = solve(name, settings, null);
                print(row, out);
                rows.add(row);
            }
            String markdown = table(rows, suite, time, seed, threads);
            out.println(markdown);
            if (table != null) {
                Files.writeString(Path.of(table), markdown);
            }
            return 0;
        }
        if (instance == null) {
            out.println("usage: bench <instance.xml|name> --time 60s [--seed N] [--threads N] [--iterations N]"
                    + " [--out solution.xml] | bench --suite ttp-nl|ttp-circ|itc2021-early --time 60s [--table f.md]");
            return 2;
        }
        print(solve(instance, settings, outFile), out);
        return 0;
    }

    public static Row solve(String instanceRef, SolverSettings settings, String outFile) throws IOException {
        RobinxInstance instance = load(instanceRef);
        SolveResult result = new AnnealingSolver().solve(Problem.of(instance), settings, (score, elapsed) -> { });
        if (outFile != null) {
            Files.writeString(Path.of(outFile), RobinxWriter.solution(instance.name(), instance.name() + "_flextime",
                    result.matches(), result.score()));
        }
        // ITC2021 files call themselves "Early 1"; the reference tables use the file name
        OptionalLong best = BestKnown.of(instance.name()).isPresent() ? BestKnown.of(instance.name())
                : BestKnown.of(baseName(instanceRef));
        Double gap = best.isPresent() && best.getAsLong() > 0 && result.score().feasible()
                ? 100.0 * (result.score().objective() - best.getAsLong()) / best.getAsLong() : null;
        return new Row(baseName(instanceRef), result.score().feasible(), result.score().infeasibility(),
                result.score().objective(), best.isPresent() ? best.getAsLong() : null, gap,
                result.elapsed().toMillis() / 1000.0, result.iterations());
    }

    /** A file path, or the name of a shipped instance (NL8, ITC2021_Early_3). */
    static RobinxInstance load(String ref) throws IOException {
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

    static List<String> suite(String name) {
        return switch (name) {
            case "ttp-nl" -> List.of("NL4", "NL6", "NL8", "NL10", "NL12", "NL14", "NL16");
            case "ttp-circ" -> List.of("CIRC4", "CIRC6", "CIRC8", "CIRC10", "CIRC12", "CIRC14", "CIRC16");
            case "itc2021-early" -> IntStream.rangeClosed(1, 15).mapToObj(i -> "ITC2021_Early_" + i).toList();
            default -> throw new IllegalArgumentException("unknown suite " + name
                    + " (ttp-nl, ttp-circ, itc2021-early)");
        };
    }

    static void print(Row row, PrintStream out) {
        out.printf(Locale.ROOT, "instance       %s%nfeasible       %s%ninfeasibility  %d%nobjective      %d%n"
                        + "best_known     %s%ngap_pct        %s%nseconds        %.1f%niterations     %d%n%n",
                row.instance(), row.feasible(), row.infeasibility(), row.objective(),
                row.bestKnown() == null ? "-" : row.bestKnown(),
                row.gapPct() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.gapPct()), row.seconds(),
                row.iterations());
    }

    static String table(List<Row> rows, String suite, Duration time, long seed, int threads) {
        StringBuilder md = new StringBuilder("| instance | feasible | infeasibility | objective | best known | gap % |"
                + " seconds | iterations |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %.1f | %d |%n", r.instance(),
                    r.feasible() ? "yes" : "no", r.infeasibility(), r.objective(),
                    r.bestKnown() == null ? "-" : r.bestKnown(),
                    r.gapPct() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.gapPct()), r.seconds(),
                    r.iterations()));
        }
        md.append(String.format(Locale.ROOT, "%nsuite %s, --time %ds, --seed %d, %d threads%n", suite,
                time.toSeconds(), seed, threads));
        return md.toString();
    }

    static Duration duration(String text) {
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
