package com.flextime.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flextime.events.GameMoved;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads a stored {@code GameMoved} of version 1 (flat: {@code date, time, venue, previousDate, previousTime,
 * previousVenue}) as version 2 ({@code from} and {@code to} slots). Stored events are never rewritten: the old
 * rows stay as they were written, and every reader (aggregates, projections, the relay, the audit history) gets
 * the current shape. Axon's Spring Boot configuration registers every upcaster bean with the event store.
 */
@Component
@Order(0)
public class GameMovedV1Upcaster extends SingleEventUpcaster {

    private static final String TYPE = GameMoved.class.getName();
    private static final SimpleSerializedType V1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType V2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(V2, JsonNode.class, GameMovedV1Upcaster::toV2);
    }

    static JsonNode toV2(JsonNode v1) {
        ObjectNode v2 = JsonNodeFactory.instance.objectNode();
        v2.set("scheduleId", v1.get("scheduleId"));
        v2.set("gameId", v1.get("gameId"));
        v2.set("from", slot(v1.get("previousDate"), v1.get("previousTime"), v1.get("previousVenue")));
        v2.set("to", slot(v1.get("date"), v1.get("time"), v1.get("venue")));
        return v2;
    }

    private static ObjectNode slot(JsonNode date, JsonNode time, JsonNode venue) {
        ObjectNode slot = JsonNodeFactory.instance.objectNode();
        slot.set("date", date);
        slot.set("time", time);
        slot.set("venue", venue);
        return slot;
    }
}
