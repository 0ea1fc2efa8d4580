package com.flextime.projection;

import static com.flextime.projection.Rows.ts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameScheduled;
import com.flextime.events.GameUnlocked;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.SchedulePublished;
import com.flextime.events.SeasonCalendar;
import com.flextime.events.SeasonCalendarChanged;
import com.flextime.events.SeasonScheduleCreated;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the schedules, games and team calendars of the read model. Runs in a tracking processor whose token
 * is committed in the same transaction as these rows, so each event lands exactly once, and a reset replays
 * the tables from the first event.
 */
@Component
@ProcessingGroup(ScheduleProjection.NAME)
public class ScheduleProjection {

    public static final String NAME = "schedules";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ScheduleProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(SeasonScheduleCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        SeasonCalendar calendar = event.calendar();
        jdbc.update("""
                INSERT INTO read_model.schedule (id, sport, season, name, status, window_start, window_end,
                    game_days, teams, team_blackouts, venue_blackouts, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""",
                event.scheduleId(), event.sport(), event.season(), event.name(), calendar.window().start(),
                calendar.window().end(), gameDays(calendar), event.teams().toArray(String[]::new),
                toJson(calendar.teamBlackouts()), toJson(calendar.venueBlackouts()), version, ts(at), ts(at));
    }

    @EventHandler
    void on(SeasonCalendarChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        SeasonCalendar calendar = event.calendar();
        jdbc.update("""
                UPDATE read_model.schedule SET name = ?, window_start = ?, window_end = ?, game_days = ?,
                    team_blackouts = ?::jsonb, venue_blackouts = ?::jsonb, version = ?, updated_at = ?
                WHERE id = ?""",
                event.name(), calendar.window().start(), calendar.window().end(), gameDays(calendar),
                toJson(calendar.teamBlackouts()), toJson(calendar.venueBlackouts()), version, ts(at),
                event.scheduleId());
    }

    @EventHandler
    void on(GameScheduled event, @SequenceNumber long version, @Timestamp Instant at) {
        // A game id scheduled again after its cancellation is the same calendar entry, changed once more.
        jdbc.update("""
                INSERT INTO read_model.game (id, schedule_id, home, away, game_date, start_time, venue, locked,
                    updated_at, status, changes) VALUES (?, ?, ?, ?, ?, ?, ?, false, ?, 'SCHEDULED', 0)
                ON CONFLICT (id) DO UPDATE SET home = excluded.home, away = excluded.away,
                    game_date = excluded.game_date, start_time = excluded.start_time, venue = excluded.venue,
                    locked = false, updated_at = excluded.updated_at, status = 'SCHEDULED',
                    changes = read_model.game.changes + 1
                WHERE read_model.game.status = 'CANCELLED'""",
                event.gameId(), event.scheduleId(), event.home(), event.away(), event.date(), event.time(),
                event.venue(), ts(at));
        writeTeamCalendar(event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(GameMoved event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.game SET game_date = ?, start_time = ?, venue = ?, updated_at = ?,"
                        + " changes = changes + 1 WHERE id = ?",
                event.to().date(), event.to().time(), event.to().venue(), ts(at), event.gameId());
        writeTeamCalendar(event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(HomeAndAwaySwapped event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.game SET home = ?, away = ?, venue = ?, updated_at = ?,"
                        + " changes = changes + 1 WHERE id = ?",
                event.home(), event.away(), event.venue(), ts(at), event.gameId());
        writeTeamCalendar(event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(GameCancelled event, @SequenceNumber long version, @Timestamp Instant at) {
        // Kept, marked cancelled, for calendars that must be told; the schedule and calendar reads skip it.
        jdbc.update("UPDATE read_model.game SET status = 'CANCELLED', updated_at = ?,"
                + " changes = changes + 1 WHERE id = ?", ts(at), event.gameId());
        jdbc.update("DELETE FROM read_model.team_calendar WHERE game_id = ?", event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(GameLocked event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.game SET locked = true, updated_at = ? WHERE id = ?", ts(at), event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(GameUnlocked event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.game SET locked = false, updated_at = ? WHERE id = ?", ts(at), event.gameId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(SchedulePublished event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.schedule SET status = 'PUBLISHED' WHERE id = ?", event.scheduleId());
        touch(event.scheduleId(), version, at);
    }

    @EventHandler
    void on(ScheduleArchived event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("UPDATE read_model.schedule SET status = 'ARCHIVED' WHERE id = ?", event.scheduleId());
        touch(event.scheduleId(), version, at);
    }

    /** A replay starts from empty tables. */
    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.team_calendar, read_model.game, read_model.schedule");
    }

    /** Rewrites both teams' calendar rows from the game row, whatever changed. */
    private void writeTeamCalendar(String gameId) {
        jdbc.update("DELETE FROM read_model.team_calendar WHERE game_id = ?", gameId);
        jdbc.update("""
                INSERT INTO read_model.team_calendar (team, game_id, schedule_id, sport, game_date, start_time,
                    opponent, home_away, venue)
                SELECT g.home, g.id, g.schedule_id, s.sport, g.game_date, g.start_time, g.away, 'HOME', g.venue
                  FROM read_model.game g JOIN read_model.schedule s ON s.id = g.schedule_id WHERE g.id = ?
                UNION ALL
                SELECT g.away, g.id, g.schedule_id, s.sport, g.game_date, g.start_time, g.home, 'AWAY', g.venue
                  FROM read_model.game g JOIN read_model.schedule s ON s.id = g.schedule_id WHERE g.id = ?""",
                gameId, gameId);
    }

    private void touch(String scheduleId, long version, Instant at) {
        jdbc.update("UPDATE read_model.schedule SET version = ?, updated_at = ? WHERE id = ?", version, ts(at),
                scheduleId);
    }

    private static String[] gameDays(SeasonCalendar calendar) {
        return calendar.gameDays().stream().map(Enum::name).toArray(String[]::new);
    }

    private String toJson(Object value) {
        return Rows.json(json, value);
    }
}
