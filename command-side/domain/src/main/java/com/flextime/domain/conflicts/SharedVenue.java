package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Sport;
import com.flextime.domain.conference.Venue;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * {@code shared-venue}: two sports' games at one venue start at least the larger of their venue holds apart (the
 * game plus the changeover: arena flip, baseball/softball complex, stadium turnaround; a gymnastics meet holds the
 * arena 1,350 minutes). The holds are those of {@code sports.csv}. Games of one sport are left to the schedule's own
 * {@code venue-one-game-at-a-time}: two drafts of one sport are alternatives, not both to be played.
 */
final class SharedVenue implements GameConflictRule {

    private final ConferenceCatalog catalog;

    SharedVenue(ConferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "shared-venue";
    }

    @Override
    public String name() {
        return "Two sports never use one venue at overlapping times, changeover included";
    }

    @Override
    public Severity severity() {
        return Severity.HARD;
    }

    @Override
    public List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around) {
        return around.stream()
                .filter(other -> other.venue().equals(game.venue()) && !other.sport().equals(game.sport()))
                .filter(other -> apart(game, other) < hold(game, other))
                .map(other -> conflict(catalog.venue(game.venue()).map(Venue::name).orElse(game.venue())
                                + " holds " + game.label() + " and " + other.label() + " " + apart(game, other)
                                + " minutes apart; games of " + game.sport() + " and " + other.sport()
                                + " there must start at least " + hold(game, other)
                                + " minutes apart (game and changeover)",
                        List.of(game.home(), game.away(), other.home(), other.away()), List.of(game, other),
                        game.venue()))
                .toList();
    }

    private static long apart(ScheduledGame a, ScheduledGame b) {
        return Math.abs(Duration.between(a.start(), b.start()).toMinutes());
    }

    private int hold(ScheduledGame a, ScheduledGame b) {
        return Math.max(hold(a.sport()), hold(b.sport()));
    }

    private int hold(String sport) {
        return catalog.sport(sport).map(Sport::venueHoldMinutes).orElse(0);
    }
}
