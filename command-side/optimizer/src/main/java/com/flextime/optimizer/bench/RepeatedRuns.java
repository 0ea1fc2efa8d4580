package com.flextime.optimizer.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One instance solved from consecutive seeds ({@code bench <instance> --runs N}), summed up the way figures from a
 * shared, noisy machine should be read: medians, the spread, and how many runs reached the best known. A
 * time-limited run is one draw (NL8 in 60 s ends at its optimum in some runs and 0.14 % above it in others), so
 * a method is judged on several.
 */
record RepeatedRuns(long firstSeed, List<Benchmark.Row> rows) {

    RepeatedRuns {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no runs to sum up");
        }
    }

    long feasibleRuns() {
        return rows.stream().filter(Benchmark.Row::feasible).count();
    }

    /** Feasible runs whose objective is at (or below) the best known; 0 when none is known. */
    long atBestKnown() {
        return rows.stream().filter(r -> r.feasible() && r.bestKnown() != null && r.objective() <= r.bestKnown())
                .count();
    }

    double medianInfeasibility() {
        return median(rows.stream().mapToDouble(Benchmark.Row::infeasibility).toArray());
    }

    /** The median objective of the feasible runs, or null when none was feasible. */
    Double medianObjective() {
        double[] objectives = rows.stream().filter(Benchmark.Row::feasible).mapToDouble(Benchmark.Row::objective)
                .toArray();
        return objectives.length == 0 ? null : median(objectives);
    }

    /** The gaps of the feasible runs to the best known, sorted; empty when none is known or none was feasible. */
    double[] gaps() {
        return rows.stream().map(Benchmark.Row::gapPct).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .sorted().toArray();
    }

    void print(PrintStream out) {
        double[] gaps = gaps();
        Double objective = medianObjective();
        out.printf(Locale.ROOT, "runs           %d (seeds %d-%d)%nfeasible_runs  %d%nat_best_known  %d%n"
                        + "infeasibility_median %s%nobjective_median     %s%ngap_pct_median       %s%n"
                        + "gap_pct_range        %s%n",
                rows.size(), firstSeed, firstSeed + rows.size() - 1, feasibleRuns(), atBestKnown(),
                number(medianInfeasibility()), objective == null ? "-" : number(objective),
                gaps.length == 0 ? "-" : String.format(Locale.ROOT, "%.2f", median(gaps)),
                gaps.length == 0 ? "-"
                        : String.format(Locale.ROOT, "%.2f-%.2f", gaps[0], gaps[gaps.length - 1]));
    }

    /** The middle value, or the mean of the two middle ones for an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
