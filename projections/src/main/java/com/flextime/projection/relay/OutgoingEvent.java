package com.flextime.projection.relay;

import com.flextime.events.integration.IntegrationEventType;
import java.time.Instant;
import java.util.List;

/**
 * One integration event on its way downstream: the CloudEvents attributes a target routes by, and the
 * structured-mode CloudEvents JSON it sends.
 *
 * @param id          the domain event's id, also the CloudEvent's: a consumer de-duplicates by it
 * @param subject     the schedule the event is about (the partition key: order holds per subject)
 * @param sports      the sports whose streams carry it (a conflict between sports goes to each)
 * @param data        the {@code data} record, as serialized into {@code cloudEvent}
 * @param cloudEvent  the whole CloudEvent, {@code application/cloudevents+json}
 */
public record OutgoingEvent(String id, IntegrationEventType type, String subject, Instant time, List<String> sports,
                            Record data, byte[] cloudEvent) {

    public OutgoingEvent {
        sports = List.copyOf(sports);
    }
}
