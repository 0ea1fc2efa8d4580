package com.flextime.domain.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A command was refused by one or more hard rules. Nothing was stored. */
public class ScheduleRuleViolation extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public ScheduleRuleViolation(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
