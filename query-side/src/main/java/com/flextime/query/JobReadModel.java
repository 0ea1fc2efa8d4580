package com.flextime.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the optimization jobs and proposals of the read model (built by JobProjection). */
@Repository
public class JobReadModel {

    /** The best season a job has found so far (or at its end). */
    public record Best(Integer hardViolations, Double softScore, Long elapsedMillis) {
    }

    /** One delivery attempt of the job's webhook. */
    public record WebhookAttempt(int attempt, String url, int status, String error, boolean delivered, Instant at) {
    }

    public record JobView(String id, String scheduleId, String state, String mode, int timeLimitSeconds, long seed,
                          boolean keepPublished, String callbackUrl, long scheduleVersion, String requestedBy,
                          Instant requestedAt, Instant startedAt, Instant endedAt, Double elapsedSeconds,
                          boolean cancelRequested, Best best, Long iterations, String proposalId,
                          String proposal, String failure, List<WebhookAttempt> webhookAttempts) {

        public boolean ended() {
            return endedAt != null;
        }
    }

    public record ProposalScore(int hardViolations, double softScore, double travelMiles, JsonNode rules) {
    }

    public record ProposalView(String id, String jobId, String scheduleId, long basedOnVersion, String state,
                               ProposalScore score, JsonNode diff, int gamesMoved, JsonNode games,
                               Instant createdAt, Instant closedAt, String closedReason, Long adoptedVersion) {
    }

    /** A proposal in a list: everything but the games. */
    public record ProposalSummary(String id, String jobId, String state, int hardViolations, double softScore,
                                  double travelMiles, int gamesMoved, long basedOnVersion, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JobReadModel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<JobView> job(String id) {
        List<WebhookAttempt> attempts = jdbc.query("""
                SELECT attempt, url, status, error, delivered, at FROM read_model.webhook_attempt
                WHERE job_id = ? ORDER BY attempt""", (rs, i) -> new WebhookAttempt(rs.getInt("attempt"),
                rs.getString("url"), rs.getInt("status"), rs.getString("error"), rs.getBoolean("delivered"),
                instant(rs, "at")), id);
        return jdbc.query("SELECT * FROM read_model.optimization_job WHERE id = ?",
                (rs, i) -> job(rs, attempts), id).stream().findFirst();
    }

    public List<JobView> jobsOf(String scheduleId) {
        return jdbc.query("SELECT * FROM read_model.optimization_job WHERE schedule_id = ? ORDER BY requested_at",
                (rs, i) -> job(rs, List.of()), scheduleId);
    }

    public Optional<ProposalView> proposal(String scheduleId, String proposalId) {
        return jdbc.query("SELECT * FROM read_model.proposal WHERE id = ? AND schedule_id = ?", (rs, i) -> {
            JsonNode diff = tree(rs.getString("diff"));
            return new ProposalView(rs.getString("id"), rs.getString("job_id"), rs.getString("schedule_id"),
                    rs.getLong("based_on_version"), rs.getString("state"),
                    new ProposalScore(rs.getInt("hard_violations"), rs.getDouble("soft_score"),
                            rs.getDouble("travel_miles"), tree(rs.getString("rules"))),
                    diff, diff.path("moved").size(), tree(rs.getString("games")), instant(rs, "created_at"),
                    instant(rs, "closed_at"), rs.getString("closed_reason"),
                    (Long) rs.getObject("adopted_version", Long.class));
        }, proposalId, scheduleId).stream().findFirst();
    }

    public List<ProposalSummary> proposalsOf(String scheduleId) {
        return jdbc.query("""
                SELECT id, job_id, state, hard_violations, soft_score, travel_miles,
                       jsonb_array_length(diff -> 'moved') AS moved, based_on_version, created_at
                FROM read_model.proposal WHERE schedule_id = ? ORDER BY created_at""",
                (rs, i) -> new ProposalSummary(rs.getString("id"), rs.getString("job_id"), rs.getString("state"),
                        rs.getInt("hard_violations"), rs.getDouble("soft_score"), rs.getDouble("travel_miles"),
                        rs.getInt("moved"), rs.getLong("based_on_version"), instant(rs, "created_at")),
                scheduleId);
    }

    private static JobView job(ResultSet rs, List<WebhookAttempt> attempts) throws SQLException {
        Instant started = instant(rs, "started_at");
        Instant ended = instant(rs, "ended_at");
        Double elapsed = started == null ? null
                : (double) ((ended == null ? Instant.now() : ended).toEpochMilli() - started.toEpochMilli()) / 1000;
        String scheduleId = rs.getString("schedule_id");
        String proposalId = rs.getString("proposal_id");
        return new JobView(rs.getString("id"), scheduleId, rs.getString("state"), rs.getString("mode"),
                rs.getInt("time_limit_seconds"), rs.getLong("seed"), rs.getBoolean("keep_published"),
                rs.getString("callback_url"), rs.getLong("schedule_version"), rs.getString("requested_by"),
                instant(rs, "requested_at"), started, ended, elapsed, rs.getBoolean("cancel_requested"),
                new Best(rs.getObject("best_hard", Integer.class), rs.getObject("best_soft", Double.class),
                        rs.getObject("best_elapsed_millis", Long.class)),
                rs.getObject("iterations", Long.class), proposalId,
                proposalId == null ? null : "/v2/schedules/" + scheduleId + "/proposals/" + proposalId,
                rs.getString("failure"), attempts);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
