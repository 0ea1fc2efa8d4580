package com.flextime.domain.conference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one small CSV file from the classpath: a header line, then one record per line. Fields may be quoted
 * ({@code "University of California, Davis"}, {@code ""} for a quote); quoted line breaks are not supported
 * because the shipped files have none. Hand-written so the domain module stays free of libraries; the optimizer
 * reads its season formats with it too.
 */
public final class CsvTable {

    /** One record; {@link #fail} names the file and line so a bad data file is easy to fix. */
    public record Row(String source, int line, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw fail("no column '" + column + "'");
            }
            return value;
        }

        public IllegalStateException fail(String message) {
            return new IllegalStateException(source + " line " + line + ": " + message);
        }
    }

    private CsvTable() {
    }

    public static boolean exists(String resource) {
        return CsvTable.class.getResource(resource) != null;
    }

    public static List<Row> read(String resource) {
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            List<String> header = split(headerLine, resource, 1);
            List<Row> rows = new ArrayList<>();
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line, resource, lineNo);
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": expected " + header.size()
                            + " fields, found " + fields.size());
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), fields.get(i).trim());
                }
                rows.add(new Row(resource, lineNo, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static List<String> split(String line, String source, int lineNo) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalStateException(source + " line " + lineNo + ": unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }

    /** A list cell split on {@code separator}; blank items dropped, blank cell = empty list. */
    public static List<String> list(String cell, String separatorRegex) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(separatorRegex)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }
}
