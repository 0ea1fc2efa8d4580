package com.flextime.domain.conference;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date on which a school cannot host (graduation, religious observance, facility closed).
 *
 * @param reason why, as the source states it (e.g. {@code graduation})
 * @param detail more about it, or an empty string
 */
public record CampusBlackout(LocalDate date, String schoolCode, String reason, String detail) {

    public CampusBlackout {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
