package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;
import java.util.stream.Stream;

/** A team plays at most one game per day. */
public final class TeamPlaysOncePerDay implements PlacementRule {

    @Override
    public String id() {
        return "team-one-game-per-day";
    }

    @Override
    public String name() {
        return "A team plays at most one game per day";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        return PlacementRule.others(candidate, schedule)
                .filter(other -> other.date().equals(candidate.date()) && other.sharesATeamWith(candidate))
                .map(other -> {
                    List<String> teams = Stream.of(candidate.home(), candidate.away())
                            .filter(other::involves).toList();
                    return violation(String.join(" and ", teams) + " already play" + (teams.size() == 1 ? "s" : "")
                                    + " on " + candidate.date() + " (" + other.away() + " at " + other.home() + ")",
                            List.of(candidate.id(), other.id()), teams);
                })
                .toList();
    }
}
