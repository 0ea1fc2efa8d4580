package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A venue holds one game at a time. A game occupies its venue from its start for the sport's hold time
 * (the game plus the changeover), so two games there must not overlap.
 */
public final class VenueHoldsOneGameAtATime implements PlacementRule {

    @Override
    public String id() {
        return "venue-one-game-at-a-time";
    }

    @Override
    public String name() {
        return "A venue holds one game at a time";
    }

    @Override
    public List<RuleViolation> check(Game candidate, SeasonSchedule schedule) {
        long hold = schedule.rules().venueHoldMinutes();
        LocalDateTime start = candidate.date().atTime(candidate.time());
        LocalDateTime end = start.plusMinutes(hold);
        return PlacementRule.others(candidate, schedule)
                .filter(other -> other.venue().equals(candidate.venue()))
                .filter(other -> {
                    LocalDateTime otherStart = other.date().atTime(other.time());
                    return otherStart.isBefore(end) && start.isBefore(otherStart.plusMinutes(hold));
                })
                .map(other -> violation(candidate.venue() + " is already taken by " + other.away() + " at "
                                + other.home() + " on " + other.date() + " at " + other.time()
                                + " (each game holds the venue " + hold + " minutes)",
                        List.of(candidate.id(), other.id()),
                        List.of(candidate.home(), candidate.away(), other.home(), other.away())))
                .toList();
    }
}
