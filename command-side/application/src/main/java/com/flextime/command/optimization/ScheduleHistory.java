package com.flextime.command.optimization;

import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.ScheduleEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A schedule as it stands, folded from its events in the event store: what a job works from. Read from the
 * store, not the read model, so a job requested right after a change sees that change.
 */
@Component
public class ScheduleHistory {

    private final EventStore events;

    public ScheduleHistory(EventStore events) {
        this.events = events;
    }

    public Optional<SeasonSchedule> current(String scheduleId) {
        List<ScheduleEvent> history = events.readEvents(scheduleId).asStream()
                .map(message -> message.getPayload())
                .filter(ScheduleEvent.class::isInstance)
                .map(ScheduleEvent.class::cast)
                .toList();
        return history.isEmpty() ? Optional.empty() : Optional.of(SeasonSchedule.replay(history));
    }

    public boolean exists(String scheduleId) {
        return events.lastSequenceNumberFor(scheduleId).isPresent();
    }
}
