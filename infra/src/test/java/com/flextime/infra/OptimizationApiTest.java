package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.infra.Api.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The optimization saga through REST, as a scheduler uses it: request, follow, get a proposal, adopt it (or not),
 * cancel, and the refusals. Lacrosse (six teams, five weekends) keeps the searches short.
 */
class OptimizationApiTest extends ServiceTest {

    static final String LACROSSE = """
            {"sport":"LAX","season":"2025-26","teams":["ASU","CIN","COLO","FLA","SDSU","UCD"],
             "window":{"start":"2026-03-27","end":"2026-04-26"},"gameDays":["FRI","SAT","SUN"]}""";

    static final String BASKETBALL = """
            {"sport":"MBB","season":"2025-26","teams":["ARIZ","ASU","BAY","BYU","CIN","COLO","HOU","ISU","KSU",
             "KU","OKST","TCU","TTU","UCF","UTAH","WVU"],"window":{"start":"2025-12-31","end":"2026-03-08"},
             "gameDays":["SAT","SUN","MON","TUE","WED"]}""";

    /** Every team meets the five others once: 15 games. */
    static final int LACROSSE_GAMES = 15;

    String lacrosse() {
        Answer created = api.post("/v2/schedules", SCHEDULER, LACROSSE);
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    String optimize(String scheduleId, String extra) {
        Answer accepted = api.post("/v2/ai/optimize", SCHEDULER,
                "{\"scheduleId\":\"" + scheduleId + "\"" + extra + "}");
        assertThat(accepted.status()).as(String.valueOf(accepted.body())).isEqualTo(202);
        assertThat(accepted.body().get("state").asText()).isEqualTo("QUEUED");
        return accepted.body().get("jobId").asText();
    }

    JsonNode jobWhen(String jobId, String... states) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/v2/jobs/" + jobId, VIEWER),
                answer -> answer.status() == 200
                        && java.util.List.of(states).contains(answer.body().get("state").asText())).body();
    }

    @Test
    void anEmptySeasonIsGeneratedProposedAndAdopted() {
        String scheduleId = lacrosse();
        String jobId = optimize(scheduleId, ",\"timeLimitSeconds\":5");

        JsonNode job = jobWhen(jobId, "COMPLETED");
        assertThat(job.get("mode").asText()).isEqualTo("GENERATE");
        assertThat(job.at("/best/hardViolations").asInt()).isZero();
        String proposalId = job.get("proposalId").asText();
        assertThat(job.get("proposal").asText()).isEqualTo("/v2/schedules/" + scheduleId + "/proposals/" + proposalId);

        JsonNode proposal = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(job.get("proposal").asText(), VIEWER), a -> a.status() == 200).body();
        assertThat(proposal.get("state").asText()).isEqualTo("OPEN");
        assertThat(proposal.at("/score/hardViolations").asInt()).isZero();
        assertThat(proposal.at("/score/rules").size()).isPositive();
        assertThat(proposal.get("games")).hasSize(LACROSSE_GAMES);
        assertThat(proposal.at("/diff/added")).hasSize(LACROSSE_GAMES);
        assertThat(proposal.get("gamesMoved").asInt()).isZero();
        // the schedule itself is untouched until a scheduler adopts
        assertThat(api.get("/v2/schedules/" + scheduleId + "/games", VIEWER).body()).isEmpty();

        Answer adopted = api.post("/v2/schedules/" + scheduleId + "/proposals/" + proposalId + "/adopt", SCHEDULER,
                null);
        assertThat(adopted.status()).as(String.valueOf(adopted.body())).isEqualTo(200);
        assertThat(adopted.version()).isEqualTo(LACROSSE_GAMES);
        JsonNode season = readAtVersion(scheduleId, LACROSSE_GAMES).body();
        assertThat(season.get("games")).hasSize(LACROSSE_GAMES);
        // the same games, one event each in the history an auditor reads
        assertThat(api.get("/v2/schedules/" + scheduleId + "/history", AUDITOR).body())
                .hasSize(1 + LACROSSE_GAMES);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get(job.get("proposal").asText(), VIEWER)
                .body().get("state").asText().equals("ADOPTED"));

        Answer again = api.post("/v2/schedules/" + scheduleId + "/proposals/" + proposalId + "/adopt", SCHEDULER,
                null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains("already adopted");
    }

    @Test
    void aPublishedSeasonIsImprovedWithItsLockedGamesInPlaceAndItsGamesKeepingTheirIds() {
        String scheduleId = lacrosse();
        JsonNode generated = jobWhen(optimize(scheduleId, ",\"timeLimitSeconds\":3"), "COMPLETED");
        String season = "/v2/schedules/" + scheduleId;
        assertThat(api.post(season + "/proposals/" + generated.get("proposalId").asText() + "/adopt", SCHEDULER,
                null).status()).isEqualTo(200);
        JsonNode games = readAtVersion(scheduleId, LACROSSE_GAMES).body().get("games");
        JsonNode locked = games.get(0);
        assertThat(api.post(season + "/games/" + locked.get("id").asText() + "/lock", SCHEDULER, null).status())
                .isEqualTo(200);
        assertThat(api.post(season + "/publish", SCHEDULER, null).status()).isEqualTo(200);

        JsonNode job = jobWhen(optimize(scheduleId, ",\"timeLimitSeconds\":3"), "COMPLETED");
        assertThat(job.get("mode").asText()).isEqualTo("IMPROVE");
        assertThat(job.get("scheduleVersion").asLong()).isEqualTo(LACROSSE_GAMES + 2);
        JsonNode proposal = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(job.get("proposal").asText(), VIEWER), a -> a.status() == 200).body();
        assertThat(proposal.at("/score/hardViolations").asInt()).isZero();
        assertThat(proposal.at("/diff/added")).isEmpty();
        assertThat(proposal.at("/diff/removed")).isEmpty();
        java.util.Set<String> before = new java.util.HashSet<>();
        games.forEach(g -> before.add(g.get("id").asText()));
        java.util.Set<String> proposed = new java.util.HashSet<>();
        proposal.get("games").forEach(g -> proposed.add(g.get("gameId").asText()));
        assertThat(proposed).isEqualTo(before);
        proposal.at("/diff/moved").forEach(m -> assertThat(m.get("gameId").asText())
                .isNotEqualTo(locked.get("id").asText()));
        assertThat(proposal.at("/score/rules").findValuesAsText("rule")).contains("keep-published");

        // a published schedule changes only with a reason, like any change made by hand
        Answer adopted = api.post(season + "/proposals/" + proposal.get("id").asText() + "/adopt", SCHEDULER,
                "{\"reason\":\"fewer miles for the road teams\"}");
        assertThat(adopted.status()).as(String.valueOf(adopted.body())).isEqualTo(200);
        assertThat(adopted.version()).isEqualTo(LACROSSE_GAMES + 2 + proposal.get("gamesMoved").asInt()
                + proposal.at("/diff/swapped").size());
    }

    @Test
    void aScheduleThatChangedSinceTheProposalIsNotOverwritten() {
        String scheduleId = lacrosse();
        JsonNode job = jobWhen(optimize(scheduleId, ",\"timeLimitSeconds\":3"), "COMPLETED");
        Answer game = api.post("/v2/schedules/" + scheduleId + "/games", SCHEDULER,
                "{\"home\":\"ASU\",\"away\":\"CIN\",\"date\":\"2026-03-28\",\"time\":\"13:00\"}");
        assertThat(game.status()).isEqualTo(201);

        Answer adopt = api.post("/v2/schedules/" + scheduleId + "/proposals/" + job.get("proposalId").asText()
                + "/adopt", SCHEDULER, null);
        assertThat(adopt.status()).isEqualTo(409);
        assertThat(adopt.contentType()).startsWith("application/problem+json");
        assertThat(adopt.body().get("type").asText()).endsWith("/proposal-outdated");
        assertThat(adopt.body().get("basedOnVersion").asLong()).isZero();
        assertThat(adopt.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(readAtVersion(scheduleId, 1).body().get("games")).hasSize(1);
    }

    @Test
    void aRejectedProposalChangesNothingAndStaysRejected() {
        String scheduleId = lacrosse();
        JsonNode job = jobWhen(optimize(scheduleId, ",\"timeLimitSeconds\":3"), "COMPLETED");
        String proposal = "/v2/schedules/" + scheduleId + "/proposals/" + job.get("proposalId").asText();
        assertThat(api.post(proposal + "/reject", SCHEDULER, "{\"reason\":\"too much travel\"}").status())
                .isEqualTo(200);
        assertThat(api.post(proposal + "/adopt", SCHEDULER, null).status()).isEqualTo(409);
        JsonNode read = await().atMost(Duration.ofSeconds(20)).until(() -> api.get(proposal, VIEWER).body(),
                body -> body.get("state").asText().equals("REJECTED"));
        assertThat(read.get("closedReason").asText()).isEqualTo("too much travel");
        assertThat(api.get("/v2/schedules/" + scheduleId + "/games", VIEWER).body()).isEmpty();
    }

    @Test
    void aCancelledJobStopsEarlyAndKeepsTheBestFound() {
        String scheduleId = api.post("/v2/schedules", SCHEDULER, BASKETBALL).id();
        String jobId = optimize(scheduleId, ",\"timeLimitSeconds\":300");
        jobWhen(jobId, "RUNNING");

        Answer cancel = api.post("/v2/jobs/" + jobId + "/cancel", SCHEDULER, null);
        assertThat(cancel.status()).isEqualTo(202);
        JsonNode job = jobWhen(jobId, "CANCELLED");
        assertThat(job.get("cancelRequested").asBoolean()).isTrue();
        assertThat(job.get("elapsedSeconds").asDouble()).isLessThan(300);
        assertThat(job.get("proposalId").isNull()).isFalse();
        assertThat(api.post("/v2/jobs/" + jobId + "/cancel", SCHEDULER, null).status()).isEqualTo(409);
    }

    @Test
    void aSeasonTheFormatCannotFillFailsWithTheReason() {
        String scheduleId = createSeason(); // four MBB teams: the format has each meet fifteen opponents
        JsonNode job = jobWhen(optimize(scheduleId, ""), "FAILED");
        assertThat(job.get("failure").asText()).contains("needs at least").contains("this season has 4");
        assertThat(job.get("proposalId").isNull()).isTrue();
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String scheduleId = lacrosse();
        Answer tooLong = api.post("/v2/ai/optimize", SCHEDULER,
                "{\"scheduleId\":\"" + scheduleId + "\",\"timeLimitSeconds\":0}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().at("/errors/0/field").asText()).isEqualTo("timeLimitSeconds");

        Answer badHook = api.post("/v2/ai/optimize", SCHEDULER,
                "{\"scheduleId\":\"" + scheduleId + "\",\"callbackUrl\":\"ftp://tv.example/hook\"}");
        assertThat(badHook.status()).isEqualTo(400);
        assertThat(badHook.body().at("/errors/0/field").asText()).isEqualTo("callbackUrl");

        Answer unknown = api.post("/v2/ai/optimize", SCHEDULER, "{\"scheduleId\":\"no-such-schedule\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).contains("no-such-schedule");

        assertThat(api.post("/v2/ai/optimize", VIEWER, "{\"scheduleId\":\"" + scheduleId + "\"}").status())
                .isEqualTo(403);
        assertThat(api.get("/v2/jobs/no-such-job", VIEWER).status()).isEqualTo(404);
        assertThat(api.post("/v2/jobs/no-such-job/cancel", SCHEDULER, null).status()).isEqualTo(404);
        assertThat(api.get("/v2/schedules/" + scheduleId + "/jobs", VIEWER).body()).isEmpty();
    }
}
