package com.flextime.projection.relay;

import java.util.List;

/**
 * Where the relay publishes: Redis Streams, Kafka, or both. {@link #publish} returns only when the target has
 * acknowledged every event of the batch, in order; it throws when it could not, and the relay retries the whole
 * batch (a target may then hold some events twice; consumers de-duplicate by id).
 */
public interface EventStreamPublisher {

    /** A short name for logs and the health of the relay, e.g. {@code redis}. */
    String name();

    void publish(List<OutgoingEvent> batch);
}
