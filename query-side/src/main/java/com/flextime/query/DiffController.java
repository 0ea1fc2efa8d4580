package com.flextime.query;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.ProposedChanges;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.GameCancelled;
import com.flextime.events.ScheduleEvent;
import com.flextime.events.ScheduleProposed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v2/schedules/{id}/diff?from=&to=}: what changed in a schedule between two points of its history,
 * each a version or an instant. Both points are folded from the event store as the auditors' "as of" is, and
 * compared by game id with the proposals' own {@link ProposedChanges}, so "moved" and "swapped" mean here what
 * they mean in a proposal's diff (decisions.md D66). VIEWER: it shows the games' changes, not who made them or why.
 */
@RestController
@RequestMapping("/v2/schedules")
public class DiffController {

    private final EventStore eventStore;

    public DiffController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A point of the schedule's history: its version there and when that version's event was stored. */
    public record Point(long version, Instant occurredAt) {
    }

    /**
     * The difference, in a proposal diff's shape; {@code removed} are the games cancelled in between (the only
     * way a game leaves a schedule). {@code games} are the games it names, as they stand at {@code to} (removed
     * ones as they stood at {@code from}). {@code cancelled} names the games a {@code GameCancelled} event took
     * out in between, so a reader need not know that cancelling is how a game is removed.
     */
    public record ScheduleDiff(String scheduleId, Point from, Point to, ScheduleProposed.Diff diff,
                               List<String> cancelled, List<ScheduleProposed.Game> games) {
    }

    @GetMapping("/{id}/diff")
    public ScheduleDiff diff(@PathVariable String id, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        if (events.isEmpty()) {
            throw new ScheduleNotFound("no schedule " + id);
        }
        if (from == null || from.isBlank()) {
            throw new InvalidScheduleRequest("from", "required: a version (e.g. 3) or an instant "
                    + "(e.g. 2026-01-15T18:00:00Z)");
        }
        DomainEventMessage<?> start = point("from", from, events);
        DomainEventMessage<?> end = to == null || to.isBlank() ? events.get(events.size() - 1)
                : point("to", to, events);
        if (start.getSequenceNumber() > end.getSequenceNumber() || instant(from) != null && instant(to) != null
                && instant(from).isAfter(instant(to))) {
            throw new InvalidScheduleRequest("from", "'" + from + "' is after to ('" + to + "')");
        }
        SeasonSchedule before = foldTo(start.getSequenceNumber(), events);
        SeasonSchedule after = foldTo(end.getSequenceNumber(), events);
        Map<String, ScheduleProposed.Game> afterGames = new LinkedHashMap<>();
        after.games().forEach(game -> afterGames.put(game.id(), asProposed(game)));
        ScheduleProposed.Diff diff = ProposedChanges.between(before, List.copyOf(afterGames.values())).diff();
        return new ScheduleDiff(id, new Point(start.getSequenceNumber(), start.getTimestamp()),
                new Point(end.getSequenceNumber(), end.getTimestamp()), diff,
                cancelled(events, start.getSequenceNumber(), end.getSequenceNumber(), before),
                named(diff, before, afterGames));
    }

    /** The games of {@code before} cancelled by an event after {@code from} and up to {@code to}. */
    private static List<String> cancelled(List<? extends DomainEventMessage<?>> events, long from, long to,
                                          SeasonSchedule before) {
        return events.stream()
                .filter(e -> e.getSequenceNumber() > from && e.getSequenceNumber() <= to)
                .map(DomainEventMessage::getPayload)
                .filter(GameCancelled.class::isInstance)
                .map(p -> ((GameCancelled) p).gameId())
                .filter(gameId -> before.game(gameId).isPresent())
                .toList();
    }

    /** The event that left the schedule at this version, or the last one stored at or before this instant. */
    private static DomainEventMessage<?> point(String parameter, String value,
                                               List<? extends DomainEventMessage<?>> events) {
        long latest = events.get(events.size() - 1).getSequenceNumber();
        if (value.strip().matches("\\d{1,18}")) {
            long version = Long.parseLong(value.strip());
            if (version > latest) {
                throw new InvalidScheduleRequest(parameter, "version " + version + " is beyond the latest, "
                        + latest);
            }
            return events.stream().filter(e -> e.getSequenceNumber() == version).findFirst().orElseThrow();
        }
        Instant instant = instant(value);
        if (instant == null) {
            throw new InvalidScheduleRequest(parameter, "'" + value + "' is neither a version (e.g. 3) nor an "
                    + "ISO-8601 instant with Z or an offset (e.g. 2026-01-15T18:00:00Z)");
        }
        DomainEventMessage<?> last = null;
        for (DomainEventMessage<?> event : events) {
            if (!event.getTimestamp().isAfter(instant)) {
                last = event;
            }
        }
        if (last == null) {
            throw new InvalidScheduleRequest(parameter, "the schedule did not exist yet at " + instant);
        }
        return last;
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(value.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static SeasonSchedule foldTo(long version, List<? extends DomainEventMessage<?>> events) {
        return SeasonSchedule.replay(events.stream().filter(e -> e.getSequenceNumber() <= version)
                .map(e -> (ScheduleEvent) e.getPayload()).toList());
    }

    private static List<ScheduleProposed.Game> named(ScheduleProposed.Diff diff, SeasonSchedule before,
                                                     Map<String, ScheduleProposed.Game> after) {
        Map<String, ScheduleProposed.Game> named = new LinkedHashMap<>();
        diff.added().forEach(gameId -> named.put(gameId, after.get(gameId)));
        diff.removed().forEach(gameId -> before.game(gameId).ifPresent(g -> named.put(gameId, asProposed(g))));
        diff.moved().forEach(moved -> named.put(moved.gameId(), after.get(moved.gameId())));
        diff.swapped().forEach(gameId -> named.put(gameId, after.get(gameId)));
        return List.copyOf(named.values());
    }

    private static ScheduleProposed.Game asProposed(Game game) {
        return new ScheduleProposed.Game(game.id(), game.home(), game.away(), game.date(), game.time(),
                game.venue());
    }
}
