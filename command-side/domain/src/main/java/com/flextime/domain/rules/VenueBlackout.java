package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/** No game at a venue on a date the venue is blacked out (graduation, facility events, conference weekends). */
public final class VenueBlackout implements PlacementRule {

    @Override
    public String id() {
        return "venue-blackout";
    }

    @Override
    public String name() {
        return "No game at a venue on its blackout date";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        if (!schedule.calendar().venueBlackouts(candidate.venue()).contains(candidate.date())) {
            return List.of();
        }
        return List.of(violation(candidate.venue() + " is blacked out on " + candidate.date(),
                List.of(candidate.id()), List.of(candidate.home())));
    }
}
