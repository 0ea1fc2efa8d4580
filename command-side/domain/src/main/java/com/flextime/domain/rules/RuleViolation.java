package com.flextime.domain.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule refuses a change, in words a scheduler acts on, with the games and teams it concerns.
 *
 * @param ruleId  stable identifier, the same in the API, the docs and the code
 * @param rule    the rule's plain-language name
 * @param message what is wrong with this change
 * @param games   ids of the games involved (the candidate game first, when it has an id)
 * @param teams   team codes involved
 */
public record RuleViolation(String ruleId, String rule, String message, List<String> games, List<String> teams) {

    public RuleViolation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        games = games.stream().distinct().toList();
        teams = teams.stream().distinct().toList();
    }
}
