package com.flextime.command.imports;

import com.flextime.command.imports.SourceRows.Header;
import com.flextime.command.imports.SourceRows.SourceRow;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook (.xlsx, Apache POI): the first non-blank row is the header. Dates and
 * times typed as spreadsheet dates become ISO text by their column, so a date cell and "2026-01-03" typed as
 * text read the same; any other number stays a number, which no date or time column accepts.
 */
final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    static SourceRows read(byte[] body) {
        try (XSSFWorkbook workbook = open(body)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidScheduleRequest("body", "the workbook has no sheet");
            }
            return rows(workbook.getSheetAt(0), new DataFormatter());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a workbook read from memory
        }
    }

    /** Whatever POI cannot open (not a zip, not OOXML, an old .xls, a damaged file) is the client's file. */
    private static XSSFWorkbook open(byte[] body) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            throw new InvalidScheduleRequest("body", "not an Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    private static SourceRows rows(Sheet sheet, DataFormatter asShown) {
        Header header = null;
        List<SourceRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (header == null) {
                List<String> cells = cells(row, Map.of(), asShown);
                if (!SourceRows.blank(cells)) {
                    header = Header.of(cells);
                }
                continue;
            }
            List<String> cells = cells(row, header.columns(), asShown);
            if (!SourceRows.blank(cells)) {
                rows.add(header.row(rows.size() + 1, cells));
            }
        }
        if (header == null) {
            throw new InvalidScheduleRequest("body", "the first sheet is empty: no header row");
        }
        return new SourceRows(header.ignored(), rows);
    }

    private static List<String> cells(Row row, Map<Integer, ImportColumn> columns, DataFormatter asShown) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? null : text(cell, columns.get(i), asShown));
        }
        return cells;
    }

    /** A cell as text; DataFormatter is not thread-safe, so each read has its own. */
    private static String text(Cell cell, ImportColumn column, DataFormatter asShown) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateOrTime(cell.getLocalDateTimeCellValue(), column)
                    : asShown.formatCellValue(cell);
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> "#error";
            default -> null;
        };
    }

    private static String dateOrTime(LocalDateTime value, ImportColumn column) {
        if (column == ImportColumn.DATE) {
            return value.toLocalDate().toString();
        } else if (column == ImportColumn.TIME) {
            return value.toLocalTime().plusNanos(500_000_000).withNano(0).toString(); // to the nearest second
        }
        return value.toString();
    }
}
