package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.flextime.FlexTimeApplication;
import com.flextime.infra.Api.Answer;
import com.flextime.infra.security.Roles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Events and read model survive a restart: the embedded PostgreSQL keeps its data directory. */
class RestartTest {

    private static final String SCHEDULER = Api.token(Roles.SCHEDULER);
    private static final String AUDITOR = Api.token(Roles.AUDITOR);

    @Test
    void eventsAndTheReadModelSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("flextime-restart-");
        String id;
        String gameId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = api(first);
            id = api.post("/v2/schedules", SCHEDULER, ServiceTest.MBB_SEASON).id();
            gameId = api.post("/v2/schedules/" + id + "/games", SCHEDULER,
                    "{\"home\":\"KU\",\"away\":\"KSU\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}").id();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/v2/schedules/" + id, SCHEDULER),
                    answer -> answer.status() == 200 && answer.version() == 1);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = api(second);
            Answer season = api.get("/v2/schedules/" + id, SCHEDULER);
            assertThat(season.status()).isEqualTo(200);
            assertThat(season.version()).isEqualTo(1);
            assertThat(season.body().at("/games/0/id").asText()).isEqualTo(gameId);
            assertThat(api.get("/v2/schedules/" + id + "/history", AUDITOR).body()).hasSize(2);

            // the aggregate is rebuilt from the stored events: the next change continues the same history
            Answer moved = api.post("/v2/schedules/" + id + "/games/" + gameId + "/move", SCHEDULER,
                    "{\"date\":\"2026-01-05\"}", "If-Match", "\"1\"");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.etag()).isEqualTo("\"2\"");
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/v2/schedules/" + id, SCHEDULER),
                    answer -> answer.version() == 2
                            && answer.body().at("/games/0/date").asText().equals("2026-01-05"));
        }
    }

    /** Arguments, not default properties: application.yml's port (8080) outranks defaults and is often taken. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(FlexTimeApplication.class)
                .run("--server.port=0", "--flextime.data-dir=" + dataDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
