package com.flextime.domain.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of the hard rules to a proposed change: allowed, or refused with every violation found (not just
 * the first), so a scheduler can fix them all at once.
 */
public record RuleVerdict(List<RuleViolation> violations) {

    private static final RuleVerdict ALLOWED = new RuleVerdict(List.of());

    public RuleVerdict {
        violations = List.copyOf(violations);
    }

    public static RuleVerdict allowed() {
        return ALLOWED;
    }

    public static RuleVerdict of(List<RuleViolation> violations) {
        return violations.isEmpty() ? ALLOWED : new RuleVerdict(violations);
    }

    public boolean isAllowed() {
        return violations.isEmpty();
    }

    /** Both verdicts' violations, each named once (a rule broken the same way by several changes). */
    public RuleVerdict and(RuleVerdict other) {
        if (other.isAllowed()) {
            return this;
        }
        List<RuleViolation> all = new ArrayList<>(violations);
        other.violations.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return new RuleVerdict(all);
    }

    /** Turns a refusal into the exception the command side throws; does nothing when allowed. */
    public void orThrow() {
        if (!isAllowed()) {
            throw new ScheduleRuleViolation(violations);
        }
    }
}
