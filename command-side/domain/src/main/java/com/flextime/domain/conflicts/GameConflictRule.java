package com.flextime.domain.conflicts;

import java.util.Collection;
import java.util.List;

/** A rule about one game, alone or with the games near it (same venue, same school, same day). */
public interface GameConflictRule extends ConflictRule {

    /**
     * The conflicts {@code game} is part of. {@code around} holds at least every other game at its venue the day
     * before, of and after it, and every game its home school hosts that day; it may hold more, and may hold
     * the game itself.
     */
    List<Conflict> conflictsOf(ScheduledGame game, Collection<ScheduledGame> around);
}
