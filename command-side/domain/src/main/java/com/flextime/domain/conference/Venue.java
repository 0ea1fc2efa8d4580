package com.flextime.domain.conference;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A place where a school hosts games; it holds one game at a time.
 *
 * @param code     readable, unique slug (e.g. {@code allen-fieldhouse}); games refer to venues by it
 * @param capacity seats, or {@code null} when the sources do not say
 * @param sports   codes of the sports the school plays here
 */
public record Venue(String code, String schoolCode, String name, String city, String state, Integer capacity,
                    VenueType type, Set<String> sports) {

    public Venue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
        if (capacity != null && capacity <= 0) {
            throw new IllegalArgumentException(code + ": capacity must be positive");
        }
        sports = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(sports, "sports")));
    }

    public boolean hosts(String sportCode) {
        return sports.contains(sportCode);
    }
}
