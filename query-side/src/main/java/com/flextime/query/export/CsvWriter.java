package com.flextime.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** RFC 4180 CSV (UTF-8, CRLF), a header row, then one row per game ({@link GameRows}). */
@Component
public class CsvWriter implements ScheduleWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(ScheduleExport export, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(GameRows.HEADER.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(text, format)) {
            for (ExportedGame game : export.games()) {
                csv.printRecord(GameRows.row(game));
            }
        }
    }
}
