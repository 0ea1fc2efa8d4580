package com.flextime.query.export;

import com.flextime.query.export.ScheduleExports.Exported;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A schedule as a file: iCalendar, CSV, JSON, Excel or a printable PDF grid, optionally one team's or one venue's
 * games. The feed is the same iCalendar for calendar apps that subscribe to a URL; who may read it (a feed token
 * for exactly this schedule and team) is the security configuration's business, not this controller's.
 */
@RestController
@RequestMapping("/v2/schedules/{id}")
public class ExportController {

    public static final String FEED_PATH = "/v2/schedules/{id}/feeds/{team}.ics";

    private final ScheduleExports exports;

    public ExportController(ScheduleExports exports) {
        this.exports = exports;
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam(required = false) String format,
                                         @RequestParam(required = false) String team,
                                         @RequestParam(required = false) String venue) {
        return file(exports.export(id, ExportFormat.parse(format), team, venue), ContentDisposition.attachment());
    }

    @GetMapping("/feeds/{team}.ics")
    public ResponseEntity<byte[]> feed(@PathVariable String id, @PathVariable String team) {
        return file(exports.export(id, ExportFormat.ICS, team, null), ContentDisposition.inline());
    }

    private static ResponseEntity<byte[]> file(Exported file, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.fileName()).build().toString())
                .eTag("\"" + file.version() + "\"")
                .body(file.content());
    }
}
