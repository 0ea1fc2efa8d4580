package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.infra.Api.Answer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency: a stale If-Match changes nothing, and of two conflicting commands exactly one wins. */
class ConcurrencyTest extends ServiceTest {

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        String id = createSeason();
        String gameId = game(id, "KU", "KSU", "2026-01-03");
        long before = eventCount(id);

        Answer stale = api.post("/v2/schedules/" + id + "/games/" + gameId + "/move", SCHEDULER,
                "{\"date\":\"2026-01-05\"}", "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventCount(id)).isEqualTo(before);

        Answer current = api.post("/v2/schedules/" + id + "/games/" + gameId + "/move", SCHEDULER,
                "{\"date\":\"2026-01-05\"}", "If-Match", "\"1\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.etag()).isEqualTo("\"2\"");

        Answer anyVersion = api.post("/v2/schedules/" + id + "/games/" + gameId + "/lock", SCHEDULER, null,
                "If-Match", "*");
        assertThat(anyVersion.status()).isEqualTo(200);
    }

    /** Six dates each valid for every game on its own (no Friday, no Sunday for BYU). */
    private static final List<String> DATES = List.of("2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15",
            "2026-01-17", "2026-01-19");

    @Test
    void ofCommandsRacingOnTheSameVersionExactlyOneWins() throws Exception {
        String id = createSeason();
        List<String> pairs = List.of("KU:KSU", "UTAH:BYU", "KSU:UTAH", "BYU:KU", "KSU:BYU", "UTAH:KU");
        List<Answer> answers = race(pairs.size(), i -> {
            String[] teams = pairs.get(i).split(":");
            return api.post("/v2/schedules/" + id + "/games", SCHEDULER, "{\"home\":\"" + teams[0]
                    + "\",\"away\":\"" + teams[1] + "\",\"date\":\"" + DATES.get(i) + "\",\"time\":\"19:00\"}",
                    "If-Match", "\"0\"");
        });
        assertThat(answers).extracting(Answer::status).as(answers.toString())
                .containsOnlyOnce(201).containsOnly(201, 412);
        assertThat(eventCount(id)).isEqualTo(2);
    }

    @Test
    void ofGamesRacingForOneTeamOnOneDayExactlyOneWins() throws Exception {
        String id = createSeason();
        List<String> pairs = List.of("KU:KSU", "KU:UTAH", "KU:BYU", "KSU:KU", "UTAH:KU", "BYU:KU");
        List<Answer> answers = race(pairs.size(), i -> {
            String[] teams = pairs.get(i).split(":");
            return api.post("/v2/schedules/" + id + "/games", SCHEDULER, "{\"home\":\"" + teams[0]
                    + "\",\"away\":\"" + teams[1] + "\",\"date\":\"2026-01-03\",\"time\":\"19:00\"}");
        });
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 422).hasSize(pairs.size() - 1)
                .allSatisfy(a -> assertThat(ScheduleApiTest.ruleIds(a)).contains("team-one-game-per-day"));
        assertThat(eventCount(id)).isEqualTo(2);
    }

    interface Call {
        Answer send(int i);
    }

    /** Sends n requests at once, released together by a latch. */
    private static List<Answer> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit((Callable<Answer>) () -> {
                        start.await();
                        return call.send(i);
                    })).toList();
            start.countDown();
            return futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private long eventCount(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, id);
    }
}
