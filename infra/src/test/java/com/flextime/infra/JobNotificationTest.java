package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a job's end reaches the outside: a signed webhook, retried after a failure, and a live event stream. */
class JobNotificationTest extends ServiceTest {

    /** One POST the receiver got: its signature header and body. */
    record Received(String signature, String event, String body) {
    }

    HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void theCallbackHearsTheOutcomeSignedAndRetriedAfterA500() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-FlexTime-Signature"),
                    exchange.getRequestHeaders().getFirst("X-FlexTime-Event"), body));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        String scheduleId = api.post("/v2/schedules", SCHEDULER, OptimizationApiTest.LACROSSE).id();
        String jobId = api.post("/v2/ai/optimize", SCHEDULER, "{\"scheduleId\":\"" + scheduleId
                + "\",\"timeLimitSeconds\":3,\"callbackUrl\":\"" + hook + "\"}").body().get("jobId").asText();

        JsonNode job = await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/v2/jobs/" + jobId, VIEWER).body(),
                body -> body.get("webhookAttempts").size() == 2);
        assertThat(received).hasSize(2);
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("sha256=" + hmac(r.body()));
            assertThat(r.event()).isEqualTo("optimization.completed");
        }
        JsonNode outcome = JSON.readTree(received.get(1).body());
        assertThat(outcome.get("jobId").asText()).isEqualTo(jobId);
        assertThat(outcome.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(outcome.get("proposalId").asText()).isEqualTo(job.get("proposalId").asText());
        JsonNode attempts = job.get("webhookAttempts");
        assertThat(attempts.get(0).get("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("delivered").asBoolean()).isFalse();
        assertThat(attempts.get(1).get("status").asInt()).isEqualTo(204);
        assertThat(attempts.get(1).get("delivered").asBoolean()).isTrue();
    }

    @Test
    void theEventStreamPushesProgressAndTheEnd() throws Exception {
        // a full basketball season: its search runs the whole time limit, so the stream sees it run
        String scheduleId = api.post("/v2/schedules", SCHEDULER, OptimizationApiTest.BASKETBALL).id();
        String jobId = api.post("/v2/ai/optimize", SCHEDULER, "{\"scheduleId\":\"" + scheduleId
                + "\",\"timeLimitSeconds\":6}").body().get("jobId").asText();

        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v2/jobs/" + jobId + "/events"))
                .header("Authorization", "Bearer " + VIEWER).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> stream.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> lines.contains("event:completed"));
        assertThat(lines).contains("event:state", "event:progress");
        // the stream ends after the job does
        reader.join(Duration.ofSeconds(10).toMillis());
        assertThat(reader.isAlive()).isFalse();
        String completed = lines.get(lines.indexOf("event:completed") + 1);
        assertThat(completed).startsWith("data:").contains("\"jobId\":\"" + jobId + "\"");
    }

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
