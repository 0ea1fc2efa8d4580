package com.flextime.infra.conflicts;

import com.flextime.command.conflicts.GameBook;
import com.flextime.domain.conflicts.ScheduledGame;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The conflict-detection saga's memory in schema {@code conflict_detection}. Every call runs in the transaction of
 * the event the saga is handling, so the memory, the token and the recorded conflicts move together.
 */
@Repository
public class JdbcGameBook implements GameBook {

    private static final String GAME_COLUMNS = "schedule_id, sport, id, home, away, game_date, start_time, venue";

    private final JdbcTemplate jdbc;

    public JdbcGameBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void openSchedule(String scheduleId, String sport) {
        jdbc.update("INSERT INTO conflict_detection.schedule (id, sport) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                scheduleId, sport);
    }

    @Override
    public Optional<String> sportOf(String scheduleId) {
        return jdbc.queryForList("SELECT sport FROM conflict_detection.schedule WHERE id = ?", String.class,
                scheduleId).stream().findFirst();
    }

    @Override
    public void archive(String scheduleId) {
        jdbc.update("DELETE FROM conflict_detection.schedule WHERE id = ?", scheduleId);
    }

    @Override
    public Optional<ScheduledGame> game(String gameId) {
        return jdbc.query("SELECT " + GAME_COLUMNS + " FROM conflict_detection.game WHERE id = ?",
                (rs, row) -> game(rs), gameId).stream().findFirst();
    }

    @Override
    public void save(ScheduledGame game) {
        jdbc.update("""
                INSERT INTO conflict_detection.game (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET home = EXCLUDED.home, away = EXCLUDED.away,
                    game_date = EXCLUDED.game_date, start_time = EXCLUDED.start_time, venue = EXCLUDED.venue"""
                        .formatted(GAME_COLUMNS),
                game.scheduleId(), game.sport(), game.id(), game.home(), game.away(), game.date(), game.time(),
                game.venue());
    }

    @Override
    public void remove(String gameId) {
        jdbc.update("DELETE FROM conflict_detection.game WHERE id = ?", gameId);
    }

    @Override
    public List<ScheduledGame> around(ScheduledGame game) {
        return jdbc.query("SELECT " + GAME_COLUMNS + " FROM conflict_detection.game"
                        + " WHERE venue = ? AND game_date BETWEEN ? AND ?"
                        + " UNION SELECT " + GAME_COLUMNS + " FROM conflict_detection.game"
                        + " WHERE home = ? AND game_date = ?",
                (rs, row) -> game(rs), game.venue(), game.date().minusDays(1), game.date().plusDays(1),
                game.home(), game.date());
    }

    @Override
    public List<ScheduledGame> itinerary(String scheduleId, String team) {
        return jdbc.query("SELECT " + GAME_COLUMNS + " FROM conflict_detection.game"
                        + " WHERE schedule_id = ? AND (home = ? OR away = ?) ORDER BY game_date, start_time, id",
                (rs, row) -> game(rs), scheduleId, team, team);
    }

    @Override
    public Set<String> openConflicts(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.queryForList(
                "SELECT DISTINCT conflict_id FROM conflict_detection.open_conflict WHERE key = ANY (?)"
                        + " ORDER BY conflict_id",
                String.class, (Object) keys.toArray(String[]::new)));
    }

    @Override
    public void opened(String conflictId, Collection<String> keys) {
        for (String key : keys) {
            jdbc.update("INSERT INTO conflict_detection.open_conflict (conflict_id, key) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", conflictId, key);
        }
    }

    @Override
    public void resolved(String conflictId) {
        jdbc.update("DELETE FROM conflict_detection.open_conflict WHERE conflict_id = ?", conflictId);
    }

    private static ScheduledGame game(ResultSet rs) throws SQLException {
        return new ScheduledGame(rs.getString("schedule_id"), rs.getString("sport"), rs.getString("id"),
                rs.getString("home"), rs.getString("away"), rs.getObject("game_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getString("venue"));
    }
}
