package com.flextime.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** The schedule exactly as {@code GET /v2/schedules/{id}} serves it (same mapper), with the filtered games. */
@Component
public class JsonWriter implements ScheduleWriter {

    private final ObjectMapper json;

    public JsonWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public void write(ScheduleExport export, OutputStream out) throws IOException {
        json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, export.schedule());
    }
}
