package com.flextime.command.web;

import com.flextime.domain.schedule.InvalidScheduleRequest;

/** A schedule's version as an entity tag: {@code "7"}. Weak tags ({@code W/"7"}) are read the same. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static long parse(String header) {
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidScheduleRequest("If-Match", "If-Match must be a schedule version such as \"3\"");
        }
    }
}
