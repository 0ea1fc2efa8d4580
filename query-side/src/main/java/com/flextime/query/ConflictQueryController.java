package com.flextime.query;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.query.ConflictReadModel.ConflictView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conflicts across schedules the conflict-detection saga found: a shared venue at overlapping times, a school's
 * men's and women's teams at home on one day, road games on exam days, games on campus blackout dates, trips that
 * cannot be made, BYU's Sabbath. Like every read, it trails the events by the projections' lag.
 */
@RestController
@RequestMapping("/v2")
public class ConflictQueryController {

    private final ConflictReadModel readModel;
    private final ConferenceCatalog conference;

    public ConflictQueryController(ConflictReadModel readModel, ConferenceCatalog conference) {
        this.readModel = readModel;
        this.conference = conference;
    }

    /**
     * @param school a school code ({@code GET /v2/schools}): conflicts one of its teams is part of
     * @param sport  a sport code ({@code GET /v2/sports}): conflicts one of its games is part of
     * @param open   true: only open conflicts; false: only resolved ones; absent: both
     */
    @GetMapping("/conflicts")
    public List<ConflictView> conflicts(@RequestParam(required = false) String school,
                                        @RequestParam(required = false) String sport,
                                        @RequestParam(required = false) Boolean open) {
        if (school != null && conference.school(school).isEmpty()) {
            throw new InvalidScheduleRequest("school", "unknown school '" + school + "'; see GET /v2/schools");
        }
        if (sport != null && conference.sport(sport).isEmpty()) {
            throw new InvalidScheduleRequest("sport", "unknown sport '" + sport + "'; see GET /v2/sports");
        }
        return readModel.conflicts(school, sport, open);
    }
}
