package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.flextime.infra.security.Roles;
import com.flextime.infra.stream.EmbeddedRedis;
import io.lettuce.core.RedisClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service is killed (SIGKILL, no shutdown) while schedulers send commands and the relay publishes them; after
 * a restart, a consumer group has every acknowledged change exactly once after de-duplication, in order. The
 * service runs as a separate process so the kill is real; PostgreSQL and Redis outlive it, as servers would.
 */
class RelayKillTest {

    private static final String SCHEDULER = Api.token(Roles.SCHEDULER);

    @Test
    void aKilledServicePublishesAfterRestartWhatItHadNotAndLosesNothing() throws Exception {
        Path dir = Files.createTempDirectory("flextime-kill-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            EmbeddedRedis redis = new EmbeddedRedis(dir, 0);
            RedisClient client = RedisClient.create(redis.url());
            int port = freePort();
            List<String> args = List.of("--server.port=" + port, "--flextime.data-dir=" + dir,
                    "--flextime.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--flextime.redis.url=" + redis.url());
            Api api = new Api(port);
            Process first = start(args, dir.resolve("first.log"));
            try (StreamConsumer consumer = new StreamConsumer(client, "tv-partner", "tv-1", List.of("MBB"))) {
                awaitUp(api, first, dir.resolve("first.log"));
                String id = api.post("/v2/schedules", SCHEDULER, ServiceTest.MBB_SEASON).id();

                // schedulers keep working; the relay publishes behind them; the consumer reads along
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger acknowledged = new AtomicInteger(1);
                Thread schedulers = new Thread(() -> moveGamesUntil(api, id, stop, acknowledged));
                schedulers.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll();
                    return consumer.schedule(id).size() >= 40;
                });
                first.destroyForcibly().waitFor();
                stop.set(true);
                schedulers.join();

                Process second = start(args, dir.resolve("second.log"));
                try {
                    awaitUp(api, second, dir.resolve("second.log"));
                    JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
                    List<String> stored = jdbc.queryForList("SELECT eventidentifier FROM domainevententry"
                            + " WHERE aggregateidentifier = ? ORDER BY sequencenumber", String.class, id);
                    // every change a scheduler saw acknowledged was stored (some sent just before the kill too)
                    assertThat(stored.size()).isGreaterThanOrEqualTo(acknowledged.get());
                    await().atMost(Duration.ofSeconds(90)).until(() -> {
                        consumer.poll();
                        return consumer.schedule(id).size() >= stored.size();
                    });
                    assertThat(consumer.schedule(id)).extracting(r -> r.event().getId())
                            .containsExactlyElementsOf(stored);
                } finally {
                    second.destroyForcibly().waitFor();
                }
            } finally {
                first.destroyForcibly();
                client.shutdown();
                redis.stop();
            }
        }
    }

    /** Games and moves, as fast as the service takes them, until stopped or the service goes away. */
    private static void moveGamesUntil(Api api, String id, AtomicBoolean stop, AtomicInteger acknowledged) {
        LocalDate date = LocalDate.of(2025, 12, 31);
        try {
            while (!stop.get() && date.isBefore(LocalDate.of(2026, 3, 1))) {
                if (date.getDayOfWeek() != java.time.DayOfWeek.FRIDAY) {
                    Api.Answer game = api.post("/v2/schedules/" + id + "/games", SCHEDULER, "{\"home\":\"KU\","
                            + "\"away\":\"KSU\",\"date\":\"" + date + "\",\"time\":\"19:00\"}");
                    if (game.status() != 201) {
                        return;
                    }
                    acknowledged.incrementAndGet();
                    for (String time : new String[] {"18:00", "19:30", "20:00"}) {
                        if (api.post("/v2/schedules/" + id + "/games/" + game.id() + "/move", SCHEDULER,
                                "{\"time\":\"" + time + "\"}").status() != 200) {
                            return;
                        }
                        acknowledged.incrementAndGet();
                    }
                }
                date = date.plusDays(1);
            }
        } catch (RuntimeException serviceGone) {
            // the kill: requests in flight fail, which is what a scheduler would see
        }
    }

    private static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.flextime.FlexTimeMain",
                "serve"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return builder.start();
    }

    private static void awaitUp(Api api, Process process, Path log) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited:\n" + Files.readString(log));
            }
            try {
                return api.get("/actuator/health", null).status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
