package com.flextime.query;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON Schemas of the events, as shipped in the event-schemas jar: what a CloudEvent's {@code dataschema}
 * points at ({@code /v2/schemas/integration/schedule.updated/v1.json}) and the stored domain events'
 * ({@code /v2/schemas/events/GameMoved/v2.json}). Public, like a published contract.
 */
@RestController
public class SchemaController {

    private static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    @GetMapping("/v2/schemas/{kind:events|integration}/{name:[A-Za-z.]+}/{version:v[0-9]+\\.json}")
    public ResponseEntity<byte[]> schema(@PathVariable String kind, @PathVariable String name,
                                         @PathVariable String version) throws IOException {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("schemas/" + kind + "/" + name + "/" + version)) {
            if (in == null) {
                throw new SchemaNotFound("no schema " + kind + "/" + name + "/" + version);
            }
            return ResponseEntity.ok().contentType(SCHEMA_JSON).body(in.readAllBytes());
        }
    }

    /** 404 with a problem body naming what was asked for. */
    public static class SchemaNotFound extends RuntimeException {
        public SchemaNotFound(String message) {
            super(message);
        }
    }
}
