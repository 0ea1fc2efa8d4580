package com.flextime.events.integration;

import com.flextime.events.SchemaVersion;

/** The integration events FlexTime promises, by their CloudEvents {@code type}, with the record of their data. */
public enum IntegrationEventType {
    SCHEDULE_CREATED("schedule.created", ScheduleCreatedData.class),
    SCHEDULE_UPDATED("schedule.updated", ScheduleUpdatedData.class),
    SCHEDULE_OPTIMIZED("schedule.optimized", ScheduleOptimizedData.class),
    CONFLICT_DETECTED("conflict.detected", ConflictDetectedData.class),
    CONFLICT_RESOLVED("conflict.resolved", ConflictResolvedData.class);

    private final String type;
    private final Class<? extends Record> data;

    IntegrationEventType(String type, Class<? extends Record> data) {
        this.type = type;
        this.data = data;
    }

    /** The CloudEvents {@code type}, e.g. {@code schedule.updated}. */
    public String type() {
        return type;
    }

    public Class<? extends Record> dataClass() {
        return data;
    }

    /** The version of the data's schema, from the data record's {@link SchemaVersion}. */
    public String version() {
        return data.getAnnotation(SchemaVersion.class).value();
    }

    /** Where the data's JSON Schema lies, relative to the schema root (also its path on the classpath). */
    public String schemaPath() {
        return "integration/" + type + "/v" + version() + ".json";
    }

    public static IntegrationEventType ofType(String type) {
        for (IntegrationEventType value : values()) {
            if (value.type.equals(type)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown integration event type " + type);
    }
}
