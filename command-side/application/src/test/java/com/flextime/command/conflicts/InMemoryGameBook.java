package com.flextime.command.conflicts;

import com.flextime.domain.conflicts.ScheduledGame;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The saga's memory in maps, with the same answers as the PostgreSQL one. */
final class InMemoryGameBook implements GameBook {

    private final Map<String, String> sports = new HashMap<>();
    private final Map<String, ScheduledGame> games = new LinkedHashMap<>();
    private final Map<String, Set<String>> keysByConflict = new HashMap<>();

    @Override
    public void openSchedule(String scheduleId, String sport) {
        sports.put(scheduleId, sport);
    }

    @Override
    public Optional<String> sportOf(String scheduleId) {
        return Optional.ofNullable(sports.get(scheduleId));
    }

    @Override
    public void archive(String scheduleId) {
        sports.remove(scheduleId);
        games.values().removeIf(game -> game.scheduleId().equals(scheduleId));
    }

    @Override
    public Optional<ScheduledGame> game(String gameId) {
        return Optional.ofNullable(games.get(gameId));
    }

    @Override
    public void save(ScheduledGame game) {
        games.put(game.id(), game);
    }

    @Override
    public void remove(String gameId) {
        games.remove(gameId);
    }

    @Override
    public List<ScheduledGame> around(ScheduledGame game) {
        return games.values().stream()
                .filter(other -> other.venue().equals(game.venue())
                        && Math.abs(other.date().toEpochDay() - game.date().toEpochDay()) <= 1
                        || other.home().equals(game.home()) && other.date().equals(game.date()))
                .toList();
    }

    @Override
    public List<ScheduledGame> itinerary(String scheduleId, String team) {
        return games.values().stream().filter(g -> g.scheduleId().equals(scheduleId) && g.involves(team))
                .sorted(ScheduledGame.BY_START).toList();
    }

    @Override
    public Set<String> openConflicts(Collection<String> keys) {
        Set<String> open = new TreeSet<>();
        keysByConflict.forEach((id, own) -> {
            if (own.stream().anyMatch(keys::contains)) {
                open.add(id);
            }
        });
        return open;
    }

    @Override
    public void opened(String conflictId, Collection<String> keys) {
        keysByConflict.put(conflictId, new HashSet<>(keys));
    }

    @Override
    public void resolved(String conflictId) {
        keysByConflict.remove(conflictId);
    }
}
