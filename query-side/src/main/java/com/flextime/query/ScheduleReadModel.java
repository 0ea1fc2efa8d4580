package com.flextime.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.query.ScheduleViews.GameView;
import com.flextime.query.ScheduleViews.ScheduleSummary;
import com.flextime.query.ScheduleViews.ScheduleView;
import com.flextime.query.ScheduleViews.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the PostgreSQL read model the projections keep. Never touches the event store. */
@Repository
public class ScheduleReadModel {

    private static final TypeReference<Map<String, List<LocalDate>>> BLACKOUTS = new TypeReference<>() {
    };
    private static final String SUMMARY_COLUMNS =
            "id, sport, season, name, status, window_start, window_end, game_days, teams, version";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ScheduleReadModel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ScheduleSummary> schedules(String sport, String season, String status) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM read_model.schedule WHERE true");
        List<Object> args = new ArrayList<>();
        if (sport != null) {
            sql.append(" AND sport = ?");
            args.add(sport);
        }
        if (season != null) {
            sql.append(" AND season = ?");
            args.add(season);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.toUpperCase(java.util.Locale.ROOT));
        }
        sql.append(" ORDER BY sport, season, created_at, id");
        return jdbc.query(sql.toString(), (rs, row) -> summary(rs), args.toArray());
    }

    public Optional<ScheduleView> schedule(String id) {
        return jdbc.query("SELECT " + SUMMARY_COLUMNS + ", team_blackouts, venue_blackouts FROM read_model.schedule"
                        + " WHERE id = ?", (rs, row) -> {
                    ScheduleSummary s = summary(rs);
                    return new ScheduleView(s.id(), s.sport(), s.season(), s.name(), s.status(), s.window(),
                            s.gameDays(), s.teams(), blackouts(rs.getString("team_blackouts")),
                            blackouts(rs.getString("venue_blackouts")), s.version(), games(id, null, null, null));
                }, id).stream().findFirst();
    }

    public boolean exists(String id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM read_model.schedule WHERE id = ?)", Boolean.class, id));
    }

    /** A schedule's games, optionally only one team's and only between two dates (inclusive). */
    public List<GameView> games(String scheduleId, String team, LocalDate from, LocalDate to) {
        // Cancelled games stay in the table for the calendar exports only.
        StringBuilder sql = new StringBuilder("SELECT id, home, away, game_date, start_time, venue, locked"
                + " FROM read_model.game WHERE schedule_id = ? AND status = 'SCHEDULED'");
        List<Object> args = new ArrayList<>(List.of(scheduleId));
        if (team != null) {
            sql.append(" AND (home = ? OR away = ?)");
            args.add(team);
            args.add(team);
        }
        if (from != null) {
            sql.append(" AND game_date >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND game_date <= ?");
            args.add(to);
        }
        sql.append(" ORDER BY game_date, start_time, id");
        return jdbc.query(sql.toString(), (rs, row) -> new GameView(rs.getString("id"), rs.getString("home"),
                rs.getString("away"), rs.getObject("game_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getString("venue"), rs.getBoolean("locked")),
                args.toArray());
    }

    /** One entry of a team's calendar across every sport's schedule. */
    public record CalendarEntry(String gameId, String scheduleId, String sport, LocalDate date, LocalTime time,
                                String opponent, String homeAway, String venue) {
    }

    public List<CalendarEntry> teamCalendar(String team, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT game_id, schedule_id, sport, game_date, start_time, opponent, home_away, venue
                  FROM read_model.team_calendar
                 WHERE team = ? AND game_date >= COALESCE(?::date, game_date) AND game_date <= COALESCE(?::date, game_date)
                 ORDER BY game_date, start_time, sport""",
                (rs, row) -> new CalendarEntry(rs.getString("game_id"), rs.getString("schedule_id"),
                        rs.getString("sport"), rs.getObject("game_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class), rs.getString("opponent"),
                        rs.getString("home_away"), rs.getString("venue")), team, from, to);
    }

    private static ScheduleSummary summary(ResultSet rs) throws SQLException {
        return new ScheduleSummary(rs.getString("id"), rs.getString("sport"), rs.getString("season"),
                rs.getString("name"), rs.getString("status"),
                new Window(rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class)),
                ScheduleViews.days(Arrays.stream((String[]) rs.getArray("game_days").getArray())
                        .map(DayOfWeek::valueOf).collect(java.util.stream.Collectors.toSet())),
                List.of((String[]) rs.getArray("teams").getArray()), rs.getLong("version"));
    }

    private Map<String, List<LocalDate>> blackouts(String value) {
        try {
            return ScheduleViews.sorted(json.readValue(value, BLACKOUTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
