package com.flextime.domain.conflicts;

import com.flextime.events.ConflictDetected;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A clash between games found by a conflict rule, in words a scheduler acts on.
 *
 * @param venue     the venue it is about, or null (a trip is about two places)
 * @param itinerary for a rule about a team's run of games: {@code scheduleId/team}; null for a rule about the games
 *                  themselves
 */
public record Conflict(String ruleId, String rule, Severity severity, String reason, LocalDate date, String venue,
                       List<String> teams, List<ScheduledGame> games, String itinerary) {

    public Conflict {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
        teams = teams.stream().distinct().toList();
        games = games.stream().sorted(ScheduledGame.BY_START).toList();
    }

    /**
     * The same rule broken by the same teams and games is the same conflict, whenever and however often it is
     * found: a re-delivered event or a replay never doubles it, and a clash that comes back reopens it.
     */
    public String id() {
        String key = ruleId + "|" + String.join(",", teams.stream().sorted().toList()) + "|"
                + String.join(",", games.stream().map(ScheduledGame::id).sorted().toList());
        return "c-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    public ConflictDetected detected() {
        return new ConflictDetected(id(), ruleId, rule, severity.name(), reason, date, venue, teams,
                games.stream().map(ScheduledGame::toEvent).toList());
    }
}
