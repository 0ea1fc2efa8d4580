package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.FlexTimeApplication;
import com.flextime.infra.security.Roles;
import com.flextime.infra.stream.KafkaPublisher;
import com.flextime.projection.relay.EventStreamPublisher;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * With {@code flextime.relay.targets=kafka}, every event of a schedule reaches the Kafka topic as a structured
 * CloudEvent, keyed by the schedule id, in order; and Redis is not started at all.
 */
class KafkaRelayTest {

    private static final String TOPIC = "flextime.events";
    private static final String SCHEDULER = Api.token(Roles.SCHEDULER);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedKafkaKraftBroker kafka;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() throws IOException {
        kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        kafka.afterPropertiesSet();
        // arguments, not default properties: they outrank application.yml (see RestartTest)
        service = new SpringApplicationBuilder(FlexTimeApplication.class).run("--server.port=0",
                "--flextime.data-dir=" + Files.createTempDirectory("flextime-kafka-"),
                "--flextime.relay.targets=kafka",
                "--flextime.kafka.bootstrap-servers=" + kafka.getBrokersAsString());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    @Test
    void everyEventOfAScheduleArrivesKeyedByTheScheduleInOrder() {
        assertThat(service.getBeansOfType(EventStreamPublisher.class).values())
                .extracting(EventStreamPublisher::name).containsExactly("kafka");
        assertThat(service.getBeansOfType(RedisClient.class)).as("no Redis when only Kafka is targeted").isEmpty();

        Api api = new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
        String id = api.post("/v2/schedules", SCHEDULER, ServiceTest.MBB_SEASON).id();
        String other = api.post("/v2/schedules", SCHEDULER, ServiceTest.MBB_SEASON.replace("\"MBB\"", "\"WBB\""))
                .id();
        List<String> games = new ArrayList<>();
        String[] dates = {"2026-01-03", "2026-01-06", "2026-01-10", "2026-01-13"};
        for (int i = 0; i < dates.length; i++) {
            String home = i % 2 == 0 ? "KU" : "KSU";
            String away = i % 2 == 0 ? "KSU" : "KU";
            for (String schedule : List.of(id, other)) {
                var game = api.post("/v2/schedules/" + schedule + "/games", SCHEDULER, "{\"home\":\"" + home
                        + "\",\"away\":\"" + away + "\",\"date\":\"" + dates[i] + "\",\"time\":\"19:00\"}");
                assertThat(game.status()).as(String.valueOf(game.body())).isEqualTo(201);
                if (schedule.equals(id)) {
                    games.add(game.id());
                }
            }
        }
        assertThat(api.post("/v2/schedules/" + id + "/games/" + games.get(1) + "/move", SCHEDULER,
                "{\"time\":\"20:00\"}").status()).isEqualTo(200);
        assertThat(api.post("/v2/schedules/" + id + "/games/" + games.get(2) + "/lock", SCHEDULER, null).status())
                .isBetween(200, 299);

        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        List<String> stored = jdbc.queryForList("SELECT eventidentifier FROM domainevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber", String.class, id);
        assertThat(stored).hasSize(1 + 4 + 2);

        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return scheduleEvents(received, id).size() >= stored.size();
            });
        }

        List<ConsumerRecord<String, byte[]>> mine = received.stream().filter(r -> id.equals(r.key())).toList();
        // one partition per schedule: that is what keeps its order
        assertThat(mine).extracting(ConsumerRecord::partition).containsOnly(mine.get(0).partition());
        assertThat(mine).allSatisfy(r -> {
            assertThat(new String(r.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(KafkaPublisher.CONTENT_TYPE);
            assertThat(json(r).get("subject").asText()).isEqualTo(id);
            assertThat(json(r).get("specversion").asText()).isEqualTo("1.0");
        });
        List<JsonNode> events = scheduleEvents(received, id);
        assertThat(events).extracting(e -> e.get("id").asText()).containsExactlyElementsOf(stored);
        assertThat(events).extracting(e -> e.at("/data/version").asLong())
                .containsExactlyElementsOf(LongStream.range(0, stored.size()).boxed().toList());
        assertThat(events.get(0).get("type").asText()).isEqualTo("schedule.created");
        assertThat(events.get(5).at("/data/change").asText()).isEqualTo("GAME_MOVED");
        assertThat(scheduleEvents(received, other)).as("the other schedule's events are there too, keyed by it")
                .isNotEmpty();
    }

    /** The schedule's own history, as consumed (its conflicts share the key but are not part of it). */
    private static List<JsonNode> scheduleEvents(List<ConsumerRecord<String, byte[]>> received, String id) {
        return received.stream().filter(r -> id.equals(r.key())).map(KafkaRelayTest::json)
                .filter(e -> e.get("type").asText().startsWith("schedule.")).toList();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
