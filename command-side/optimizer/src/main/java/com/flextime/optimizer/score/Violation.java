package com.flextime.optimizer.score;

import java.util.List;

/**
 * One deviation of one constraint, explained: which constraint, which teams, slots and games, and what it
 * costs. {@code penalty} is the deviation times the constraint's weight.
 *
 * @param constraint the constraint's id in its instance, e.g. {@code CA3#2}
 * @param name       the constraint's plain-language name
 * @param hard       a hard violation makes the timetable infeasible
 * @param deviation  how far the timetable is from satisfying it here
 * @param penalty    deviation × weight: what this adds to the infeasibility (hard) or the objective (soft)
 * @param teams      team ids involved
 * @param slots      slot ids involved
 * @param games      games involved, as "home-away" team-id pairs
 * @param message    the explanation a scheduler reads
 */
public record Violation(String constraint, String name, boolean hard, int deviation, long penalty,
                        List<Integer> teams, List<Integer> slots, List<String> games, String message) {

    public Violation {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
        games = List.copyOf(games);
    }
}
