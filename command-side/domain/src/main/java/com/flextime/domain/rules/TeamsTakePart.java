package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;
import java.util.stream.Stream;

/** Both teams of a game take part in the season. */
public final class TeamsTakePart implements PlacementRule {

    @Override
    public String id() {
        return "teams-in-season";
    }

    @Override
    public String name() {
        return "Both teams take part in the season";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        return Stream.of(candidate.home(), candidate.away()).distinct()
                .filter(team -> !schedule.takesPart(team))
                .map(team -> violation(team + " does not take part in " + schedule.name(), List.of(candidate.id()),
                        List.of(team)))
                .toList();
    }
}
