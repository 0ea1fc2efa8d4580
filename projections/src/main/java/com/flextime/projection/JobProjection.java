package com.flextime.projection;

import static com.flextime.projection.Rows.ts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.events.OptimizationCancelRequested;
import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationProgressed;
import com.flextime.events.OptimizationRequested;
import com.flextime.events.OptimizationStarted;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ProposalRejected;
import com.flextime.events.ScheduleProposed;
import com.flextime.events.WebhookAttempted;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the optimization jobs, their webhook attempts and the proposals of the read model, in its own tracking
 * processor (token committed with the rows, like {@link ScheduleProjection}).
 */
@Component
@ProcessingGroup(JobProjection.NAME)
public class JobProjection {

    public static final String NAME = "jobs";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JobProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OptimizationRequested event, @MetaDataValue("user") String user, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.optimization_job (id, schedule_id, state, time_limit_seconds, seed,
                    keep_published, callback_url, schedule_version, requested_by, requested_at)
                VALUES (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                event.jobId(), event.scheduleId(), event.timeLimitSeconds(), event.seed(), event.keepPublished(),
                event.callbackUrl(), event.scheduleVersion(), user, ts(at));
    }

    @EventHandler
    void on(OptimizationStarted event, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.optimization_job SET state = 'RUNNING', mode = ?, started_at = ? WHERE id = ?",
                event.mode(), ts(at), event.jobId());
    }

    @EventHandler
    void on(OptimizationProgressed event) {
        jdbc.update("""
                UPDATE read_model.optimization_job SET best_hard = ?, best_soft = ?, best_elapsed_millis = ?
                WHERE id = ?""", event.hardViolations(), event.softScore(), event.elapsedMillis(), event.jobId());
    }

    @EventHandler
    void on(OptimizationCancelRequested event) {
        jdbc.update("UPDATE read_model.optimization_job SET cancel_requested = true WHERE id = ?", event.jobId());
    }

    @EventHandler
    void on(OptimizationCompleted event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE read_model.optimization_job SET state = ?, ended_at = ?, proposal_id = ?, best_hard = ?,
                    best_soft = ?, best_elapsed_millis = ?, iterations = ? WHERE id = ?""",
                event.cancelled() ? "CANCELLED" : "COMPLETED", ts(at), event.proposalId(), event.hardViolations(),
                event.softScore(), event.elapsedMillis(), event.iterations(), event.jobId());
    }

    @EventHandler
    void on(OptimizationFailed event, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.optimization_job SET state = 'FAILED', ended_at = ?, failure = ? WHERE id = ?",
                ts(at), event.reason(), event.jobId());
    }

    @EventHandler
    void on(WebhookAttempted event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.webhook_attempt (job_id, attempt, url, status, error, delivered, at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_id, attempt) DO NOTHING""",
                event.jobId(), event.attempt(), event.url(), event.status(), event.error(), event.delivered(),
                ts(at));
    }

    @EventHandler
    void on(ScheduleProposed event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.proposal (id, job_id, schedule_id, based_on_version, state, hard_violations,
                    soft_score, travel_miles, rules, diff, games, created_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?) ON CONFLICT (id) DO NOTHING""",
                event.proposalId(), event.jobId(), event.scheduleId(), event.basedOnVersion(),
                event.score().hardViolations(), event.score().softScore(), event.score().travelMiles(),
                toJson(event.score().rules()), toJson(event.diff()), toJson(event.games()), ts(at));
    }

    @EventHandler
    void on(ProposalAdopted event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE read_model.proposal SET state = 'ADOPTED', closed_at = ?, adopted_version = ? WHERE id = ?""",
                ts(at), event.scheduleVersion(), event.proposalId());
    }

    @EventHandler
    void on(ProposalRejected event, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.proposal SET state = ?, closed_at = ?, closed_reason = ? WHERE id = ?",
                event.expired() ? "EXPIRED" : "REJECTED", ts(at), event.reason(), event.proposalId());
    }

    /** A replay starts from empty tables. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.webhook_attempt, read_model.optimization_job, read_model.proposal");
    }

    private String toJson(Object value) {
        return Rows.json(json, value);
    }
}
