package com.flextime.command.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an import. Header names are read liberally (any case, spaces, dashes and underscores ignored,
 * the usual synonyms), since files come from many tools; the values under them are read strictly (ImportRow).
 */
enum ImportColumn {

    DATE(true, "date", "gamedate", "day"),
    TIME(true, "time", "starttime", "start", "localtime", "kickoff", "tipoff", "firstpitch"),
    HOME(true, "home", "hometeam", "host"),
    AWAY(true, "away", "awayteam", "visitor", "visitors", "visitingteam", "guest"),
    VENUE(false, "venue", "site", "arena", "stadium", "location");

    private final boolean required;
    private final Set<String> names;

    ImportColumn(boolean required, String... names) {
        this.required = required;
        this.names = Set.of(names);
    }

    static Optional<ImportColumn> of(String header) {
        String key = header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (ImportColumn column : values()) {
            if (column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    boolean required() {
        return required;
    }

    /** The name errors use: the API's field name (date, time, home, away, venue). */
    String field() {
        return name().toLowerCase(Locale.ROOT);
    }
}
