package com.flextime.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an event's payload schema. Stored with every event so that a reader (the event store's
 * serializer, a downstream consumer) knows which shape it holds; raise it whenever a field changes meaning
 * or is removed, and ship an upcaster for the old version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    String value();
}
