package com.flextime.domain.conference;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A team's school: where it is (for travel and local kick-off times) and the weekdays it never plays on.
 *
 * @param code       the conference code used everywhere else (e.g. {@code KU}, {@code BYU}, {@code AFA})
 * @param timeZone   IANA zone, so Arizona (no daylight saving) stays right all year
 * @param noPlayDays weekdays the school never competes on (BYU: Sunday), kept as data rather than code
 */
public record School(String code, String name, String shortName, String city, String state, ZoneId timeZone,
                     double latitude, double longitude, Membership membership, Set<DayOfWeek> noPlayDays) {

    public School {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(membership, "membership");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException(code + ": coordinates out of range: " + latitude + ", " + longitude);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.addAll(Objects.requireNonNull(noPlayDays, "noPlayDays"));
        noPlayDays = Collections.unmodifiableSet(days);
    }

    public boolean canPlayOn(DayOfWeek day) {
        return !noPlayDays.contains(day);
    }

    public boolean isFullMember() {
        return membership == Membership.FULL_MEMBER;
    }
}
