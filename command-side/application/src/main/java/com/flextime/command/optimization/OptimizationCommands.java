package com.flextime.command.optimization;

import com.flextime.events.ScheduleProposed;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of optimization jobs and their proposals, each its own record. */
public final class OptimizationCommands {

    private OptimizationCommands() {
    }

    /** Limits: the solver runs between 1 second and 10 minutes. */
    public static final int MAX_TIME_LIMIT_SECONDS = 600;

    public record RequestOptimization(@TargetAggregateIdentifier String jobId, String scheduleId,
                                      long scheduleVersion, int timeLimitSeconds, long seed,
                                      boolean keepPublished, String callbackUrl) {
    }

    /** GENERATE or IMPROVE. */
    public record StartOptimization(@TargetAggregateIdentifier String jobId, String mode) {
    }

    public record RecordProgress(@TargetAggregateIdentifier String jobId, int hardViolations, double softScore,
                                 long elapsedMillis) {
    }

    public record CancelOptimization(@TargetAggregateIdentifier String jobId) {
    }

    public record CompleteOptimization(@TargetAggregateIdentifier String jobId, String proposalId,
                                       boolean cancelled, int hardViolations, double softScore, long iterations,
                                       long elapsedMillis) {
    }

    public record FailOptimization(@TargetAggregateIdentifier String jobId, String reason) {
    }

    public record RecordWebhookAttempt(@TargetAggregateIdentifier String jobId, String url, int attempt,
                                       int status, String error, boolean delivered) {
    }

    public record ProposeSchedule(@TargetAggregateIdentifier String proposalId, String jobId, String scheduleId,
                                  long basedOnVersion, List<ScheduleProposed.Game> games,
                                  ScheduleProposed.Score score, ScheduleProposed.Diff diff) {
    }

    /** The reason (required for a published schedule) travels as metadata, as for every schedule change. */
    public record AdoptProposal(@TargetAggregateIdentifier String proposalId, String scheduleId) {
    }

    public record RejectProposal(@TargetAggregateIdentifier String proposalId, String scheduleId, String reason,
                                 boolean expired) {
    }
}
