package com.flextime.command.optimization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.command.optimization.OptimizationCommands.RecordWebhookAttempt;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a job's callback URL how the job ended: a JSON POST signed with HMAC-SHA256 over the exact body
 * ({@value #SIGNATURE}: {@code sha256=<hex>}), retried with doubling back-off until a 2xx or {@code attempts} tries.
 * Every attempt is recorded as an event on the job, so an integrator asking "did you call us?" gets an answer.
 */
@Component
public class WebhookSender implements Webhooks, DisposableBean {

    public static final String SIGNATURE = "X-FlexTime-Signature";
    public static final String EVENT = "X-FlexTime-Event";
    public static final String DELIVERY = "X-FlexTime-Delivery";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    /** The body: what a receiver needs to act, and where to read more. */
    public record Outcome(String event, String jobId, String scheduleId, String state, String proposalId,
                          Integer hardViolations, Double softScore, String reason, String job, String proposal) {

        static Outcome completed(OptimizationCompleted e) {
            return new Outcome("optimization.completed", e.jobId(), e.scheduleId(),
                    e.cancelled() ? "CANCELLED" : "COMPLETED", e.proposalId(), e.hardViolations(), e.softScore(),
                    null, "/v2/jobs/" + e.jobId(), "/v2/schedules/" + e.scheduleId() + "/proposals/" + e.proposalId());
        }

        static Outcome failed(OptimizationFailed e) {
            return new Outcome("optimization.failed", e.jobId(), e.scheduleId(), "FAILED", null, null, null,
                    e.reason(), "/v2/jobs/" + e.jobId(), null);
        }
    }

    private final CommandGateway commands;
    private final ObjectMapper json;
    private final byte[] secret;
    private final int attempts;
    private final Duration firstBackOff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookSender(CommandGateway commands, ObjectMapper json,
                         @Value("${flextime.webhooks.secret:}") String secret,
                         @Value("${flextime.webhooks.attempts:5}") int attempts,
                         @Value("${flextime.webhooks.first-back-off:2s}") Duration firstBackOff) {
        this.commands = commands;
        this.json = json;
        if (secret.isBlank()) {
            LOG.warn("flextime.webhooks.secret (FLEXTIME_WEBHOOK_SECRET) is not set: webhooks are signed with a "
                    + "built-in local key that receivers cannot trust");
        }
        this.secret = (secret.isBlank() ? "flextime-local-webhook-key" : secret).getBytes(StandardCharsets.UTF_8);
        this.attempts = attempts;
        this.firstBackOff = firstBackOff;
    }

    @Override
    public void deliver(String jobId, String url, Outcome outcome) {
        String body;
        try {
            body = json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        retries.execute(() -> attempt(jobId, url, outcome.event(), body, 1));
    }

    private void attempt(String jobId, String url, String event, String body, int attempt) {
        int status = 0;
        String error = null;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, "sha256=" + sign(body))
                    .header(EVENT, event)
                    .header(DELIVERY, jobId + "/" + attempt)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean delivered = status >= 200 && status < 300;
        if (!delivered && error == null) {
            error = "HTTP " + status;
        }
        try {
            commands.sendAndWait(new RecordWebhookAttempt(jobId, url, attempt, status, error, delivered));
        } catch (RuntimeException e) {
            LOG.warn("could not record webhook attempt {} of job {}", attempt, jobId, e);
        }
        if (!delivered && attempt < attempts) {
            long delay = firstBackOff.toMillis() << (attempt - 1);
            retries.schedule(() -> attempt(jobId, url, event, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** HMAC-SHA256 of the body with the configured secret, in lower-case hex. */
    public String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
