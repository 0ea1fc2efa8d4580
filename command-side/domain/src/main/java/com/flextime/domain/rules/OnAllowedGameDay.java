package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.time.DayOfWeek;
import java.util.List;

/** Games are played only on the season's game days (e.g. basketball: not on Fridays). */
public final class OnAllowedGameDay implements PlacementRule {

    @Override
    public String id() {
        return "allowed-game-day";
    }

    @Override
    public String name() {
        return "A game is played on one of the season's game days";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        DayOfWeek day = candidate.date().getDayOfWeek();
        if (schedule.calendar().gameDays().contains(day)) {
            return List.of();
        }
        return List.of(violation(candidate.date() + " is a " + Weekdays.name(day) + ", not a game day of this season "
                + Weekdays.names(schedule.calendar().gameDays()), List.of(candidate.id()),
                List.of(candidate.home(), candidate.away())));
    }
}
