package com.flextime.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;

/** What the projections write into read-model columns: timestamps, and JSON for the jsonb ones. */
final class Rows {

    private Rows() {
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }
}
