package com.flextime.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.events.ConflictGame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the conflicts the projection {@code conflicts} keeps. */
@Repository
public class ConflictReadModel {

    private static final TypeReference<List<ConflictGame>> GAMES = new TypeReference<>() {
    };

    /**
     * One conflict: the rule it breaks, why, and the games, teams, sports and venue involved; open until a game
     * moves away, is cancelled or its schedule is archived ({@code resolution} then says which).
     */
    public record ConflictView(String id, String ruleId, String rule, String severity, String reason,
                               LocalDate date, String venue, List<String> teams, List<String> sports,
                               List<ConflictGame> games, boolean open, Instant detectedAt, Instant resolvedAt,
                               String resolution) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ConflictReadModel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Conflicts involving the school and the sport (each when given), open or resolved or both, by date. */
    public List<ConflictView> conflicts(String school, String sport, Boolean open) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, rule_id, rule, severity, reason, conflict_date, venue, teams, sports, games, open,
                       detected_at, resolved_at, resolution
                  FROM read_model.conflict WHERE true""");
        List<Object> args = new ArrayList<>();
        if (school != null) {
            sql.append(" AND teams @> ARRAY[?]::text[]");
            args.add(school);
        }
        if (sport != null) {
            sql.append(" AND sports @> ARRAY[?]::text[]");
            args.add(sport);
        }
        if (open != null) {
            sql.append(" AND open = ?");
            args.add(open);
        }
        sql.append(" ORDER BY conflict_date, rule_id, id");
        return jdbc.query(sql.toString(), (rs, row) -> view(rs), args.toArray());
    }

    private ConflictView view(ResultSet rs) throws SQLException {
        return new ConflictView(rs.getString("id"), rs.getString("rule_id"), rs.getString("rule"),
                rs.getString("severity"), rs.getString("reason"), rs.getObject("conflict_date", LocalDate.class),
                rs.getString("venue"), List.of((String[]) rs.getArray("teams").getArray()),
                List.of((String[]) rs.getArray("sports").getArray()), games(rs.getString("games")),
                rs.getBoolean("open"), instant(rs.getTimestamp("detected_at")),
                instant(rs.getTimestamp("resolved_at")), rs.getString("resolution"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private List<ConflictGame> games(String value) {
        try {
            return json.readValue(value, GAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
