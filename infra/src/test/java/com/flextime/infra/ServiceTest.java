package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.flextime.FlexTimeApplication;
import com.flextime.infra.security.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port, against a real PostgreSQL: the embedded one by default (its data in a
 * fresh directory per test run), or the server named by FLEXTIME_DB_URL. One context is shared by every test
 * class that extends this, so PostgreSQL starts once.
 */
@SpringBootTest(classes = FlexTimeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    private static final Path DATA_DIR = newDataDir();

    protected static final String SCHEDULER = Api.token(Roles.SCHEDULER);
    protected static final String VIEWER = Api.token(Roles.VIEWER);
    protected static final String AUDITOR = Api.token(Roles.AUDITOR);
    protected static final String ADMIN = Api.token(Roles.ADMIN);

    /** The README's season: four teams, BYU among them, no Friday games. */
    protected static final String MBB_SEASON = """
            {"sport":"MBB","season":"2025-26","teams":["BYU","UTAH","KU","KSU"],
             "window":{"start":"2025-12-30","end":"2026-03-07"},"gameDays":["MON","TUE","WED","THU","SAT","SUN"]}""";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Api api;

    /** The webhook key the tests' receivers check signatures with. */
    protected static final String WEBHOOK_SECRET = "test-webhook-secret-with-32-bytes";

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("flextime.data-dir", DATA_DIR::toString);
        registry.add("flextime.webhooks.secret", () -> WEBHOOK_SECRET);
        registry.add("flextime.webhooks.first-back-off", () -> "200ms");
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("flextime-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected String createSeason() {
        Api.Answer created = api.post("/v2/schedules", SCHEDULER, MBB_SEASON);
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    protected String game(String scheduleId, String home, String away, String date) {
        Api.Answer answer = api.post("/v2/schedules/" + scheduleId + "/games", SCHEDULER,
                "{\"home\":\"" + home + "\",\"away\":\"" + away + "\",\"date\":\"" + date + "\",\"time\":\"19:00\"}");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.id();
    }

    /** Waits until the read model shows the schedule at least at this version (the projection is asynchronous). */
    protected Api.Answer readAtVersion(String scheduleId, long version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/v2/schedules/" + scheduleId, VIEWER),
                answer -> answer.status() == 200 && answer.version() >= version);
    }
}
