package com.flextime.infra.stream;

import com.flextime.projection.relay.CloudEventWriter;
import io.cloudevents.CloudEvent;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A downstream consumer of the relay's streams, as a TV partner or ticketing system would write one: a member of a
 * consumer group ({@code XREADGROUP}), which acknowledges each entry once handled ({@code XACK}), takes over
 * entries a dead member left pending for longer than {@code claimIdle} ({@code XAUTOCLAIM}), and skips an event
 * whose id the group has already handled (the relay publishes at least once). The ids handled are kept per group
 * in a Redis sorted set, scored by time, for as long as the streams keep entries.
 */
public final class StreamSubscriber implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    /**
     * What the handler gets: the CloudEvent, parsed and as the relay wrote it (one line of JSON), the stream and
     * entry it came from, and whether it was claimed from another member.
     */
    public record Delivery(String stream, String entryId, CloudEvent event, byte[] json, boolean claimed) {
    }

    public interface Handler {
        void handle(Delivery delivery);
    }

    private final StatefulRedisConnection<String, byte[]> connection;
    private final RedisCommands<String, byte[]> redis;
    private final List<String> streams;
    private final String group;
    private final Consumer<String> me;
    private final Duration claimIdle;
    private final Duration retention;
    private final Handler handler;
    private BooleanSupplier stop = () -> false;
    private long duplicates;
    private long handled;
    private long claimed;

    /**
     * @param from where a new group starts: {@code $} (only what comes next) or {@code 0} (all that is kept)
     */
    public StreamSubscriber(RedisClient client, List<String> streams, String group, String consumer, String from,
                            Duration claimIdle, Duration retention, Handler handler) {
        this.connection = client.connect(CODEC);
        this.redis = connection.sync();
        this.streams = List.copyOf(streams);
        this.group = group;
        this.me = Consumer.from(group, consumer);
        this.claimIdle = claimIdle;
        this.retention = retention;
        this.handler = handler;
        for (String stream : this.streams) {
            try {
                redis.xgroupCreate(StreamOffset.from(stream, from), group, XGroupCreateArgs.Builder.mkstream());
            } catch (RedisBusyException alreadyThere) {
                // BUSYGROUP: the group exists and keeps its position
            }
        }
    }

    /** Runs until {@code stop} says so: first what this consumer left unacknowledged, then claims and new entries. */
    public void run(BooleanSupplier stop, Duration block) {
        this.stop = stop;
        pending();
        long nextClaim = 0;
        while (!stop.getAsBoolean()) {
            if (System.nanoTime() >= nextClaim) {
                claim();
                nextClaim = System.nanoTime() + Math.max(claimIdle.toNanos() / 2, Duration.ofMillis(200).toNanos());
            }
            poll(block);
        }
    }

    /** Entries delivered to this consumer before (it crashed before acknowledging them). */
    public int pending() {
        int count = 0;
        for (String stream : streams) {
            List<StreamMessage<String, byte[]>> mine;
            do {
                mine = redis.xreadgroup(me, XReadArgs.Builder.count(100), StreamOffset.from(stream, "0"));
                count += handleAll(mine, false);
            } while (!mine.isEmpty() && !stop.getAsBoolean());
        }
        return count;
    }

    /** Takes over what other members of the group left pending for longer than {@code claimIdle}. */
    public int claim() {
        int count = 0;
        for (String stream : streams) {
            String cursor = "0-0";
            do {
                var claim = redis.xautoclaim(stream, XAutoClaimArgs.Builder.xautoclaim(me, claimIdle, cursor)
                        .count(100));
                count += handleAll(claim.getMessages(), true);
                cursor = claim.getId();
            } while (!"0-0".equals(cursor) && !stop.getAsBoolean());
        }
        claimed += count;
        return count;
    }

    /** One read of new entries across the streams, waiting up to {@code block} for some. */
    public int poll(Duration block) {
        StreamOffset<String>[] offsets = streams.stream().map(StreamOffset::lastConsumed)
                .toArray(StreamOffset[]::new);
        List<StreamMessage<String, byte[]>> messages = redis.xreadgroup(me,
                XReadArgs.Builder.count(200).block(block), offsets);
        return handleAll(messages, false);
    }

    /**
     * Handles entries in order until asked to stop; those left are this consumer's pending entries, handed to it
     * again by {@link #pending} when it comes back, or claimed by another member.
     */
    private int handleAll(List<StreamMessage<String, byte[]>> messages, boolean claimedEntries) {
        int count = 0;
        for (StreamMessage<String, byte[]> message : messages) {
            if (stop.getAsBoolean()) {
                break;
            }
            handle(message, claimedEntries);
            count++;
        }
        return count;
    }

    private void handle(StreamMessage<String, byte[]> message, boolean claimedEntry) {
        byte[] body = message.getBody().get("event");
        if (body == null) {
            // a trimmed entry still listed as pending: nothing left to handle
            redis.xack(message.getStream(), group, message.getId());
            return;
        }
        CloudEvent event = CloudEventWriter.read(body);
        String seen = seenKey();
        if (redis.zscore(seen, event.getId().getBytes(StandardCharsets.UTF_8)) != null) {
            duplicates++;
        } else {
            handler.handle(new Delivery(message.getStream(), message.getId(), event, body, claimedEntry));
            redis.zadd(seen, (double) System.currentTimeMillis(), event.getId().getBytes(StandardCharsets.UTF_8));
            handled++;
        }
        redis.xack(message.getStream(), group, message.getId());
        if (handled % 1000 == 0) {
            redis.zremrangebyscore(seen, io.lettuce.core.Range.create(0d,
                    (double) (System.currentTimeMillis() - retention.toMillis())));
        }
    }

    private String seenKey() {
        return "flextime:consumers:" + group + ":seen";
    }

    public long handled() {
        return handled;
    }

    public long duplicates() {
        return duplicates;
    }

    public long claimed() {
        return claimed;
    }

    @Override
    public void close() {
        connection.close();
    }
}
