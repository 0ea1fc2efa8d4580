package com.flextime.optimizer.solver;

import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.timetable.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What to solve: a compact double round robin of {@code teams} teams over 2(teams-1) slots, scored by these
 * constraints (the format's structure among them). The format (plain, phased, mirrored) decides which moves
 * the search may make, so a phased or mirrored timetable stays so. {@code start}, when given, is the timetable
 * the search starts from (re-planning starts from the schedule as it stands) instead of a constructed one.
 */
public record Problem(String name, int teams, List<TimetableConstraint> constraints, RoundRobinStructure.Kind format,
                      List<Match> start) {

    public Problem {
        if (teams < 2 || teams % 2 != 0) {
            throw new IllegalArgumentException("a compact double round robin needs an even number of teams");
        }
        constraints = List.copyOf(constraints);
        start = start == null ? null : List.copyOf(start);
    }

    public static Problem of(RobinxInstance instance) {
        if (instance.slots() != 2 * (instance.teams() - 1)) {
            throw new IllegalArgumentException(instance.name() + " is not a compact double round robin");
        }
        return new Problem(instance.name(), instance.teams(), instance.constraints(), instance.format(), null);
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

    /** Start the search from this timetable (it must be a compact double round robin of this problem). */
    public Problem startingFrom(List<Match> timetable) {
        return new Problem(name, teams, constraints, format, timetable);
    }

    /** Locked games stay where they are: each becomes a hard "game fixed in its slot" constraint. */
    public Problem pinning(List<Match> locked) {
        List<TimetableConstraint> all = new ArrayList<>(constraints);
        for (Match game : locked) {
            all.add(new GA1FixedGames("PIN#" + game.home() + "-" + game.away(), true, 1,
                    List.of(new int[] {game.home(), game.away()}), Set.of(game.slot()), 1, 1));
        }
        return new Problem(name, teams, all, format, start);
    }

    /**
     * Minimal-disruption re-planning: every published game that leaves its slot costs {@code costPerMove} in the
     * objective, so the search moves a published game only where that pays for itself. The report counts them as
     * violations of the {@code MOVED#...} constraints.
     */
    public Problem keepingPublished(List<Match> published, int costPerMove) {
        List<TimetableConstraint> all = new ArrayList<>(constraints);
        for (Match game : published) {
            all.add(new GA1FixedGames("MOVED#" + game.home() + "-" + game.away(), false, costPerMove,
                    List.of(new int[] {game.home(), game.away()}), Set.of(game.slot()), 1, 1));
        }
        return new Problem(name, teams, all, format, start);
    }
}
