package com.flextime.events;

/**
 * The job ended with a proposal ({@code proposalId}): at its time limit, on its own, or {@code cancelled} early
 * keeping the best found so far.
 */
@SchemaVersion("1")
public record OptimizationCompleted(String jobId, String scheduleId, String proposalId, boolean cancelled,
                                    int hardViolations, double softScore, long iterations, long elapsedMillis)
        implements OptimizationEvent {
}
