package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.SeasonWindow;
import java.util.List;

/** Every game is played inside the season's window. */
public final class InsideSeasonWindow implements PlacementRule {

    @Override
    public String id() {
        return "inside-season-window";
    }

    @Override
    public String name() {
        return "A game is played inside the season window";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        SeasonWindow window = schedule.calendar().window();
        if (window.contains(candidate.date())) {
            return List.of();
        }
        return List.of(violation(candidate.date() + " is outside the season window " + window.start() + " to "
                + window.end(), List.of(candidate.id()), List.of(candidate.home(), candidate.away())));
    }
}
