package com.flextime.events;

/** A worker took the job: {@code mode} is GENERATE (a season with no games) or IMPROVE. */
@SchemaVersion("1")
public record OptimizationStarted(String jobId, String scheduleId, String mode) implements OptimizationEvent {
}
