package com.flextime.projection.relay;

import com.flextime.events.integration.GameView;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the relay remembers to write complete integration events: each schedule's sport and season, each game as
 * it stands, each proposal's summary and each conflict's schedules. Written in the relay's own transaction, with
 * its token, so a replayed batch finds the state it had the first time.
 */
public class RelayState {

    private final JdbcTemplate jdbc;
    private final VenueZones zones;
    /** A schedule's sport and season never change: read once (a fact, so a rolled-back batch cannot make it wrong). */
    private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

    public RelayState(JdbcTemplate jdbc, VenueZones zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    private static final String GAME = "id, home, away, game_date, start_time, venue, status, locked";

    public record Schedule(String sport, String season) {
    }

    public record Proposal(String jobId, int added, int removed, int moved, int swapped, int hard, double soft) {
    }

    public record Conflict(List<String> scheduleIds, List<String> sports) {
    }

    void schedule(String id, String sport, String season) {
        jdbc.update("INSERT INTO read_model.relay_schedule (id, sport, season) VALUES (?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET sport = EXCLUDED.sport, season = EXCLUDED.season", id, sport, season);
    }

    Schedule schedule(String id) {
        return schedules.computeIfAbsent(id, this::loadSchedule);
    }

    private Schedule loadSchedule(String id) {
        return jdbc.query("SELECT sport, season FROM read_model.relay_schedule WHERE id = ?",
                (rs, i) -> new Schedule(rs.getString(1), rs.getString(2)), id).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the relay has not seen schedule " + id + " created"));
    }

    GameView gameScheduled(String id, String scheduleId, String home, String away, LocalDate date, LocalTime time,
                           String venue) {
        return one("""
                INSERT INTO read_model.relay_game (id, schedule_id, home, away, game_date, start_time, venue,
                    status, locked) VALUES (?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', false)
                ON CONFLICT (id) DO UPDATE SET home = EXCLUDED.home, away = EXCLUDED.away,
                    game_date = EXCLUDED.game_date, start_time = EXCLUDED.start_time, venue = EXCLUDED.venue,
                    status = 'SCHEDULED', locked = false
                RETURNING\s""" + GAME, id, scheduleId, home, away, date, time, venue);
    }

    GameView gameMoved(String id, LocalDate date, LocalTime time, String venue) {
        return one("UPDATE read_model.relay_game SET game_date = ?, start_time = ?, venue = ? WHERE id = ? RETURNING "
                + GAME, date, time, venue, id);
    }

    GameView gameSwapped(String id, String home, String away, String venue) {
        return one("UPDATE read_model.relay_game SET home = ?, away = ?, venue = ? WHERE id = ? RETURNING " + GAME,
                home, away, venue, id);
    }

    GameView gameCancelled(String id) {
        return one("UPDATE read_model.relay_game SET status = 'CANCELLED' WHERE id = ? RETURNING " + GAME, id);
    }

    GameView gameLocked(String id, boolean locked) {
        return one("UPDATE read_model.relay_game SET locked = ? WHERE id = ? RETURNING " + GAME, locked, id);
    }

    /** One round trip per game event: the change and the game as it now stands. */
    private GameView one(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> {
            LocalDate date = rs.getObject(4, Date.class).toLocalDate();
            LocalTime time = rs.getObject(5, Time.class).toLocalTime();
            String venue = rs.getString(6);
            Optional<ZoneId> zone = zones.zoneOf(venue);
            return new GameView(rs.getString(1), rs.getString(2), rs.getString(3), date, time,
                    zone.map(z -> date.atTime(time).atZone(z).toOffsetDateTime()).orElse(null),
                    zone.map(ZoneId::getId).orElse(null), venue, rs.getString(7), rs.getBoolean(8));
        }, args).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the relay has not seen game " + args[args.length - 1]
                        + " scheduled"));
    }

    void proposal(String id, Proposal proposal) {
        jdbc.update("""
                INSERT INTO read_model.relay_proposal (id, job_id, added, removed, moved, swapped, hard, soft)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                id, proposal.jobId(), proposal.added(), proposal.removed(), proposal.moved(), proposal.swapped(),
                proposal.hard(), proposal.soft());
    }

    Optional<Proposal> proposal(String id) {
        return jdbc.query("SELECT job_id, added, removed, moved, swapped, hard, soft FROM read_model.relay_proposal"
                        + " WHERE id = ?", (rs, i) -> new Proposal(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getDouble(7)), id).stream().findFirst();
    }

    void conflict(String id, Conflict conflict) {
        jdbc.update("""
                INSERT INTO read_model.relay_conflict (id, schedule_ids, sports) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET schedule_ids = EXCLUDED.schedule_ids, sports = EXCLUDED.sports""",
                id, conflict.scheduleIds().toArray(String[]::new), conflict.sports().toArray(String[]::new));
    }

    Optional<Conflict> conflict(String id) {
        return jdbc.query("SELECT schedule_ids, sports FROM read_model.relay_conflict WHERE id = ?",
                (rs, i) -> new Conflict(Arrays.asList((String[]) rs.getArray(1).getArray()),
                        Arrays.asList((String[]) rs.getArray(2).getArray())), id).stream().findFirst();
    }

    void clear() {
        schedules.clear();
        jdbc.update("TRUNCATE read_model.relay_schedule, read_model.relay_game, read_model.relay_proposal,"
                + " read_model.relay_conflict");
    }
}
