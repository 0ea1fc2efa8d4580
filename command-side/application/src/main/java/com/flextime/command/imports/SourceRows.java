package com.flextime.command.imports;

import com.flextime.command.imports.ImportReport.FieldError;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of an import file as text under their columns, before any value is judged, and the header cells
 * that named no column (reported, not refused: files often carry notes or TV columns).
 */
record SourceRows(List<String> ignoredColumns, List<SourceRow> rows) {

    /** More rows than this is not a season's import: refused whole, before anything is checked. */
    static final int MAX_ROWS = 5000;

    SourceRows {
        ignoredColumns = List.copyOf(ignoredColumns);
        rows = List.copyOf(rows);
        if (rows.size() > MAX_ROWS) {
            throw new InvalidScheduleRequest("body", "an import holds at most " + MAX_ROWS + " rows, not "
                    + rows.size());
        }
    }

    /** One data row: its number (from 1), its values by column, and what made it unreadable, if anything. */
    record SourceRow(int row, Map<ImportColumn, String> values, List<FieldError> errors) {
    }

    /** Which cell of a header row holds which column (CSV and spreadsheets). */
    record Header(Map<Integer, ImportColumn> columns, List<String> ignored) {

        static Header of(List<String> cells) {
            Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
            List<String> ignored = new ArrayList<>();
            Map<ImportColumn, String> seen = new EnumMap<>(ImportColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i) == null ? "" : cells.get(i).strip();
                var column = ImportColumn.of(cell);
                if (column.isEmpty()) {
                    if (!cell.isEmpty()) {
                        ignored.add(cell);
                    }
                    continue;
                }
                String earlier = seen.put(column.get(), cell);
                if (earlier != null) {
                    throw new InvalidScheduleRequest(column.get().field(), "the header names the "
                            + column.get().field() + " column twice ('" + earlier + "' and '" + cell + "')");
                }
                columns.put(i, column.get());
            }
            if (columns.isEmpty()) {
                throw new InvalidScheduleRequest("body", "no header row: the first row names none of the columns "
                        + Arrays.stream(ImportColumn.values()).map(ImportColumn::field)
                        .collect(Collectors.joining(", ")));
            }
            for (ImportColumn column : ImportColumn.values()) {
                if (column.required() && !columns.containsValue(column)) {
                    throw new InvalidScheduleRequest(column.field(), "the header has no " + column.field()
                            + " column; it has " + cells);
                }
            }
            return new Header(columns, ignored);
        }

        /** A data row's cells under their columns; cells past the header's end are ignored. */
        SourceRow row(int number, List<String> cells) {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            columns.forEach((index, column) -> {
                if (index < cells.size() && cells.get(index) != null) {
                    values.put(column, cells.get(index));
                }
            });
            return new SourceRow(number, values, List.of());
        }
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
