package com.flextime.domain.conflicts;

import com.flextime.domain.conference.CampusBlackout;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Venue;
import java.util.Collection;
import java.util.List;

/**
 * {@code campus-blackout}: no game at a school's venue on a date its campus cannot host (graduation, LDS General
 * Conference, facility closed: {@code campus_blackouts_<season>.csv}). A season created with its own venue
 * blackouts, or a game at a venue other than the home team's, escapes the schedule's own {@code venue-blackout};
 * this rule does not.
 */
final class CampusBlackoutDay implements GameConflictRule {

    private final ConferenceCatalog catalog;

    CampusBlackoutDay(ConferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "campus-blackout";
    }

    @Override
    public String name() {
        return "No game at a campus on its blackout dates";
    }

    @Override
    public Severity severity() {
        return Severity.HARD;
    }

    @Override
    public List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around) {
        String host = catalog.venue(game.venue()).map(Venue::schoolCode).orElse(game.home());
        return catalog.campusBlackouts(host).stream()
                .filter(blackout -> blackout.date().equals(game.date()))
                .findFirst()
                .map(blackout -> List.of(conflict(game.label() + " is at " + host + ", which cannot host on "
                        + game.date() + " (" + why(blackout) + ")", List.of(host, game.home(), game.away()),
                        List.of(game), game.venue())))
                .orElse(List.of());
    }

    private static String why(CampusBlackout blackout) {
        return blackout.detail().isBlank() ? blackout.reason() : blackout.reason() + ": " + blackout.detail();
    }
}
