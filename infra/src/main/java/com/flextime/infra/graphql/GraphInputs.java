package com.flextime.infra.graphql;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.infra.web.ProblemAdvice;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns GraphQL arguments into the REST endpoints' request records, read by the same JSON mapper and checked by the
 * same bean validation, so a bad field is named exactly as {@code POST /v2/...} names it.
 */
@Component
public class GraphInputs {

    private final ObjectMapper json;
    private final Validator validator;

    public GraphInputs(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Reads an input object as the REST body it mirrors; 400-style errors name the field (e.g. window.start). */
    public <T> T read(Map<String, Object> input, Class<T> type) {
        T value;
        try {
            value = json.convertValue(input, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                ProblemAdvice.FieldError error = ProblemAdvice.fieldError(mapping);
                throw new InvalidScheduleRequest(error.field(), error.message());
            }
            throw new InvalidScheduleRequest("input", "the input is not valid");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    /**
     * GraphQL has no maps: blackouts come as lists of {@code {team|venue, dates}}; REST takes
     * {@code {"KU": [dates]}}.
     */
    static Map<String, Object> withBlackoutMaps(Map<String, Object> input) {
        Map<String, Object> body = new LinkedHashMap<>(input);
        blackouts(body, "teamBlackouts", "team");
        blackouts(body, "venueBlackouts", "venue");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void blackouts(Map<String, Object> body, String field, String key) {
        if (body.get(field) instanceof List<?> list) {
            Map<String, Object> byKey = new LinkedHashMap<>();
            for (Object entry : list) {
                Map<String, Object> e = (Map<String, Object>) entry;
                byKey.put((String) e.get(key), e.get("dates"));
            }
            body.put(field, byKey);
        }
    }

    /** An ISO date argument, or null when it is not given. */
    static LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidScheduleRequest(field, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
