package com.flextime.events;

/** A conflict no longer stands: one of its games moved away, was cancelled, or its schedule was archived. */
@SchemaVersion("1")
public record ConflictResolved(String conflictId, String reason) implements ConflictEvent {
}
