package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.School;
import com.flextime.domain.conference.Sport;
import java.util.Collection;
import java.util.List;

/**
 * {@code same-day-home}: a school does not host its men's and women's teams of one sport on the same day where
 * the season rules ask for it (women's basketball against men's, women's tennis against men's: the
 * {@code same-day-home} rows of {@code season_rules_<season>.csv}). Soft: the rules say to avoid it.
 */
final class SameDayHome implements GameConflictRule {

    private final ConferenceCatalog catalog;
    private final ConflictData data;

    SameDayHome(ConferenceCatalog catalog, ConflictData data) {
        this.catalog = catalog;
        this.data = data;
    }

    @Override
    public String id() {
        return "same-day-home";
    }

    @Override
    public String name() {
        return "A school does not host its men's and women's teams on the same day";
    }

    @Override
    public Severity severity() {
        return Severity.SOFT;
    }

    @Override
    public List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around) {
        var partners = data.sameDayPartners(game.sport());
        return around.stream()
                .filter(other -> partners.contains(other.sport()))
                .filter(other -> other.home().equals(game.home()) && other.date().equals(game.date()))
                .map(other -> conflict(school(game.home()) + " hosts " + sport(game.sport()) + " ("
                                + game.label() + ") and " + sport(other.sport()) + " (" + other.label()
                                + ") on the same day; the rules ask to avoid men's and women's home games on one day",
                        List.of(game.home(), game.away(), other.away()), List.of(game, other), null))
                .toList();
    }

    private String school(String code) {
        return catalog.school(code).map(School::shortName).orElse(code);
    }

    private String sport(String code) {
        return catalog.sport(code).map(Sport::name).orElse(code);
    }
}
