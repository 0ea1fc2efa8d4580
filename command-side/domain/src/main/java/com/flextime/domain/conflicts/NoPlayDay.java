package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.School;
import com.flextime.domain.rules.TeamNoPlayDay;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code no-play-day}: a team never plays on its school's no-play days ({@code schools.csv}: BYU, Sunday). A
 * schedule already refuses such a game; this catches one that reached the event store another way.
 */
final class NoPlayDay implements GameConflictRule {

    /** The schedule's own rule: one id and one name for one rule, whoever finds it broken. */
    private static final TeamNoPlayDay SCHEDULE_RULE = new TeamNoPlayDay();

    private final ConferenceCatalog catalog;

    NoPlayDay(ConferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return SCHEDULE_RULE.id();
    }

    @Override
    public String name() {
        return SCHEDULE_RULE.name();
    }

    @Override
    public Severity severity() {
        return Severity.HARD;
    }

    @Override
    public List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around) {
        return Stream.of(game.home(), game.away())
                .filter(team -> catalog.school(team).map(School::noPlayDays).orElse(Set.of())
                        .contains(game.date().getDayOfWeek()))
                .map(team -> conflict(team + " never plays on a "
                                + game.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US) + ": "
                                + game.label(), List.of(team), List.of(game), game.venue()))
                .toList();
    }
}
