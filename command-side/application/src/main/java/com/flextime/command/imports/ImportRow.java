package com.flextime.command.imports;

import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.command.imports.ImportReport.FieldError;
import com.flextime.command.imports.SourceRows.SourceRow;
import com.flextime.domain.schedule.Game;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row read strictly: an ISO date (2026-01-03), a 24-hour local time (19:00 or 19:00:00), the home and away
 * team codes as the API takes them, and an optional venue code. Anything else refuses the row, naming every
 * column it got wrong; the hard rules then judge the rows that read.
 */
record ImportRow(int row, String home, String away, LocalDate date, LocalTime time, String venue,
                 List<FieldError> errors) {

    static ImportRow of(SourceRow source) {
        List<FieldError> errors = new ArrayList<>(source.errors());
        LocalDate date = date(source, errors);
        LocalTime time = time(source, errors);
        String home = text(source, ImportColumn.HOME, errors);
        String away = text(source, ImportColumn.AWAY, errors);
        String venue = source.values().getOrDefault(ImportColumn.VENUE, "").strip();
        return new ImportRow(source.row(), home, away, date, time, venue.isEmpty() ? null : venue, errors);
    }

    boolean readable() {
        return errors.isEmpty();
    }

    /** The command POST /v2/schedules/{id}/games sends for the same game. */
    ScheduleGame command(String scheduleId, String gameId) {
        return new ScheduleGame(scheduleId, null, gameId, home, away, date, time, venue);
    }

    /** The same game is already on the schedule: same teams each side, date and start time, and venue if named. */
    boolean sameAs(Game game) {
        return game.home().equals(home) && game.away().equals(away) && game.date().equals(date)
                && game.time().equals(time) && (venue == null || venue.equals(game.venue()));
    }

    private static LocalDate date(SourceRow source, List<FieldError> errors) {
        String value = text(source, ImportColumn.DATE, errors);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "'" + value + "' is not a date as yyyy-MM-dd (e.g. 2026-01-03)"));
            return null;
        }
    }

    private static LocalTime time(SourceRow source, List<FieldError> errors) {
        String value = text(source, ImportColumn.TIME, errors);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("time",
                    "'" + value + "' is not a 24-hour local time as HH:mm or HH:mm:ss (e.g. 19:00)"));
            return null;
        }
    }

    private static String text(SourceRow source, ImportColumn column, List<FieldError> errors) {
        String value = source.values().getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            if (errors.stream().noneMatch(error -> error.field().equals(column.field()))) {
                errors.add(new FieldError(column.field(), "must not be blank"));
            }
            return null;
        }
        return value;
    }
}
