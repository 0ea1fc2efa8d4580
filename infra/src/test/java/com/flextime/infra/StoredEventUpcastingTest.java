package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.infra.Api.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A {@code GameMoved} stored in version 1, before the event gained its {@code from} and {@code to} slots, is still
 * read everywhere as the current version: the history, the aggregate deciding the next command, the read model.
 */
class StoredEventUpcastingTest extends ServiceTest {

    /** Exactly as version 1 was written to the payload column. */
    private static final String GAME_MOVED_V1 = """
            {"scheduleId":"%s","gameId":"%s","date":"2026-01-05","time":"20:00:00","venue":"allen-fieldhouse",\
            "previousDate":"2026-01-03","previousTime":"19:00:00","previousVenue":"allen-fieldhouse"}""";

    @Test
    void aVersionOneGameMovedReadsAsVersionTwo() {
        String template = createSeason();
        String templateGame = game(template, "KU", "KSU", "2026-01-03");

        // a schedule whose history was written by the earlier release: the same first two events, then a v1 move
        String id = UUID.randomUUID().toString();
        String gameId = UUID.randomUUID().toString();
        copy(template, 0, id, templateGame, gameId);
        copy(template, 1, id, templateGame, gameId);
        store(id, 2, "com.flextime.events.GameMoved", "1", GAME_MOVED_V1.formatted(id, gameId));

        Answer history = api.get("/v2/schedules/" + id + "/history", AUDITOR);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get(2).at("/type").asText()).isEqualTo("GameMoved");
        assertThat(history.body().get(2).at("/payload/from/date").asText()).isEqualTo("2026-01-03");
        assertThat(history.body().get(2).at("/payload/to/date").asText()).isEqualTo("2026-01-05");
        assertThat(history.body().get(2).at("/payload/to/time").asText()).isEqualTo("20:00:00");

        Answer read = readAtVersion(id, 2);
        assertThat(read.body().at("/games/0/date").asText()).isEqualTo("2026-01-05");

        // the aggregate folded the old event: the next move continues from 2026-01-05 at version 2
        Answer moved = api.post("/v2/schedules/" + id + "/games/" + gameId + "/move", SCHEDULER,
                "{\"time\":\"18:00\"}", "If-Match", "\"2\"");
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        Answer after = api.get("/v2/schedules/" + id + "/history", AUDITOR);
        assertThat(after.body().get(3).at("/payload/from/date").asText()).isEqualTo("2026-01-05");
        assertThat(after.body().get(3).at("/payload/to/time").asText()).isEqualTo("18:00:00");
        assertThat(jdbc.queryForObject("SELECT payloadrevision FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND sequencenumber = 3", String.class, id)).isEqualTo("2");
    }

    /** Copies one stored event of another schedule, under new schedule and game ids (both are unique keys). */
    private void copy(String from, long sequence, String to, String fromGame, String toGame) {
        var row = jdbc.queryForMap("SELECT payloadtype, payloadrevision, payload FROM domainevententry"
                + " WHERE aggregateidentifier = ? AND sequencenumber = ?", from, sequence);
        String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8).replace(from, to)
                .replace(fromGame, toGame);
        store(to, sequence, (String) row.get("payloadtype"), (String) row.get("payloadrevision"), payload);
    }

    private void store(String aggregate, long sequence, String type, String revision, String payload) {
        jdbc.update("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,
                    timestamp, payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, ?, 'SeasonScheduleAggregate', ?, ?, ?, ?, ?)""",
                UUID.randomUUID().toString(), aggregate, sequence, Instant.now().toString(), type, revision,
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"user\":\"earlier-release\"}".getBytes(StandardCharsets.UTF_8));
    }
}
