package com.flextime.query;

/** No schedule with that id (or none yet at the instant asked for). Maps to 404. */
public class ScheduleNotFound extends RuntimeException {

    public ScheduleNotFound(String message) {
        super(message);
    }
}
