package com.flextime.command;

import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conflicts.ConflictPolicies;
import com.flextime.domain.rules.HardRules;
import com.flextime.domain.rules.RuleVerdict;
import com.flextime.domain.rules.ScheduleChange;
import com.flextime.domain.rules.ScheduleChange.Kind;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.GameScheduled;

/**
 * The decision a schedule makes on a new game, apart from the version check: the aggregate takes it before it
 * records the game, and an import's dry run takes it against a schedule folded in memory, so the two cannot
 * judge a game differently (decisions.md D64).
 */
public final class GameScheduling {

    private static final HardRules RULES = HardRules.standard();
    private static final ConflictPolicies CONFLICTS = ConflictPolicies.big12();

    private GameScheduling() {
    }

    /**
     * The event that schedules the game, or the refusal: {@link InvalidScheduleRequest} for an unknown venue,
     * {@link com.flextime.domain.rules.ScheduleRuleViolation} with every hard rule and hard conflict it breaks.
     */
    public static GameScheduled decide(ScheduleGame command, String reason, ConferenceCatalog conference,
                                       SeasonSchedule schedule) {
        String venue = venueOf(command, conference, schedule);
        Game candidate = new Game(command.gameId(), command.home(), command.away(), command.date(), command.time(),
                venue, false);
        RULES.check(ScheduleChange.ofGame(Kind.SCHEDULE_GAME, command.gameId(), reason), candidate, schedule)
                .and(RuleVerdict.of(CONFLICTS.hardViolations(candidate, schedule))).orThrow();
        return new GameScheduled(schedule.id(), command.gameId(), command.home(), command.away(), command.date(),
                command.time(), venue);
    }

    /** The event of a game the aggregate has accepted, for a copy of the schedule kept beside it. */
    public static GameScheduled scheduled(ScheduleGame command, ConferenceCatalog conference,
                                          SeasonSchedule schedule) {
        return new GameScheduled(schedule.id(), command.gameId(), command.home(), command.away(), command.date(),
                command.time(), venueOf(command, conference, schedule));
    }

    /** The venue named, which must be known, or the home team's venue for the sport. */
    public static String venueOf(ScheduleGame command, ConferenceCatalog conference, SeasonSchedule schedule) {
        return command.venue() != null ? knownVenue(command.venue(), conference)
                : homeVenueOf(command.home(), schedule);
    }

    /** A venue named in a command must be one the conference knows (GET /v2/venues), or rules could not see it. */
    static String knownVenue(String venue, ConferenceCatalog conference) {
        if (conference.venue(venue).isEmpty()) {
            throw new InvalidScheduleRequest("venue", "unknown venue '" + venue + "'; see GET /v2/venues");
        }
        return venue;
    }

    static String homeVenueOf(String team, SeasonSchedule schedule) {
        // A team outside the season has no home venue here; the teams-in-season rule then names the problem.
        return schedule.rules().homeVenues().getOrDefault(team, team.toLowerCase() + "-home");
    }
}
