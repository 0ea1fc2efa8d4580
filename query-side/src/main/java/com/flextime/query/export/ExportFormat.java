package com.flextime.query.export;

import com.flextime.domain.schedule.InvalidScheduleRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a schedule is exported in: the file extension a client asks for, and what it is served as. */
public enum ExportFormat {
    ICS("text/calendar;charset=UTF-8"),
    CSV("text/csv;charset=UTF-8"),
    JSON("application/json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code ics}, {@code CSV}, ...: case-insensitive; anything else is a 400 naming {@code format}. */
    public static ExportFormat parse(String value) {
        String known = Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidScheduleRequest("format", "required: one of " + known);
        }
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidScheduleRequest("format",
                        "unknown format '" + value + "'; one of " + known));
    }
}
