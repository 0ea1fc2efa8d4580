package com.flextime.events;

/** A scheduler asked the job to stop; it ends keeping the best season found so far. */
@SchemaVersion("1")
public record OptimizationCancelRequested(String jobId, String scheduleId) implements OptimizationEvent {
}
