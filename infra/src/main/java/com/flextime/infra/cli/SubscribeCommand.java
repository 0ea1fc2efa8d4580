package com.flextime.infra.cli;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Sport;
import com.flextime.infra.stream.StreamSubscriber;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.convert.DurationStyle;

/**
 * {@code subscribe --group tv-partner [--from 0]}: an example downstream consumer. Joins the consumer group on
 * every sport's stream (or those named with {@code --sport}), prints each CloudEvent as one JSON line, acknowledges
 * it, takes over what dead members of the group left pending, and skips events the group already handled.
 */
public final class SubscribeCommand {

    private SubscribeCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String group = null;
        String consumer = "consumer-" + ManagementFactory.getRuntimeMXBean().getPid();
        String from = "$";
        String url = System.getenv().getOrDefault("FLEXTIME_REDIS_URL", "");
        String dataDir = System.getenv().getOrDefault("FLEXTIME_DATA_DIR", "./flextime-data");
        String prefix = "flextime:events:";
        Duration claimIdle = Duration.ofSeconds(60);
        long limit = Long.MAX_VALUE;
        Duration runFor = null;
        List<String> sports = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--group" -> group = args[++i];
                    case "--consumer" -> consumer = args[++i];
                    case "--from" -> from = args[++i];
                    case "--redis" -> url = args[++i];
                    case "--data-dir" -> dataDir = args[++i];
                    case "--sport" -> sports.add(args[++i]);
                    case "--stream-prefix" -> prefix = args[++i];
                    case "--claim-idle" -> claimIdle = DurationStyle.detectAndParse(args[++i]);
                    case "--count" -> limit = Long.parseLong(args[++i]);
                    case "--for" -> runFor = DurationStyle.detectAndParse(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("--group is required (the consumer group, e.g. tv-partner)");
            }
        } catch (RuntimeException e) {
            err.println("subscribe: " + e.getMessage());
            err.println("usage: subscribe --group NAME [--from $|0|<entry id>] [--consumer NAME] [--sport CODE]..."
                    + " [--redis redis://host:port] [--claim-idle 60s] [--count N] [--for 30s]");
            return 2;
        }
        if (url.isBlank()) {
            url = embeddedUrl(Path.of(dataDir));
        }
        if (sports.isEmpty()) {
            ConferenceCatalog.big12().sports().stream().map(Sport::code).forEach(sports::add);
        }
        String streamPrefix = prefix;
        List<String> streams = sports.stream().map(sport -> streamPrefix + sport).toList();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong printed = new AtomicLong();
        long max = limit;
        RedisClient client = RedisClient.create(url);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop.set(true)));
        try (StreamSubscriber subscriber = new StreamSubscriber(client, streams, group, consumer, from, claimIdle,
                Duration.ofDays(7), delivery -> {
            out.println(new String(delivery.json(), StandardCharsets.UTF_8));
            out.flush();
            if (printed.incrementAndGet() >= max) {
                stop.set(true);
            }
        })) {
            err.printf("subscribe: group %s, consumer %s, %d streams on %s%n", group, consumer, streams.size(), url);
            long started = System.nanoTime();
            long limitNanos = runFor == null ? Long.MAX_VALUE : runFor.toNanos();
            subscriber.run(() -> stop.get() || System.nanoTime() - started > limitNanos, Duration.ofMillis(500));
            err.printf("subscribe: %d events handled, %d duplicates skipped, %d claimed from other consumers%n",
                    subscriber.handled(), subscriber.duplicates(), subscriber.claimed());
            return 0;
        } finally {
            client.shutdown();
        }
    }

    /** The embedded Redis of a service started from this directory writes its URL here. */
    private static String embeddedUrl(Path dataDir) {
        Path file = dataDir.resolve("redis.url");
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "redis://127.0.0.1:6379";
        } catch (IOException e) {
            return "redis://127.0.0.1:6379";
        }
    }
}
