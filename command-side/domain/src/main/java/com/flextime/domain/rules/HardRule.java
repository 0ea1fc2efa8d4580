package com.flextime.domain.rules;

/** A rule no schedule may break. Each has a stable id and a name in the scheduler's words. */
public interface HardRule {

    String id();

    String name();

    default RuleViolation violation(String message, java.util.List<String> games, java.util.List<String> teams) {
        return new RuleViolation(id(), name(), message, games, teams);
    }
}
