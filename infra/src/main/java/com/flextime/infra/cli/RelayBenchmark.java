package com.flextime.infra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.FlexTimeApplication;
import com.flextime.infra.security.JwtSecret;
import com.flextime.infra.security.Roles;
import com.flextime.infra.stream.StreamSubscriber;
import io.lettuce.core.RedisClient;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench relay}: the service in-process on its embedded defaults (PostgreSQL and Redis in a temporary
 * directory), schedulers posting full 16-team seasons over HTTP (the same games in every season, so the arenas
 * clash and the conflict events join the stream), and a consumer-group member reading the MBB stream.
 * Measures (1) command-to-subscriber latency: from sending a command to the consumer holding its CloudEvent
 * (median, p99), and the live rate; (2) the relay's own rate: the whole history published again after a reset of
 * its token, until Redis holds it twice.
 */
public final class RelayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RelayBenchmark() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        int seasons = 4;
        int threads = 2;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seasons" -> seasons = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dataDir = Files.createTempDirectory("flextime-bench-relay-");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(FlexTimeApplication.class)
                .run("--server.port=0", "--flextime.data-dir=" + dataDir, "--logging.level.root=WARN")) {
            String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            String token = TokenCommand.sign("bench", List.of(Roles.SCHEDULER, Roles.ADMIN), Duration.ofHours(2),
                    System.getenv(JwtSecret.ENV));
            HttpClient http = HttpClient.newHttpClient();
            RedisClient redis = service.getBean(RedisClient.class);

            // sent: when each (schedule, version) was asked for; arrived: when the consumer had it
            Map<String, Long> sent = new ConcurrentHashMap<>();
            Map<String, Long> arrived = new ConcurrentHashMap<>();
            AtomicLong relayed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            StreamSubscriber subscriber = new StreamSubscriber(redis, List.of("flextime:events:MBB"),
                    "bench-" + UUID.randomUUID(), "bench", "$", Duration.ofMinutes(5), Duration.ofDays(1),
                    delivery -> {
                        long now = System.nanoTime();
                        relayed.incrementAndGet();
                        if (delivery.event().getType().startsWith("schedule.")) {
                            JsonNode data = read(delivery.event().getData().toBytes());
                            arrived.putIfAbsent(delivery.event().getSubject() + "@" + data.get("version").asLong(),
                                    now);
                        }
                    });
            Thread consumer = new Thread(() -> subscriber.run(stop::get, Duration.ofMillis(100)), "bench-consumer");
            consumer.start();

            List<String> games = ApiBenchmark.doubleRoundRobin();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            long start = System.nanoTime();
            for (int s = 0; s < seasons; s++) {
                int season = s;
                work.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> created = ApiBenchmark.post(http, base + "/v2/schedules", token,
                            ApiBenchmark.seasonJson(season));
                    String id = ApiBenchmark.id(created);
                    sent.put(id + "@0", t0);
                    for (String game : games) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = ApiBenchmark.post(http, base + "/v2/schedules/" + id + "/games",
                                token, game);
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("game refused: " + answer.body());
                        }
                        sent.put(id + "@" + answer.headers().firstValue("ETag").orElseThrow().replace("\"", ""), t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            int expected = sent.size();
            while (!arrived.keySet().containsAll(sent.keySet())) {
                Thread.sleep(2);
            }
            long done = arrived.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
            sent.forEach((key, t) -> latencies.add(new long[] {arrived.get(key) - t}));
            out.printf("commands                %d (%d seasons x %d games + creation, %d threads)%n", expected,
                    seasons, games.size(), threads);
            out.printf("events relayed (live)   %d (with the conflicts found by then), %.0f events/s from first command"
                    + " to last arrival%n", relayed.get(), relayed.get() / ((done - start) / 1e9));
            out.printf("command to subscriber   median %.1f ms, p99 %.1f ms%n", ApiBenchmark.pct(latencies, 50),
                    ApiBenchmark.pct(latencies, 99));

            // the relay alone: reset its token and time the whole history published again
            long before = relayed.get();
            long replayStart = System.nanoTime();
            HttpResponse<String> reset = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/v2/admin/projections/stream-relay/rebuild")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (reset.statusCode() / 100 != 2) {
                throw new IllegalStateException("could not reset the relay: " + reset.body());
            }
            try (var streams = redis.connect()) {
                long target = 2 * streams.sync().xlen("flextime:events:MBB");
                while (streams.sync().xlen("flextime:events:MBB") < target) {
                    Thread.sleep(2);
                }
                out.printf("relay replay            %d events in %.2f s: %.0f events/s (reset to all in Redis)%n",
                        target / 2, (System.nanoTime() - replayStart) / 1e9,
                        target / 2 / ((System.nanoTime() - replayStart) / 1e9));
            }
            // the consumer skips the replayed copies: same ids
            while (subscriber.duplicates() < before - 1 && System.nanoTime() - replayStart < 120_000_000_000L) {
                Thread.sleep(5);
            }
            out.printf("duplicates skipped      %d of %d replayed%n", subscriber.duplicates(), before);
            stop.set(true);
            consumer.join();
            subscriber.close();
        }
        return 0;
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
