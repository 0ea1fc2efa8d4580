package com.flextime.query;

import com.flextime.query.ScheduleReadModel.CalendarEntry;
import com.flextime.query.ScheduleViews.GameView;
import com.flextime.query.ScheduleViews.ScheduleSummary;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads over the read model. It trails the event store by the projection's lag (milliseconds when idle); the
 * ETag is the version the read model has reached, so a command sent with it is refused if it is stale.
 */
@RestController
@RequestMapping("/v2")
public class ScheduleQueryController {

    private final ScheduleReadModel readModel;

    public ScheduleQueryController(ScheduleReadModel readModel) {
        this.readModel = readModel;
    }

    @GetMapping("/schedules")
    public List<ScheduleSummary> schedules(@RequestParam(required = false) String sport,
                                           @RequestParam(required = false) String season,
                                           @RequestParam(required = false) String status) {
        return readModel.schedules(sport, season, status);
    }

    @GetMapping("/schedules/{id}")
    public ResponseEntity<ScheduleView> schedule(@PathVariable String id) {
        ScheduleView view = readModel.schedule(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping("/schedules/{id}/games")
    public List<GameView> games(@PathVariable String id, @RequestParam(required = false) String team,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate to) {
        if (!readModel.exists(id)) {
            throw notFound(id);
        }
        return readModel.games(id, team, from, to);
    }

    /** A school's team calendar across every sport. */
    @GetMapping("/teams/{team}/calendar")
    public List<CalendarEntry> teamCalendar(@PathVariable String team,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false)
                                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return readModel.teamCalendar(team, from, to);
    }

    private static ScheduleNotFound notFound(String id) {
        return new ScheduleNotFound("no schedule " + id);
    }
}
