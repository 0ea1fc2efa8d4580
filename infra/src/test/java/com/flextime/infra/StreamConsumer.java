package com.flextime.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.infra.stream.StreamSubscriber;
import io.cloudevents.CloudEvent;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test's downstream consumer: a group member that keeps what it handled, by subject, in arrival order. */
final class StreamConsumer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Received(CloudEvent event, JsonNode data) {
        long version() {
            return data.get("version").asLong();
        }
    }

    private final StreamSubscriber subscriber;
    private final List<Received> all = new CopyOnWriteArrayList<>();
    private final Map<String, List<Received>> bySubject = new ConcurrentHashMap<>();

    StreamConsumer(RedisClient client, String group, String consumer, List<String> sports) {
        subscriber = new StreamSubscriber(client, sports.stream().map(s -> "flextime:events:" + s).toList(), group,
                consumer, "0", Duration.ofSeconds(30), Duration.ofDays(7), delivery -> {
            Received received = new Received(delivery.event(), data(delivery.event()));
            all.add(received);
            bySubject.computeIfAbsent(delivery.event().getSubject(), s -> new CopyOnWriteArrayList<>()).add(received);
        });
    }

    /** One read; a Redis that is away counts as nothing read (the caller polls again). */
    int poll() {
        try {
            return subscriber.poll(Duration.ofMillis(200));
        } catch (RuntimeException redisAway) {
            return 0;
        }
    }

    List<Received> of(String subject) {
        return new ArrayList<>(bySubject.getOrDefault(subject, List.of()));
    }

    /** The schedule events of one schedule (its conflicts share the subject but are not part of its history). */
    List<Received> schedule(String scheduleId) {
        return of(scheduleId).stream().filter(r -> r.event().getType().startsWith("schedule.")).toList();
    }

    List<Received> all() {
        return new ArrayList<>(all);
    }

    StreamSubscriber subscriber() {
        return subscriber;
    }

    private static JsonNode data(CloudEvent event) {
        try {
            return JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        subscriber.close();
    }
}
