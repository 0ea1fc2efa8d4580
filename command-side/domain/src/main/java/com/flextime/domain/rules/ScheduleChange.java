package com.flextime.domain.rules;

import java.util.Optional;

/**
 * What a command is about to do to a schedule, as the change rules see it.
 *
 * @param kind   the kind of change
 * @param gameId the game it touches, if any
 * @param reason the reason the scheduler gave (may be blank)
 */
public record ScheduleChange(Kind kind, Optional<String> gameId, String reason) {

    public enum Kind {
        CHANGE_CALENDAR(true), SCHEDULE_GAME(true), MOVE_GAME(true), SWAP_HOME_AND_AWAY(true), CANCEL_GAME(true),
        LOCK_GAME(false), UNLOCK_GAME(false), PUBLISH(false), ARCHIVE(false);

        private final boolean altersTheSchedule;

        Kind(boolean altersTheSchedule) {
            this.altersTheSchedule = altersTheSchedule;
        }

        /** Whether the change alters what teams, fans and partners see: dates, times, venues, games, calendar. */
        public boolean altersTheSchedule() {
            return altersTheSchedule;
        }
    }

    public ScheduleChange {
        reason = reason == null ? "" : reason.strip();
    }

    public static ScheduleChange of(Kind kind, String reason) {
        return new ScheduleChange(kind, Optional.empty(), reason);
    }

    public static ScheduleChange ofGame(Kind kind, String gameId, String reason) {
        return new ScheduleChange(kind, Optional.of(gameId), reason);
    }
}
