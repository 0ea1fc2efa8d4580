package com.flextime.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.events.ConflictDetected;
import com.flextime.events.ConflictGame;
import com.flextime.events.ConflictResolved;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conflicts of the read model, from the conflict register's events: a detected conflict is an open row (a
 * conflict that comes back reopens its row), a resolved one stays with its resolution. Its own tracking processor,
 * so it can be rebuilt like {@code schedules}.
 */
@Component
@ProcessingGroup(ConflictProjection.NAME)
public class ConflictProjection {

    public static final String NAME = "conflicts";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ConflictProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ConflictDetected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.conflict (id, rule_id, rule, severity, reason, conflict_date, venue, teams,
                    sports, schedules, games, open, detected_at, resolved_at, resolution)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, true, ?, NULL, NULL)
                ON CONFLICT (id) DO UPDATE SET rule = EXCLUDED.rule, severity = EXCLUDED.severity,
                    reason = EXCLUDED.reason, conflict_date = EXCLUDED.conflict_date, venue = EXCLUDED.venue,
                    teams = EXCLUDED.teams, sports = EXCLUDED.sports, schedules = EXCLUDED.schedules,
                    games = EXCLUDED.games, open = true, detected_at = EXCLUDED.detected_at, resolved_at = NULL,
                    resolution = NULL""",
                event.conflictId(), event.ruleId(), event.rule(), event.severity(), event.reason(), event.date(),
                event.venue(), event.teams().toArray(String[]::new),
                event.games().stream().map(ConflictGame::sport).distinct().toArray(String[]::new),
                event.games().stream().map(ConflictGame::scheduleId).distinct().toArray(String[]::new),
                toJson(event), Timestamp.from(at));
    }

    @EventHandler
    void on(ConflictResolved event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE read_model.conflict SET open = false, resolved_at = ?, resolution = ? WHERE id = ?",
                Timestamp.from(at), event.reason(), event.conflictId());
    }

    /** A replay starts from an empty table. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.conflict");
    }

    private String toJson(ConflictDetected event) {
        try {
            return json.writeValueAsString(event.games());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }
}
