package com.flextime.command.web;

import com.flextime.command.SeasonScheduleAggregate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The metadata every command carries and passes on to the events it causes: who sent it (the JWT subject),
 * the correlation id of the request (from {@code X-Correlation-Id}, or a new one), and the reason given.
 */
public final class CommandMetadata {

    public static final String USER = "user";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = SeasonScheduleAggregate.REASON;

    private CommandMetadata() {
    }

    public static Map<String, Object> of(String correlationId, String reason) {
        Map<String, Object> metadata = new HashMap<>();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        metadata.put(USER, authentication == null ? "anonymous" : authentication.getName());
        metadata.put(CORRELATION_ID,
                correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString() : correlationId);
        if (reason != null && !reason.isBlank()) {
            metadata.put(REASON, reason.strip());
        }
        return metadata;
    }
}
