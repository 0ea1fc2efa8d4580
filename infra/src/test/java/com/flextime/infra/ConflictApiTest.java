package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The conflict-detection saga through REST: schedules of two sports, a clash neither schedule can see alone, and
 * the conflict's life in GET /v2/conflicts. Other tests share the service, so every check is about this test's
 * own games.
 */
class ConflictApiTest extends ServiceTest {

    private static final String VB_SEASON = """
            {"sport":"VB","season":"2025-26","teams":["BYU","UTAH","KU","TCU"],
             "window":{"start":"2025-12-30","end":"2026-03-07"},"gameDays":["MON","TUE","WED","THU","FRI","SAT"]}""";

    @Test
    void aConflictAppearsWhenBasketballAndVolleyballTakeTheSameArenaAndDisappearsWhenOneMoves() {
        String basketball = createSeason();
        String volleyball = api.post("/v2/schedules", SCHEDULER, VB_SEASON).id();
        String mbbGame = gameAt(basketball, "UTAH", "BYU", "2026-01-13", "19:00");
        String vbGame = gameAt(volleyball, "UTAH", "BYU", "2026-01-13", "20:00");

        JsonNode conflict = await().atMost(Duration.ofSeconds(30))
                .until(() -> between(mbbGame, vbGame, "/v2/conflicts?school=BYU&sport=VB&open=true"),
                        Optional::isPresent).orElseThrow();
        assertThat(conflict.get("ruleId").asText()).isEqualTo("shared-venue");
        assertThat(conflict.get("severity").asText()).isEqualTo("HARD");
        assertThat(conflict.get("venue").asText()).isEqualTo("marriott-center");
        assertThat(texts(conflict.get("teams"))).contains("BYU", "UTAH");
        assertThat(texts(conflict.get("sports"))).containsExactlyInAnyOrder("MBB", "VB");
        assertThat(conflict.get("reason").asText()).contains("Marriott Center", "60 minutes apart");
        assertThat(conflict.get("open").asBoolean()).isTrue();

        Answer moved = api.post("/v2/schedules/" + volleyball + "/games/" + vbGame + "/move", SCHEDULER,
                "{\"date\":\"2026-01-14\",\"reason\":\"the arena is taken by basketball\"}");
        assertThat(moved.status()).as(String.valueOf(moved.body())).isEqualTo(200);

        JsonNode resolved = await().atMost(Duration.ofSeconds(30))
                .until(() -> between(mbbGame, vbGame, "/v2/conflicts?school=BYU&open=false"), Optional::isPresent)
                .orElseThrow();
        assertThat(resolved.get("id").asText()).isEqualTo(conflict.get("id").asText());
        assertThat(resolved.get("resolution").asText()).contains("moved to 2026-01-14");
        assertThat(between(mbbGame, vbGame, "/v2/conflicts?school=BYU&open=true")).isEmpty();
    }

    @Test
    void mensAndWomensBasketballAtHomeOnOneDayIsASoftConflictThatGoesWithTheArchivedSchedule() {
        String mens = createSeason();
        String womens = api.post("/v2/schedules", SCHEDULER, MBB_SEASON.replace("\"MBB\"", "\"WBB\"")).id();
        String mbbGame = gameAt(mens, "UTAH", "BYU", "2026-01-17", "20:00");
        String wbbGame = gameAt(womens, "KU", "BYU", "2026-01-17", "12:00");

        JsonNode conflict = await().atMost(Duration.ofSeconds(30))
                .until(() -> between(mbbGame, wbbGame, "/v2/conflicts?school=BYU&sport=WBB&open=true"),
                        Optional::isPresent).orElseThrow();
        assertThat(conflict.get("ruleId").asText()).isEqualTo("same-day-home");
        assertThat(conflict.get("severity").asText()).isEqualTo("SOFT");
        assertThat(texts(conflict.get("teams"))).first().isEqualTo("BYU");

        assertThat(api.delete("/v2/schedules/" + womens, SCHEDULER).status()).isEqualTo(200);

        JsonNode resolved = await().atMost(Duration.ofSeconds(30))
                .until(() -> between(mbbGame, wbbGame, "/v2/conflicts?sport=MBB&open=false"), Optional::isPresent)
                .orElseThrow();
        assertThat(resolved.get("resolution").asText()).contains("archived");
    }

    @Test
    void everyReaderMayAskAndABadParameterIsA400NamingIt() {
        assertThat(api.get("/v2/conflicts", VIEWER).status()).isEqualTo(200);
        assertThat(api.get("/v2/conflicts", null).status()).isEqualTo(401);

        for (String parameter : List.of("school=XYZ", "sport=CURLING", "open=maybe")) {
            Answer bad = api.get("/v2/conflicts?" + parameter, VIEWER);
            assertThat(bad.status()).as(parameter).isEqualTo(400);
            assertThat(bad.contentType()).isEqualTo("application/problem+json");
            assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo(parameter.split("=")[0]);
        }
    }

    private String gameAt(String scheduleId, String away, String home, String date, String time) {
        Answer answer = api.post("/v2/schedules/" + scheduleId + "/games", SCHEDULER, "{\"home\":\"" + home
                + "\",\"away\":\"" + away + "\",\"date\":\"" + date + "\",\"time\":\"" + time + "\"}");
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(201);
        return answer.id();
    }

    /** The conflict between exactly these two games in the answer, if any. */
    private Optional<JsonNode> between(String gameA, String gameB, String path) {
        Answer answer = api.get(path, VIEWER);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode conflict : answer.body()) {
            List<String> games = new ArrayList<>();
            conflict.get("games").forEach(game -> games.add(game.get("gameId").asText()));
            if (games.size() == 2 && games.containsAll(List.of(gameA, gameB))) {
                return Optional.of(conflict);
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
