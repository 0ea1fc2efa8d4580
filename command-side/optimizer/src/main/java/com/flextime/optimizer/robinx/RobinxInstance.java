package com.flextime.optimizer.robinx;

import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import java.util.List;

/**
 * A round-robin timetabling problem as RobinX describes it: teams, slots, the format, the constraints (the
 * format's own structure first) and, for travelling-tournament instances, the distances.
 *
 * @param distances team-to-team distances, or null when the objective is not travel
 */
public record RobinxInstance(String name, List<String> teamNames, int slots, RoundRobinStructure.Kind format,
                             List<TimetableConstraint> constraints, int[][] distances) {

    public RobinxInstance {
        teamNames = List.copyOf(teamNames);
        constraints = List.copyOf(constraints);
    }

    public int teams() {
        return teamNames.size();
    }

    public boolean travelObjective() {
        return distances != null;
    }
}
