package com.flextime.events;

/**
 * The best season found so far got better: its hard violations and weighted soft score, {@code elapsedMillis}
 * after the start. Recorded at most about once a second, so a job's trajectory stays in its history.
 */
@SchemaVersion("1")
public record OptimizationProgressed(String jobId, String scheduleId, int hardViolations, double softScore,
                                     long elapsedMillis) implements OptimizationEvent {
}
