package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What changed between two points of a schedule's history, by version or by instant: games added, cancelled
 * (removed), moved and swapped, in a proposal diff's shape.
 */
class DiffTest extends ServiceTest {

    @Test
    void aDiffListsTheMovesSwapsCancellationsAndNewGamesBetweenTwoPoints() {
        String id = createSeason();
        String moved = game(id, "KU", "KSU", "2026-01-03");
        String swapped = game(id, "UTAH", "BYU", "2026-01-03");
        String cancelled = game(id, "KSU", "UTAH", "2026-01-10");
        Instant atVersion3 = Instant.now();
        assertThat(post(id, "/games/" + moved + "/move", "{\"date\":\"2026-01-05\",\"time\":\"20:00\"}"))
                .isEqualTo(200);
        Instant atVersion4 = Instant.now();
        assertThat(post(id, "/games/" + swapped + "/swap", null)).isEqualTo(200);
        assertThat(post(id, "/games/" + cancelled + "/cancel", null)).isEqualTo(200);
        String added = game(id, "KU", "UTAH", "2026-01-14");

        Answer byVersion = diff(id, "?from=3");
        assertThat(byVersion.status()).isEqualTo(200);
        JsonNode body = byVersion.body();
        assertThat(body.at("/from/version").asLong()).isEqualTo(3);
        assertThat(body.at("/to/version").asLong()).isEqualTo(7);
        assertThat(body.at("/diff/added")).extracting(JsonNode::asText).containsExactly(added);
        assertThat(body.at("/diff/removed")).extracting(JsonNode::asText).containsExactly(cancelled);
        assertThat(body.at("/cancelled")).extracting(JsonNode::asText).containsExactly(cancelled);
        assertThat(body.at("/diff/swapped")).extracting(JsonNode::asText).containsExactly(swapped);
        assertThat(body.at("/diff/unchanged").asInt()).isZero();
        JsonNode move = body.at("/diff/moved/0");
        assertThat(body.at("/diff/moved")).hasSize(1);
        assertThat(move.get("gameId").asText()).isEqualTo(moved);
        assertThat(move.get("fromDate").asText() + " " + move.get("fromTime").asText())
                .isEqualTo("2026-01-03 19:00:00");
        assertThat(move.get("toDate").asText() + " " + move.get("toTime").asText()).isEqualTo("2026-01-05 20:00:00");
        assertThat(move.get("fromVenue").asText()).isEqualTo(move.get("toVenue").asText());
        JsonNode swappedGame = game(body, swapped);
        assertThat(swappedGame.get("home").asText() + " v " + swappedGame.get("away").asText())
                .isEqualTo("BYU v UTAH");
        assertThat(game(body, cancelled).get("home").asText()).isEqualTo("KSU");

        // the same two points as instants give the same diff
        Answer byInstant = diff(id, "?from=" + atVersion3 + "&to=" + Instant.now());
        assertThat(byInstant.body().get("diff")).isEqualTo(body.get("diff"));
        assertThat(byInstant.body().at("/from/version").asLong()).isEqualTo(3);

        // only the move lies between version 3 and the instant after it; mixed kinds of point are fine
        JsonNode onlyTheMove = diff(id, "?from=" + atVersion3 + "&to=4").body().get("diff");
        assertThat(onlyTheMove.get("moved")).hasSize(1);
        assertThat(onlyTheMove.get("unchanged").asInt()).isEqualTo(2);
        assertThat(onlyTheMove.get("added")).isEmpty();
        assertThat(diff(id, "?from=3&to=" + atVersion4).body().get("diff")).isEqualTo(onlyTheMove);

        assertThat(diff(id, "?from=0&to=3").body().at("/diff/added"))
                .extracting(JsonNode::asText).containsExactly(moved, swapped, cancelled);
        assertThat(diff(id, "?from=7&to=7").body().at("/diff/unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void badPointsAre400NamingTheParameterAndAnUnknownScheduleIs404() {
        String id = createSeason();
        game(id, "KU", "KSU", "2026-01-03");
        assertBadParameter(diff(id, "?from=yesterday"), "from");
        assertBadParameter(diff(id, ""), "from");
        assertBadParameter(diff(id, "?from=2"), "from");
        assertBadParameter(diff(id, "?from=0&to=9"), "to");
        assertBadParameter(diff(id, "?from=0&to=2026-01-15T18:00"), "to");
        assertBadParameter(diff(id, "?from=1&to=0"), "from");
        assertBadParameter(diff(id, "?from=2020-01-01T00:00:00Z"), "from");
        Instant later = Instant.now().plusSeconds(3600);
        assertBadParameter(diff(id, "?from=" + later.plusSeconds(60) + "&to=" + later), "from");
        assertThat(diff("no-such-schedule", "?from=0").status()).isEqualTo(404);
    }

    private Answer diff(String id, String query) {
        return api.get("/v2/schedules/" + id + "/diff" + query, VIEWER);
    }

    private int post(String id, String path, String json) {
        return api.post("/v2/schedules/" + id + path, SCHEDULER, json).status();
    }

    private static JsonNode game(JsonNode diff, String gameId) {
        for (JsonNode game : diff.get("games")) {
            if (game.get("gameId").asText().equals(gameId)) {
                return game;
            }
        }
        throw new AssertionError("no game " + gameId + " in " + diff);
    }

    private static void assertBadParameter(Answer answer, String parameter) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo(parameter);
    }
}
