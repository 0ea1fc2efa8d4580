package com.flextime.domain.schedule;

/** A command names something that cannot be: an unknown sport or team, too few teams. Maps to 400. */
public class InvalidScheduleRequest extends RuntimeException {

    private final String field;

    public InvalidScheduleRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
