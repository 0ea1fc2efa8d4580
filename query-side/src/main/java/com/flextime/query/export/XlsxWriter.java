package com.flextime.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** Excel (.xlsx): one sheet named after the sport and season, the CSV's columns, a bold frozen header row. */
@Component
public class XlsxWriter implements ScheduleWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    @Override
    public void write(ScheduleExport export, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(export.schedule().sport() + " " + export.schedule().season());
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < GameRows.HEADER.size(); c++) {
                header.createCell(c).setCellValue(GameRows.HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            // Text cells, so no spreadsheet reads "2026-01-03" as a date in its own locale or "19:00" as a fraction.
            for (ExportedGame game : export.games()) {
                Row row = sheet.createRow(r++);
                List<String> values = GameRows.row(game);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < GameRows.HEADER.size(); c++) {
                sheet.setColumnWidth(c, (c == 5 ? 30 : 14) * 256);
            }
            workbook.write(out);
        }
    }
}
