package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through REST into PostgreSQL and back out of the read model, the way a scheduler uses it. */
class ScheduleApiTest extends ServiceTest {

    @Test
    void theReadmeWalkCreatesASeasonSchedulesAGameAndRefusesBYUOnSunday() {
        String id = createSeason();
        Answer game = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"BYU\",\"away\":\"UTAH\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}");
        assertThat(game.status()).isEqualTo(201);
        assertThat(game.etag()).isEqualTo("\"1\"");

        Answer sunday = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"BYU\",\"away\":\"UTAH\",\"date\":\"2026-01-04\",\"time\":\"19:00\"}");
        assertThat(sunday.status()).isEqualTo(422);
        assertThat(sunday.contentType()).isEqualTo("application/problem+json");
        assertThat(sunday.body().at("/violations/0/ruleId").asText()).isEqualTo("no-play-day");
        assertThat(sunday.body().at("/violations/0/message").asText()).contains("BYU", "Sunday");
        assertThat(sunday.body().at("/violations/0/teams/0").asText()).isEqualTo("BYU");

        Answer season = readAtVersion(id, 1);
        assertThat(season.body().get("games")).hasSize(1);
        JsonNode stored = season.body().at("/games/0");
        assertThat(stored.get("id").asText()).isEqualTo(game.id());
        assertThat(stored.get("venue").asText()).isEqualTo("marriott-center");
        assertThat(stored.get("date").asText()).isEqualTo("2026-01-03");
        assertThat(season.etag()).isEqualTo("\"1\"");
    }

    @Test
    void aRefusedCommandStoresNothing() {
        String id = createSeason();
        long eventsBefore = events(id);
        Answer refused = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KU\",\"date\":\"2026-01-02\",\"time\":\"19:00\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(ruleIds(refused)).containsExactlyInAnyOrder("home-away-differ", "allowed-game-day");
        assertThat(events(id)).isEqualTo(eventsBefore);
    }

    @Test
    void malformedInputIsA400NamingTheField() {
        String id = createSeason();
        Answer badDate = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-02-30\",\"time\":\"19:00\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().at("/errors/0/field").asText()).isEqualTo("date");

        Answer missing = api.post("/v2/schedules", SCHEDULER, "{\"sport\":\"MBB\",\"season\":\"2025-26\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("teams", "window", "gameDays");

        Answer badDay = api.post("/v2/schedules", SCHEDULER, MBB_SEASON.replace("\"SUN\"", "\"SUNDAE\""));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.body().at("/errors/0/field").asText()).isEqualTo("gameDays[5]");

        Answer unknownTeam = api.post("/v2/schedules", SCHEDULER, MBB_SEASON.replace("\"KSU\"", "\"XYZ\""));
        assertThat(unknownTeam.status()).isEqualTo(400);
        assertThat(unknownTeam.body().at("/errors/0/field").asText()).isEqualTo("teams");

        Answer backwards = api.post("/v2/schedules", SCHEDULER, MBB_SEASON.replace("2026-03-07", "2025-12-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().at("/errors/0/field").asText()).isEqualTo("window");

        Answer nullBlackout = api.post("/v2/schedules", SCHEDULER,
                MBB_SEASON.replace("\"gameDays\"", "\"teamBlackouts\":{\"KU\":null},\"gameDays\""));
        assertThat(nullBlackout.status()).isEqualTo(400);
        assertThat(nullBlackout.body().at("/errors/0/field").asText()).startsWith("teamBlackouts");

        Answer unknownVenue = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-01-03\",\"time\":\"19:00\",\"venue\":\"nowhere\"}");
        assertThat(unknownVenue.status()).isEqualTo(400);
        assertThat(unknownVenue.body().at("/errors/0/field").asText()).isEqualTo("venue");

        Answer misspelt = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KSU\",\"dat\":\"2026-01-03\",\"time\":\"19:00\"}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.body().at("/errors/0/field").asText()).isEqualTo("dat");
        assertThat(misspelt.body().at("/errors/0/message").asText()).contains("unknown field", "date");

        Answer notJson = api.post("/v2/schedules", SCHEDULER, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unknownIdsAre404() {
        String id = createSeason();
        assertThat(api.get("/v2/schedules/no-such-schedule", VIEWER).status()).isEqualTo(404);
        assertThat(api.get("/v2/schedules/no-such-schedule/games", VIEWER).status()).isEqualTo(404);
        assertThat(api.post("/v2/schedules/no-such-schedule/games", SCHEDULER,
                "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}").status())
                .isEqualTo(404);
        Answer noGame = api.post("/v2/schedules/" + id + "/games/no-such-game/move", SCHEDULER,
                "{\"date\":\"2026-01-05\"}");
        assertThat(noGame.status()).isEqualTo(404);
        assertThat(noGame.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void everyGameCommandShowsInTheReadModel() {
        String id = createSeason();
        String kuKsu = game(id, "KU", "KSU", "2026-01-03");
        String utahByu = game(id, "UTAH", "BYU", "2026-01-05");
        String extra = game(id, "KSU", "UTAH", "2026-01-10");

        assertThat(api.post(path(id, kuKsu, "move"), SCHEDULER, "{\"date\":\"2026-01-07\",\"time\":\"20:00\"}")
                .status()).isEqualTo(200);
        assertThat(api.post(path(id, utahByu, "swap"), SCHEDULER, null).status()).isEqualTo(200);
        assertThat(api.post(path(id, extra, "cancel"), SCHEDULER, null).status()).isEqualTo(200);
        Answer locked = api.post(path(id, kuKsu, "lock"), SCHEDULER, null);
        assertThat(locked.status()).isEqualTo(200);

        Answer moveLocked = api.post(path(id, kuKsu, "move"), SCHEDULER, "{\"date\":\"2026-01-08\"}");
        assertThat(moveLocked.status()).isEqualTo(422);
        assertThat(ruleIds(moveLocked)).containsExactly("locked-game-fixed");

        Answer season = readAtVersion(id, locked.version());
        List<JsonNode> games = new ArrayList<>();
        season.body().get("games").forEach(games::add);
        assertThat(games).extracting(g -> g.get("id").asText()).containsExactly(utahByu, kuKsu);
        JsonNode swapped = games.get(0);
        assertThat(swapped.get("home").asText()).isEqualTo("BYU");
        assertThat(swapped.get("venue").asText()).isEqualTo("marriott-center");
        JsonNode moved = games.get(1);
        assertThat(moved.get("date").asText()).isEqualTo("2026-01-07");
        assertThat(moved.get("time").asText()).startsWith("20:00");
        assertThat(moved.get("locked").asBoolean()).isTrue();

        assertThat(api.post(path(id, kuKsu, "unlock"), SCHEDULER, null).status()).isEqualTo(200);
    }

    @Test
    void gamesCanBeFilteredByTeamAndDates() {
        String id = createSeason();
        game(id, "KU", "KSU", "2026-01-03");
        game(id, "UTAH", "BYU", "2026-01-03");
        String late = game(id, "KU", "UTAH", "2026-02-03");
        readAtVersion(id, 3);

        Answer ku = api.get("/v2/schedules/" + id + "/games?team=KU", VIEWER);
        assertThat(ku.body()).hasSize(2);
        Answer kuFebruary = api.get("/v2/schedules/" + id + "/games?team=KU&from=2026-02-01&to=2026-02-28", VIEWER);
        assertThat(kuFebruary.body()).hasSize(1);
        assertThat(kuFebruary.body().at("/0/id").asText()).isEqualTo(late);

        Answer calendar = api.get("/v2/teams/UTAH/calendar?from=2026-02-01", VIEWER);
        assertThat(calendar.body()).anySatisfy(entry -> {
            assertThat(entry.get("gameId").asText()).isEqualTo(late);
            assertThat(entry.get("homeAway").asText()).isEqualTo("AWAY");
            assertThat(entry.get("opponent").asText()).isEqualTo("KU");
        });
    }

    @Test
    void publishingMakesEveryChangeNeedAReasonAndArchivingFreezesTheSeason() {
        String id = createSeason();
        String gameId = game(id, "KU", "KSU", "2026-01-03");
        assertThat(api.post("/v2/schedules/" + id + "/publish", SCHEDULER, null).status()).isEqualTo(200);

        Answer noReason = api.post(path(id, gameId, "move"), SCHEDULER, "{\"date\":\"2026-01-05\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(ruleIds(noReason)).containsExactly("published-change-needs-reason");
        Answer withReason = api.post(path(id, gameId, "move"), SCHEDULER,
                "{\"date\":\"2026-01-05\",\"reason\":\"ESPN Big Monday\"}");
        assertThat(withReason.status()).isEqualTo(200);

        Answer archived = api.delete("/v2/schedules/" + id, SCHEDULER);
        assertThat(archived.status()).isEqualTo(200);
        Answer afterArchive = api.post(path(id, gameId, "cancel"), SCHEDULER, "{\"reason\":\"too late\"}");
        assertThat(afterArchive.status()).isEqualTo(422);
        assertThat(ruleIds(afterArchive)).containsExactly("archived-read-only");

        Answer season = readAtVersion(id, archived.version());
        assertThat(season.body().get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(api.get("/v2/schedules?status=ARCHIVED", VIEWER).body())
                .anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo(id));
    }

    @Test
    void putChangesTheCalendarButNotUnderExistingGames() {
        String id = createSeason();
        game(id, "KU", "KSU", "2026-03-04");
        Answer shrink = api.put("/v2/schedules/" + id, SCHEDULER,
                "{\"window\":{\"start\":\"2025-12-30\",\"end\":\"2026-03-01\"}}");
        assertThat(shrink.status()).isEqualTo(422);
        assertThat(ruleIds(shrink)).containsExactly("inside-season-window");

        Answer renamed = api.put("/v2/schedules/" + id, SCHEDULER,
                "{\"name\":\"MBB 2025-26 draft B\",\"teamBlackouts\":{\"KU\":[\"2026-01-10\"]}}");
        assertThat(renamed.status()).isEqualTo(200);
        Answer season = readAtVersion(id, renamed.version());
        assertThat(season.body().get("name").asText()).isEqualTo("MBB 2025-26 draft B");
        assertThat(season.body().at("/teamBlackouts/KU/0").asText()).isEqualTo("2026-01-10");

        Answer blackedOut = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                "{\"home\":\"KSU\",\"away\":\"KU\",\"date\":\"2026-01-10\",\"time\":\"19:00\"}");
        assertThat(ruleIds(blackedOut)).containsExactly("team-blackout");
    }

    @Test
    void referenceDataAndTheRuleCatalogueAreReadable() {
        Answer schools = api.get("/v2/schools", VIEWER);
        assertThat(schools.status()).isEqualTo(200);
        assertThat(schools.body()).anySatisfy(school -> {
            assertThat(school.get("code").asText()).isEqualTo("BYU");
            assertThat(school.get("timeZone").asText()).isEqualTo("America/Denver");
            assertThat(school.get("sports").toString()).contains("MBB");
        });
        assertThat(api.get("/v2/venues", VIEWER).body())
                .anySatisfy(venue -> assertThat(venue.get("code").asText()).isEqualTo("allen-fieldhouse"));
        assertThat(api.get("/v2/rules", VIEWER).body()).hasSize(12);
        Answer openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().at("/paths").has("/v2/schedules/{id}/games/{gameId}/move")).isTrue();
    }

    private long events(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, id);
    }

    private static String path(String id, String gameId, String command) {
        return "/v2/schedules/" + id + "/games/" + gameId + "/" + command;
    }

    static List<String> ruleIds(Answer refusal) {
        List<String> ids = new ArrayList<>();
        refusal.body().get("violations").forEach(v -> ids.add(v.get("ruleId").asText()));
        return ids;
    }

    static List<String> fields(Answer invalid) {
        List<String> fields = new ArrayList<>();
        invalid.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
