package com.flextime.optimizer.bench;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.robinx.RobinxSolution;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code score <instance.xml|name> <solution.xml> [--soft]}: the exact score of a RobinX solution file, what each
 * constraint type adds, and every hard violation explained (soft ones too with {@code --soft}). What a scheduler or
 * a reviewer reads to see why a timetable is infeasible or where its objective comes from.
 */
public final class ScoreCommand {

    static final String USAGE = "usage: score <instance.xml|name> <solution.xml> [--soft]";

    private ScoreCommand() {
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        List<String> files = new ArrayList<>();
        boolean soft = false;
        for (String arg : args) {
            switch (arg) {
                case "--soft" -> soft = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("-")) {
                        out.println("unknown option '" + arg + "'\n" + USAGE);
                        return 2;
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 2) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.exists(Path.of(files.get(1)))) {
            throw new IOException("no solution file " + files.get(1));
        }
        RobinxInstance instance = Benchmark.load(files.get(0));
        RobinxSolution solution = RobinxReader.readSolution(Path.of(files.get(1)));
        Score score = Scorer.score(instance, new Timetable(instance.teams(), instance.slots(), solution.matches()));
        print(instance, score, soft, out);
        return 0;
    }

    static void print(RobinxInstance instance, Score score, boolean soft, PrintStream out) {
        out.printf(Locale.ROOT, "instance       %s%nfeasible       %s%ninfeasibility  %d%nobjective      %d%n%n",
                instance.name(), score.feasible(), score.infeasibility(), score.objective());
        out.println("| constraint type | hard | violations | deviation | penalty |");
        out.println("|---|---|---|---|---|");
        for (Map.Entry<String, long[]> type : byType(score.violations()).entrySet()) {
            long[] sums = type.getValue();
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d |%n", type.getKey().substring(1),
                    type.getKey().charAt(0) == 'H' ? "yes" : "no", sums[0], sums[1], sums[2]);
        }
        for (Violation v : score.violations()) {
            if (v.hard() || soft) {
                out.printf(Locale.ROOT, "%n%s %s (%s): deviation %d, penalty %d. %s", v.hard() ? "hard" : "soft",
                        v.constraint(), v.name(), v.deviation(), v.penalty(), v.message());
            }
        }
        out.println();
    }

    /** Per constraint type (CA4, BR1, travel...), hard before soft: violations, deviation, penalty. */
    private static Map<String, long[]> byType(List<Violation> violations) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Violation v : violations) {
            String id = v.constraint();
            int hash = id.indexOf('#');
            String key = (v.hard() ? "H" : "S") + (hash < 0 ? id : id.substring(0, hash));
            long[] s = sums.computeIfAbsent(key, k -> new long[3]);
            s[0]++;
            s[1] += v.deviation();
            s[2] += v.penalty();
        }
        return sums;
    }
}
