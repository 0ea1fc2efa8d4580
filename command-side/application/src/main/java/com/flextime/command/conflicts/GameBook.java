package com.flextime.command.conflicts;

import com.flextime.domain.conflicts.ScheduledGame;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conflict-detection saga's memory: every live game of every schedule, and which conflicts it has recorded as
 * open under which keys. A port: the service keeps it in PostgreSQL, in the saga's transaction; tests keep it in
 * memory.
 */
public interface GameBook {

    void openSchedule(String scheduleId, String sport);

    /** The schedule's sport, or empty when the schedule is unknown or archived. */
    Optional<String> sportOf(String scheduleId);

    /** Forgets the schedule and its games: an archived schedule is no longer played. */
    void archive(String scheduleId);

    Optional<ScheduledGame> game(String gameId);

    void save(ScheduledGame game);

    void remove(String gameId);

    /**
     * Other schedules' and this schedule's games that could clash with {@code game}: at its venue from the day before
     * to the day after, and hosted by its home team on its date.
     */
    List<ScheduledGame> around(ScheduledGame game);

    /** The team's games in one schedule, earliest first. */
    List<ScheduledGame> itinerary(String scheduleId, String team);

    /** Ids of the open conflicts recorded under any of these keys. */
    Set<String> openConflicts(Collection<String> keys);

    void opened(String conflictId, Collection<String> keys);

    void resolved(String conflictId);
}
