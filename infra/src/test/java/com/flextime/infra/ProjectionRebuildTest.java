package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A replay from the first event rebuilds exactly the tables the live projection built. */
class ProjectionRebuildTest extends ServiceTest {

    private static final String[] TEAMS = {"ARIZ", "ASU", "BAY", "BYU", "UCF", "CIN", "COLO", "HOU", "ISU", "KU",
            "KSU", "OKST", "TCU", "TTU", "UTAH", "WVU"};

    @Test
    void rebuiltTablesEqualTheLiveOnesAfterHundredsOfRandomCommands() {
        Random random = new Random(20251230);
        List<String> seasons = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            seasons.add(api.post("/v2/schedules", SCHEDULER, """
                    {"sport":"MBB","season":"2025-26","name":"draft %d","teams":%s,
                     "window":{"start":"2025-12-30","end":"2026-03-07"},
                     "gameDays":["MON","TUE","WED","THU","SAT","SUN"]}""".formatted(s, teamsJson())).id());
        }
        Map<String, List<String>> games = new java.util.HashMap<>();
        int accepted = 0;
        for (int i = 0; i < 300; i++) {
            String season = seasons.get(random.nextInt(seasons.size()));
            List<String> ids = games.computeIfAbsent(season, k -> new ArrayList<>());
            Answer answer = randomCommand(random, season, ids);
            assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString())
                    .isIn(200, 201, 422);
            if (answer.status() < 300) {
                accepted++;
            }
        }
        assertThat(accepted).as("enough commands were accepted to make the test mean something")
                .isGreaterThan(150);

        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUpTo(head));
        List<List<String>> live = tables();

        Answer rebuild = api.post("/v2/admin/projections/schedules/rebuild", ADMIN, null);
        assertThat(rebuild.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUpTo(head));
        List<List<String>> rebuilt = tables();
        for (int t = 0; t < live.size(); t++) {
            assertThat(rebuilt.get(t)).as("table " + t).isNotEmpty().containsExactlyElementsOf(live.get(t));
        }
    }

    private Answer randomCommand(Random random, String season, List<String> ids) {
        String base = "/v2/schedules/" + season;
        int kind = ids.isEmpty() ? 0 : random.nextInt(10);
        String reason = ",\"reason\":\"command " + random.nextInt(1000) + "\"";
        if (kind <= 4) {
            String home = TEAMS[random.nextInt(TEAMS.length)];
            String away = TEAMS[random.nextInt(TEAMS.length)];
            Answer answer = api.post(base + "/games", SCHEDULER, "{\"home\":\"" + home + "\",\"away\":\"" + away
                    + "\",\"date\":\"" + date(random) + "\",\"time\":\"" + (random.nextBoolean() ? "19:00" : "13:00")
                    + "\"" + reason + "}");
            if (answer.status() == 201) {
                ids.add(answer.id());
            }
            return answer;
        }
        String gameId = ids.get(random.nextInt(ids.size()));
        String game = base + "/games/" + gameId;
        return switch (kind) {
            case 5 -> api.post(game + "/move", SCHEDULER, "{\"date\":\"" + date(random) + "\"" + reason + "}");
            case 6 -> api.post(game + "/swap", SCHEDULER, "{\"reason\":\"swap\"}");
            case 7 -> {
                Answer cancelled = api.post(game + "/cancel", SCHEDULER, "{\"reason\":\"cancel\"}");
                if (cancelled.status() == 200) {
                    ids.remove(gameId);
                }
                yield cancelled;
            }
            case 8 -> api.post(game + (random.nextBoolean() ? "/lock" : "/unlock"), SCHEDULER, null);
            default -> random.nextBoolean() ? api.post(base + "/publish", SCHEDULER, null)
                    : api.put(base, SCHEDULER, "{\"name\":\"renamed " + random.nextInt(100) + "\"" + reason + "}");
        };
    }

    private static String date(Random random) {
        return LocalDate.of(2025, 12, 30).plusDays(random.nextInt(68)).toString();
    }

    private static String teamsJson() {
        return "[\"" + String.join("\",\"", TEAMS) + "\"]";
    }

    /**
     * Caught up and past the last event written. (Axon keeps "replaying" set until the first event after the
     * reset point arrives, so it is no sign of unfinished work.)
     */
    private boolean caughtUpTo(long head) {
        JsonNode status = api.get("/v2/admin/projections/schedules", ADMIN).body();
        return status.get("caughtUp").asBoolean() && status.get("position").asLong() >= head;
    }

    /** Every row of every read-model table, as canonical JSON text (so arrays and jsonb compare by value). */
    private List<List<String>> tables() {
        return List.of(
                jdbc.queryForList("SELECT to_jsonb(t)::text FROM read_model.schedule t ORDER BY id", String.class),
                jdbc.queryForList("SELECT to_jsonb(t)::text FROM read_model.game t ORDER BY id", String.class),
                jdbc.queryForList("SELECT to_jsonb(t)::text FROM read_model.team_calendar t ORDER BY team, game_id",
                        String.class));
    }
}
