package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/**
 * A hard rule about where and when a game may stand. It judges the game as it would stand after the change
 * ({@code candidate}) against the rest of the schedule; the candidate's own earlier version is ignored.
 */
public interface PlacementRule extends HardRule {

    List<RuleViolation> check(Game candidate, SeasonSchedule schedule);

    /** The other games of the schedule: everything but the candidate's own current version. */
    static java.util.stream.Stream<Game> others(Game candidate, SeasonSchedule schedule) {
        return schedule.games().stream().filter(game -> !game.id().equals(candidate.id()));
    }
}
