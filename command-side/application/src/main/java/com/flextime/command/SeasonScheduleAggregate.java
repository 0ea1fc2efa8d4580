package com.flextime.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.flextime.command.ScheduleCommands.ApplyProposal;
import com.flextime.command.ScheduleCommands.ArchiveSchedule;
import com.flextime.command.ScheduleCommands.CancelGame;
import com.flextime.command.ScheduleCommands.ChangeSeasonCalendar;
import com.flextime.command.ScheduleCommands.CreateSeasonSchedule;
import com.flextime.command.ScheduleCommands.LockGame;
import com.flextime.command.ScheduleCommands.MoveGame;
import com.flextime.command.ScheduleCommands.PublishSchedule;
import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.command.ScheduleCommands.SwapHomeAndAway;
import com.flextime.command.ScheduleCommands.UnlockGame;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conflicts.ConflictPolicies;
import com.flextime.domain.rules.HardRules;
import com.flextime.domain.rules.RuleVerdict;
import com.flextime.domain.rules.RuleViolation;
import com.flextime.domain.rules.ScheduleChange;
import com.flextime.domain.rules.ScheduleChange.Kind;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.GameNotFound;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.ProposalOutdated;
import com.flextime.domain.schedule.ProposedChanges;
import com.flextime.domain.schedule.ScheduleStatus;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.domain.schedule.StaleScheduleVersion;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameSlot;
import com.flextime.events.GameScheduled;
import com.flextime.events.GameUnlocked;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.ScheduleEvent;
import com.flextime.events.SchedulePublished;
import com.flextime.events.SeasonCalendar;
import com.flextime.events.SeasonCalendarChanged;
import com.flextime.events.SeasonScheduleCreated;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One season schedule. Command handlers check the version and the hard rules, then apply one event; the
 * event-sourcing handlers only fold events into the {@link SeasonSchedule}. Every handler returns the new
 * version, which the API hands back as the ETag.
 */
@Aggregate(cache = SeasonScheduleAggregate.CACHE)
public class SeasonScheduleAggregate {

    /**
     * Keeps loaded schedules in memory between commands instead of replaying every event each time (see
     * docs/performance.md). Safe across nodes too: a stale entry fails on the event store's unique key.
     */
    public static final String CACHE = "seasonScheduleCache";

    public static final String REASON = "reason";
    private static final HardRules RULES = HardRules.standard();
    private static final ConflictPolicies CONFLICTS = ConflictPolicies.big12();

    @AggregateIdentifier
    private String scheduleId;
    private SeasonSchedule schedule;

    protected SeasonScheduleAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public SeasonScheduleAggregate(CreateSeasonSchedule command, ConferenceCatalog conference) {
        apply(new SeasonSetup(conference).open(command.scheduleId(), command.sport(), command.season(),
                command.name(), command.teams(), command.window(), command.gameDays(), command.teamBlackouts(),
                command.venueBlackouts()));
    }

    @CommandHandler
    public long handle(ChangeSeasonCalendar command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        SeasonCalendar current = schedule.calendar();
        String name = command.name() == null || command.name().isBlank() ? schedule.name() : command.name().strip();
        if (command.gameDays() != null && command.gameDays().isEmpty()) {
            throw new InvalidScheduleRequest("gameDays", "at least one game day is required");
        }
        SeasonCalendar calendar = new SeasonCalendar(
                Objects.requireNonNullElse(command.window(), current.window()),
                Objects.requireNonNullElse(command.gameDays(), current.gameDays()),
                Objects.requireNonNullElse(command.teamBlackouts(), current.teamBlackouts()),
                Objects.requireNonNullElse(command.venueBlackouts(), current.venueBlackouts()));
        RULES.checkChange(ScheduleChange.of(Kind.CHANGE_CALENDAR, reason), schedule)
                .and(RULES.checkAllGames(schedule.withCalendar(name, calendar)))
                .orThrow();
        if (name.equals(schedule.name()) && calendar.equals(current)) {
            return schedule.version(); // nothing changes, so nothing is recorded
        }
        return applied(new SeasonCalendarChanged(scheduleId, name, calendar));
    }

    @CommandHandler
    public long handle(ScheduleGame command, @MetaDataValue(REASON) String reason, ConferenceCatalog conference) {
        expectVersion(command.expectedVersion());
        return applied(GameScheduling.decide(command, reason, conference, schedule));
    }

    @CommandHandler
    public long handle(MoveGame command, @MetaDataValue(REASON) String reason, ConferenceCatalog conference) {
        expectVersion(command.expectedVersion());
        Game game = game(command.gameId());
        Game moved = game.movedTo(Objects.requireNonNullElse(command.date(), game.date()),
                Objects.requireNonNullElse(command.time(), game.time()),
                command.venue() == null ? game.venue() : knownVenue(command.venue(), conference));
        RULES.check(ScheduleChange.ofGame(Kind.MOVE_GAME, game.id(), reason), moved, schedule)
                .and(hardConflicts(moved)).orThrow();
        return applied(new GameMoved(scheduleId, game.id(),
                new GameSlot(game.date(), game.time(), game.venue()),
                new GameSlot(moved.date(), moved.time(), moved.venue())));
    }

    @CommandHandler
    public long handle(SwapHomeAndAway command, @MetaDataValue(REASON) String reason,
                       ConferenceCatalog conference) {
        expectVersion(command.expectedVersion());
        Game game = game(command.gameId());
        Game swapped = game.swapped(command.venue() != null ? knownVenue(command.venue(), conference)
                : homeVenueOf(game.away()));
        RULES.check(ScheduleChange.ofGame(Kind.SWAP_HOME_AND_AWAY, game.id(), reason), swapped, schedule)
                .and(hardConflicts(swapped)).orThrow();
        return applied(new HomeAndAwaySwapped(scheduleId, game.id(), swapped.home(), swapped.away(),
                swapped.venue()));
    }

    @CommandHandler
    public long handle(CancelGame command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        Game game = game(command.gameId());
        RULES.checkChange(ScheduleChange.ofGame(Kind.CANCEL_GAME, game.id(), reason), schedule).orThrow();
        return applied(new GameCancelled(scheduleId, game.id()));
    }

    @CommandHandler
    public long handle(LockGame command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        Game game = game(command.gameId());
        RULES.checkChange(ScheduleChange.ofGame(Kind.LOCK_GAME, game.id(), reason), schedule).orThrow();
        // Locking a locked game changes nothing, so it records nothing: retries are safe.
        return game.locked() ? schedule.version() : applied(new GameLocked(scheduleId, game.id()));
    }

    @CommandHandler
    public long handle(UnlockGame command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        Game game = game(command.gameId());
        RULES.checkChange(ScheduleChange.ofGame(Kind.UNLOCK_GAME, game.id(), reason), schedule).orThrow();
        return game.locked() ? applied(new GameUnlocked(scheduleId, game.id())) : schedule.version();
    }

    @CommandHandler
    public long handle(PublishSchedule command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        RULES.checkChange(ScheduleChange.of(Kind.PUBLISH, reason), schedule).orThrow();
        return schedule.status() == ScheduleStatus.PUBLISHED ? schedule.version()
                : applied(new SchedulePublished(scheduleId));
    }

    @CommandHandler
    public long handle(ArchiveSchedule command, @MetaDataValue(REASON) String reason) {
        expectVersion(command.expectedVersion());
        RULES.checkChange(ScheduleChange.of(Kind.ARCHIVE, reason), schedule).orThrow();
        return schedule.status() == ScheduleStatus.ARCHIVED ? schedule.version()
                : applied(new ScheduleArchived(scheduleId));
    }

    /**
     * A proposal becomes ordinary game events: the same events, and the same hard rules and hard conflicts, as if
     * the scheduler had made each change by hand. The whole resulting season is checked before anything is recorded, so the order
     * of the changes cannot trip a rule half-way; one broken rule refuses them all.
     */
    @CommandHandler
    public long handle(ApplyProposal command, @MetaDataValue(REASON) String reason) {
        if (schedule.version() != command.basedOnVersion()) {
            throw new ProposalOutdated(scheduleId, command.proposalId(), command.basedOnVersion(),
                    schedule.version());
        }
        ProposedChanges changes = ProposedChanges.between(schedule, command.games());
        RuleVerdict verdict = RuleVerdict.allowed();
        for (ScheduleEvent change : changes.events()) {
            verdict = verdict.and(RULES.checkChange(asChange(change, reason), schedule));
        }
        SeasonSchedule after = schedule.preview(changes.events());
        verdict = verdict.and(RULES.checkAllGames(after));
        // each conflict once, though both of its games are among the changed ones
        Map<String, RuleViolation> conflicts = new LinkedHashMap<>();
        for (String gameId : changes.changedGames()) {
            after.game(gameId).ifPresent(game -> CONFLICTS.hardViolations(game, after)
                    .forEach(v -> conflicts.putIfAbsent(v.ruleId() + ": " + v.message(), v)));
        }
        verdict.and(RuleVerdict.of(List.copyOf(conflicts.values()))).orThrow();
        changes.events().forEach(AggregateLifecycle::apply);
        return schedule.version();
    }

    private static ScheduleChange asChange(ScheduleEvent event, String reason) {
        if (event instanceof GameScheduled e) {
            return ScheduleChange.ofGame(Kind.SCHEDULE_GAME, e.gameId(), reason);
        } else if (event instanceof GameMoved e) {
            return ScheduleChange.ofGame(Kind.MOVE_GAME, e.gameId(), reason);
        } else if (event instanceof HomeAndAwaySwapped e) {
            return ScheduleChange.ofGame(Kind.SWAP_HOME_AND_AWAY, e.gameId(), reason);
        } else if (event instanceof GameCancelled e) {
            return ScheduleChange.ofGame(Kind.CANCEL_GAME, e.gameId(), reason);
        }
        throw new IllegalArgumentException("not a game change: " + event);
    }

    @EventSourcingHandler
    void on(SeasonScheduleCreated event) {
        scheduleId = event.scheduleId();
        schedule = SeasonSchedule.created(event);
    }

    @EventSourcingHandler
    void on(ScheduleEvent event) {
        if (!(event instanceof SeasonScheduleCreated)) {
            schedule.apply(event);
        }
    }

    /**
     * The conflicts the conflict-detection saga would report that this schedule can already see (its own games'
     * trips): refused here rather than recorded after the fact.
     */
    private RuleVerdict hardConflicts(Game candidate) {
        return RuleVerdict.of(CONFLICTS.hardViolations(candidate, schedule));
    }

    private long applied(ScheduleEvent event) {
        apply(event);
        return schedule.version();
    }

    private void expectVersion(Long expected) {
        if (expected != null && expected != schedule.version()) {
            throw new StaleScheduleVersion(scheduleId, expected, schedule.version());
        }
    }

    private Game game(String gameId) {
        return schedule.game(gameId).orElseThrow(() -> new GameNotFound(scheduleId, gameId));
    }

    private static String knownVenue(String venue, ConferenceCatalog conference) {
        return GameScheduling.knownVenue(venue, conference);
    }

    private String homeVenueOf(String team) {
        return GameScheduling.homeVenueOf(team, schedule);
    }
}
