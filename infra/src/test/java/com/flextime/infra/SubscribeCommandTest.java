package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.infra.cli.SubscribeCommand;
import com.flextime.infra.stream.EmbeddedRedis;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code java -jar flextime.jar subscribe}: what a partner's operator runs to watch the streams. */
class SubscribeCommandTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EmbeddedRedis embeddedRedis;

    @Autowired
    RedisClient redis;

    @Test
    void printsCloudEventsAcknowledgesThemAndAGroupNeverSeesAnEventTwice() {
        String id = createSeason();
        for (String date : new String[] {"2026-01-03", "2026-01-06", "2026-01-10", "2026-01-13", "2026-01-17"}) {
            game(id, "KU", "KSU", date);
        }
        var streams = redis.connect().sync();
        await().atMost(Duration.ofSeconds(30)).until(() -> streams.xlen("flextime:events:MBB") >= 6);
        String group = "tv-" + UUID.randomUUID();

        List<JsonNode> first = subscribe(group, "3");
        List<JsonNode> second = subscribe(group, "3");

        assertThat(first).hasSize(3).allSatisfy(event -> {
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).matches("schedule\\..+|conflict\\..+");
            assertThat(event.get("data").isObject()).isTrue();
        });
        // the group's position moved on: the second member run continues, it does not repeat
        assertThat(second).hasSize(3);
        assertThat(second).extracting(e -> e.get("id").asText())
                .doesNotContainAnyElementsOf(first.stream().map(e -> e.get("id").asText()).toList());
    }

    @Test
    void takesOverWhatADeadMemberOfTheGroupLeftUnacknowledged() {
        String group = "ticketing-" + UUID.randomUUID();
        var dead = redis.connect().sync();
        dead.xgroupCreate(StreamOffset.latest("flextime:events:MBB"), group,
                io.lettuce.core.XGroupCreateArgs.Builder.mkstream());
        String id = createSeason();
        game(id, "KU", "KSU", "2026-01-10");

        // a member reads the new entries and dies before acknowledging them
        List<String> takenIds = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.xreadgroup(Consumer.from(group, "dead"), XReadArgs.Builder.count(500),
                    StreamOffset.lastConsumed("flextime:events:MBB"))
                    .forEach(m -> takenIds.add(m.getBody().get("id")));
            return takenIds.size() >= 2;
        });

        List<JsonNode> claimed = subscribe(group, String.valueOf(takenIds.size()), "--consumer", "rescuer",
                "--claim-idle", "1ms");
        assertThat(claimed).extracting(e -> e.get("id").asText()).containsExactlyElementsOf(takenIds);
        assertThat(dead.xpending("flextime:events:MBB", group).getCount()).isZero();
    }

    private List<JsonNode> subscribe(String group, String count, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--group", group, "--from", "0", "--sport", "MBB",
                "--redis", embeddedRedis.url(), "--count", count, "--for", "30s"));
        args.addAll(List.of(more));
        int exit = SubscribeCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                events.add(read(line));
            }
        }
        return events;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
