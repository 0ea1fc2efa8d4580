package com.flextime.infra.stream;

import com.flextime.projection.relay.EventStreamPublisher;
import com.flextime.projection.relay.OutgoingEvent;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relay's default target: one Redis stream per sport ({@code flextime:events:MBB}, ...), one entry per event
 * with {@code XADD}, pipelined over one connection (Redis applies them in the order sent). Each entry holds the
 * CloudEvent ({@code event}) and, for consumers that filter without parsing, its {@code id}, {@code type} and
 * {@code subject}. Streams keep 7 days by default: each {@code XADD} trims entries older than that
 * ({@code MINID ~}), or beyond a length when {@code maxLength} is set.
 */
public class RedisStreamPublisher implements EventStreamPublisher, AutoCloseable {

    private final RedisClient client;
    private final String prefix;
    private final Duration retention;
    private final long maxLength;
    private final Duration timeout;
    private final Clock clock;
    private StatefulRedisConnection<String, byte[]> connection;

    public RedisStreamPublisher(RedisClient client, String prefix, Duration retention, long maxLength,
                                Duration timeout, Clock clock) {
        this.client = client;
        this.prefix = prefix;
        this.retention = retention;
        this.maxLength = maxLength;
        this.timeout = timeout;
        this.clock = clock;
    }

    public static String streamKey(String prefix, String sport) {
        return prefix + sport;
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public synchronized void publish(List<OutgoingEvent> batch) {
        RedisAsyncCommands<String, byte[]> redis = connection().async();
        XAddArgs trim = maxLength > 0
                ? XAddArgs.Builder.maxlen(maxLength).approximateTrimming()
                : XAddArgs.Builder.minId(String.valueOf(clock.millis() - retention.toMillis())).approximateTrimming();
        List<RedisFuture<String>> sent = new ArrayList<>();
        try {
            for (OutgoingEvent event : batch) {
                for (String sport : event.sports()) {
                    sent.add(redis.xadd(streamKey(prefix, sport), trim, fields(event)));
                }
            }
        } finally {
            connection.flushCommands();
        }
        if (!LettuceFutures.awaitAll(timeout, sent.toArray(RedisFuture[]::new))) {
            throw new IllegalStateException("Redis did not acknowledge " + sent.size() + " entries within " + timeout);
        }
    }

    private static Map<String, byte[]> fields(OutgoingEvent event) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("id", event.id().getBytes(StandardCharsets.UTF_8));
        fields.put("type", event.type().type().getBytes(StandardCharsets.UTF_8));
        fields.put("subject", event.subject().getBytes(StandardCharsets.UTF_8));
        fields.put("event", event.cloudEvent());
        return fields;
    }

    /** Connects on first use and after a failed connect, so the service starts while Redis is down. */
    private StatefulRedisConnection<String, byte[]> connection() {
        if (connection == null || !connection.isOpen()) {
            connection = client.connect(StreamSubscriber.CODEC);
            // commands of a batch go out together, in one write
            connection.setAutoFlushCommands(false);
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
