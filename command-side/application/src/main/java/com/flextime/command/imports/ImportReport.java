package com.flextime.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.flextime.domain.rules.RuleViolation;
import java.util.List;

/**
 * What an import did, row by row: accepted (with the game's id), refused (with the 422's violations, or the
 * columns a malformed row got wrong) or unchanged (the game is already on the schedule). A dry run reports
 * what a real import would have done and stores nothing.
 */
public record ImportReport(String importId, String scheduleId, boolean dryRun, long version, Totals totals,
                           List<String> ignoredColumns, List<RowOutcome> rows) {

    public ImportReport {
        ignoredColumns = List.copyOf(ignoredColumns);
        rows = List.copyOf(rows);
    }

    static ImportReport of(String importId, String scheduleId, boolean dryRun, long version,
                           List<String> ignoredColumns, List<RowOutcome> rows) {
        return new ImportReport(importId, scheduleId, dryRun, version, new Totals(rows.size(),
                count(rows, Outcome.ACCEPTED), count(rows, Outcome.REFUSED), count(rows, Outcome.UNCHANGED)),
                ignoredColumns, rows);
    }

    private static int count(List<RowOutcome> rows, Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public record Totals(int rows, int accepted, int refused, int unchanged) {
    }

    public enum Outcome {
        @JsonProperty("accepted") ACCEPTED,
        @JsonProperty("refused") REFUSED,
        @JsonProperty("unchanged") UNCHANGED
    }

    /** A column of one row that is missing or malformed, named as the API names the field. */
    public record FieldError(String field, String message) {
    }

    /** One row's outcome; {@code row} counts the data rows from 1, the header and blank rows not counted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowOutcome(int row, Outcome outcome, String gameId, List<RuleViolation> violations,
                             List<FieldError> errors) {

        static RowOutcome accepted(int row, String gameId) {
            return new RowOutcome(row, Outcome.ACCEPTED, gameId, null, null);
        }

        static RowOutcome unchanged(int row, String gameId) {
            return new RowOutcome(row, Outcome.UNCHANGED, gameId, null, null);
        }

        static RowOutcome violates(int row, List<RuleViolation> violations) {
            return new RowOutcome(row, Outcome.REFUSED, null, List.copyOf(violations), null);
        }

        static RowOutcome malformed(int row, List<FieldError> errors) {
            return new RowOutcome(row, Outcome.REFUSED, null, null, List.copyOf(errors));
        }
    }
}
