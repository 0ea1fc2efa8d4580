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
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.robinx.RobinxSolution;
import com.flextime.optimizer.solver.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Test instances: shipped ones, best-known solutions from the optimizer's test resources, and a small one. */
final class Instances {

    static final Duration NO_LIMIT = Duration.ofMinutes(5);

    private Instances() {
    }

    static RobinxInstance shipped(String folder, String name) {
        try (InputStream in = Instances.class.getResourceAsStream("/benchmarks/" + folder + "/instances/" + name
                + ".xml")) {
            return RobinxReader.readInstance(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RobinxInstance itc(int early) {
        return shipped("itc2021", "ITC2021_Early_" + early);
    }

    /** The best-known solution file of an ITC2021 Early instance (kept with the optimizer's tests). */
    static RobinxSolution bestKnown(int early) {
        Path dir = Path.of("../optimizer/src/test/resources/benchmarks/itc2021/best_solutions");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith("ITC2021_Early_" + early + "_best_"))
                    .findFirst().orElseThrow();
            return RobinxReader.readSolution(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Six teams, plain double round robin (10 slots), with hard CA1, GA1, BR1 constraints and two soft ones:
     * team 0 at most 2 home games in slots 0-4; team 1 at home in slots 0 and 1; 2 hosts 3 in slot 0; 4 never
     * hosts 5 in the first half; every team at most 2 breaks; softly, team 2 away in slot 9 and few breaks.
     */
    static Problem sixTeams() {
        Set<Integer> all = set(0, 6);
        List<TimetableConstraint> constraints = List.of(
                new RoundRobinStructure(RoundRobinStructure.Kind.PLAIN),
                new CA1TeamHomeAwayCapacity("CA1#1", true, 1, Set.of(0), set(0, 5), Mode.H, 0, 2),
                new CA1TeamHomeAwayCapacity("CA1#2", true, 1, Set.of(1), Set.of(0, 1), Mode.A, 0, 0),
                new GA1FixedGames("GA1#1", true, 1, List.<int[]>of(new int[] {2, 3}), Set.of(0), 1, 1),
                new GA1FixedGames("GA1#2", true, 1, List.<int[]>of(new int[] {4, 5}), set(0, 5), 0, 0),
                new BR1TeamBreaks("BR1#1", true, 1, all, set(0, 10), Mode.HA, 2),
                new CA1TeamHomeAwayCapacity("CA1#3", false, 5, Set.of(2), Set.of(9), Mode.H, 0, 0),
                new BR2TotalBreaks("BR2#1", false, 1, all, set(0, 10), 0));
        return new Problem("six teams", 6, constraints, RoundRobinStructure.Kind.PLAIN, null);
    }

    static Set<Integer> set(int fromInclusive, int toExclusive) {
        Set<Integer> values = new HashSet<>();
        IntStream.range(fromInclusive, toExclusive).forEach(values::add);
        return values;
    }

    /** Sets {@code stop} after {@code millis} on a thread of its own (started; join it when done). */
    static Thread stopAfter(java.util.concurrent.atomic.AtomicBoolean stop, long millis) {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            stop.set(true);
        });
        stopper.start();
        return stopper;
    }

    /** The same rule made soft (weight kept), so every encoding can be compared with the scorer's deviation. */
    static TimetableConstraint soft(TimetableConstraint c) {
        return HardAsSoft.soft(c);
    }
}
