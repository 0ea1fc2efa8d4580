package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;
import java.util.stream.Stream;

/** No game on a date a team is blacked out (exams, graduation, travel it cannot make). */
public final class TeamBlackout implements PlacementRule {

    @Override
    public String id() {
        return "team-blackout";
    }

    @Override
    public String name() {
        return "No game on a team's blackout date";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        return Stream.of(candidate.home(), candidate.away())
                .filter(team -> schedule.calendar().teamBlackouts(team).contains(candidate.date()))
                .map(team -> violation(team + " is blacked out on " + candidate.date(), List.of(candidate.id()),
                        List.of(team)))
                .toList();
    }
}
