package com.flextime.domain.rules;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Weekday names the way a scheduler writes them. */
final class Weekdays {

    private Weekdays() {
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    static String names(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(Weekdays::name).collect(Collectors.joining(", ", "(", ")"));
    }
}
