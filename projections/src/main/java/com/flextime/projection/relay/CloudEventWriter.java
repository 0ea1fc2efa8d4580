package com.flextime.projection.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.events.integration.IntegrationEventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Wraps integration data in a CloudEvents 1.0 envelope (structured mode, JSON) with the CloudEvents SDK:
 * {@code id} the domain event's id, {@code source} this FlexTime, {@code type} e.g. {@code schedule.updated},
 * {@code subject} the schedule, {@code time} when the change happened, {@code dataschema} the data's JSON
 * Schema as served by {@code GET /v2/schemas/...}.
 */
public final class CloudEventWriter {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final JsonFormat FORMAT = new JsonFormat();

    private final ObjectMapper json;
    private final URI source;
    private final String schemaBase;

    /**
     * @param schemaBase absolute URL the schema paths are resolved against, ending in {@code /}, e.g.
     *                   {@code http://localhost:8080/v2/schemas/}
     */
    public CloudEventWriter(ObjectMapper json, URI source, String schemaBase) {
        this.json = json;
        this.source = source;
        this.schemaBase = schemaBase.endsWith("/") ? schemaBase : schemaBase + "/";
    }

    public OutgoingEvent write(String id, IntegrationEventType type, String subject, Instant time,
                               List<String> sports, Record data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName());
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type.type())
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(schemaBase + type.schemaPath()))
                .withData(bytes(data))
                .build();
        return new OutgoingEvent(id, type, subject, time, sports, data, FORMAT.serialize(event));
    }

    /** Reads a CloudEvent back (consumers, tests). */
    public static CloudEvent read(byte[] cloudEvent) {
        return FORMAT.deserialize(cloudEvent);
    }

    private byte[] bytes(Record data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + data.getClass().getSimpleName(), e);
        }
    }
}
