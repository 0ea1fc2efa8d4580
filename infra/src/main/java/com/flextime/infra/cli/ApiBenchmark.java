package com.flextime.infra.cli;

import com.flextime.FlexTimeApplication;
import com.flextime.infra.security.Roles;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code bench api}: starts the service in-process (embedded PostgreSQL in a temporary directory unless
 * FLEXTIME_DB_URL is set) and drives it over HTTP like a scheduler would: every season gets a full double
 * round robin of 16 teams, one command per game. Prints command latency (median, p99) early and late in a
 * season's history, throughput, and how long the read model takes to catch up.
 */
public final class ApiBenchmark {

    private static final String[] TEAMS = {"ARIZ", "ASU", "BAY", "BYU", "UCF", "CIN", "COLO", "HOU", "ISU", "KU",
            "KSU", "OKST", "TCU", "TTU", "UTAH", "WVU"};
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private ApiBenchmark() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        int seasons = 4;
        int threads = 2;
        String cache = "weak";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--aggregate-cache" -> {
                    cache = args[i + 1];
                    if (!cache.equals("weak") && !cache.equals("none")) {
                        throw new IllegalArgumentException("--aggregate-cache is weak or none, not " + cache);
                    }
                }
                case "--seasons" -> seasons = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dataDir = Files.createTempDirectory("flextime-bench-");
        // arguments, not default properties: application.yml's port (8080) would outrank those
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(FlexTimeApplication.class)
                .run("--server.port=0", "--flextime.data-dir=" + dataDir, "--logging.level.root=WARN",
                        "--flextime.aggregate-cache=" + cache)) {
            String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            String token = TokenCommand.sign("bench", List.of(Roles.SCHEDULER), Duration.ofHours(2),
                    System.getenv(com.flextime.infra.security.JwtSecret.ENV));
            HttpClient http = HttpClient.newHttpClient();
            List<String> ids = new ArrayList<>();
            for (int s = 0; s < seasons; s++) {
                ids.add(id(post(http, base + "/v2/schedules", token, seasonJson(s))));
            }
            List<long[]> early = Collections.synchronizedList(new ArrayList<>());
            List<long[]> late = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (String id : ids) {
                work.add(pool.submit(() -> {
                    List<String> games = doubleRoundRobin();
                    for (int g = 0; g < games.size(); g++) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = post(http, base + "/v2/schedules/" + id + "/games", token,
                                games.get(g));
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("game refused: " + answer.body());
                        }
                        (g < games.size() / 2 ? early : late).add(new long[] {System.nanoTime() - t0});
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            long acked = System.nanoTime();
            pool.shutdown();
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long expected = (long) seasons * doubleRoundRobin().size();
            while (jdbc.queryForObject("SELECT count(*) FROM read_model.game", Long.class) < expected) {
                Thread.sleep(5);
            }
            long projected = System.nanoTime();
            int commands = early.size() + late.size();
            out.printf("commands            %d (%d seasons x %d games, %d threads, aggregate cache %s)%n",
                    commands, seasons, commands / seasons, threads, cache);
            out.printf("throughput          %.0f commands/s%n", commands / seconds(acked - start));
            out.printf("latency first half  median %.1f ms, p99 %.1f ms%n", pct(early, 50), pct(early, 99));
            out.printf("latency second half median %.1f ms, p99 %.1f ms%n", pct(late, 50), pct(late, 99));
            out.printf("read model lag      %.0f ms after the last acknowledgement%n",
                    (projected - acked) / 1e6);
        }
        return 0;
    }

    /**
     * 16 teams, 30 rounds, 8 games a round, each round on its own game day three days after the last (never a
     * Friday or Sunday), so BYU never has to travel in its Saturday-evening-to-Monday window; second half mirrored.
     */
    static List<String> doubleRoundRobin() {
        List<String> games = new ArrayList<>();
        int n = TEAMS.length;
        LocalDate day = LocalDate.of(2025, 12, 31);
        for (int round = 0; round < 2 * (n - 1); round++) {
            while (day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY
                    || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            for (int i = 0; i < n / 2; i++) {
                int a = i == 0 ? n - 1 : (round % (n - 1) + i) % (n - 1);
                int b = (round % (n - 1) + n - 1 - i) % (n - 1);
                boolean flip = (round >= n - 1) ^ (i == 0 ? round % 2 == 0 : i % 2 == 0);
                String home = TEAMS[flip ? a : b];
                String away = TEAMS[flip ? b : a];
                games.add("{\"home\":\"" + home + "\",\"away\":\"" + away + "\",\"date\":\"" + day
                        + "\",\"time\":\"19:00\"}");
            }
            day = day.plusDays(3);
        }
        return games;
    }

    static String seasonJson(int s) {
        return "{\"sport\":\"MBB\",\"season\":\"2025-26\",\"name\":\"bench " + s + "\",\"teams\":[\""
                + String.join("\",\"", TEAMS) + "\"],\"window\":{\"start\":\"2025-12-30\",\"end\":\"2026-04-30\"},"
                + "\"gameDays\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"SAT\",\"SUN\"],\"venueBlackouts\":{}}";
    }

    static HttpResponse<String> post(HttpClient http, String url, String token, String json)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(HttpResponse<String> response) {
        Matcher m = ID.matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("season not created: " + response.body());
        }
        return m.group(1);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double pct(List<long[]> samples, int percentile) {
        List<Long> sorted = samples.stream().map(s -> s[0]).sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(index, 0)) / 1e6;
    }
}
