package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.rules.RuleViolation;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conflicts that cross schedules, one class per rule: rules about a game and the games near it, and rules
 * about a team's run of games. Plain Java: the conflict-detection saga asks them after every game event, and the
 * schedule asks the itinerary rules before it accepts a game.
 */
public final class ConflictPolicies {

    private static final class Big12 {
        static final ConflictPolicies POLICIES = of(ConferenceCatalog.big12(), ConflictData.load("2025_26"));
    }

    private final List<GameConflictRule> gameRules;
    private final List<ItineraryConflictRule> itineraryRules;

    private ConflictPolicies(List<GameConflictRule> gameRules, List<ItineraryConflictRule> itineraryRules) {
        this.gameRules = List.copyOf(gameRules);
        this.itineraryRules = List.copyOf(itineraryRules);
    }

    public static ConflictPolicies big12() {
        return Big12.POLICIES;
    }

    public static ConflictPolicies of(ConferenceCatalog catalog, ConflictData data) {
        return new ConflictPolicies(
                List.of(new SharedVenue(catalog), new SameDayHome(catalog, data), new ExamAway(catalog, data),
                        new CampusBlackoutDay(catalog), new NoPlayDay(catalog)),
                List.of(new TravelTime(catalog, data), new NoTravelWindow(catalog, data)));
    }

    /** Every rule, game rules first: the catalogue the docs list. */
    public List<ConflictRule> catalogue() {
        return Stream.concat(gameRules.stream(), itineraryRules.stream()).map(ConflictRule.class::cast).toList();
    }

    /** The conflicts {@code game} is part of with the games around it (the game itself among them is ignored). */
    public List<Conflict> ofGame(ScheduledGame game, Collection<ScheduledGame> around) {
        List<ScheduledGame> others = around.stream().filter(other -> !other.id().equals(game.id())).toList();
        List<Conflict> found = new ArrayList<>();
        gameRules.forEach(rule -> found.addAll(rule.conflictsOf(game, others)));
        return found;
    }

    /** The conflicts along a team's games of one schedule, in any order. */
    public List<Conflict> ofItinerary(String team, Collection<ScheduledGame> games) {
        List<ScheduledGame> itinerary = games.stream().filter(game -> game.involves(team))
                .sorted(ScheduledGame.BY_START).toList();
        List<Conflict> found = new ArrayList<>();
        itineraryRules.forEach(rule -> found.addAll(rule.conflictsOf(team, itinerary)));
        return found;
    }

    /**
     * The hard conflicts the candidate game would be part of along its two teams' runs of games in its own schedule
     * (a trip that cannot be made, BYU's Sabbath): what a schedule can see itself, so it refuses them before they
     * are stored, as violations of its hard rules.
     */
    public List<RuleViolation> hardViolations(Game candidate, SeasonSchedule schedule) {
        List<ScheduledGame> games = new ArrayList<>();
        schedule.games().stream().filter(game -> !game.id().equals(candidate.id()))
                .forEach(game -> games.add(scheduled(schedule, game)));
        games.add(scheduled(schedule, candidate));
        return Stream.of(candidate.home(), candidate.away()).distinct()
                .flatMap(team -> ofItinerary(team, games).stream())
                .filter(conflict -> conflict.severity() == Severity.HARD)
                .filter(conflict -> conflict.games().stream().anyMatch(game -> game.id().equals(candidate.id())))
                .map(conflict -> new RuleViolation(conflict.ruleId(), conflict.rule(), conflict.reason(),
                        Stream.concat(Stream.of(candidate.id()), conflict.games().stream().map(ScheduledGame::id))
                                .toList(), conflict.teams()))
                .toList();
    }

    private static ScheduledGame scheduled(SeasonSchedule schedule, Game game) {
        return new ScheduledGame(schedule.id(), schedule.sport(), game.id(), game.home(), game.away(), game.date(),
                game.time(), game.venue());
    }
}
