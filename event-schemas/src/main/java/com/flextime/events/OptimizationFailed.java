package com.flextime.events;

/** The job ended without a proposal, for the reason given (the scheduler reads it). */
@SchemaVersion("1")
public record OptimizationFailed(String jobId, String scheduleId, String reason) implements OptimizationEvent {
}
