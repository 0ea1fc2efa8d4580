package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;
import java.util.stream.Stream;

/**
 * A team never plays on its no-play days. The days are data, frozen into the season: BYU never plays on a
 * Sunday, and any other school's observance would be one more row, not more code.
 */
public final class TeamNoPlayDay implements PlacementRule {

    @Override
    public String id() {
        return "no-play-day";
    }

    @Override
    public String name() {
        return "A team never plays on its no-play day (BYU never plays on a Sunday)";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        return Stream.of(candidate.home(), candidate.away())
                .filter(team -> schedule.rules().noPlayDays(team).contains(candidate.date().getDayOfWeek()))
                .map(team -> violation(team + " never plays on a " + Weekdays.name(candidate.date().getDayOfWeek())
                        + ": " + candidate.date() + " is one", List.of(candidate.id()), List.of(team)))
                .toList();
    }
}
