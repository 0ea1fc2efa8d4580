package com.flextime.command.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.command.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v2/schedules/{id}/import[?dryRun=true]}: games from a CSV file, an Excel workbook or a JSON array,
 * one ordinary command a row. The body is taken as bytes and read by its Content-Type here, so a wrong type is
 * the same 400 problem as any other unreadable file rather than Spring's 415.
 */
@RestController
@RequestMapping("/v2/schedules")
public class ImportController {

    private final ScheduleImporter importer;
    private final ObjectMapper json;

    public ImportController(ScheduleImporter importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @PostMapping("/{id}/import")
    public ResponseEntity<ImportReport> importGames(@PathVariable String id,
                                                    @RequestParam(defaultValue = "false") boolean dryRun,
                                                    @RequestParam(required = false) String reason,
                                                    @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                                    String contentType,
                                                    @RequestHeader(name = "X-Correlation-Id", required = false)
                                                    String correlation,
                                                    @RequestBody(required = false) byte[] body) {
        SourceRows rows = ImportFile.read(contentType, body, json);
        ImportReport report = importer.run(id, rows, dryRun, correlation, reason);
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(report);
    }
}
