package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import java.util.List;

/**
 * What to solve: a compact double round robin of {@code teams} teams over 2(teams-1) slots, scored by these
 * constraints (the format's structure among them). The format (plain, phased, mirrored) decides which moves
 * the search may make, so a phased or mirrored timetable stays so.
 */
public record Problem(String name, int teams, List<TimetableConstraint> constraints, RoundRobinStructure.Kind format) {

    public Problem {
        if (teams < 2 || teams % 2 != 0) {
            throw new IllegalArgumentException("a compact double round robin needs an even number of teams");
        }
        constraints = List.copyOf(constraints);
    }

    public boolean mirrored() {
        return format == RoundRobinStructure.Kind.MIRRORED;
    }

    public boolean phased() {
        return format == RoundRobinStructure.Kind.PHASED;
    }

    public int slots() {
        return 2 * (teams - 1);
    }

    public static Problem of(RobinxInstance instance) {
        if (instance.slots() != 2 * (instance.teams() - 1)) {
            throw new IllegalArgumentException(instance.name() + " is not a compact double round robin");
        }
        return new Problem(instance.name(), instance.teams(), instance.constraints(), instance.format());
    }
}
