package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A job proposed a season for a schedule, made from the schedule at {@code basedOnVersion}: every game it
 * would have, its score with each rule's share explained, and what would change.
 */
@SchemaVersion("1")
public record ScheduleProposed(String proposalId, String jobId, String scheduleId, long basedOnVersion,
                               List<Game> games, Score score, Diff diff) implements ProposalEvent {

    public ScheduleProposed {
        games = List.copyOf(games);
    }

    /** A proposed game; the id is the game's id in the schedule (new games get new ids). */
    public record Game(String gameId, String home, String away, LocalDate date, LocalTime time, String venue) {
    }

    /** Hard violations (0 for a usable season), the weighted soft score (lower is better) and its parts. */
    public record Score(int hardViolations, double softScore, double travelMiles, List<RuleScore> rules) {

        public Score {
            rules = List.copyOf(rules);
        }
    }

    /** One rule's share: its id and name as in docs/constraints.md, hard or soft, and its measure or score. */
    public record RuleScore(String rule, String name, boolean hard, double score) {
    }

    /** A game that moved: where it was and where the proposal puts it. */
    public record Moved(String gameId, LocalDate fromDate, LocalTime fromTime, String fromVenue, LocalDate toDate,
                        LocalTime toTime, String toVenue) {
    }

    /** The difference from the schedule at {@code basedOnVersion}, by game id. */
    public record Diff(List<String> added, List<String> removed, List<Moved> moved, List<String> swapped,
                       int unchanged) {

        public Diff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            moved = List.copyOf(moved);
            swapped = List.copyOf(swapped);
        }

        public int gamesMoved() {
            return moved.size();
        }
    }
}
