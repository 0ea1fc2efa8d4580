package com.flextime.query.export;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The rows CSV and Excel share: one per game, cancelled ones marked, in printed order. */
final class GameRows {

    static final List<String> HEADER = List.of("date", "local time", "time zone", "home", "away", "venue",
            "status", "TV");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private GameRows() {
    }

    /**
     * The TV column stays empty: the model has no TV assignment yet, and the column keeps its place so files
     * made now still fit once it does.
     */
    static List<String> row(ExportedGame game) {
        return List.of(game.date().toString(), game.time().format(TIME), game.zone().getId(), game.home(),
                game.away(), game.venueName(), game.status().name(), "");
    }
}
