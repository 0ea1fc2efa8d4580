package com.flextime.events;

/**
 * Something that happened to one conflict between games, usually of different schedules (a shared arena, a
 * school's two teams at home on one day, a trip that cannot be made). Every event names its conflict, whose id is
 * derived from the rule, the teams and the games, so the same clash always has the same id.
 */
public sealed interface ConflictEvent permits ConflictDetected, ConflictResolved {

    String conflictId();
}
