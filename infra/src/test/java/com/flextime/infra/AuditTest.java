package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Auditors read every event with who, why and when, and any past state of a schedule rebuilt from events. */
class AuditTest extends ServiceTest {

    @Test
    void historyListsEveryEventInOrderWithItsMetadata() {
        String id = createSeason();
        Answer game = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}",
                "X-Correlation-Id", "tv-window-request-17");
        api.post("/v2/schedules/" + id + "/games/" + game.id() + "/move", SCHEDULER,
                "{\"date\":\"2026-01-05\",\"reason\":\"Big Monday on ESPN\"}");

        Answer history = api.get("/v2/schedules/" + id + "/history", AUDITOR);
        assertThat(history.status()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        history.body().forEach(events::add);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("SeasonScheduleCreated", "GameScheduled", "GameMoved");
        assertThat(events).extracting(e -> e.get("version").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.at("/metadata/user").asText()).isEqualTo("tester");
            assertThat(e.at("/metadata/causationId").asText()).isNotBlank();
            assertThat(e.at("/metadata/correlationId").asText()).isNotBlank();
            assertThat(Instant.parse(e.get("occurredAt").asText())).isBefore(Instant.now());
        });
        assertThat(events.get(1).at("/metadata/correlationId").asText()).isEqualTo("tv-window-request-17");
        assertThat(events.get(1).at("/payload/gameId").asText()).isEqualTo(game.id());
        assertThat(events.get(2).at("/metadata/reason").asText()).isEqualTo("Big Monday on ESPN");
        assertThat(events.get(2).at("/payload/from/date").asText()).isEqualTo("2026-01-03");
        assertThat(events.get(2).at("/payload/to/date").asText()).isEqualTo("2026-01-05");
        assertThat(events).extracting(e -> e.at("/metadata/causationId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void asOfRebuildsTheScheduleExactlyAsItStoodThen() {
        String id = createSeason();
        List<Instant> instants = new ArrayList<>();
        List<JsonNode> seen = new ArrayList<>();
        record(id, 0, instants, seen);
        String first = game(id, "KU", "KSU", "2026-01-03");
        record(id, 1, instants, seen);
        game(id, "UTAH", "BYU", "2026-01-03");
        record(id, 2, instants, seen);
        api.post("/v2/schedules/" + id + "/games/" + first + "/swap", SCHEDULER, null);
        api.post("/v2/schedules/" + id + "/publish", SCHEDULER, null);
        record(id, 4, instants, seen);
        api.post("/v2/schedules/" + id + "/games/" + first + "/cancel", SCHEDULER, "{\"reason\":\"arena flooded\"}");
        record(id, 5, instants, seen);

        for (int i = 0; i < instants.size(); i++) {
            Answer then = api.get("/v2/schedules/" + id + "?asOf=" + instants.get(i), AUDITOR);
            assertThat(then.status()).isEqualTo(200);
            assertThat(then.body()).as("as of " + instants.get(i)).isEqualTo(seen.get(i));
        }
        Answer beforeCreation = api.get("/v2/schedules/" + id + "?asOf=2020-01-01T00:00:00Z", AUDITOR);
        assertThat(beforeCreation.status()).isEqualTo(404);
        Answer badInstant = api.get("/v2/schedules/" + id + "?asOf=yesterday", AUDITOR);
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.body().at("/errors/0/field").asText()).isEqualTo("asOf");
    }

    /** What the read model showed once it reached this version, and an instant at which that was the truth. */
    private void record(String id, long version, List<Instant> instants, List<JsonNode> seen) {
        seen.add(readAtVersion(id, version).body());
        instants.add(Instant.now());
    }
}
