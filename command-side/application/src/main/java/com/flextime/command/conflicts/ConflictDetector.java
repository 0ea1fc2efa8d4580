package com.flextime.command.conflicts;

import com.flextime.command.conflicts.ConflictCommands.RecordConflict;
import com.flextime.command.conflicts.ConflictCommands.ResolveConflict;
import com.flextime.domain.conflicts.Conflict;
import com.flextime.domain.conflicts.ConflictPolicies;
import com.flextime.domain.conflicts.ScheduledGame;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameMoved;
import com.flextime.events.GameScheduled;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.SeasonScheduleCreated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The conflict-detection saga. It follows the game events of every sport's schedule, keeps every live game in its
 * {@link GameBook}, and after each change asks the {@link ConflictPolicies} for the conflicts around the game: the
 * games near it (venue, school, day) and both teams' runs of games in its schedule. What is new is recorded
 * ({@link RecordConflict}), what no longer stands is resolved ({@link ResolveConflict}); the register and the book
 * are written in the processor's transaction, with its token, so each event is judged exactly once.
 *
 * <p>It sends commands, so it is never replayed: a reset of its processor skips history rather than re-deciding it
 * (the conflicts' read model is the projection {@code conflicts}, which can be rebuilt from the register's events).
 */
@Component
@ProcessingGroup(ConflictDetector.NAME)
@DisallowReplay
public class ConflictDetector {

    public static final String NAME = "conflict-detection";

    private final GameBook book;
    private final ConflictPolicies policies;
    private final CommandGateway commands;

    public ConflictDetector(GameBook book, ConflictPolicies policies, CommandGateway commands) {
        this.book = book;
        this.policies = policies;
        this.commands = commands;
    }

    @EventHandler
    void on(SeasonScheduleCreated event) {
        book.openSchedule(event.scheduleId(), event.sport());
    }

    @EventHandler
    void on(GameScheduled event) {
        book.sportOf(event.scheduleId()).ifPresent(sport -> {
            ScheduledGame game = new ScheduledGame(event.scheduleId(), sport, event.gameId(), event.home(),
                    event.away(), event.date(), event.time(), event.venue());
            changed(null, game, game.label() + " was scheduled");
        });
    }

    @EventHandler
    void on(GameMoved event) {
        book.game(event.gameId()).ifPresent(before -> changed(before, new ScheduledGame(before.scheduleId(),
                        before.sport(), before.id(), before.home(), before.away(), event.to().date(), event.to().time(),
                        event.to().venue()),
                before.label() + " moved to " + event.to().date() + " " + event.to().time() + " at "
                        + event.to().venue()));
    }

    @EventHandler
    void on(HomeAndAwaySwapped event) {
        book.game(event.gameId()).ifPresent(before -> changed(before, new ScheduledGame(before.scheduleId(),
                        before.sport(), before.id(), event.home(), event.away(), before.date(), before.time(),
                        event.venue()),
                before.label() + ": home and away swapped, now at " + event.venue()));
    }

    @EventHandler
    void on(GameCancelled event) {
        book.game(event.gameId()).ifPresent(before -> changed(before, null, before.label() + " was cancelled"));
    }

    @EventHandler
    void on(ScheduleArchived event) {
        for (String conflictId : book.openConflicts(List.of(scheduleKey(event.scheduleId())))) {
            resolve(conflictId, "schedule " + event.scheduleId() + " was archived");
        }
        book.archive(event.scheduleId());
    }

    /** Re-judges everything the change can touch and records the difference. */
    private void changed(ScheduledGame before, ScheduledGame after, String why) {
        ScheduledGame game = after != null ? after : before;
        if (after != null) {
            book.save(after);
        } else {
            book.remove(before.id());
        }
        Set<String> teams = new LinkedHashSet<>();
        Stream.of(before, after).filter(g -> g != null).forEach(g -> {
            teams.add(g.home());
            teams.add(g.away());
        });
        List<Conflict> found = new ArrayList<>();
        if (after != null) {
            found.addAll(policies.ofGame(after, book.around(after)));
        }
        List<String> keys = new ArrayList<>(List.of(gameKey(game.id())));
        for (String team : teams) {
            found.addAll(policies.ofItinerary(team, book.itinerary(game.scheduleId(), team)));
            keys.add(itineraryKey(game.scheduleId() + "/" + team));
        }
        Map<String, Conflict> now = new LinkedHashMap<>();
        found.forEach(conflict -> now.putIfAbsent(conflict.id(), conflict));
        Set<String> open = book.openConflicts(keys);
        for (Conflict conflict : now.values()) {
            if (!open.contains(conflict.id())) {
                commands.sendAndWait(new RecordConflict(conflict.id(), conflict.detected()));
                book.opened(conflict.id(), keys(conflict));
            }
        }
        for (String conflictId : open) {
            if (!now.containsKey(conflictId)) {
                resolve(conflictId, why);
            }
        }
    }

    private void resolve(String conflictId, String why) {
        commands.sendAndWait(new ResolveConflict(conflictId, why));
        book.resolved(conflictId);
    }

    /**
     * Where the saga looks a conflict up again: a conflict between games under each of its games, one along a
     * team's run of games under that run; every conflict also under its schedules, for archiving.
     */
    static List<String> keys(Conflict conflict) {
        Stream<String> own = conflict.itinerary() != null ? Stream.of(itineraryKey(conflict.itinerary()))
                : conflict.games().stream().map(game -> gameKey(game.id()));
        Stream<String> schedules = conflict.games().stream().map(game -> scheduleKey(game.scheduleId()));
        return Stream.concat(own, schedules).distinct().toList();
    }

    static String gameKey(String gameId) {
        return "game:" + gameId;
    }

    static String itineraryKey(String itinerary) {
        return "itinerary:" + itinerary;
    }

    static String scheduleKey(String scheduleId) {
        return "schedule:" + scheduleId;
    }
}
