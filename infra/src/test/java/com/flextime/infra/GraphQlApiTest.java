package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /v2/graphql} as a client sends it: a JSON body with the query and its variables, a bearer token. */
class GraphQlApiTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAX_SEASON = """
            {"sport":"LAX","season":"2025-26","teams":["ASU","CIN","COLO","FLA","SDSU","UCD"],
             "window":{"start":"2026-03-27","end":"2026-04-26"},"gameDays":["FRI","SAT","SUN"]}""";
    private static final String CREATE = """
            mutation($input: CreateScheduleInput!) {
              createSchedule(input: $input) { id sport season name status version teams { code } games { id } }
            }""";

    @Test
    void aScheduleWithItsGamesTeamsVenuesRulesAndMetrics() {
        String id = createSeason();
        String first = game(id, "UTAH", "BYU", "2026-01-03");
        game(id, "KSU", "BYU", "2026-01-06");
        readAtVersion(id, 2);

        JsonNode answer = graphql(VIEWER, """
                query($id: ID!) { schedule(id: $id) {
                  id sport season status version window { start end } teams { code name }
                  games { id home { code } away { code } date time venue { code school { code } } locked }
                  byu: games(team: "BYU", from: "2026-01-05") { date }
                  constraints { id kind hard weight }
                  metrics { totals { games breaks travelMiles longestRoadTrip } }
                  optimizationScore { softScore }
                } }""", "{\"id\":\"" + id + "\"}");

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        JsonNode schedule = answer.at("/data/schedule");
        assertThat(schedule.get("sport").asText()).isEqualTo("MBB");
        assertThat(schedule.get("version").asInt()).isEqualTo(2);
        assertThat(schedule.at("/window/start").asText()).isEqualTo("2025-12-30");
        assertThat(texts(schedule.get("teams"), "code")).containsExactly("BYU", "UTAH", "KU", "KSU");
        JsonNode game = schedule.at("/games/0");
        assertThat(game.get("id").asText()).isEqualTo(first);
        assertThat(game.toString()).isEqualTo("{\"id\":\"" + first + "\",\"home\":{\"code\":\"UTAH\"},"
                + "\"away\":{\"code\":\"BYU\"},\"date\":\"2026-01-03\",\"time\":\"19:00\","
                + "\"venue\":{\"code\":\"jon-m-huntsman-center\",\"school\":{\"code\":\"UTAH\"}},\"locked\":false}");
        assertThat(texts(schedule.get("byu"), "date")).containsExactly("2026-01-06");
        // the hard rules of GET /v2/rules, then basketball's season rules with their weights
        JsonNode constraints = schedule.get("constraints");
        assertThat(texts(constraints, "id")).contains("no-play-day", "travel", "breaks");
        assertThat(constraints.toString()).contains("{\"id\":\"breaks\",\"kind\":\"SEASON\",\"hard\":false,"
                + "\"weight\":0.5}");
        assertThat(schedule.at("/metrics/totals").toString())
                .isEqualTo("{\"games\":2,\"breaks\":1,\"travelMiles\":1652.6,\"longestRoadTrip\":2}");
        assertThat(schedule.get("optimizationScore").isNull()).isTrue(); // never optimized
    }

    @Test
    void schedulesCanBeFilteredBySportAndTeam() {
        String mbb = createSeason();
        String lax = api.post("/v2/schedules", SCHEDULER, LAX_SEASON).id();
        readAtVersion(mbb, 0);
        readAtVersion(lax, 0);

        JsonNode bySport = graphql(VIEWER, "{ schedules(filter: {sport: \"LAX\"}) { id sport } }", null);
        JsonNode byTeam = graphql(VIEWER, "{ schedules(filter: {team: \"UTAH\"}) { id teams { code } } }", null);

        assertThat(texts(bySport.at("/data/schedules"), "sport")).containsOnly("LAX");
        assertThat(texts(bySport.at("/data/schedules"), "id")).contains(lax).doesNotContain(mbb);
        assertThat(texts(byTeam.at("/data/schedules"), "id")).contains(mbb).doesNotContain(lax);
    }

    @Test
    void createScheduleGoesThroughTheCommandSide() {
        String name = "GraphQL lacrosse " + UUID.randomUUID();
        ObjectNode input = (ObjectNode) read(LAX_SEASON);
        input.put("name", name);
        input.set("teamBlackouts", read("[{\"team\":\"ASU\",\"dates\":[\"2026-04-03\"]}]"));

        JsonNode answer = graphql(SCHEDULER, CREATE, "{\"input\":" + input + "}");

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        JsonNode created = answer.at("/data/createSchedule");
        assertThat(created.get("name").asText()).isEqualTo(name);
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        assertThat(texts(created.get("teams"), "code")).containsExactly("ASU", "CIN", "COLO", "FLA", "SDSU", "UCD");
        Api.Answer rest = readAtVersion(created.get("id").asText(), 0);
        assertThat(rest.body().get("name").asText()).isEqualTo(name);
        assertThat(rest.body().at("/teamBlackouts/ASU/0").asText()).isEqualTo("2026-04-03");
    }

    @Test
    void anAdminMayMutateThroughTheRoleHierarchy() {
        JsonNode answer = graphql(ADMIN, CREATE, "{\"input\":" + LAX_SEASON + "}");

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/createSchedule/sport").asText()).isEqualTo("LAX");
    }

    @Test
    void badInputIsAnErrorNamingTheFieldsAsRestDoes() {
        String name = "Refused " + UUID.randomUUID();
        JsonNode missing = graphql(SCHEDULER, CREATE, "{\"input\":{\"sport\":\"LAX\",\"name\":\"" + name + "\","
                + "\"teams\":[\"ASU\",\"CIN\"],\"window\":{\"start\":\"2026-03-27\"},\"gameDays\":[\"SAT\"]}}");
        JsonNode unknownTeam = graphql(SCHEDULER, CREATE, "{\"input\":" + LAX_SEASON.replace("\"UCD\"", "\"XYZ\"")
                + "}");
        JsonNode badDate = graphql(SCHEDULER, CREATE, "{\"input\":" + LAX_SEASON.replace("2026-03-27", "27/03/2026")
                + "}");

        JsonNode error = missing.at("/errors/0");
        assertThat(missing.get("data").isNull()).isTrue();
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/type").asText()).isEqualTo("https://flextime.dev/problems/invalid-request");
        assertThat(texts(error.at("/extensions/errors"), "field")).containsExactly("season", "window.end");
        assertThat(error.get("message").asText()).isEqualTo("season: must not be blank; window.end: must not be null");
        assertThat(error.at("/path/0").asText()).isEqualTo("createSchedule");
        assertThat(texts(unknownTeam.at("/errors/0/extensions/errors"), "field")).containsExactly("teams");
        assertThat(unknownTeam.at("/errors/0/message").asText()).contains("unknown team 'XYZ'");
        assertThat(texts(badDate.at("/errors/0/extensions/errors"), "field")).containsExactly("window.start");
        assertNothingStoredNamed(name);
    }

    @Test
    void aViewerMayQueryButAMutationIsForbiddenAndStoresNothing() {
        String name = "Forbidden " + UUID.randomUUID();
        ObjectNode input = (ObjectNode) read(LAX_SEASON);
        input.put("name", name);

        JsonNode answer = graphql(VIEWER, CREATE, "{\"input\":" + input + "}");
        JsonNode optimize = graphql(VIEWER, "mutation { optimizeSchedule(id: \"any\") { id } }", null);

        assertThat(answer.get("data").isNull()).isTrue();
        assertThat(answer.at("/errors/0/extensions/classification").asText()).isEqualTo("FORBIDDEN");
        assertThat(optimize.at("/errors/0/extensions/classification").asText()).isEqualTo("FORBIDDEN");
        assertNothingStoredNamed(name);
    }

    @Test
    void withoutATokenTheEndpointAnswers401() {
        Api.Answer answer = api.post("/v2/graphql", null, "{\"query\":\"{ teams { code } }\"}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void optimizeScheduleStartsAJobTheRestEndpointShowsAndItsScoreBecomesTheSchedules() {
        String id = api.post("/v2/schedules", SCHEDULER, LAX_SEASON).id();

        JsonNode answer = graphql(SCHEDULER, """
                mutation($id: ID!) { optimizeSchedule(id: $id, params: {timeLimitSeconds: 1, seed: 7}) {
                  id scheduleId state href events } }""", "{\"id\":\"" + id + "\"}");

        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        JsonNode job = answer.at("/data/optimizeSchedule");
        String jobId = job.get("id").asText();
        assertThat(job.get("scheduleId").asText()).isEqualTo(id);
        assertThat(job.get("state").asText()).isEqualTo("QUEUED");
        assertThat(job.get("href").asText()).isEqualTo("/v2/jobs/" + jobId);
        JsonNode rest = await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/v2/jobs/" + jobId, VIEWER),
                a -> a.status() == 200 && "COMPLETED".equals(a.body().get("state").asText())).body();
        assertThat(rest.get("scheduleId").asText()).isEqualTo(id);
        assertThat(rest.get("seed").asLong()).isEqualTo(7);
        JsonNode score = await().atMost(Duration.ofSeconds(20)).until(() -> graphql(VIEWER,
                        "query($id: ID!) { schedule(id: $id) { optimizationScore { proposalId jobId softScore } } }",
                        "{\"id\":\"" + id + "\"}").at("/data/schedule/optimizationScore"), s -> s.isObject());
        assertThat(score.get("jobId").asText()).isEqualTo(jobId);
        assertThat(score.get("proposalId").asText()).isEqualTo(rest.get("proposalId").asText());
    }

    @Test
    void anOptimizationOfAnUnknownScheduleIsNotFoundAsInRest() {
        JsonNode answer = graphql(SCHEDULER, "mutation { optimizeSchedule(id: \"no-such\", params: "
                + "{timeLimitSeconds: 1}) { id } }", null);
        JsonNode tooLong = graphql(SCHEDULER, "mutation { optimizeSchedule(id: \"no-such\", params: "
                + "{timeLimitSeconds: 9999}) { id } }", null);

        assertThat(answer.at("/errors/0/extensions/classification").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.at("/errors/0/extensions/status").asInt()).isEqualTo(404);
        assertThat(texts(tooLong.at("/errors/0/extensions/errors"), "field")).containsExactly("timeLimitSeconds");
    }

    /**
     * A refused command stores nothing: a schedule created after it appears in the read model, and the projection
     * handles events in order, so a stored refused schedule would have appeared by then too.
     */
    private void assertNothingStoredNamed(String name) {
        String after = createSeason();
        readAtVersion(after, 0);
        assertThat(texts(graphql(VIEWER, "{ schedules { name } }", null).at("/data/schedules"), "name"))
                .doesNotContain(name);
    }

    private JsonNode graphql(String token, String query, String variables) {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        if (variables != null) {
            body.set("variables", read(variables));
        }
        Api.Answer answer = api.post("/v2/graphql", token, body.toString());
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }
}
