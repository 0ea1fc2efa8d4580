package com.flextime.query.export;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conflicts.ConflictData;
import com.flextime.domain.conflicts.TravelModel;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.query.ScheduleNotFound;
import com.flextime.query.ScheduleReadModel;
import com.flextime.query.ScheduleViews.GameView;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Checks an export's filters, gathers the schedule and its games, and hands them to the format's writer. */
@Service
public class ScheduleExports {

    /** The game lengths the conflict rules use: the only ones the conference data has (2025-26). */
    private static final ConflictData GAME_LENGTHS = ConflictData.load("2025_26");

    /** A finished file: its bytes, format and download name, and the schedule version it shows. */
    public record Exported(byte[] content, ExportFormat format, String fileName, long version) {
    }

    private final ScheduleReadModel schedules;
    private final ExportReadModel games;
    private final ConferenceCatalog conference;
    private final Map<ExportFormat, ScheduleWriter> writers = new EnumMap<>(ExportFormat.class);

    public ScheduleExports(ScheduleReadModel schedules, ExportReadModel games, ConferenceCatalog conference,
                           List<ScheduleWriter> writers) {
        this.schedules = schedules;
        this.games = games;
        this.conference = conference;
        writers.forEach(w -> this.writers.put(w.format(), w));
    }

    /**
     * @throws ScheduleNotFound        for an unknown schedule
     * @throws InvalidScheduleRequest  for a team not in the schedule or a venue the conference does not know
     */
    public Exported export(String scheduleId, ExportFormat format, String team, String venue) {
        ScheduleView schedule = schedules.schedule(scheduleId)
                .orElseThrow(() -> new ScheduleNotFound("no schedule " + scheduleId));
        if (team != null && !schedule.teams().contains(team)) {
            throw new InvalidScheduleRequest("team", "'" + team + "' is not a team of this schedule; its teams: "
                    + String.join(", ", schedule.teams()));
        }
        if (venue != null && conference.venue(venue).isEmpty()) {
            throw new InvalidScheduleRequest("venue", "unknown venue '" + venue + "'; see GET /v2/venues");
        }
        List<ExportedGame> exported = games.games(scheduleId, team, venue);
        Set<String> shown = exported.stream().map(ExportedGame::id).collect(Collectors.toSet());
        List<GameView> views = schedule.games().stream().filter(g -> shown.contains(g.id())).toList();
        ScheduleView filtered = new ScheduleView(schedule.id(), schedule.sport(), schedule.season(), schedule.name(),
                schedule.status(), schedule.window(), schedule.gameDays(), schedule.teams(), schedule.teamBlackouts(),
                schedule.venueBlackouts(), schedule.version(), views);
        ScheduleExport export = new ScheduleExport(filtered, exported, team, venue,
                GAME_LENGTHS.travel(schedule.sport()).map(TravelModel::gameMinutes).map(Duration::ofMinutes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writers.get(format).write(export, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.extension() + " export", e);
        }
        return new Exported(out.toByteArray(), format, export.fileName(format), schedule.version());
    }
}
