package com.flextime.events;

/**
 * Something that happened to one optimization job: the scheduler's request, the solver's progress and how the
 * job ended. Every event names its job and the schedule it works on.
 */
public sealed interface OptimizationEvent
        permits OptimizationRequested, OptimizationStarted, OptimizationProgressed, OptimizationCancelRequested,
                OptimizationCompleted, OptimizationFailed, WebhookAttempted {

    String jobId();

    String scheduleId();
}
