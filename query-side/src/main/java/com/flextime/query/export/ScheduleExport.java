package com.flextime.query.export;

import com.flextime.query.ScheduleViews.ScheduleView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What every writer gets: the schedule as {@code GET /v2/schedules/{id}} serves it (its games filtered), and the
 * games with what files and calendars need besides (zone, venue name, status, changes), cancelled ones too.
 *
 * @param team       the {@code team=} filter, or null
 * @param venue      the {@code venue=} filter, or null
 * @param gameLength how long the sport's games last (FlexTime's estimates, {@code travel_2025_26.csv}), if known
 */
public record ScheduleExport(ScheduleView schedule, List<ExportedGame> games, String team, String venue,
                             Optional<Duration> gameLength) {

    public List<ExportedGame> scheduledGames() {
        return games.stream().filter(g -> !g.cancelled()).toList();
    }

    /** "Men's Basketball 2025-26", with the filters: "… (KU)", "… at allen-fieldhouse". */
    public String title() {
        return schedule.name() + (team == null ? "" : " (" + team + ")") + (venue == null ? "" : " at " + venue);
    }

    /** {@code MBB-2025-26-KU.ics}: sport, season and the filters, safe in a Content-Disposition header. */
    public String fileName(ExportFormat format) {
        String base = schedule.sport() + "-" + schedule.season() + (team == null ? "" : "-" + team)
                + (venue == null ? "" : "-" + venue);
        return base.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }
}
