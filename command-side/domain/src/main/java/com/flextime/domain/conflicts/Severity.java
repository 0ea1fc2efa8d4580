package com.flextime.domain.conflicts;

/** How bad a conflict is: a hard one must be fixed, a soft one is what the rules ask to avoid. */
public enum Severity {
    HARD, SOFT
}
