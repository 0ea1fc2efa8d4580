package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.flextime.infra.Api.Answer;
import com.flextime.infra.StreamConsumer.Received;
import com.flextime.infra.stream.EmbeddedRedis;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Downstream systems get every change as a CloudEvent on the sport's Redis stream, through a consumer group, in
 * order per schedule, with nothing lost while Redis is away.
 */
class StreamRelayTest extends ServiceTest {

    static final String WBB_SEASON = MBB_SEASON.replace("\"MBB\"", "\"WBB\"");

    @Autowired
    RedisClient redis;

    @Autowired
    EmbeddedRedis embeddedRedis;

    @Test
    void aConsumerGroupReceivesEveryEventOfHundredsOfCommandsInOrderPerSchedule() {
        List<String> schedules = List.of(createSeason(), createSeason(),
                api.post("/v2/schedules", SCHEDULER, WBB_SEASON).id());
        int commands = 3;
        for (String id : schedules) {
            commands += busySeason(id, 20);
        }
        assertThat(commands).isGreaterThan(200);

        try (StreamConsumer consumer = new StreamConsumer(redis, "tv-" + UUID.randomUUID(), "tv-1",
                List.of("MBB", "WBB"))) {
            for (String id : schedules) {
                List<String> stored = storedEventIds(id);
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll();
                    return consumer.schedule(id).size() >= stored.size();
                });
                List<Received> received = consumer.schedule(id);
                assertThat(received).extracting(r -> r.event().getId()).containsExactlyElementsOf(stored);
                assertThat(received).extracting(Received::version)
                        .containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList());
            }
            // the two men's seasons put KU at home in one arena at the same hours: the conflict reaches them too
            assertThat(consumer.all()).anySatisfy(r -> {
                assertThat(r.event().getType()).isEqualTo("conflict.detected");
                assertThat(schedules).contains(r.event().getSubject());
            });
            // each stream carries only its sport
            assertThat(consumer.schedule(schedules.get(2))).allSatisfy(r ->
                    assertThat(r.data().get("sport").asText()).isEqualTo("WBB"));
        }
    }

    @Test
    void eachEventIsACloudEventWhoseDataValidatesAgainstItsPublishedSchema() {
        String id = createSeason();
        String gameId = game(id, "KU", "KSU", "2026-01-03");
        api.post("/v2/schedules/" + id + "/games/" + gameId + "/move", SCHEDULER,
                "{\"date\":\"2026-01-05\",\"time\":\"20:00\",\"reason\":\"Big Monday on ESPN\"}");

        try (StreamConsumer consumer = new StreamConsumer(redis, "check-" + UUID.randomUUID(), "c", List.of("MBB"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll();
                return consumer.schedule(id).size() >= 3;
            });
            List<Received> events = consumer.schedule(id);
            assertThat(events).extracting(r -> r.event().getType())
                    .containsExactly("schedule.created", "schedule.updated", "schedule.updated");
            Received moved = events.get(2);
            assertThat(moved.event().getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(moved.event().getSubject()).isEqualTo(id);
            assertThat(moved.event().getSource()).hasToString("/flextime/big12");
            assertThat(moved.event().getDataContentType()).isEqualTo("application/json");
            assertThat(moved.data().get("change").asText()).isEqualTo("GAME_MOVED");
            assertThat(moved.data().at("/game/date").asText()).isEqualTo("2026-01-05");
            assertThat(moved.data().at("/game/startsAt").asText()).isEqualTo("2026-01-05T20:00:00-06:00");
            assertThat(moved.data().at("/game/timeZone").asText()).isEqualTo("America/Chicago");
            assertThat(moved.data().at("/previous/date").asText()).isEqualTo("2026-01-03");
            assertThat(moved.data().get("reason").asText()).isEqualTo("Big Monday on ESPN");

            for (Received received : events) {
                URI schema = received.event().getDataSchema();
                Answer served = api.get(schema.getPath(), null);
                assertThat(served.status()).as(schema.toString()).isEqualTo(200);
                assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(served.body())
                        .validate(received.data())).as(received.event().getType()).isEmpty();
            }
        }
    }

    @Test
    void redisStoppedAndRestartedMidStreamLosesNothing() throws Exception {
        String id = createSeason();
        try (StreamConsumer consumer = new StreamConsumer(redis, "ticketing-" + UUID.randomUUID(), "t1",
                List.of("MBB"))) {
            busySeason(id, 4);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll();
                return consumer.schedule(id).size() >= storedEventIds(id).size();
            });

            embeddedRedis.stop();
            try {
                // schedulers keep working while Redis is away: commands do not depend on it
                assertThat(busySeason(id, 6, LocalDate.of(2026, 2, 1))).isPositive();
            } finally {
                embeddedRedis.start();
            }
            List<String> stored = storedEventIds(id);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll();
                return consumer.schedule(id).size() >= stored.size();
            });
            assertThat(consumer.schedule(id)).extracting(r -> r.event().getId()).containsExactlyElementsOf(stored);
        }
    }

    /** Games every third day, each moved to another time and back, some locked and unlocked: about 4 per game. */
    int busySeason(String id, int games) {
        return busySeason(id, games, LocalDate.of(2025, 12, 31));
    }

    int busySeason(String id, int games, LocalDate first) {
        int commands = 0;
        LocalDate date = first;
        for (int i = 0; i < games; i++) {
            while (date.getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
                date = date.plusDays(1);
            }
            String home = i % 2 == 0 ? "KU" : "KSU";
            String gameId = game(id, home, i % 2 == 0 ? "KSU" : "KU", date.toString());
            String path = "/v2/schedules/" + id + "/games/" + gameId;
            ok(api.post(path + "/move", SCHEDULER, "{\"time\":\"18:00\"}"));
            ok(api.post(path + "/move", SCHEDULER, "{\"time\":\"19:30\"}"));
            ok(api.post(path + "/lock", SCHEDULER, null));
            commands += 4;
            if (i % 4 == 0) {
                ok(api.post(path + "/unlock", SCHEDULER, null));
                commands++;
            }
            date = date.plusDays(3);
        }
        return commands;
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isBetween(200, 299);
    }

    List<String> storedEventIds(String id) {
        return jdbc.queryForList("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?"
                + " ORDER BY sequencenumber", String.class, id);
    }

}
