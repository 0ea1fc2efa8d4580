package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/** A team cannot play itself: home and away are two different teams. */
public final class HomeAndAwayDiffer implements PlacementRule {

    @Override
    public String id() {
        return "home-away-differ";
    }

    @Override
    public String name() {
        return "Home and away are different teams";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        if (!candidate.home().equals(candidate.away())) {
            return List.of();
        }
        return List.of(violation(candidate.home() + " cannot play itself", List.of(candidate.id()),
                List.of(candidate.home())));
    }
}
