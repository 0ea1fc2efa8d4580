package com.flextime.domain.conflicts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

/**
 * A weekly stretch in which a team does not travel, in local time wherever it is (BYU: Saturday 18:00 to Monday
 * 06:00). Read from the {@code window=} of a {@code no-travel-window} row of the season rules.
 */
public record TravelWindow(DayOfWeek fromDay, LocalTime from, int minutes, String text) {

    /** {@code "SAT 18:00..MON 06:00"}. */
    public static TravelWindow parse(String window) {
        String[] ends = window.split("\\.\\.");
        if (ends.length != 2) {
            throw new IllegalArgumentException("a travel window reads 'DAY HH:MM..DAY HH:MM', not '" + window + "'");
        }
        String[] start = ends[0].trim().split("\\s+");
        String[] end = ends[1].trim().split("\\s+");
        DayOfWeek fromDay = day(start[0]);
        LocalTime from = LocalTime.parse(start[1]);
        int days = Math.floorMod(day(end[0]).getValue() - fromDay.getValue(), 7);
        int minutes = days * 1440 + LocalTime.parse(end[1]).toSecondOfDay() / 60 - from.toSecondOfDay() / 60;
        if (minutes <= 0) {
            throw new IllegalArgumentException("the travel window '" + window + "' must end after it starts");
        }
        return new TravelWindow(fromDay, from, minutes, ends[0].trim() + " to " + ends[1].trim());
    }

    private static DayOfWeek day(String name) {
        String prefix = name.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(prefix) && prefix.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + name + "'");
    }
}
