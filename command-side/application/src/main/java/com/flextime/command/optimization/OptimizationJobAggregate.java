package com.flextime.command.optimization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.flextime.command.optimization.OptimizationCommands.CancelOptimization;
import com.flextime.command.optimization.OptimizationCommands.CompleteOptimization;
import com.flextime.command.optimization.OptimizationCommands.FailOptimization;
import com.flextime.command.optimization.OptimizationCommands.RecordProgress;
import com.flextime.command.optimization.OptimizationCommands.RecordWebhookAttempt;
import com.flextime.command.optimization.OptimizationCommands.RequestOptimization;
import com.flextime.command.optimization.OptimizationCommands.StartOptimization;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.events.OptimizationCancelRequested;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationProgressed;
import com.flextime.events.OptimizationRequested;
import com.flextime.events.OptimizationStarted;
import com.flextime.events.WebhookAttempted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One optimization job's life: requested, started by a worker, progressing, then ended once — completed with a
 * proposal, or failed with a reason. Reports that arrive after the end (a late progress, a second end) change
 * nothing, so a worker racing a cancel or a restart cannot reopen a job.
 */
@Aggregate
public class OptimizationJobAggregate {

    @AggregateIdentifier
    private String jobId;
    private String scheduleId;
    private boolean started;
    private boolean cancelRequested;
    private boolean ended;

    protected OptimizationJobAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public OptimizationJobAggregate(RequestOptimization command) {
        int limit = command.timeLimitSeconds();
        if (limit < 1 || limit > OptimizationCommands.MAX_TIME_LIMIT_SECONDS) {
            throw new InvalidScheduleRequest("timeLimitSeconds", "must be between 1 and "
                    + OptimizationCommands.MAX_TIME_LIMIT_SECONDS + " seconds");
        }
        apply(new OptimizationRequested(command.jobId(), command.scheduleId(), command.scheduleVersion(),
                command.timeLimitSeconds(), command.seed(), command.keepPublished(), command.callbackUrl()));
    }

    @CommandHandler
    public void handle(StartOptimization command) {
        if (!ended && !started) {
            apply(new OptimizationStarted(jobId, scheduleId, command.mode()));
        }
    }

    @CommandHandler
    public void handle(RecordProgress command) {
        if (!ended) {
            apply(new OptimizationProgressed(jobId, scheduleId, command.hardViolations(), command.softScore(),
                    command.elapsedMillis()));
        }
    }

    @CommandHandler
    public void handle(CancelOptimization command) {
        if (ended) {
            throw new JobConflict("job " + jobId + " has already ended; nothing to cancel");
        }
        if (!cancelRequested) {
            apply(new OptimizationCancelRequested(jobId, scheduleId));
        }
    }

    @CommandHandler
    public void handle(CompleteOptimization command) {
        if (!ended) {
            apply(new OptimizationCompleted(jobId, scheduleId, command.proposalId(), command.cancelled(),
                    command.hardViolations(), command.softScore(), command.iterations(), command.elapsedMillis()));
        }
    }

    @CommandHandler
    public void handle(FailOptimization command) {
        if (!ended) {
            apply(new OptimizationFailed(jobId, scheduleId, command.reason()));
        }
    }

    @CommandHandler
    public void handle(RecordWebhookAttempt command) {
        apply(new WebhookAttempted(jobId, scheduleId, command.url(), command.attempt(), command.status(),
                command.error(), command.delivered()));
    }

    @EventSourcingHandler
    void on(OptimizationRequested event) {
        jobId = event.jobId();
        scheduleId = event.scheduleId();
    }

    @EventSourcingHandler
    void on(OptimizationStarted event) {
        started = true;
    }

    @EventSourcingHandler
    void on(OptimizationCancelRequested event) {
        cancelRequested = true;
    }

    @EventSourcingHandler
    void on(OptimizationCompleted event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(OptimizationFailed event) {
        ended = true;
    }
}
