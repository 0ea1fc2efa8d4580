package com.flextime.domain.schedule;

/** The schedule has no (active) game with that id. Maps to 404. */
public class GameNotFound extends RuntimeException {

    public GameNotFound(String scheduleId, String gameId) {
        super("schedule " + scheduleId + " has no game " + gameId);
    }
}
