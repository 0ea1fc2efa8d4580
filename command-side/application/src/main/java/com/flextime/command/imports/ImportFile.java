package com.flextime.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.command.imports.ImportReport.FieldError;
import com.flextime.command.imports.SourceRows.Header;
import com.flextime.command.imports.SourceRows.SourceRow;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads an import body by its content type: CSV, an Excel workbook (its first sheet) or a JSON array of
 * objects. A body that cannot be read as what it claims to be is a 400 naming {@code Content-Type} or
 * {@code body}; a row that can be read but holds bad values is the row's problem, not the file's.
 */
final class ImportFile {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Files are read whole in memory; a season's import is far smaller than this. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private ImportFile() {
    }

    static SourceRows read(String contentType, byte[] body, ObjectMapper json) {
        MediaType type = mediaType(contentType);
        if (body == null || body.length == 0) {
            throw new InvalidScheduleRequest("body", "the import file is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidScheduleRequest("body", "an import file holds at most " + MAX_BYTES + " bytes");
        }
        if (type.isCompatibleWith(CSV)) {
            return csv(new String(body, charset(type)));
        } else if (type.isCompatibleWith(XLSX)) {
            return SpreadsheetRows.read(body);
        } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return json(body, json);
        }
        throw unsupported(contentType);
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported(contentType);
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw unsupported(contentType);
        }
    }

    private static InvalidScheduleRequest unsupported(String contentType) {
        return new InvalidScheduleRequest("Content-Type", "'" + contentType + "' is not an import format; send "
                + CSV + ", " + XLSX + " or " + MediaType.APPLICATION_JSON);
    }

    private static Charset charset(MediaType type) {
        try {
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (IllegalArgumentException e) {
            throw new InvalidScheduleRequest("Content-Type", "unknown charset in '" + type + "'");
        }
    }

    /** Comma-separated, or semicolon- or tab-separated as some spreadsheet locales export, told by the header. */
    private static SourceRows csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's UTF-8 byte-order mark
        String firstLine = body.lines().filter(line -> !line.isBlank()).findFirst()
                .orElseThrow(() -> new InvalidScheduleRequest("body", "the import file is empty"));
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Header header = null;
            List<SourceRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (SourceRows.blank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = Header.of(cells);
                } else {
                    rows.add(header.row(rows.size() + 1, cells));
                }
            }
            if (header == null) {
                throw new InvalidScheduleRequest("body", "the import file has no header row");
            }
            return new SourceRows(header.ignored(), rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidScheduleRequest("body", "not readable as CSV: " + e.getMessage());
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    /** An array of objects, one a row, keyed by the same liberal column names as a header. */
    private static SourceRows json(byte[] body, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidScheduleRequest("body", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading bytes in memory
        }
        if (root == null || !root.isArray()) {
            throw new InvalidScheduleRequest("body", "a JSON import is an array of rows, e.g. "
                    + "[{\"date\":\"2026-01-03\",\"time\":\"19:00\",\"home\":\"KU\",\"away\":\"KSU\"}]");
        }
        Set<String> ignored = new LinkedHashSet<>();
        List<SourceRow> rows = new ArrayList<>();
        for (JsonNode node : root) {
            rows.add(jsonRow(rows.size() + 1, node, ignored));
        }
        return new SourceRows(List.copyOf(ignored), rows);
    }

    private static SourceRow jsonRow(int number, JsonNode node, Set<String> ignored) {
        if (!node.isObject()) {
            return new SourceRow(number, Map.of(), List.of(new FieldError("row", "a row is a JSON object, not "
                    + node.getNodeType().name().toLowerCase())));
        }
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        List<FieldError> errors = new ArrayList<>();
        node.fields().forEachRemaining(field -> {
            var column = ImportColumn.of(field.getKey());
            if (column.isEmpty()) {
                ignored.add(field.getKey());
            } else if (values.containsKey(column.get())) {
                errors.add(new FieldError(column.get().field(), "named twice in the row"));
            } else if (field.getValue().isContainerNode()) {
                errors.add(new FieldError(column.get().field(), "must be a string, not "
                        + field.getValue().getNodeType().name().toLowerCase()));
            } else if (!field.getValue().isNull()) {
                values.put(column.get(), field.getValue().asText());
            }
        });
        return new SourceRow(number, values, errors);
    }
}
