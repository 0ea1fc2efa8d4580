package com.flextime.query;

import com.flextime.domain.metrics.ScheduleMetrics;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A season's figures per team and in total (docs/api.md, "Metrics"); the ETag is the version they describe. */
@RestController
@RequestMapping("/v2")
public class ScheduleMetricsController {

    private final ScheduleMetricsReader metrics;

    public ScheduleMetricsController(ScheduleMetricsReader metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/schedules/{id}/metrics")
    public ResponseEntity<ScheduleMetrics> metrics(@PathVariable String id) {
        ScheduleMetrics body = metrics.metrics(id).orElseThrow(() -> new ScheduleNotFound("no schedule " + id));
        return ResponseEntity.ok().eTag("\"" + body.version() + "\"").body(body);
    }
}
