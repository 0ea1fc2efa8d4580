package com.flextime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.flextime.events.integration.ConflictDetectedData;
import com.flextime.events.integration.ConflictResolvedData;
import com.flextime.events.integration.GameView;
import com.flextime.events.integration.IntegrationEventType;
import com.flextime.events.integration.ScheduleChange;
import com.flextime.events.integration.ScheduleCreatedData;
import com.flextime.events.integration.ScheduleOptimizedData;
import com.flextime.events.integration.ScheduleUpdatedData;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema files are the contract: each current record must match its file (regenerate with
 * {@code mvn -pl event-schemas test -Dflextime.schemas.write=true} after a deliberate change, and raise the
 * record's {@link SchemaVersion} when the change is not backward compatible), older versions keep theirs, and
 * the JSON our serializer writes validates against them.
 */
class EventSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final boolean WRITE = Boolean.getBoolean("flextime.schemas.write");
    private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 3);

    @Test
    void everyRecordMatchesItsSchemaFile() throws IOException {
        List<EventSchemas.Entry> entries = new java.util.ArrayList<>(EventSchemas.current());
        entries.add(new EventSchemas.Entry(EventSchemas.domainPath("GameMoved", "1"),
                EventSchemas.generate(LegacyEvents.GameMovedV1.class)));
        for (EventSchemas.Entry entry : entries) {
            if (WRITE) {
                write(entry);
            }
        }
        for (EventSchemas.Entry entry : entries) {
            assertThat(stored(entry.path()))
                    .as("%s differs from the record: regenerate it with -Dflextime.schemas.write=true, and raise"
                            + " the record's @SchemaVersion if the change breaks consumers", entry.path())
                    .isEqualTo(entry.schema());
        }
        assertThat(entries).hasSize(22 + IntegrationEventType.values().length + 1);
    }

    @Test
    void theIntegrationEventsOurSerializerWritesValidateAgainstTheirSchemas() {
        GameView game = new GameView("g1", "KU", "KSU", SATURDAY, LocalTime.of(19, 0),
                OffsetDateTime.of(SATURDAY.atTime(19, 0), ZoneOffset.ofHours(-6)), "America/Chicago",
                "allen-fieldhouse", "SCHEDULED", false);
        valid(IntegrationEventType.SCHEDULE_CREATED, new ScheduleCreatedData("s1", "MBB", "2025-26", "MBB 2025-26",
                0, List.of("KU", "KSU"), SATURDAY, SATURDAY.plusMonths(2)));
        valid(IntegrationEventType.SCHEDULE_UPDATED, new ScheduleUpdatedData("s1", "MBB", "2025-26", 2,
                ScheduleChange.GAME_MOVED, game, new GameSlot(SATURDAY.minusDays(2), LocalTime.of(18, 30),
                "allen-fieldhouse"), "TV window"));
        valid(IntegrationEventType.SCHEDULE_UPDATED, new ScheduleUpdatedData("s1", "MBB", "2025-26", 3,
                ScheduleChange.PUBLISHED, null, null, null));
        valid(IntegrationEventType.SCHEDULE_OPTIMIZED, new ScheduleOptimizedData("s1", "MBB", "2025-26", 160,
                "p1", null, 160, 0, 0, 0, 0, 1473.1));
        valid(IntegrationEventType.CONFLICT_DETECTED, new ConflictDetectedData("c1", "shared-venue",
                "Two games in one arena", "HARD", "both at 19:00", SATURDAY, null, List.of("BYU"),
                List.of(new ConflictGame("s1", "g1", "MBB", "BYU", "UTAH", SATURDAY, LocalTime.of(19, 0),
                        "marriott-center"))));
        valid(IntegrationEventType.CONFLICT_RESOLVED, new ConflictResolvedData("c1", "g1 moved", List.of("s1")));
    }

    @Test
    void aPayloadMissingARequiredFieldIsRefusedByItsSchema() {
        var schema = schema(IntegrationEventType.SCHEDULE_UPDATED.schemaPath());
        JsonNode payload = JSON.valueToTree(new ScheduleUpdatedData("s1", "MBB", "2025-26", 3,
                ScheduleChange.PUBLISHED, null, null, null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload).remove("version");
        assertThat(schema.validate(payload)).singleElement().asString().contains("version");
    }

    @Test
    void storedDomainEventsValidateAgainstTheirVersionsSchema() {
        var moved = new GameMoved("s1", "g1", new GameSlot(SATURDAY, LocalTime.of(19, 0), "allen-fieldhouse"),
                new GameSlot(SATURDAY.plusDays(2), LocalTime.of(20, 0), "allen-fieldhouse"));
        assertThat(schema(EventSchemas.domainPath(GameMoved.class)).validate(JSON.valueToTree(moved))).isEmpty();
        var old = new LegacyEvents.GameMovedV1("s1", "g1", SATURDAY.plusDays(2), LocalTime.of(20, 0),
                "allen-fieldhouse", SATURDAY, LocalTime.of(19, 0), "allen-fieldhouse");
        assertThat(schema(EventSchemas.domainPath("GameMoved", "1")).validate(JSON.valueToTree(old))).isEmpty();
        assertThat(schema(EventSchemas.domainPath(GameMoved.class)).validate(JSON.valueToTree(old))).isNotEmpty();
    }

    private static void write(EventSchemas.Entry entry) throws IOException {
        Path file = Path.of("src/main/resources", EventSchemas.ROOT, entry.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry.schema()) + "\n");
    }

    private static void valid(IntegrationEventType type, Record data) {
        assertThat(data).isInstanceOf(type.dataClass());
        assertThat(schema(type.schemaPath()).validate(JSON.valueToTree(data))).as(type.type()).isEmpty();
    }

    private static com.networknt.schema.JsonSchema schema(String path) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(stored(path));
    }

    /** From the classpath; while writing, from the source folder (the classpath copy is the previous one). */
    private static JsonNode stored(String path) {
        try (InputStream in = WRITE ? Files.newInputStream(Path.of("src/main/resources", EventSchemas.ROOT, path))
                : EventSchemaTest.class.getClassLoader().getResourceAsStream(EventSchemas.ROOT + path)) {
            assertThat(in).as("schema file %s", path).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
