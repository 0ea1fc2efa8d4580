package com.flextime.optimizer.constraints;

import com.flextime.optimizer.timetable.Timetable;

/** Which games of a team count: home games, away games, or both. */
public enum Mode {
    H, A, HA;

    public static Mode parse(String text) {
        return text == null || text.isBlank() ? HA : valueOf(text.strip());
    }

    /** Whether {@code team}'s game in {@code slot} counts under this mode. */
    boolean counts(Timetable t, int team, int slot) {
        return switch (this) {
            case H -> t.isHome(team, slot);
            case A -> t.isAway(team, slot);
            case HA -> t.plays(team, slot);
        };
    }

    String words() {
        return switch (this) {
            case H -> "home games";
            case A -> "away games";
            case HA -> "games";
        };
    }
}
