package com.flextime.optimizer.robinx;

import com.flextime.optimizer.timetable.Match;
import java.util.List;

/**
 * A RobinX solution file: the games with their slots, and the score its author claimed (null when absent).
 */
public record RobinxSolution(String instanceName, List<Match> matches, Long claimedInfeasibility,
                             Long claimedObjective) {

    public RobinxSolution {
        matches = List.copyOf(matches);
    }
}
