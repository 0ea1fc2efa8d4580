package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.flextime.FlexTimeApplication;
import com.flextime.infra.security.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a restart does to background work: a job that was running is failed with the reason (never stuck
 * "running"), and a proposal's expiry deadline, kept in PostgreSQL, still fires after the restart.
 */
class OptimizationRestartTest {

    private static final String SCHEDULER = Api.token(Roles.SCHEDULER);
    private static final String VIEWER = Api.token(Roles.VIEWER);

    @Test
    void aJobRunningWhenTheServiceStopsIsFailedOnTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory("flextime-restart-job-");
        String jobId;
        try (ConfigurableApplicationContext first = start(dataDir, "7d")) {
            Api api = api(first);
            String scheduleId = api.post("/v2/schedules", SCHEDULER, OptimizationApiTest.BASKETBALL).id();
            jobId = api.post("/v2/ai/optimize", SCHEDULER, "{\"scheduleId\":\"" + scheduleId
                    + "\",\"timeLimitSeconds\":300}").body().get("jobId").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> state(api, jobId).equals("RUNNING"));
        }

        try (ConfigurableApplicationContext second = start(dataDir, "7d")) {
            Api api = api(second);
            JsonNode job = await().atMost(Duration.ofSeconds(60)).until(
                    () -> api.get("/v2/jobs/" + jobId, VIEWER).body(),
                    body -> body.get("state").asText().equals("FAILED"));
            assertThat(job.get("failure").asText()).contains("the service stopped while the job was open");
        }
    }

    @Test
    void aProposalExpiresEvenAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("flextime-restart-expiry-");
        String proposal;
        try (ConfigurableApplicationContext first = start(dataDir, "6s")) {
            Api api = api(first);
            String scheduleId = api.post("/v2/schedules", SCHEDULER, OptimizationApiTest.LACROSSE).id();
            String jobId = api.post("/v2/ai/optimize", SCHEDULER, "{\"scheduleId\":\"" + scheduleId
                    + "\",\"timeLimitSeconds\":2}").body().get("jobId").asText();
            JsonNode job = await().atMost(Duration.ofSeconds(30)).until(
                    () -> api.get("/v2/jobs/" + jobId, VIEWER).body(),
                    body -> body.get("state").asText().equals("COMPLETED"));
            proposal = job.get("proposal").asText();
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get(proposal, VIEWER).status() == 200);
            assertThat(api.get(proposal, VIEWER).body().get("state").asText()).isEqualTo("OPEN");
        }

        try (ConfigurableApplicationContext second = start(dataDir, "6s")) {
            Api api = api(second);
            JsonNode expired = await().atMost(Duration.ofSeconds(60)).until(() -> api.get(proposal, VIEWER).body(),
                    body -> body.get("state").asText().equals("EXPIRED"));
            assertThat(expired.get("closedReason").asText()).startsWith("expired");
            assertThat(api.post(proposal + "/adopt", SCHEDULER, null).status()).isEqualTo(409);
        }
    }

    private static String state(Api api, String jobId) {
        Api.Answer answer = api.get("/v2/jobs/" + jobId, VIEWER);
        return answer.status() == 200 ? answer.body().get("state").asText() : "";
    }

    /** Command-line arguments: they win over application.yml (builder properties would not). */
    private static ConfigurableApplicationContext start(Path dataDir, String expireAfter) {
        return new SpringApplicationBuilder(FlexTimeApplication.class)
                .run("--server.port=0", "--flextime.data-dir=" + dataDir,
                        "--flextime.proposals.expire-after=" + expireAfter, "--db-scheduler.polling-interval=1s");
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
