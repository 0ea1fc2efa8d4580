package com.flextime.events;

/**
 * One delivery attempt of the job's outcome to its callback URL: the HTTP status (0 when no answer came), the
 * error if any, and whether it counts as delivered (2xx). Failed attempts are retried with back-off.
 */
@SchemaVersion("1")
public record WebhookAttempted(String jobId, String scheduleId, String url, int attempt, int status,
                               @Nullable String error,
                               boolean delivered) implements OptimizationEvent {
}
