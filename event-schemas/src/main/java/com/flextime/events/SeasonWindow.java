package com.flextime.events;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last date (both inclusive) on which a season's games may be played. */
public record SeasonWindow(LocalDate start, LocalDate end) {

    public SeasonWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window end " + end + " is before its start " + start);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
