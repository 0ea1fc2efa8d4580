package com.flextime.domain.schedule;

import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameScheduled;
import com.flextime.events.GameUnlocked;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.ScheduleEvent;
import com.flextime.events.SchedulePublished;
import com.flextime.events.SeasonCalendar;
import com.flextime.events.SeasonCalendarChanged;
import com.flextime.events.SeasonRules;
import com.flextime.events.SeasonScheduleCreated;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A season schedule as its events left it. The only way to change one is {@link #apply(ScheduleEvent)}: the
 * aggregate, the auditors' "as of" view and any replay fold the same events through the same code, so they
 * can never disagree.
 */
public final class SeasonSchedule {

    private final String id;
    private final String sport;
    private final String season;
    private final List<String> teams;
    private final SeasonRules rules;
    private final Map<String, Game> games = new LinkedHashMap<>();
    private String name;
    private SeasonCalendar calendar;
    private ScheduleStatus status = ScheduleStatus.DRAFT;
    /** Sequence number of the last event applied; the first event is 0, as in the event store. */
    private long version;

    private SeasonSchedule(SeasonScheduleCreated created) {
        this.id = created.scheduleId();
        this.sport = created.sport();
        this.season = created.season();
        this.name = created.name();
        this.teams = created.teams();
        this.calendar = created.calendar();
        this.rules = created.rules();
        this.version = 0;
    }

    private SeasonSchedule(SeasonSchedule original) {
        this.id = original.id;
        this.sport = original.sport;
        this.season = original.season;
        this.name = original.name;
        this.teams = original.teams;
        this.calendar = original.calendar;
        this.rules = original.rules;
        this.status = original.status;
        this.version = original.version;
        this.games.putAll(original.games);
    }

    public static SeasonSchedule created(SeasonScheduleCreated event) {
        return new SeasonSchedule(event);
    }

    /** Folds a whole history, oldest first. The first event must be the creation. */
    public static SeasonSchedule replay(List<? extends ScheduleEvent> history) {
        if (history.isEmpty() || !(history.get(0) instanceof SeasonScheduleCreated created)) {
            throw new IllegalArgumentException("a schedule's history starts with its creation");
        }
        SeasonSchedule schedule = created(created);
        history.stream().skip(1).forEach(schedule::apply);
        return schedule;
    }

    public void apply(ScheduleEvent event) {
        if (event instanceof SeasonScheduleCreated) {
            throw new IllegalStateException("schedule " + id + " was already created");
        } else if (event instanceof SeasonCalendarChanged e) {
            name = e.name();
            calendar = e.calendar();
        } else if (event instanceof GameScheduled e) {
            games.put(e.gameId(), new Game(e.gameId(), e.home(), e.away(), e.date(), e.time(), e.venue(), false));
        } else if (event instanceof GameMoved e) {
            games.computeIfPresent(e.gameId(),
                    (key, game) -> game.movedTo(e.to().date(), e.to().time(), e.to().venue()));
        } else if (event instanceof HomeAndAwaySwapped e) {
            games.computeIfPresent(e.gameId(), (key, game) -> game.swapped(e.venue()));
        } else if (event instanceof GameCancelled e) {
            games.remove(e.gameId());
        } else if (event instanceof GameLocked e) {
            games.computeIfPresent(e.gameId(), (key, game) -> game.withLock(true));
        } else if (event instanceof GameUnlocked e) {
            games.computeIfPresent(e.gameId(), (key, game) -> game.withLock(false));
        } else if (event instanceof SchedulePublished) {
            status = ScheduleStatus.PUBLISHED;
        } else if (event instanceof ScheduleArchived) {
            status = ScheduleStatus.ARCHIVED;
        }
        version++;
    }

    /** A detached copy with these events applied: what the schedule would be if they were recorded. */
    public SeasonSchedule preview(List<? extends ScheduleEvent> events) {
        SeasonSchedule preview = new SeasonSchedule(this);
        events.forEach(preview::apply);
        return preview;
    }

    /** A detached copy with another name and calendar: what the schedule would be if the change were made. */
    public SeasonSchedule withCalendar(String newName, SeasonCalendar newCalendar) {
        SeasonSchedule preview = new SeasonSchedule(this);
        preview.name = newName;
        preview.calendar = newCalendar;
        return preview;
    }

    public String id() {
        return id;
    }

    public String sport() {
        return sport;
    }

    public String season() {
        return season;
    }

    public String name() {
        return name;
    }

    public List<String> teams() {
        return teams;
    }

    public SeasonCalendar calendar() {
        return calendar;
    }

    public SeasonRules rules() {
        return rules;
    }

    public ScheduleStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** The games on the schedule now, in the order they were scheduled; cancelled games are gone. */
    public Collection<Game> games() {
        return Collections.unmodifiableCollection(games.values());
    }

    public Optional<Game> game(String gameId) {
        return Optional.ofNullable(games.get(gameId));
    }

    public boolean takesPart(String team) {
        return teams.contains(team);
    }
}
