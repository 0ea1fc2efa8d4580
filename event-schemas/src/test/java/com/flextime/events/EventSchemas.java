package com.flextime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.flextime.events.integration.IntegrationEventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generates the JSON Schema (draft 2020-12) of an event record: every component a property, required unless
 * {@link Nullable}, dates and times as the strings our Jackson writes. Unknown properties are allowed: a field
 * added later (an optional one, same version) must not break a consumer validating against the older file. The schema files under
 * {@code src/main/resources/schemas} are the contract; {@link EventSchemaTest} fails when they and the records
 * drift apart.
 */
final class EventSchemas {

    static final String ROOT = "schemas/";

    private static final SchemaGenerator GENERATOR = generator();

    private EventSchemas() {
    }

    /** Every schema of the current records, by path under {@link #ROOT}. */
    static List<Entry> current() {
        List<Entry> entries = new ArrayList<>();
        for (Class<?> family : new Class<?>[] {ScheduleEvent.class, OptimizationEvent.class, ProposalEvent.class,
                ConflictEvent.class}) {
            Arrays.stream(family.getPermittedSubclasses())
                    .forEach(type -> entries.add(new Entry(domainPath(type), generate(type))));
        }
        for (IntegrationEventType type : IntegrationEventType.values()) {
            entries.add(new Entry(type.schemaPath(), generate(type.dataClass())));
        }
        return entries;
    }

    static String domainPath(Class<?> type) {
        return domainPath(type.getSimpleName(), type.getAnnotation(com.flextime.events.SchemaVersion.class).value());
    }

    static String domainPath(String name, String version) {
        return "events/" + name + "/v" + version + ".json";
    }

    static JsonNode generate(Class<?> type) {
        ObjectNode schema = GENERATOR.generateSchema(type);
        schema.put("title", type.getSimpleName().replaceFirst("V\\d+$", ""));
        return schema;
    }

    record Entry(String path, JsonNode schema) {
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withNullableCheck(field -> field.getAnnotation(Nullable.class) != null)
                .withRequiredCheck(field -> field.getAnnotation(Nullable.class) == null);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalDate.class) {
                node.put("type", "string").put("format", "date");
            } else if (raw == LocalTime.class) {
                // Jackson writes a local time as 19:00:00 (no offset), which format "time" would refuse
                node.put("type", "string").put("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$");
            } else if (raw == OffsetDateTime.class || raw == Instant.class) {
                node.put("type", "string").put("format", "date-time");
            } else {
                return null;
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.NO);
        });
        return new SchemaGenerator(config.build());
    }
}
