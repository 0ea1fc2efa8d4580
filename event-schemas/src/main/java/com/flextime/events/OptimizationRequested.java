package com.flextime.events;

/**
 * A scheduler asked for a schedule to be optimized. {@code scheduleVersion} is the version the job starts from;
 * {@code callbackUrl} (may be null) hears how the job ended.
 */
@SchemaVersion("1")
public record OptimizationRequested(String jobId, String scheduleId, long scheduleVersion, int timeLimitSeconds,
                                    long seed, boolean keepPublished, @Nullable String callbackUrl)
        implements OptimizationEvent {
}
