package com.flextime.query;

import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.ScheduleEvent;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' view. Unlike every other read, it reads the event store itself: the history is the events,
 * and a schedule "as of" an instant is those events folded by the same code the aggregate uses.
 */
@RestController
@RequestMapping("/v2/schedules")
public class AuditController {

    private final EventStore eventStore;

    public AuditController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** One event as an auditor reads it: its place in the schedule's history, what happened, who, why, when. */
    public record HistoryEntry(long version, String type, Instant occurredAt, Object payload,
                               Map<String, Object> metadata) {
    }

    @GetMapping("/{id}/history")
    public List<HistoryEntry> history(@PathVariable String id) {
        List<HistoryEntry> history = events(id).stream()
                .map(event -> new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                        event.getTimestamp(), event.getPayload(), new TreeMap<>(event.getMetaData())))
                .toList();
        if (history.isEmpty()) {
            throw new ScheduleNotFound("no schedule " + id);
        }
        return history;
    }

    @GetMapping(value = "/{id}", params = "asOf")
    public ResponseEntity<ScheduleView> asOf(@PathVariable String id,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                             Instant asOf) {
        List<ScheduleEvent> upToThen = events(id).stream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .map(event -> (ScheduleEvent) event.getPayload())
                .toList();
        if (upToThen.isEmpty()) {
            throw new ScheduleNotFound("schedule " + id + " did not exist at " + asOf);
        }
        ScheduleView view = ScheduleViews.of(SeasonSchedule.replay(upToThen));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    private List<? extends DomainEventMessage<?>> events(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }
}
