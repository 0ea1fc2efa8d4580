package com.flextime.query.export;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Venue;
import com.flextime.query.export.ExportedGame.GameStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A schedule's games from the read model, cancelled ones too, with the venue's zone and name from the catalog. */
@Repository
public class ExportReadModel {

    private final JdbcTemplate jdbc;
    private final ConferenceCatalog conference;

    public ExportReadModel(JdbcTemplate jdbc, ConferenceCatalog conference) {
        this.jdbc = jdbc;
        this.conference = conference;
    }

    /** In printed order (date, start time, id); {@code team} and {@code venue} filter when not null. */
    public List<ExportedGame> games(String scheduleId, String team, String venue) {
        return jdbc.query("""
                SELECT id, home, away, game_date, start_time, venue, status, changes, updated_at
                  FROM read_model.game
                 WHERE schedule_id = ? AND (?::text IS NULL OR home = ? OR away = ?)
                   AND (?::text IS NULL OR venue = ?)
                 ORDER BY game_date, start_time, id""",
                (rs, row) -> game(rs), scheduleId, team, team, team, venue, venue);
    }

    private ExportedGame game(ResultSet rs) throws SQLException {
        String venue = rs.getString("venue");
        String home = rs.getString("home");
        return new ExportedGame(rs.getString("id"), home, rs.getString("away"),
                rs.getObject("game_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                zone(venue, home), venue, conference.venue(venue).map(Venue::name).orElse(venue),
                GameStatus.valueOf(rs.getString("status")), rs.getInt("changes"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /**
     * The venue's zone. A venue the catalog does not know (commands refuse them) falls back to the host school's,
     * and that to Central time, the conference office's.
     */
    private ZoneId zone(String venue, String home) {
        return conference.zoneOf(venue)
                .or(() -> conference.school(home).map(s -> s.timeZone()))
                .orElse(ZoneId.of("America/Chicago"));
    }
}
