package com.flextime.domain.schedule;

import com.flextime.events.GameCancelled;
import com.flextime.events.GameMoved;
import com.flextime.events.GameSlot;
import com.flextime.events.GameScheduled;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleEvent;
import com.flextime.events.ScheduleProposed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What it takes to turn a schedule into a proposed season, game by game (matched by id): the ordinary game
 * events a scheduler could have sent one by one, and the difference a scheduler reads before adopting.
 */
public final class ProposedChanges {

    private final String scheduleId;
    private final List<ScheduleEvent> events = new ArrayList<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<ScheduleProposed.Moved> moved = new ArrayList<>();
    private final List<String> swapped = new ArrayList<>();
    private int unchanged;

    private ProposedChanges(String scheduleId) {
        this.scheduleId = scheduleId;
    }

    public static ProposedChanges between(SeasonSchedule current, List<ScheduleProposed.Game> proposed) {
        ProposedChanges changes = new ProposedChanges(current.id());
        Map<String, ScheduleProposed.Game> byId = proposed.stream()
                .collect(Collectors.toMap(ScheduleProposed.Game::gameId, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("the proposal names game " + a.gameId() + " twice");
                }));
        Set<String> kept = new HashSet<>();
        // removals first, so a proposed game may take a date or venue a removed one held
        for (Game game : current.games()) {
            if (!byId.containsKey(game.id())) {
                changes.removed.add(game.id());
                changes.events.add(new GameCancelled(current.id(), game.id()));
            } else {
                kept.add(game.id());
            }
        }
        for (Game game : current.games()) {
            if (kept.contains(game.id())) {
                changes.change(game, byId.get(game.id()));
            }
        }
        for (ScheduleProposed.Game game : proposed) {
            if (!kept.contains(game.gameId())) {
                changes.added.add(game.gameId());
                changes.events.add(new GameScheduled(current.id(), game.gameId(), game.home(), game.away(),
                        game.date(), game.time(), game.venue()));
            }
        }
        return changes;
    }

    private void change(Game now, ScheduleProposed.Game next) {
        boolean swap = now.home().equals(next.away()) && now.away().equals(next.home());
        if (!swap && !(now.home().equals(next.home()) && now.away().equals(next.away()))) {
            throw new IllegalArgumentException("proposed game " + next.gameId() + " changes its teams ("
                    + now.home() + "-" + now.away() + " to " + next.home() + "-" + next.away() + ")");
        }
        String venueAfterSwap = now.venue();
        if (swap) {
            swapped.add(now.id());
            events.add(new HomeAndAwaySwapped(scheduleId, now.id(), next.home(), next.away(), next.venue()));
            venueAfterSwap = next.venue();
        }
        boolean moves = !now.date().equals(next.date()) || !now.time().equals(next.time())
                || !Objects.equals(venueAfterSwap, next.venue());
        if (moves) {
            moved.add(new ScheduleProposed.Moved(now.id(), now.date(), now.time(), now.venue(), next.date(),
                    next.time(), next.venue()));
            events.add(new GameMoved(scheduleId, now.id(),
                    new GameSlot(now.date(), now.time(), venueAfterSwap),
                    new GameSlot(next.date(), next.time(), next.venue())));
        }
        if (!swap && !moves) {
            unchanged++;
        }
    }

    /** The game events, in the order they are recorded: cancellations, swaps and moves, then new games. */
    public List<ScheduleEvent> events() {
        return List.copyOf(events);
    }

    /** The games the proposal adds, moves or swaps (not those it removes or leaves alone). */
    public List<String> changedGames() {
        List<String> changed = new ArrayList<>(added);
        moved.forEach(m -> changed.add(m.gameId()));
        swapped.stream().filter(id -> !changed.contains(id)).forEach(changed::add);
        return changed;
    }

    public ScheduleProposed.Diff diff() {
        return new ScheduleProposed.Diff(added, removed, moved, swapped, unchanged);
    }
}
